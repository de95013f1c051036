import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import {
  CONNECTIONS,
  createConnection,
  createIntegration,
  restIntegration,
  saveCredentials,
  TEST_CONNECTION,
  type IntegrationNode,
} from './connection-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

let server: TestServer;
let admin: Client;
let http: Server;
let httpUrl: string;
let smtp: SMTPServer;
let smtpPort: number;
let byName: Map<string, IntegrationNode>;
const responses: string[] = [];

const REST_TOKEN = 'rest-token-abcdef-123456';
const SMTP_PASSWORD = 'smtp-password-xyz-987';

type TestResult = { testConnection: { ok: boolean; available: boolean; message: string } };

async function run(connectionId: string, env = 'development'): Promise<TestResult['testConnection']> {
  const res = await admin.request<TestResult>(TEST_CONNECTION, { id: connectionId, env });
  responses.push(JSON.stringify(res));
  if (!res.data) throw new Error(res.errors?.[0]?.message ?? 'no data');
  return res.data.testConnection;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const authorized = req.headers.authorization === `Bearer ${REST_TOKEN}` || url.searchParams.get('api_key') === REST_TOKEN;
    if (url.pathname === '/v1/me' && authorized) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    } else {
      // A careless server that echoes the credential it was given: it must not reach the user.
      res.writeHead(401, { 'content-type': 'text/plain' }).end(`invalid token ${req.headers.authorization ?? url.searchParams.get('api_key') ?? ''}`);
    }
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'mailer' && auth.password === SMTP_PASSWORD) callback(null, { user: 'mailer' });
      else callback(new Error('Invalid username or password'));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  const list = await admin.request<{ integrations: { edges: { node: IntegrationNode }[] } }>('{ integrations(first: 30) { edges { node { id name provider } } } }');
  byName = new Map(list.data?.integrations.edges.map((e) => [e.node.name, e.node]) ?? []);
});
afterAll(async () => {
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await server.close();
});

const integrationId = (name: string) => {
  const found = byName.get(name);
  if (!found) throw new Error(`no integration ${name}`);
  return found.id;
};

