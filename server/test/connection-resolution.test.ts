import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiKeyActor } from '../src/core/actor';
import { MASK } from '../src/modules/connections/connection-resolution';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { createConnection, createIntegration, createSecret, RESOLVE, restIntegration, saveCredentials, type IntegrationNode } from './connection-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

let server: TestServer;
let admin: Client;
let member: Client;
let basic: IntegrationNode;
/** The workflow runtime: the only caller that gets plaintexts. */
let runtime: Client;
let runtimeToken: string;

type Resolved = { resolveConnection: { fields: Record<string, unknown>; integration: { baseUrl: string; authType: string; settings: Record<string, unknown> } } };

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  await addMember(server, { email: 'member@keyward.test', role: 'MEMBER' });
  await addMember(server, { email: 'reader@keyward.test', role: 'READ_ONLY' });
  member = new Client(server.url);
  await member.signIn('member@keyward.test', MEMBER_PASSWORD);
  await createSecret(admin, 'API_USER', [
    { environment: 'development', value: 'dev-user' },
    { environment: 'production', value: 'prod-user' },
  ]);
  await createSecret(admin, 'API_PASS', [
    { environment: 'development', value: 'dev-pass-111' },
    { environment: 'production', value: 'prod-pass-222' },
  ]);
  basic = await createIntegration(admin, restIntegration({ name: 'Basic API', configs: [{ baseUrl: 'https://basic.example.com', authType: 'BASIC', settings: {} }] }));
  runtimeToken = (await createKey(admin, { name: 'runtime', roleIds: [await roleId(admin, 'Org Admin')] })).token;
  runtime = keyClient(server.url, runtimeToken);
});
afterAll(async () => server.close());

