import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION, createConnection, createIntegration, restIntegration, saveCredentials, TEST_CONNECTION } from './connection-helpers';
import { signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

let server: TestServer;
let admin: Client;
let http: Server;
let httpUrl: string;

const GOOD_TOKEN = 'last-test-good-token-4711';
const BAD_TOKEN = 'last-test-bad-token-0815';

interface LastTest {
  ok: boolean;
  message: string;
  at: string;
}
interface EnvironmentRow {
  environment: string;
  lastTest: LastTest | null;
}

const LAST_TESTS = 'query($id: ID!) { connection(id: $id) { environments { environment lastTest { ok message at } } } }';

async function lastTests(id: string): Promise<Map<string, LastTest | null>> {
  const res = await admin.request<{ connection: { environments: EnvironmentRow[] } }>(LAST_TESTS, { id });
  if (!res.data) throw new Error(res.errors?.[0]?.message ?? 'no data');
  return new Map(res.data.connection.environments.map((row) => [row.environment, row.lastTest]));
}

async function test(id: string, env: string): Promise<void> {
  const res = await admin.request(TEST_CONNECTION, { id, env });
  if (!res.data) throw new Error(res.errors?.[0]?.message ?? 'no data');
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  http = createServer((req, res) => {
    if (req.headers.authorization === `Bearer ${GOOD_TOKEN}`) res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    // Echoes the credential it was given: the stored message must not keep it.
    else res.writeHead(401, { 'content-type': 'text/plain' }).end(`invalid token ${req.headers.authorization ?? ''}`);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await server.close();
});

describe('the last test result of a connection environment', () => {
  it('is stored per environment when Test connection runs, with the scrubbed message and the time', async () => {
    const api = await createIntegration(admin, restIntegration({ name: 'Last test API', configs: [{ baseUrl: httpUrl, testPath: '/v1/me', authType: 'BEARER', settings: {} }] }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Last test', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { token: GOOD_TOKEN });
    await saveCredentials(admin, c.id, 'qa', { token: BAD_TOKEN });

    const before = await lastTests(c.id);
    expect([...before.values()].every((row) => row === null)).toBe(true);

    const started = Date.now();
    await test(c.id, 'development');
    await test(c.id, 'qa');
    const after = await lastTests(c.id);

    const dev = after.get('development');
    expect(dev).toMatchObject({ ok: true, message: expect.stringContaining('HTTP 200') });
    expect(new Date(dev?.at ?? 0).getTime()).toBeGreaterThanOrEqual(started - 1000);
    const qa = after.get('qa');
    expect(qa).toMatchObject({ ok: false, message: expect.stringContaining('HTTP 401') });
    expect(qa?.message).not.toContain(BAD_TOKEN);
    expect(JSON.stringify([...after.values()])).not.toContain(GOOD_TOKEN);
    // An environment nobody tested has no result.
    expect(after.get('production')).toBeNull();
  });

  it('is replaced by the next test of the same environment', async () => {
    const api = await createIntegration(admin, restIntegration({ name: 'Retest API', configs: [{ baseUrl: httpUrl, testPath: '/v1/me', authType: 'BEARER', settings: {} }] }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Retest', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { token: BAD_TOKEN });
    await test(c.id, 'development');
    const first = (await lastTests(c.id)).get('development');
    expect(first?.ok).toBe(false);

    await saveCredentials(admin, c.id, 'development', { token: GOOD_TOKEN });
    await test(c.id, 'development');
    const second = (await lastTests(c.id)).get('development');
    expect(second?.ok).toBe(true);
    expect(new Date(second?.at ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(first?.at ?? 0).getTime());
  });

  it('is not stored for an environment without credentials', async () => {
    const api = await createIntegration(admin, restIntegration({ name: 'Untested API', configs: [{ baseUrl: httpUrl, testPath: '/v1/me', authType: 'BEARER', settings: {} }] }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Untested', visibility: 'ORGANIZATION' });
    await test(c.id, 'development');
    expect((await lastTests(c.id)).get('development')).toBeNull();
    const detail = await admin.request<{ connection: { environments: { configured: boolean }[] } }>(CONNECTION, { id: c.id });
    expect(detail.data?.connection.environments.every((row) => !row.configured)).toBe(true);
  });
});
