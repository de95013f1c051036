import { spaDocument } from './spa-documents';

/**
 * The lists the SPA shows, with the exact operations it sends (read from web/src), and
 * how to fill an organization with `rows` rows of each through the API. Shared by the
 * statement-count test and benchmark 05 (which runs outside vitest, hence the plain `request`).
 */

/** One GraphQL call as the signed-in admin; throws on errors. */
export type AdminRequest = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** The API Keys list with what the key details show per key (`createdBy`, `usage(days: 30)`): the N+1 the issue measured. */
export const API_KEYS_WITH_USAGE = `query ApiKeysWithUsage($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount
    edges { node { id name roles { id name } createdBy { id displayName email } usage(days: 30) { day requests failures rateLimited } } }
  }
}`;

export interface SpaList {
  /** As the report names it. */
  name: string;
  query: string;
  /** Whether the list takes `first` (a page; at most 100) or returns every row. */
  paged: boolean;
  /** The rows of the response. */
  rows: (data: Record<string, unknown>) => number;
}

const edges = (field: string) => (data: Record<string, unknown>) => (data[field] as { edges: unknown[] }).edges.length;
const items = (field: string) => (data: Record<string, unknown>) => (data[field] as unknown[]).length;

export const SPA_LISTS: readonly SpaList[] = [
  { name: 'users', query: spaDocument('Users'), paged: true, rows: edges('users') },
  { name: 'apiKeys', query: spaDocument('ApiKeys'), paged: true, rows: edges('apiKeys') },
  { name: 'apiKeys + usage(30 days), createdBy', query: API_KEYS_WITH_USAGE, paged: true, rows: edges('apiKeys') },
  { name: 'connections', query: spaDocument('Connections'), paged: true, rows: edges('connections') },
  { name: 'secrets', query: spaDocument('Secrets'), paged: true, rows: edges('secrets') },
  { name: 'integrations', query: spaDocument('Integrations'), paged: true, rows: edges('integrations') },
  { name: 'auditEvents', query: spaDocument('AuditEvents'), paged: true, rows: edges('auditEvents') },
  { name: 'roles (with usage)', query: spaDocument('Roles'), paged: false, rows: items('roles') },
  { name: 'organizations', query: spaDocument('Organizations'), paged: false, rows: items('organizations') },
];

const ENVIRONMENTS = ['development', 'production'];

async function roleIds(request: AdminRequest): Promise<{ member: string; readOnly: string }> {
  const data = (await request('{ roles { id name } }')) as { roles: { id: string; name: string }[] };
  const id = (name: string) => data.roles.find((r) => r.name === name)?.id ?? '';
  return { member: id('Member'), readOnly: id('Read-only') };
}

/** Runs `work(0)` … `work(count - 1)`, at most `concurrency` at a time. */
async function inParallel(count: number, concurrency: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next;
      next += 1;
      await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** How many users of one `seedLists` call get a password (the rest are invited): those connections are shared with. */
const ACTIVE_USERS = 5;

/**
 * Adds `rows` of every listed thing to the admin's organization (and `rows` organizations), each
 * row with what makes its list fields vary per row: roles, a pending invitation or a password, integrations with configs
 * and versions, connections with credentials in two environments and a share, secrets with values
 * in two environments and use-policy roles. Names carry `tag`, so that calls can add more rows.
 * `concurrency` rows are created at a time.
 */
export async function seedLists(request: AdminRequest, rows: number, tag: string, concurrency = 4): Promise<void> {
  const roles = await roleIds(request);
  const roleSet = (i: number) => (i % 2 === 0 ? [roles.member] : [roles.member, roles.readOnly]);
  const activeUsers: string[] = [];
  await inParallel(rows, concurrency, async (i) => {
    const input = { email: `${tag}-user-${i}@keyward.test`, firstName: 'List', lastName: `User ${i}`, roleIds: roleSet(i) };
    if (i % 2 === 1 && i < 2 * ACTIVE_USERS) {
      const data = (await request('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { ...input, password: 'List-Password-1' } })) as {
        createUser: { id: string };
      };
      activeUsers.push(data.createUser.id);
    } else {
      await request('mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', { input });
    }
  });
  await inParallel(rows, concurrency, async (i) => {
    const input = { name: `${tag} role ${i}`, description: `role ${i}`, permissions: i % 2 === 0 ? ['SECRETS_READ'] : ['SECRETS_READ', 'CONNECTIONS_READ'] };
    await request('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', { input });
    await request('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', { input: { name: `${tag} organization ${i}` } });
  });
  await inParallel(rows, concurrency, async (i) => {
    const input = { name: `${tag} key ${i}`, roleIds: roleSet(i), rateLimit: { perMinute: 50 + i } };
    await request('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }', { input });
  });
  await inParallel(rows, concurrency, async (i) => {
    const input = {
      key: `${tag.toUpperCase().replaceAll('-', '_')}_SECRET_${i}`,
      description: `secret ${i}`,
      values: ENVIRONMENTS.map((environment) => ({ environment, value: `value-${i}-${environment}` })),
      ...(i % 2 === 0 ? {} : { usePolicy: 'ROLES', useRoleIds: [roles.member, roles.readOnly] }),
    };
    await request('mutation($input: CreateSecretInput!) { createSecret(input: $input) { id } }', { input });
  });
  await inParallel(rows, concurrency, async (i) => {
    const input = {
      name: `${tag} integration ${i}`,
      type: 'REST_API',
      provider: 'rest',
      configMode: 'PER_ENVIRONMENT',
      configs: ENVIRONMENTS.map((environment) => ({ environment, baseUrl: `https://api-${i}.example.com`, testPath: '/me', authType: 'BEARER', settings: {} })),
    };
    const integration = (await request('mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { id } }', { input })) as {
      createIntegration: { id: string };
    };
    const integrationId = integration.createIntegration.id;
    await request('mutation($id: ID!, $input: IntegrationVersionInput!) { createIntegrationVersion(integrationId: $id, input: $input) { id } }', {
      id: integrationId,
      input: { label: 'v1', status: 'ACTIVE' },
    });
    const connection = (await request('mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id } }', {
      input: { integrationId, name: `${tag} connection ${i}`, visibility: i % 2 === 0 ? 'ORGANIZATION' : 'PERSONAL' },
    })) as { createConnection: { id: string } };
    const id = connection.createConnection.id;
    for (const environment of ENVIRONMENTS) {
      await request('mutation($id: ID!, $env: String!, $fields: JSONObject!) { saveConnectionCredentials(connectionId: $id, environment: $env, fields: $fields) { id } }', {
        id,
        env: environment,
        fields: { token: `token-${i}-${environment}-123456` },
      });
    }
    const shareWith = activeUsers[i % Math.max(1, activeUsers.length)];
    if (i % 2 === 1 && shareWith !== undefined) await request('mutation($id: ID!, $u: [ID!]!) { shareConnection(id: $id, userIds: $u) { id } }', { id, u: [shareWith] });
  });
}
