import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, type BuiltInRoleKey } from '@keyward/shared/permissions';
import { buildKeywardSchema } from '../../src/graphql/schema';
import { createConnection, createIntegration, createSecret, RESOLVE, restIntegration, saveCredentials, TEST_CONNECTION } from '../connection-helpers';
import { ADMIN_PASSWORD, type TestServer } from '../harness';
import { MEMBER_PASSWORD } from '../members';
import { CATALOG } from './operation-catalog';
import { ExchangeLog, leaks, plaintextsIn, plaintextsInDatabase, readingEverything } from './plaintext-scan';
import { BUILT_IN_ROLE_KEYS, KEYABLE_PERMISSIONS, type Actor } from './security-actors';
import { startSecuritySuite, type Fixtures } from './security-fixtures';

/*
 * Plants distinctive secret values, runs every operation of the decision catalog and a rich read
 * of every query as each built-in role and as keys of several scopes, then looks for the values in
 * every response (body and headers), the server log, the audit rows and every textual column of
 * the database. The only allowed way out is a runtime key's resolveConnection of an organization
 * connection. One server and one sweep for the file: the scans read what the sweep recorded.
 */

const tag = randomBytes(4).toString('hex');
const PLANTED = {
  dbDev: `sweep-db-dev-${tag}`,
  dbProd: `sweep-db-prod-${tag}`,
  tokenDev: `sweep-token-dev-${tag}`,
  tokenStaging: `sweep-token-staging-${tag}`,
  credentialSecret: `sweep-credential-${tag}`,
  clientSecret: `sweep-client-secret-${tag}`,
  accessToken: `sweep-access-token-${tag}`,
  refreshToken: `sweep-refresh-token-${tag}`,
};
/** Values the catalog and fixtures write (secret values, secret credentials and settings, passwords). */
const CATALOG_VALUES = ['fixture-token-value', 'fixture-client-secret', 'throwaway-one', 'throwaway-two', 'matrix-value', 'matrix-token', 'Matrix-Password-9'];
const PLAINTEXTS = [...Object.values(PLANTED), ...CATALOG_VALUES, ADMIN_PASSWORD, MEMBER_PASSWORD];

/** Every list and singleton query, read in full by `readingEverything`. */
const RICH_READS: Record<string, string> = {
  connections: '{ connections(first: 8) { __typename } }',
  integrations: '{ integrations(first: 20) { __typename } }',
  secrets: '{ secrets(first: 20) { __typename } }',
  auditEvents: '{ auditEvents(first: 50) { __typename } }',
  apiKeys: '{ apiKeys(first: 20) { __typename } }',
  apiKeyStats: '{ apiKeyStats { __typename } }',
  users: '{ users(first: 20) { __typename } }',
  roles: '{ roles { __typename } }',
  nodeTypes: '{ nodeTypes { __typename } }',
  organization: '{ organization { __typename } }',
  viewer: '{ viewer { __typename } }',
  permissions: '{ permissions { __typename } }',
};
const DEPTH = 5;
const schema = await buildKeywardSchema();

let server: TestServer;
let fx: Fixtures;
let people: Record<BuiltInRoleKey, Actor>;
let keyActors: Actor[];
const sweep = new ExchangeLog();
const personResolves = new ExchangeLog();
const tests = new ExchangeLog();
/** The planted connections and the environments they are configured in. */
const connections: Record<string, { id: string; environments: string[] }> = {};
const integrations: Record<string, string> = {};
let operationsRun = 0;

