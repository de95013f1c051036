import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, keyClient, roleId } from './api-key-helpers';
import {
  CONNECTION,
  CONNECTIONS,
  createConnection,
  createIntegration,
  createSecret,
  CREATE_CONNECTION,
  RESOLVE,
  restIntegration,
  saveCredentials,
  SAVE_CREDENTIALS,
  type ConnectionNode,
  type IntegrationNode,
} from './connection-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

let server: TestServer;
let admin: Client;
let alice: Client;
let bob: Client;
let readOnly: Client;
let bobId: string;
let rest: IntegrationNode;
let postgres: IntegrationNode;

async function signedIn(email: string): Promise<Client> {
  const client = new Client(server.url);
  await client.signIn(email, MEMBER_PASSWORD);
  return client;
}

type ListData = { connections: { totalCount: number; edges: { node: ConnectionNode }[] } };
const names = (res: { data?: ListData | null }) => res.data?.connections.edges.map((e) => e.node.name) ?? [];

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  await addMember(server, { email: 'alice@keyward.test', role: 'MEMBER' });
  bobId = (await addMember(server, { email: 'bob@keyward.test', role: 'MEMBER' })).user.id;
  await addMember(server, { email: 'reader@keyward.test', role: 'READ_ONLY' });
  alice = await signedIn('alice@keyward.test');
  bob = await signedIn('bob@keyward.test');
  readOnly = await signedIn('reader@keyward.test');
  rest = await createIntegration(admin, restIntegration({ name: 'Billing API' }));
  const list = await admin.request<{ integrations: { edges: { node: IntegrationNode }[] } }>('{ integrations(first: 30) { edges { node { id name } } } }');
  const pg = list.data?.integrations.edges.find((e) => e.node.name === 'PostgreSQL')?.node;
  if (!pg) throw new Error('no PostgreSQL starter');
  postgres = pg;
});
afterAll(async () => server.close());

/** Alice's connection `name`, made on first use: several tests meet "Orders DB" and "Alice private". */
async function aliceConnection(name: string, integration: IntegrationNode, visibility: 'ORGANIZATION' | 'PERSONAL'): Promise<ConnectionNode> {
  const found = (await alice.request<ListData>(CONNECTIONS, { filter: { search: name } })).data?.connections.edges.find((e) => e.node.name === name);
  return found?.node ?? createConnection(alice, { integrationId: integration.id, name, visibility });
}
const ordersDb = () => aliceConnection('Orders DB', postgres, 'ORGANIZATION');
const alicePrivate = () => aliceConnection('Alice private', rest, 'PERSONAL');

describe('creating connections', () => {
  it('lets a member create an organization connection with one row per environment', async () => {
    const created = await createConnection(alice, { integrationId: rest.id, name: 'Billing', visibility: 'ORGANIZATION' });
    expect(created).toMatchObject({ name: 'Billing', visibility: 'ORGANIZATION', canManage: true, configuredCount: 0, environmentCount: 4, owner: { email: 'alice@keyward.test' } });
    expect(created.environments.map((e) => e.name)).toEqual(['Development', 'QA', 'Staging', 'Production']);
    expect(created.fields.map((f) => f.key)).toEqual(['token']);
  });

  it('refuses a read-only member and an unknown integration', async () => {
    expect(errorCode(await readOnly.request(CREATE_CONNECTION, { input: { integrationId: rest.id, name: 'x', visibility: 'ORGANIZATION' } }))).toBe('FORBIDDEN');
    const res = await alice.request(CREATE_CONNECTION, { input: { integrationId: '00000000-0000-4000-8000-000000000000', name: 'x', visibility: 'ORGANIZATION' } });
    expect(res.errors?.[0]?.extensions?.field).toBe('integrationId');
  });
});