describe('resolveConnection', () => {
  it('substitutes whole and embedded references per environment', async () => {
    const c = await createConnection(admin, { integrationId: basic.id, name: 'Basic', visibility: 'ORGANIZATION' });
    for (const env of ['development', 'production']) await saveCredentials(admin, c.id, env, { username: '@@SECRET:API_USER@@', password: 'pre-@@SECRET:API_PASS@@-post' });
    const dev = await runtime.request<Resolved>(RESOLVE, { id: c.id, env: 'development' });
    expect(dev.data?.resolveConnection.fields).toEqual({ username: 'dev-user', password: 'pre-dev-pass-111-post' });
    expect(dev.data?.resolveConnection.integration).toMatchObject({ baseUrl: 'https://basic.example.com', authType: 'BASIC' });
    const prod = await runtime.request<Resolved>(RESOLVE, { id: c.id, env: 'production' });
    expect(prod.data?.resolveConnection.fields).toEqual({ username: 'prod-user', password: 'pre-prod-pass-222-post' });
    // A signed-in admin gets the same shape, masked.
    const shown = await admin.request<Resolved>(RESOLVE, { id: c.id, env: 'development' });
    expect(shown.data?.resolveConnection.fields).toEqual({ username: MASK, password: MASK });
    expect(shown.data?.resolveConnection.integration).toMatchObject({ baseUrl: 'https://basic.example.com', authType: 'BASIC' });
  });

  it('uses the new value after a secret is rotated, with no change to the connection', async () => {
    await createSecret(admin, 'ROTATING', [{ environment: 'development', value: 'first-value' }]);
    const c = await createConnection(admin, { integrationId: basic.id, name: 'Rotating', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { username: 'u', password: '@@SECRET:ROTATING@@' });
    await admin.request('mutation { updateSecret(key: "ROTATING", input: { set: [{ environment: "development", value: "second-value" }] }) { key } }');
    const res = await runtime.request<Resolved>(RESOLVE, { id: c.id, env: 'development' });
    expect(res.data?.resolveConnection.fields.password).toBe('second-value');
  });

  it('fails naming the key and environment when a secret has no value there', async () => {
    await createSecret(admin, 'DEV_ONLY', [{ environment: 'development', value: 'only-dev' }]);
    const c = await createConnection(admin, { integrationId: basic.id, name: 'Dev only', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'staging', { username: 'u', password: '@@SECRET:DEV_ONLY@@' });
    const res = await runtime.request(RESOLVE, { id: c.id, env: 'staging' });
    expect(res.errors?.[0]?.message).toBe('Secret DEV_ONLY has no value in staging.');
    await saveCredentials(admin, c.id, 'qa', { username: 'u', password: '@@SECRET:NO_SUCH@@' });
    expect((await runtime.request(RESOLVE, { id: c.id, env: 'qa' })).errors?.[0]?.message).toBe('Secret NO_SUCH does not exist (needed in qa).');
  });

  it('fails clearly when the environment has no credentials or does not exist', async () => {
    const c = await createConnection(admin, { integrationId: basic.id, name: 'Empty', visibility: 'ORGANIZATION' });
    const res = await admin.request(RESOLVE, { id: c.id, env: 'production' });
    expect(res.errors?.[0]).toMatchObject({ message: 'Connection Empty has no credentials in production.', extensions: { code: 'NOT_FOUND' } });
    expect((await admin.request(RESOLVE, { id: c.id, env: 'moon' })).errors?.[0]?.extensions?.field).toBe('environment');
  });

  it('resolves an integration’s secret settings (OAuth2 client secret) too', async () => {
    await createSecret(admin, 'OAUTH_SECRET', [{ environment: 'development', value: 'client-secret-dev' }]);
    const oauth = await createIntegration(admin, restIntegration({
      name: 'OAuth',
      configs: [{ baseUrl: 'https://o.example.com', authType: 'OAUTH2', settings: { authorizationUrl: 'https://o.example.com/a', tokenUrl: 'https://o.example.com/t', clientId: 'cid', clientSecret: '@@SECRET:OAUTH_SECRET@@' } }],
    }));
    const c = await createConnection(admin, { integrationId: oauth.id, name: 'OAuth conn', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { accessToken: 'at-123456' });
    const res = await runtime.request<Resolved>(RESOLVE, { id: c.id, env: 'development' });
    expect(res.data?.resolveConnection.integration.settings).toMatchObject({ clientId: 'cid', clientSecret: 'client-secret-dev' });
    const shown = await admin.request<Resolved>(RESOLVE, { id: c.id, env: 'development' });
    expect(shown.data?.resolveConnection.integration.settings).toMatchObject({ clientId: 'cid', clientSecret: MASK });
    expect(shown.data?.resolveConnection.fields).toMatchObject({ accessToken: MASK });
  });

  it('works for an API key on organization connections, audited, but not on personal ones', async () => {
    const org = await createConnection(member, { integrationId: basic.id, name: 'Shared org', visibility: 'ORGANIZATION' });
    await saveCredentials(member, org.id, 'development', { username: 'u', password: '@@SECRET:API_PASS@@' });
    const personal = await createConnection(member, { integrationId: basic.id, name: 'Mine', visibility: 'PERSONAL' });
    await saveCredentials(member, personal.id, 'development', { username: 'u', password: 'p-personal' });
    const { token } = await createKey(admin, { name: 'engine', roleIds: [await roleId(admin, 'Member')] });
    const key = keyClient(server.url, token);
    const res = await key.request<Resolved>(RESOLVE, { id: org.id, env: 'development' });
    expect(res.data?.resolveConnection.fields.password).toBe('dev-pass-111');
    expect(errorCode(await key.request(RESOLVE, { id: personal.id, env: 'development' }))).toBe('NOT_FOUND');
    const own = await member.request<Resolved>(RESOLVE, { id: personal.id, env: 'development' });
    expect(own.data?.resolveConnection.fields.password).toBe(MASK);
    const events = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'connection.resolved', targetId: org.id });
    expect(events.map((e) => e.actorType)).toContain('API_KEY');
    expect(events.every((e) => !e.summary.includes('dev-pass-111'))).toBe(true);
  });

  it('needs CONNECTIONS_RESOLVE', async () => {
    const reader = new Client(server.url);
    await reader.signIn('reader@keyward.test', MEMBER_PASSWORD);
    const c = await createConnection(admin, { integrationId: basic.id, name: 'Guarded', visibility: 'ORGANIZATION' });
    expect(errorCode(await reader.request(RESOLVE, { id: c.id, env: 'development' }))).toBe('FORBIDDEN');
  });

  it('takes the same number of database round trips for 1 and for 12 references', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `MANY_${i}`);
    for (const key of keys) await createSecret(admin, key, [{ environment: 'development', value: `v-${key}` }]);
    const headers = await createIntegration(admin, restIntegration({ name: 'Headers', configs: [{ baseUrl: 'https://h.example.com', authType: 'CUSTOM_HEADERS', settings: {} }] }));
    const one = await createConnection(admin, { integrationId: headers.id, name: 'One ref', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, one.id, 'development', { headers: [{ key: 'X-0', value: '@@SECRET:MANY_0@@' }] });
    const many = await createConnection(admin, { integrationId: headers.id, name: 'Many refs', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, many.id, 'development', { headers: keys.map((k, i) => ({ key: `X-${i}`, value: `a @@SECRET:${k}@@ b` })) });

    const count = async (id: string) => {
      const em = server.keyward.orm.em.fork() as EntityManager;
      const authenticated = await server.keyward.services.apiKeyAuth.authenticate(em, runtimeToken);
      if (!authenticated.ok) throw new Error('the runtime key did not authenticate');
      const actor: ApiKeyActor = authenticated.actor;
      const connection = em.getConnection() as unknown as { executeQuery: (...args: unknown[]) => Promise<unknown> };
      const original = connection.executeQuery;
      let queries = 0;
      connection.executeQuery = function (this: unknown, ...args: unknown[]) {
        queries += 1;
        return original.apply(this, args);
      };
      try {
        const resolved = await server.keyward.services.connections.resolve(em.fork(), actor, id, 'development', { ip: null, userAgent: null, requestId: 'count' });
        return { queries, resolved };
      } finally {
        connection.executeQuery = original;
      }
    };
    const a = await count(one.id);
    const b = await count(many.id);
    expect((b.resolved.fields.headers as { value: string }[])[11]?.value).toBe('a v-MANY_11 b');
    expect(a.queries).toBeGreaterThan(0);
    expect(b.queries).toBe(a.queries);
  });
});
