import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { createConnection, createIntegration, createSecret, restIntegration, saveCredentials, TEST_CONNECTION } from './connection-helpers';
import { signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

/**
 * testConnection messages carry the remote side's reason but never a value that went into the
 * request: no substituted secret, no credential field (secret or not), no integration setting,
 * in any encoding a service could echo them in; and the remote text is capped.
 */

let server: TestServer;
let admin: Client;
let echo: Server;
let echoUrl: string;
let pgIntegrationId: string;
const messages: string[] = [];

async function run(connectionId: string, env = 'development') {
  const res = await admin.request<{ testConnection: { ok: boolean; available: boolean; message: string } }>(TEST_CONNECTION, { id: connectionId, env });
  if (!res.data) throw new Error(res.errors?.[0]?.message ?? 'no data');
  messages.push(res.data.testConnection.message);
  return res.data.testConnection;
}

/** Every encoding a careless service could repeat a value in. */
const encodings = (value: string) => [value, value.toLowerCase(), encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2), Buffer.from(value).toString('base64')];

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  // A careless service: 401 with everything it was sent (URL, headers), or a huge body.
  echo = createServer((req, res) => {
    if (req.url === '/huge') res.writeHead(500, { 'content-type': 'text/plain' }).end(`boom ${'x'.repeat(5000)}`);
    else res.writeHead(401, { 'content-type': 'text/plain' }).end(`denied ${req.url ?? ''} ${JSON.stringify(req.headers)}`);
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
  const list = await admin.request<{ integrations: { edges: { node: { id: string; name: string } }[] } }>('{ integrations(first: 30) { edges { node { id name } } } }');
  pgIntegrationId = list.data?.integrations.edges.find((e) => e.node.name === 'PostgreSQL')?.node.id ?? '';
});

afterAll(async () => {
  await new Promise<void>((resolve) => echo?.close(() => resolve()));
  await server?.close();
});

describe('REST API test messages', () => {
  it('keep the service’s reason but none of the Basic credentials, raw, base64 or URL-encoded', async () => {
    const username = 'echo-user-Name-42';
    const password = 'pa ss/w+rd?&=é-secret';
    const api = await createIntegration(admin, restIntegration({ name: 'Echo basic', configs: [{ baseUrl: echoUrl, testPath: '/me', authType: 'BASIC', settings: {} }] }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Echo basic', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { username, password });
    const outcome = await run(c.id);
    expect(outcome.message).toMatch(/^HTTP 401 Unauthorized: denied \/me /);
    for (const value of [username, password, `${username}:${password}`]) for (const form of encodings(value)) expect(outcome.message).not.toContain(form);
  });

  it('keep none of a query API key, its setting values, or a substituted secret', async () => {
    await createSecret(admin, 'ECHO_KEY', [{ environment: 'development', value: 'key with spaces/and+plus&more' }]);
    const api = await createIntegration(admin, restIntegration({
      name: 'Echo key',
      configs: [{ baseUrl: echoUrl, testPath: '/me', authType: 'API_KEY', settings: { headerName: 'X-Very-Custom-Header', location: 'header' } }],
    }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Echo key', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { apiKey: 'prefix-@@SECRET:ECHO_KEY@@-suffix' });
    const inHeader = await run(c.id);
    expect(inHeader.message).toMatch(/^HTTP 401 Unauthorized: denied/);
    for (const value of ['key with spaces/and+plus&more', 'X-Very-Custom-Header']) for (const form of encodings(value)) expect(inHeader.message).not.toContain(form);

    const inQuery = await createIntegration(admin, restIntegration({
      name: 'Echo query key',
      configs: [{ baseUrl: echoUrl, testPath: '/me', authType: 'API_KEY', settings: { headerName: 'custom_key_param', location: 'query' } }],
    }));
    const q = await createConnection(admin, { integrationId: inQuery.id, name: 'Echo query key', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, q.id, 'development', { apiKey: '@@SECRET:ECHO_KEY@@' });
    const outcome = await run(q.id);
    expect(outcome.message).toMatch(/^HTTP 401 Unauthorized: denied \/me\?/);
    for (const value of ['key with spaces/and+plus&more', 'custom_key_param']) for (const form of encodings(value)) expect(outcome.message).not.toContain(form);
  });

  it('cap what the service says', async () => {
    const api = await createIntegration(admin, restIntegration({ name: 'Huge', configs: [{ baseUrl: echoUrl, testPath: '/huge', authType: 'NONE', settings: {} }] }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Huge', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', {});
    const outcome = await run(c.id);
    expect(outcome.message).toMatch(/^HTTP 500 Internal Server Error: boom x+…$/);
    expect(outcome.message.length).toBeLessThan(360);
  });
});

describe('database test messages', () => {
  it('keep the server’s reason but not a database name that came from a secret', async () => {
    await createSecret(admin, 'DB_NAME', [{ environment: 'development', value: 'secret_database_name_77' }]);
    const c = await createConnection(admin, { integrationId: pgIntegrationId, name: 'Secret db', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { host: '127.0.0.1', port: 5432, database: '@@SECRET:DB_NAME@@', username: 'postgres' });
    expect(await run(c.id)).toEqual({ ok: false, available: true, message: 'database "••••" does not exist' });
  });

  it('keep no credential field value, secret or not (a user name the server repeats)', async () => {
    const c = await createConnection(admin, { integrationId: pgIntegrationId, name: 'Wrong user', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { host: '127.0.0.1', port: 5432, database: 'postgres', username: 'no_such_role_here' });
    const outcome = await run(c.id);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/role "••••" does not exist/);
    expect(outcome.message).not.toContain('no_such_role_here');
  });

  it('name a host that came from a secret nowhere, the audit log and server log included', async () => {
    await createSecret(admin, 'PG_HOST', [{ environment: 'development', value: '127.0.0.2' }]);
    const c = await createConnection(admin, { integrationId: pgIntegrationId, name: 'Secret host', visibility: 'ORGANIZATION' });
    // A closed port: the driver's error names the address it dialled, which is the secret.
    await saveCredentials(admin, c.id, 'development', { host: '@@SECRET:PG_HOST@@', port: 1, database: 'postgres', username: 'postgres' });
    const outcome = await run(c.id);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe('connect ECONNREFUSED ••••:1');
    const events = await server.keyward.orm.em.fork().find(AuditEvent, {});
    for (const text of [...messages, ...server.logs, ...events.map((e) => JSON.stringify(e))]) {
      expect(text).not.toContain('secret_database_name_77');
      expect(text).not.toContain('127.0.0.2');
    }
  });
});