describe('visibility and sharing', () => {
  it('shows a personal connection to its owner only: NOT_FOUND for others', async () => {
    const mine = await createConnection(alice, { integrationId: rest.id, name: 'Alice private', visibility: 'PERSONAL' });
    expect(names(await alice.request<ListData>(CONNECTIONS, {}))).toContain('Alice private');
    expect(names(await bob.request<ListData>(CONNECTIONS, {}))).not.toContain('Alice private');
    expect(errorCode(await bob.request(CONNECTION, { id: mine.id }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(CONNECTION, { id: mine.id }))).toBe('NOT_FOUND');
  });

  it('lets the owner share a personal connection; the member sees it without values and cannot change it', async () => {
    const mine = await createConnection(alice, { integrationId: rest.id, name: 'Alice shared', visibility: 'PERSONAL' });
    await saveCredentials(alice, mine.id, 'development', { token: 'alice-token-123456' });
    const share = 'mutation($id: ID!, $u: [ID!]!) { shareConnection(id: $id, userIds: $u) { sharedWith { email } } }';
    expect(errorCode(await bob.request(share, { id: mine.id, u: [bobId] }))).toBe('NOT_FOUND');
    const shared = await alice.request<{ shareConnection: { sharedWith: { email: string }[] } }>(share, { id: mine.id, u: [bobId] });
    expect(shared.data?.shareConnection.sharedWith).toEqual([{ email: 'bob@keyward.test' }]);
    const seen = await bob.request<{ connection: ConnectionNode }>(CONNECTION, { id: mine.id });
    expect(seen.data?.connection).toMatchObject({ name: 'Alice shared', canManage: false });
    expect(JSON.stringify(seen.data)).not.toContain('alice-token-123456');
    expect(errorCode(await bob.request(SAVE_CREDENTIALS, { id: mine.id, env: 'development', fields: { token: 'x' } }))).toBe('FORBIDDEN');
    expect(errorCode(await bob.request('mutation($id: ID!) { deleteConnection(id: $id) }', { id: mine.id }))).toBe('FORBIDDEN');
    const unshared = await alice.request(share, { id: mine.id, u: [] });
    expect(unshared.errors).toBeUndefined();
    expect(errorCode(await bob.request(CONNECTION, { id: mine.id }))).toBe('NOT_FOUND');
  });

  it('lists the members the owner may share with, without USERS_READ, never the owner or another organization', async () => {
    await addMember(server, { email: 'stranger@elsewhere.test', role: 'MEMBER', organizationName: 'Elsewhere Two' });
    const mine = await createConnection(alice, { integrationId: rest.id, name: 'Alice candidates', visibility: 'PERSONAL' });
    const query = 'query($id: ID!) { connectionShareCandidates(id: $id) { email } }';
    const res = await alice.request<{ connectionShareCandidates: { email: string }[] }>(query, { id: mine.id });
    expect(res.errors).toBeUndefined();
    const emails = res.data?.connectionShareCandidates.map((u) => u.email) ?? [];
    expect(emails).toContain('bob@keyward.test');
    expect(emails).not.toContain('alice@keyward.test');
    expect(emails.some((e) => e.endsWith('@elsewhere.test'))).toBe(false);
    expect(errorCode(await bob.request(query, { id: mine.id }))).toBe('NOT_FOUND');
  });

  it('refuses to share with someone outside the organization', async () => {
    const outsider = await addMember(server, { email: 'outsider@elsewhere.test', role: 'MEMBER', organizationName: 'Elsewhere' });
    const mine = await createConnection(alice, { integrationId: rest.id, name: 'Alice solo', visibility: 'PERSONAL' });
    const res = await alice.request('mutation($id: ID!, $u: [ID!]!) { shareConnection(id: $id, userIds: $u) { id } }', { id: mine.id, u: [outsider.user.id] });
    expect(res.errors?.[0]?.extensions?.field).toBe('userIds');
  });

  it('lets a member manage only their own organization connections; an org admin manages all', async () => {
    const theirs = await createConnection(alice, { integrationId: rest.id, name: 'Alice org', visibility: 'ORGANIZATION' });
    const seen = await bob.request<{ connection: ConnectionNode }>(CONNECTION, { id: theirs.id });
    expect(seen.data?.connection.canManage).toBe(false);
    const rename = 'mutation($id: ID!, $input: UpdateConnectionInput!) { updateConnection(id: $id, input: $input) { name } }';
    expect(errorCode(await bob.request(rename, { id: theirs.id, input: { name: 'Bob’s now' } }))).toBe('FORBIDDEN');
    const res = await admin.request<{ updateConnection: { name: string } }>(rename, { id: theirs.id, input: { name: 'Renamed by admin' } });
    expect(res.data?.updateConnection.name).toBe('Renamed by admin');
    expect((await admin.request('mutation($id: ID!) { deleteConnection(id: $id) }', { id: theirs.id })).data).toEqual({ deleteConnection: theirs.id });
  });

  it('isolates tenants: another organization’s connection is NOT_FOUND', async () => {
    await addMember(server, { email: 'other@elsewhere.test', role: 'ORG_ADMIN', organizationName: 'Elsewhere' });
    const other = await signedIn('other@elsewhere.test');
    const theirs = await createConnection(other, { integrationId: postgres.id, name: 'Their DB', visibility: 'ORGANIZATION' });
    expect(errorCode(await admin.request(CONNECTION, { id: theirs.id }))).toBe('NOT_FOUND');
    expect(names(await admin.request<ListData>(CONNECTIONS, {}))).not.toContain('Their DB');
    expect(names(await other.request<ListData>(CONNECTIONS, {}))).toEqual(['Their DB']);
  });
});

describe('credentials', () => {
  it('validates against the catalog with fields.<key> paths', async () => {
    const db = await createConnection(alice, { integrationId: postgres.id, name: 'Warehouse', visibility: 'ORGANIZATION' });
    const res = await alice.request(SAVE_CREDENTIALS, { id: db.id, env: 'development', fields: { host: 'db', port: 'not-a-port', database: 'w', username: 'u' } });
    expect(res.errors?.[0]?.extensions?.field).toBe('fields.port');
    const missing = await alice.request(SAVE_CREDENTIALS, { id: db.id, env: 'development', fields: { host: 'db', port: 5432 } });
    expect(missing.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'fields.database', message: 'Database is required.' },
      { field: 'fields.username', message: 'Username is required.' },
    ]);
    const badEnv = await alice.request(SAVE_CREDENTIALS, { id: db.id, env: 'moon', fields: {} });
    expect(badEnv.errors?.[0]?.extensions?.field).toBe('environment');
  });

  it('shows non-secret values and which secrets are set, keeps a blank secret, and records who saved', async () => {
    const db = await ordersDb();
    await saveCredentials(alice, db.id, 'production', { host: 'orders.internal', port: 5432, database: 'orders', username: 'app', password: 'pw-first-987654' });
    const saved = await saveCredentials(alice, db.id, 'production', { host: 'orders2.internal', port: 5432, database: 'orders', username: 'app', password: '' });
    const prod = saved.environments.find((e) => e.environment === 'production');
    expect(prod).toMatchObject({ configured: true, values: { host: 'orders2.internal', port: 5432, database: 'orders', username: 'app' }, secretFieldsSet: ['password'], updatedBy: { email: 'alice@keyward.test' } });
    expect(saved.configuredCount).toBe(1);
    // Only the workflow runtime (an API key) sees the kept plaintext.
    const { token } = await createKey(admin, { name: 'runtime', roleIds: [await roleId(admin, 'Org Admin')] });
    const resolved = await keyClient(server.url, token).request<{ resolveConnection: { fields: Record<string, unknown> } }>(RESOLVE, { id: db.id, env: 'production' });
    expect(resolved.data?.resolveConnection.fields).toMatchObject({ host: 'orders2.internal', password: 'pw-first-987654' });
  });

  it('warns per environment about referenced secrets without a value', async () => {
    await createSecret(admin, 'BILLING_TOKEN', [{ environment: 'development', value: 'dev-billing-secret' }]);
    const c = await createConnection(alice, { integrationId: rest.id, name: 'Billing refs', visibility: 'ORGANIZATION' });
    await saveCredentials(alice, c.id, 'development', { token: '@@SECRET:BILLING_TOKEN@@' });
    const saved = await saveCredentials(alice, c.id, 'production', { token: 'Bearer-ish @@SECRET:BILLING_TOKEN@@' });
    const byEnv = Object.fromEntries(saved.environments.map((e) => [e.environment, e.missingSecrets]));
    expect(byEnv).toMatchObject({ development: [], production: ['BILLING_TOKEN'], qa: [] });
    const refs = await admin.request<{ secret: { references: { ownerName: string; environments: string[] }[] } }>(
      '{ secret(key: "BILLING_TOKEN") { references { ownerName environments } } }',
    );
    expect(refs.data?.secret.references).toEqual([{ ownerName: 'Billing refs', environments: ['development', 'production'] }]);
  });
});