async function plant(admin: Actor['client'], member: Actor['client']): Promise<void> {
  await createSecret(admin, 'SWEEP_DB_PASSWORD', [
    { environment: 'development', value: PLANTED.dbDev },
    { environment: 'production', value: PLANTED.dbProd },
  ]);
  await createSecret(admin, 'SWEEP_API_TOKEN', [
    { environment: 'development', value: PLANTED.tokenDev },
    { environment: 'staging', value: PLANTED.tokenStaging },
  ]);
  const basic = await createIntegration(admin, restIntegration({ name: 'Sweep Basic', configs: [{ baseUrl: 'https://sweep.invalid', authType: 'BASIC', settings: {} }] }));
  const org = await createConnection(admin, { integrationId: basic.id, name: 'Sweep organization', visibility: 'ORGANIZATION' });
  // A non-secret field holding a reference, and a secret field holding a literal.
  await saveCredentials(admin, org.id, 'development', { username: '@@SECRET:SWEEP_API_TOKEN@@', password: PLANTED.credentialSecret });
  await saveCredentials(admin, org.id, 'production', { username: 'svc', password: 'pre-@@SECRET:SWEEP_DB_PASSWORD@@-post' });
  connections.organization = { id: org.id, environments: ['development', 'production'] };
  const oauth = await createIntegration(
    admin,
    restIntegration({
      name: 'Sweep OAuth',
      configs: [
        {
          baseUrl: 'https://oauth.sweep.invalid',
          authType: 'OAUTH2',
          settings: { authorizationUrl: 'https://auth.sweep.invalid/authorize', tokenUrl: 'https://auth.sweep.invalid/token', clientId: 'sweep', clientSecret: PLANTED.clientSecret },
        },
      ],
    }),
  );
  integrations.oauth = oauth.id;
  const tokens = await createConnection(admin, { integrationId: oauth.id, name: 'Sweep tokens', visibility: 'ORGANIZATION' });
  await saveCredentials(admin, tokens.id, 'development', { accessToken: PLANTED.accessToken, refreshToken: PLANTED.refreshToken });
  connections.oauth = { id: tokens.id, environments: ['development'] };
  // The attack of the issue: a member puts a reference to someone else's secret into a plain field of their own connection.
  const postgres = await createIntegration(admin, { name: 'Sweep Postgres', type: 'DATABASE', provider: 'postgresql', configMode: 'SAME_FOR_ALL', configs: [{ authType: 'NONE', settings: {} }] });
  const personal = await createConnection(member, { integrationId: postgres.id, name: 'Sweep personal', visibility: 'PERSONAL' });
  await saveCredentials(member, personal.id, 'development', { host: '@@SECRET:SWEEP_DB_PASSWORD@@', port: '5432', database: 'app', username: 'app' });
  connections.personal = { id: personal.id, environments: ['development'] };
}

/**
 * Changes to the planted records themselves (their payloads read in full), by those who may make
 * them: a value must not come back from the record that holds it either.
 */
const PLANTED_CHANGES: { name: string; query: string; variables: () => Record<string, unknown> }[] = [
  {
    name: 'updateIntegration Sweep OAuth',
    query: 'mutation($id: ID!) { updateIntegration(id: $id, input: { description: "swept" }) { id } }',
    variables: () => ({ id: integrations.oauth }),
  },
  {
    name: 'saveConnectionCredentials Sweep organization (blank secret keeps its value)',
    query: 'mutation($id: ID!, $f: JSONObject!) { saveConnectionCredentials(connectionId: $id, environment: "development", fields: $f) { id } }',
    variables: () => ({ id: connections.organization?.id, f: { username: '@@SECRET:SWEEP_API_TOKEN@@', password: '' } }),
  },
  {
    name: 'updateSecret SWEEP_DB_PASSWORD',
    query: 'mutation { updateSecret(key: "SWEEP_DB_PASSWORD", input: { description: "swept" }) { key } }',
    variables: () => ({}),
  },
  {
    name: 'updateConnection Sweep tokens',
    query: 'mutation($id: ID!) { updateConnection(id: $id, input: { name: "Sweep tokens" }) { id } }',
    variables: () => ({ id: connections.oauth?.id }),
  },
];
/** Every operation as one actor; actors run side by side (each call arranges its own throwaway records). */
async function sweepAs(actor: Actor): Promise<void> {
  for (const [coordinate, decision] of Object.entries(CATALOG)) {
    const { query, variables } = await decision.build(fx, actor);
    const resolve = coordinate === 'Query.resolveConnection';
    const log = resolve && actor.kind === 'user' ? personResolves : sweep;
    await log.send(actor, coordinate, readingEverything(schema, query, DEPTH), variables, resolve && actor.kind === 'key');
    operationsRun += 1;
  }
  for (const change of PLANTED_CHANGES) {
    await sweep.send(actor, change.name, readingEverything(schema, change.query, DEPTH), change.variables());
    operationsRun += 1;
  }
  for (const [name, query] of Object.entries(RICH_READS)) {
    await sweep.send(actor, `read ${name}`, readingEverything(schema, query, DEPTH));
    operationsRun += 1;
  }
  for (const [which, { id, environments }] of Object.entries(connections)) {
    await sweep.send(actor, `connection ${which}`, readingEverything(schema, 'query($id: ID!) { connection(id: $id) { id } }', DEPTH), { id });
    for (const env of environments) {
      const log = actor.kind === 'key' ? sweep : personResolves;
      await log.send(actor, `resolveConnection ${which} ${env}`, readingEverything(schema, RESOLVE, DEPTH), { id, env }, actor.kind === 'key' && which !== 'personal');
    }
    await tests.send(actor, `testConnection ${which}`, readingEverything(schema, TEST_CONNECTION, DEPTH), { id, env: 'development' });
    operationsRun += 2 + environments.length;
  }
}