describe('REST API', () => {
  it('requests the test path with the bearer token applied', async () => {
    const api = await createIntegration(admin, restIntegration({ name: 'Local API', configs: [{ baseUrl: httpUrl, testPath: '/v1/me', authType: 'BEARER', settings: {} }] }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Local', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { token: REST_TOKEN });
    expect(await run(c.id)).toMatchObject({ ok: true, available: true, message: expect.stringContaining('HTTP 200') });
    await saveCredentials(admin, c.id, 'qa', { token: 'wrong-token-000000' });
    const failed = await run(c.id, 'qa');
    expect(failed).toMatchObject({ ok: false, available: true });
    expect(failed.message).toContain('HTTP 401');
    expect(failed.message).toContain('invalid token');
    expect(failed.message).not.toContain('wrong-token-000000');
  });

  it('applies an API key in the query and resolves secret references first', async () => {
    await admin.request('mutation($input: CreateSecretInput!) { createSecret(input: $input) { key } }', {
      input: { key: 'LOCAL_KEY', values: [{ environment: 'development', value: REST_TOKEN }] },
    });
    const api = await createIntegration(admin, restIntegration({
      name: 'Query key API',
      configs: [{ baseUrl: httpUrl, testPath: '/v1/me', authType: 'API_KEY', settings: { headerName: 'api_key', location: 'query' } }],
    }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Query key', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { apiKey: '@@SECRET:LOCAL_KEY@@' });
    expect(await run(c.id)).toMatchObject({ ok: true });
  });

  it('reports an unresolvable reference instead of calling the service', async () => {
    const api = await createIntegration(admin, restIntegration({ name: 'Missing ref API', configs: [{ baseUrl: httpUrl, testPath: '/v1/me', authType: 'BEARER', settings: {} }] }));
    const c = await createConnection(admin, { integrationId: api.id, name: 'Missing ref', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { token: '@@SECRET:NOPE@@' });
    expect(await run(c.id)).toEqual({ ok: false, available: true, message: 'Secret NOPE does not exist (needed in development).' });
  });
});

describe('databases', () => {
  it('connects to PostgreSQL and runs SELECT 1', async () => {
    const c = await createConnection(admin, { integrationId: integrationId('PostgreSQL'), name: 'Local PG', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { host: '127.0.0.1', port: 5432, database: 'postgres', username: 'postgres' });
    expect(await run(c.id)).toEqual({ ok: true, available: true, message: 'Connected and ran SELECT 1.' });
    await saveCredentials(admin, c.id, 'qa', { host: '127.0.0.1', port: 5432, database: 'no_such_database_here', username: 'postgres' });
    const failed = await run(c.id, 'qa');
    expect(failed.ok).toBe(false);
    // The server's reason comes through; the database name (a credential field value) does not.
    expect(failed.message).toBe('database "••••" does not exist');
  });

  it('connects to MySQL (MariaDB) and runs SELECT 1, and reports a refused sign-in', async () => {
    const mysql = await createIntegration(admin, { name: 'Local MySQL', type: 'DATABASE', provider: 'mysql', configMode: 'SAME_FOR_ALL', configs: [{ authType: 'NONE', settings: {} }] });
    const c = await createConnection(admin, { integrationId: mysql.id, name: 'Local MariaDB', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { host: '127.0.0.1', port: 3306, database: 'mysql', username: 'root', password: '' });
    expect(await run(c.id)).toEqual({ ok: true, available: true, message: 'Connected and ran SELECT 1.' });
    await saveCredentials(admin, c.id, 'qa', { host: '127.0.0.1', port: 3306, database: 'mysql', username: 'nobody_here', password: 'bad-mysql-password-1' });
    const failed = await run(c.id, 'qa');
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/Access denied/);
    expect(failed.message).not.toContain('bad-mysql-password-1');
  });
});

describe('SMTP', () => {
  it('signs in to a real SMTP server, and reports the server’s refusal', async () => {
    const c = await createConnection(admin, { integrationId: integrationId('Gmail'), name: 'Local mail', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { host: '127.0.0.1', port: smtpPort, username: 'mailer', password: SMTP_PASSWORD, secure: false });
    expect(await run(c.id)).toEqual({ ok: true, available: true, message: 'The SMTP server accepted the sign-in.' });
    await saveCredentials(admin, c.id, 'qa', { host: '127.0.0.1', port: smtpPort, username: 'mailer', password: 'not-the-password', secure: false });
    const failed = await run(c.id, 'qa');
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain('Invalid username or password');
  });
});

describe('other providers', () => {
  it('says testing is not available yet', async () => {
    const c = await createConnection(admin, { integrationId: integrationId('OpenAI'), name: 'AI', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { apiKey: 'sk-test-not-real-1234' });
    expect(await run(c.id)).toEqual({ ok: false, available: false, message: 'Testing is not available for OpenAI yet.' });
  });

  it('needs CONNECTIONS_MANAGE', async () => {
    await addMember(server, { email: 'reader@keyward.test', role: 'READ_ONLY' });
    const reader = new Client(server.url);
    await reader.signIn('reader@keyward.test', MEMBER_PASSWORD);
    const c = await createConnection(admin, { integrationId: integrationId('OpenAI'), name: 'AI 2', visibility: 'ORGANIZATION' });
    expect(errorCode(await reader.request(TEST_CONNECTION, { id: c.id, env: 'development' }))).toBe('FORBIDDEN');
  });
});

describe('exposure', () => {
  it('never returns or logs a credential value (lists, tests, audit)', async () => {
    const list = await admin.request(CONNECTIONS, {});
    responses.push(JSON.stringify(list));
    const events = await server.keyward.orm.em.fork().find(AuditEvent, {});
    const haystacks = [...responses, ...server.logs, ...events.map((e) => JSON.stringify(e))];
    for (const value of [REST_TOKEN, SMTP_PASSWORD, 'wrong-token-000000', 'bad-mysql-password-1', 'sk-test-not-real-1234', 'not-the-password']) {
      expect(haystacks.filter((h) => h.includes(value))).toEqual([]);
    }
  });
});
