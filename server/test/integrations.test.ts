import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createKey, keyClient, roleId } from './api-key-helpers';
import {
  createConnection,
  createIntegration,
  CREATE_INTEGRATION,
  DELETE_INTEGRATION,
  INTEGRATION,
  INTEGRATIONS,
  restIntegration,
  UPDATE_INTEGRATION,
  type IntegrationNode,
} from './connection-helpers';
import { Integration } from '../src/modules/integrations/integration.entity';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

let server: TestServer;
let admin: Client;
let orgAdmin: Client;
let member: Client;

async function signedIn(email: string): Promise<Client> {
  const client = new Client(server.url);
  await client.signIn(email, MEMBER_PASSWORD);
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  await addMember(server, { email: 'orgadmin@keyward.test', role: 'ORG_ADMIN' });
  await addMember(server, { email: 'member@keyward.test', role: 'MEMBER' });
  orgAdmin = await signedIn('orgadmin@keyward.test');
  member = await signedIn('member@keyward.test');
});
afterAll(async () => server.close());

describe('the starter set', () => {
  it('exists on a new installation as system integrations', async () => {
    const res = await member.request<{ integrations: { edges: { node: IntegrationNode }[] } }>(INTEGRATIONS, { filter: { scope: 'SYSTEM' } });
    const names = res.data?.integrations.edges.map((e) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['Gmail', 'OpenAI', 'Stripe REST', 'PostgreSQL', 'Twilio', 'Amazon S3']));
    const stripe = res.data?.integrations.edges.find((e) => e.node.name === 'Stripe REST')?.node;
    expect(stripe).toMatchObject({ type: 'REST_API', scope: 'SYSTEM', canManage: false });
    expect(stripe?.configs[0]).toMatchObject({ baseUrl: 'https://api.stripe.com', authType: 'BEARER' });
  });

  it('is seeded once: a restart adds nothing and a deleted starter stays deleted', async () => {
    // Deleting a starter changes the installation for good: this test gets a server of its own.
    const server = await startTestServer();
    onTestFinished(() => server.close());
    const admin = await signedInAdmin(server);
    const before = await admin.request<{ integrations: { edges: { node: IntegrationNode }[] } }>(INTEGRATIONS, { filter: { scope: 'SYSTEM' } });
    const twilio = before.data?.integrations.edges.find((e) => e.node.name === 'Twilio')?.node;
    expect((await admin.request(DELETE_INTEGRATION, { id: twilio?.id })).errors).toBeUndefined();
    const em = server.keyward.orm.em.fork();
    expect(await server.keyward.services.integrations.ensureStarterSet(em)).toBe(0);
    const after = await admin.request<{ integrations: { totalCount: number } }>(INTEGRATIONS, { filter: { scope: 'SYSTEM' } });
    expect(after.data?.integrations.totalCount).toBe((before.data?.integrations.edges.length ?? 0) - 1);
  });
});

