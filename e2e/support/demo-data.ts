/**
 * Realistic demo data loaded through the GraphQL API, as an admin would build it: a custom role, invited
 * users, API keys with some usage, secrets with values per environment, integrations, connections with
 * credentials (some tested). Used by the layout browser test and `./keyward screenshots`.
 */

/** A GraphQL call with the admin's session (e.g. a signed-in Playwright page's `request`). */
export type AdminCall = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface DemoData {
  warehouseId: string;
  billingId: string;
  keyTokens: string[];
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/** The same call with an API key instead of a session: what the workflow runtime does. */
async function asKey(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': token },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody<unknown>;
  if (body.errors) throw new Error(`API key call failed: ${JSON.stringify(body.errors)}`);
}

const ENVIRONMENTS = ['development', 'qa', 'staging', 'production'];

export async function loadDemoData(call: AdminCall, url: string): Promise<DemoData> {
  const { roles } = await call<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
  const role = (name: string) => {
    const found = roles.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no role ${name}`);
    return found.id;
  };
  const { createRole } = await call<{ createRole: { id: string } }>('mutation ($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
    input: { name: 'Workflow Runtime', description: 'What the workflow engine needs', permissions: ['CONNECTIONS_READ', 'CONNECTIONS_RESOLVE', 'SECRETS_READ'] },
  });

  const invite = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }';
  for (const [firstName, lastName, roleName] of [
    ['Grace', 'Hopper', 'Org Admin'],
    ['Alan', 'Turing', 'Member'],
    ['Katherine', 'Johnson', 'Read-only'],
  ] as const) {
    await call(invite, { input: { email: `${firstName.toLowerCase()}@acme.example`, firstName, lastName, roleIds: [role(roleName)] } });
  }

  const secret = 'mutation ($input: CreateSecretInput!) { createSecret(input: $input) { id } }';
  await call(secret, {
    input: {
      key: 'WAREHOUSE_PASSWORD',
      description: 'Password of the analytics warehouse user',
      values: ENVIRONMENTS.map((environment) => ({ environment, value: `demo-${environment}-password` })),
    },
  });
  await call(secret, {
    input: {
      key: 'BILLING_TOKEN',
      description: 'Bearer token of the billing API',
      values: [
        { environment: 'development', value: 'bill_dev_4242' },
        { environment: 'production', value: 'bill_live_9898' },
      ],
    },
  });
  await call(secret, { input: { key: 'OPENAI_API_KEY', description: 'Shared OpenAI key', values: [{ environment: 'production', value: 'sk-demo-123456' }] } });

  const createIntegration = 'mutation ($input: CreateIntegrationInput!) { createIntegration(input: $input) { id } }';
  const billing = await call<{ createIntegration: { id: string } }>(createIntegration, {
    input: {
      name: 'Billing API',
      description: 'Invoices and subscriptions',
      type: 'REST_API',
      provider: 'rest',
      configMode: 'SAME_FOR_ALL',
      configs: [{ baseUrl: 'https://billing.example.com', testPath: '/v1/me', authType: 'BEARER', settings: {} }],
    },
  });
  const warehouseIntegration = await call<{ createIntegration: { id: string } }>(createIntegration, {
    input: { name: 'Analytics Warehouse', description: 'The PostgreSQL warehouse', type: 'DATABASE', provider: 'postgresql', configMode: 'SAME_FOR_ALL', configs: [{ authType: 'NONE', settings: {} }] },
  });

  const createConnection = 'mutation ($input: CreateConnectionInput!) { createConnection(input: $input) { id } }';
  const save = 'mutation ($id: ID!, $env: String!, $fields: JSONObject!) { saveConnectionCredentials(connectionId: $id, environment: $env, fields: $fields) { id } }';
  const test = 'mutation ($id: ID!, $env: String!) { testConnection(connectionId: $id, environment: $env) { ok } }';
  const warehouse = await call<{ createConnection: { id: string } }>(createConnection, {
    input: { integrationId: warehouseIntegration.createIntegration.id, name: 'Reporting warehouse', visibility: 'ORGANIZATION' },
  });
  const warehouseId = warehouse.createConnection.id;
  // This machine's PostgreSQL: Development passes its test, Production names a database that does not exist.
  await call(save, { id: warehouseId, env: 'development', fields: { host: '127.0.0.1', port: '5432', database: 'postgres', username: 'postgres', ssl: false } });
  await call(save, { id: warehouseId, env: 'production', fields: { host: '127.0.0.1', port: '5432', database: 'reporting_prod', username: 'postgres', password: '@@SECRET:WAREHOUSE_PASSWORD@@', ssl: false } });
  await call(test, { id: warehouseId, env: 'development' });
  await call(test, { id: warehouseId, env: 'production' });

  const billingConnection = await call<{ createConnection: { id: string } }>(createConnection, {
    input: { integrationId: billing.createIntegration.id, name: 'Billing live', visibility: 'ORGANIZATION' },
  });
  const billingId = billingConnection.createConnection.id;
  await call(save, { id: billingId, env: 'production', fields: { token: '@@SECRET:BILLING_TOKEN@@' } });
  await call(save, { id: billingId, env: 'development', fields: { token: '@@SECRET:BILLING_TOKEN@@' } });
  await call(createConnection, { input: { integrationId: billing.createIntegration.id, name: 'Billing sandbox', visibility: 'PERSONAL' } });

  const createKey = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }';
  const keyTokens: string[] = [];
  for (const input of [
    { name: 'Workflow engine (production)', description: 'Resolves connections for production runs', roleIds: [createRole.id], expiresInDays: 90 },
    { name: 'CI pipeline', description: 'Reads secrets during deploys', roleIds: [role('Read-only')] },
    { name: 'Data team notebook', roleIds: [role('Member')], expiresInDays: 30 },
  ]) {
    const { createApiKey } = await call<{ createApiKey: { token: string } }>(createKey, { input });
    keyTokens.push(createApiKey.token);
  }
  // Some usage: the runtime key resolves connections, the CI key lists secrets.
  const [runtime, ci] = keyTokens;
  for (let i = 0; i < 12; i += 1) {
    if (runtime) await asKey(url, runtime, 'query ($id: ID!, $env: String!) { resolveConnection(id: $id, environment: $env) { environment } }', { id: billingId, env: 'production' });
    if (ci && i % 2 === 0) await asKey(url, ci, '{ secrets(first: 10) { totalCount } }');
  }
  return { warehouseId, billingId, keyTokens };
}