describe('filters for the workflow editor', () => {
  it('lists node types and filters connections by node type, integration type, visibility and search', async () => {
    await ordersDb();
    await alicePrivate();
    const nodeTypes = await alice.request<{ nodeTypes: { id: string; label: string; integrationType: string }[] }>('{ nodeTypes { id label integrationType } }');
    expect(nodeTypes.data?.nodeTypes).toContainEqual({ id: 'SQL_TOOL', label: 'SQL Tool', integrationType: 'DATABASE' });
    const sql = await alice.request<ListData>(CONNECTIONS, { filter: { nodeType: 'SQL' } });
    expect(sql.data?.connections.edges.every((e) => e.node.integration.type === 'DATABASE')).toBe(true);
    expect(names(sql)).toContain('Orders DB');
    const rest = await alice.request<ListData>(CONNECTIONS, { filter: { integrationType: 'REST_API', visibility: 'PERSONAL' } });
    expect(rest.data?.connections.edges.every((e) => e.node.visibility === 'PERSONAL' && e.node.integration.type === 'REST_API')).toBe(true);
    expect(names(await alice.request<ListData>(CONNECTIONS, { filter: { search: 'orders' } }))).toEqual(['Orders DB']);
    expect(names(await alice.request<ListData>(CONNECTIONS, { filter: { nodeType: 'SQL', integrationType: 'EMAIL' } }))).toEqual([]);
  });

  it('gives an API key organization connections only', async () => {
    await ordersDb();
    await alicePrivate();
    const { token } = await createKey(admin, { name: 'engine', roleIds: [await roleId(admin, 'Member')] });
    const list = names(await keyClient(server.url, token).request<ListData>(CONNECTIONS, {}));
    expect(list).toContain('Orders DB');
    expect(list).not.toContain('Alice private');
    const personal = await keyClient(server.url, token).request(CREATE_CONNECTION, { input: { integrationId: rest.id, name: 'k', visibility: 'PERSONAL' } });
    expect(personal.errors?.[0]?.extensions?.field).toBe('visibility');
  });
});