describe('creating integrations', () => {
  it('lets an org admin create an organization integration', async () => {
    const created = await createIntegration(orgAdmin, restIntegration({ name: 'Org CRM' }));
    expect(created).toMatchObject({ name: 'Org CRM', scope: 'ORGANIZATION', type: 'REST_API', canManage: true, connectionCount: 0 });
  });

  it('refuses a member (no INTEGRATIONS_MANAGE)', async () => {
    expect(errorCode(await member.request(CREATE_INTEGRATION, { input: restIntegration() }))).toBe('FORBIDDEN');
  });

  it('lets only a super admin create a system integration', async () => {
    expect(errorCode(await orgAdmin.request(CREATE_INTEGRATION, { input: restIntegration({ scope: 'SYSTEM' }) }))).toBe('FORBIDDEN');
    const created = await createIntegration(admin, restIntegration({ name: 'Global Weather', scope: 'SYSTEM' }));
    expect(created.scope).toBe('SYSTEM');
    const seen = await member.request<{ integration: IntegrationNode }>(INTEGRATION, { id: created.id });
    expect(seen.data?.integration).toMatchObject({ name: 'Global Weather', canManage: false });
  });

  it('validates against the catalog with field paths', async () => {
    const badProvider = await orgAdmin.request(CREATE_INTEGRATION, { input: restIntegration({ type: 'DATABASE', provider: 'smtp', configs: [{ authType: 'NONE', settings: {} }] }) });
    expect(badProvider.errors?.[0]?.extensions?.field).toBe('provider');
    const badAuth = await orgAdmin.request(CREATE_INTEGRATION, { input: restIntegration({ type: 'DATABASE', provider: 'postgresql', configs: [{ authType: 'BEARER', settings: {} }] }) });
    expect(badAuth.errors?.[0]?.extensions?.field).toBe('configs.0.authType');
    const noUrl = await orgAdmin.request(CREATE_INTEGRATION, { input: restIntegration({ configs: [{ authType: 'NONE', settings: {} }] }) });
    expect(noUrl.errors?.[0]?.extensions?.field).toBe('configs.0.baseUrl');
    const badSettings = await orgAdmin.request(CREATE_INTEGRATION, {
      input: restIntegration({ configs: [{ baseUrl: 'https://x.example.com', authType: 'API_KEY', settings: { headerName: 'X-Key', location: 'cookie' } }] }),
    });
    expect(badSettings.errors?.[0]?.extensions?.field).toBe('configs.0.settings.location');
    expect(errorCode(await orgAdmin.request(CREATE_INTEGRATION, { input: restIntegration({ name: '  ' }) }))).toBe('BAD_USER_INPUT');
  });

  it('stores per-environment configurations and encrypts the OAuth2 client secret', async () => {
    const oauth = (env: string, secret: string) => ({
      environment: env,
      baseUrl: `https://${env}.api.example.com`,
      authType: 'OAUTH2',
      settings: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: 'read', clientId: `client-${env}`, clientSecret: secret },
    });
    const created = await createIntegration(orgAdmin, restIntegration({ name: 'OAuth API', configMode: 'PER_ENVIRONMENT', configs: [oauth('development', 'dev-client-secret-1'), oauth('production', 'prod-client-secret-1')] }));
    expect(created.configs.map((c) => c.environment)).toEqual(['development', 'production']);
    expect(created.configs[0]?.settings).toEqual({ authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: 'read', clientId: 'client-development' });
    expect(created.configs[0]?.secretSettingsSet).toEqual(['clientSecret']);
    expect(JSON.stringify(created)).not.toContain('client-secret-1');

    // A blank secret keeps the stored value.
    const kept = { ...oauth('development', ''), settings: { ...oauth('development', '').settings, clientSecret: '' } };
    const updated = await orgAdmin.request<{ updateIntegration: IntegrationNode }>(UPDATE_INTEGRATION, { id: created.id, input: { configs: [kept, oauth('production', 'prod-client-secret-2')] } });
    expect(updated.data?.updateIntegration.configs[0]?.secretSettingsSet).toEqual(['clientSecret']);
    const em = server.keyward.orm.em.fork();
    const { integrations } = server.keyward.services;
    const integration = await em.findOneOrFail(Integration, { id: created.id });
    expect((await integrations.openConfig(em, integration, 'development'))?.secretSettings).toEqual({ clientSecret: 'dev-client-secret-1' });
    expect((await integrations.openConfig(em, integration, 'production'))?.secretSettings).toEqual({ clientSecret: 'prod-client-secret-2' });
  });
});