beforeAll(async () => {
  const suite = await startSecuritySuite('sweep');
  ({ server, fx, people } = suite);
  const { admin, keys } = suite;
  await plant(admin, people.MEMBER.client);
  keyActors = [
    await keys.key('Key with every permission', KEYABLE_PERMISSIONS),
    await keys.key('Key like a Member', BUILT_IN_ROLES.MEMBER.permissions),
    await keys.key('Read-only key', BUILT_IN_ROLES.READ_ONLY.permissions),
  ];
  await Promise.all([...BUILT_IN_ROLE_KEYS.map((role) => people[role]), ...keyActors].map(sweepAs));
}, 240_000);
afterAll(async () => server.close());

describe('secret values leave Keyward only to the workflow runtime', () => {
  it('swept every catalog operation and every rich read for each built-in role and each key', () => {
    expect(operationsRun).toBeGreaterThan(7 * Object.keys(CATALOG).length);
  });

  it('read whole payloads: the super admin got every read and catalog operation without an error, and nobody an internal or validation error', () => {
    const failed = [...sweep.exchanges, ...personResolves.exchanges]
      .filter((e) => (e.actor === people.SUPER_ADMIN.label && !e.operation.includes('personal')) || e.codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'GRAPHQL_VALIDATION_FAILED'))
      .filter((e) => e.codes.length > 0)
      .map((e) => `${e.actor} · ${e.operation}: ${e.codes.join(', ')}`);
    expect(failed).toEqual([]);
  });

  it("gives a runtime key's resolveConnection of an organization connection the plaintexts (the scan sees them)", () => {
    const resolved = sweep.exchanges.filter((e) => e.runtimeResolve && e.actor === 'Key with every permission').map((e) => e.text).join('\n');
    expect(plaintextsIn(resolved, Object.values(PLANTED)).sort()).toEqual(
      [PLANTED.tokenDev, PLANTED.credentialSecret, PLANTED.dbProd, PLANTED.clientSecret, PLANTED.accessToken, PLANTED.refreshToken].sort(),
    );
  });

  it('shows no plaintext in any other response body or header, to any role or key', () => {
    expect(leaks(sweep.exchanges.filter((e) => !e.runtimeResolve), PLAINTEXTS)).toEqual([]);
  });

  it("never gives a signed-in person a plaintext from resolveConnection, not even through a reference in their own connection's host field", () => {
    expect(leaks(personResolves.exchanges, PLAINTEXTS)).toEqual([]);
  });

  it('never echoes a credential or substituted value in a testConnection message (any outcome of the test itself is accepted)', () => {
    expect(leaks(tests.exchanges, PLAINTEXTS)).toEqual([]);
  });

  it('never writes a plaintext or password to the server log', () => {
    expect(server.logs.length).toBeGreaterThan(0);
    expect(server.logs.flatMap((line, i) => plaintextsIn(line, PLAINTEXTS).map((p) => `line ${i}: ${p}`))).toEqual([]);
  });

  it('keeps every plaintext out of every text, varchar, json, jsonb and bytea column of every table (audit rows included)', async () => {
    const { columns, hits } = await plaintextsInDatabase(server.databaseUrl, PLAINTEXTS);
    expect(columns).toEqual(expect.arrayContaining(['audit_event.summary', 'secret_value.ciphertext', 'credential.values']));
    expect(hits).toEqual([]);
  });
});