describe('editing integrations', () => {
  it('locks the type after creation', async () => {
    const created = await createIntegration(orgAdmin, restIntegration({ name: 'Locked' }));
    const res = await orgAdmin.request(UPDATE_INTEGRATION, { id: created.id, input: { type: 'DATABASE' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const again = await orgAdmin.request<{ integration: IntegrationNode }>(INTEGRATION, { id: created.id });
    expect(again.data?.integration.type).toBe('REST_API');
  });

  it('lets nobody but a super admin change a system integration', async () => {
    const system = await createIntegration(admin, restIntegration({ name: 'System X', scope: 'SYSTEM' }));
    expect(errorCode(await orgAdmin.request(UPDATE_INTEGRATION, { id: system.id, input: { name: 'Hijacked' } }))).toBe('FORBIDDEN');
    expect(errorCode(await orgAdmin.request(DELETE_INTEGRATION, { id: system.id }))).toBe('FORBIDDEN');
    const renamed = await admin.request<{ updateIntegration: IntegrationNode }>(UPDATE_INTEGRATION, { id: system.id, input: { name: 'System Y' } });
    expect(renamed.data?.updateIntegration.name).toBe('System Y');
  });

  it('keeps one active version at a time', async () => {
    const created = await createIntegration(orgAdmin, restIntegration({ name: 'Versioned' }));
    const add = 'mutation($id: ID!, $input: IntegrationVersionInput!) { createIntegrationVersion(integrationId: $id, input: $input) { versions { id label status } activeVersion { label } } }';
    await orgAdmin.request(add, { id: created.id, input: { label: 'v1', status: 'ACTIVE' } });
    const second = await orgAdmin.request<{ createIntegrationVersion: IntegrationNode }>(add, { id: created.id, input: { label: 'v2' } });
    expect(second.data?.createIntegrationVersion.activeVersion?.label).toBe('v1');
    const v2 = second.data?.createIntegrationVersion.versions.find((v) => v.label === 'v2');
    const set = 'mutation($id: ID!, $status: IntegrationVersionStatus!) { setIntegrationVersionStatus(id: $id, status: $status) { versions { label status } activeVersion { label } } }';
    const res = await orgAdmin.request<{ setIntegrationVersionStatus: IntegrationNode }>(set, { id: v2?.id, status: 'ACTIVE' });
    const statuses = Object.fromEntries(res.data?.setIntegrationVersionStatus.versions.map((v) => [v.label, v.status]) ?? []);
    expect(statuses).toEqual({ v1: 'DEPRECATED', v2: 'ACTIVE' });
    expect(errorCode(await member.request(set, { id: v2?.id, status: 'DRAFT' }))).toBe('FORBIDDEN');
    const dup = await orgAdmin.request(add, { id: created.id, input: { label: 'v1' } });
    expect(dup.errors?.[0]?.extensions?.field).toBe('label');
  });
});

describe('deleting integrations', () => {
  it('reports the connections it affects and deletes them', async () => {
    const created = await createIntegration(orgAdmin, restIntegration({ name: 'Doomed' }));
    await createConnection(member, { integrationId: created.id, name: 'One', visibility: 'ORGANIZATION' });
    await createConnection(member, { integrationId: created.id, name: 'Two', visibility: 'PERSONAL' });
    const seen = await orgAdmin.request<{ integration: IntegrationNode }>(INTEGRATION, { id: created.id });
    expect(seen.data?.integration.connectionCount).toBe(2);
    expect(errorCode(await member.request(DELETE_INTEGRATION, { id: created.id }))).toBe('FORBIDDEN');
    expect((await orgAdmin.request(DELETE_INTEGRATION, { id: created.id })).data).toEqual({ deleteIntegration: created.id });
    const list = await member.request<{ connections: { totalCount: number; edges: { node: { name: string } }[] } }>(
      '{ connections(first: 30) { totalCount edges { node { name } } } }',
    );
    expect(list.data?.connections.edges.map((e) => e.node.name)).not.toEqual(expect.arrayContaining(['One']));
    expect(list.data?.connections.edges.map((e) => e.node.name)).not.toEqual(expect.arrayContaining(['Two']));
    expect(errorCode(await orgAdmin.request(INTEGRATION, { id: created.id }))).toBe('NOT_FOUND');
  });
});

describe('tenancy', () => {
  it('hides another organization’s integration (NOT_FOUND) but shows system ones', async () => {
    await addMember(server, { email: 'other-admin@elsewhere.test', role: 'ORG_ADMIN', organizationName: 'Elsewhere' });
    const other = await signedIn('other-admin@elsewhere.test');
    const theirs = await createIntegration(other, restIntegration({ name: 'Their API' }));
    expect(errorCode(await orgAdmin.request(INTEGRATION, { id: theirs.id }))).toBe('NOT_FOUND');
    expect(errorCode(await orgAdmin.request(UPDATE_INTEGRATION, { id: theirs.id, input: { name: 'x' } }))).toBe('NOT_FOUND');
    const list = await other.request<{ integrations: { edges: { node: IntegrationNode }[] } }>(INTEGRATIONS, {});
    const names = list.data?.integrations.edges.map((e) => e.node.name) ?? [];
    expect(names).toContain('Their API');
    expect(names).toContain('OpenAI');
    expect(names).not.toContain('Org CRM');
  });

  it('filters by scope, type and search (name or type label)', async () => {
    const byType = await orgAdmin.request<{ integrations: { edges: { node: IntegrationNode }[] } }>(INTEGRATIONS, { filter: { type: 'DATABASE' } });
    expect(byType.data?.integrations.edges.every((e) => e.node.type === 'DATABASE')).toBe(true);
    const bySearch = await orgAdmin.request<{ integrations: { edges: { node: IntegrationNode }[] } }>(INTEGRATIONS, { filter: { search: 'storage' } });
    expect(bySearch.data?.integrations.edges.map((e) => e.node.name)).toContain('Amazon S3');
    const orgOnly = await orgAdmin.request<{ integrations: { edges: { node: IntegrationNode }[] } }>(INTEGRATIONS, { filter: { scope: 'ORGANIZATION' } });
    expect(orgOnly.data?.integrations.edges.every((e) => e.node.scope === 'ORGANIZATION')).toBe(true);
  });

  it('lets an API key with INTEGRATIONS_READ list integrations', async () => {
    const { token } = await createKey(admin, { name: 'reader', roleIds: [await roleId(admin, 'Read-only')] });
    const res = await keyClient(server.url, token).request<{ integrations: { totalCount: number } }>(INTEGRATIONS, {});
    expect(res.data?.integrations.totalCount).toBeGreaterThan(0);
  });
});
