import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Credential } from '../../src/modules/connections/connection.entity';
import { createKey, keyClient, roleId } from '../api-key-helpers';
import { createConnection, createIntegration, createSecret, RESOLVE, restIntegration, saveCredentials, TEST_CONNECTION } from '../connection-helpers';
import { errorCode, signedInAdmin, startTestServer, type Client, type TestServer } from '../harness';

/**
 * The outbound guard over every outbound path: each address form is refused by a server with the
 * default policy (before anything is dialled: the local peers count every request and
 * connection), and the same paths work against this machine's real peers on a server whose
 * KEYWARD_OUTBOUND_ALLOW lists loopback. No test sends traffic anywhere but loopback.
 */

interface Form {
  host: string;
  kind: string;
}

const LOOPBACK = 'a loopback address';
const FORMS: Form[] = [
  { host: '127.0.0.1', kind: LOOPBACK },
  { host: 'localhost', kind: LOOPBACK },
  { host: '0.0.0.0', kind: 'an unspecified address' },
  { host: '2130706433', kind: LOOPBACK },
  { host: '0x7f000001', kind: LOOPBACK },
  { host: '017700000001', kind: LOOPBACK },
  { host: '127.1', kind: LOOPBACK },
  { host: '10.0.0.1', kind: 'a private (RFC 1918) address' },
  { host: '172.16.0.1', kind: 'a private (RFC 1918) address' },
  { host: '192.168.1.1', kind: 'a private (RFC 1918) address' },
  { host: '100.64.0.1', kind: 'a carrier-grade NAT (RFC 6598) address' },
  { host: '169.254.169.254', kind: 'a link-local address' },
  { host: '224.0.0.1', kind: 'a multicast address' },
  { host: '255.255.255.255', kind: 'the broadcast address' },
  { host: '240.0.0.1', kind: 'a reserved address' },
  { host: '::1', kind: LOOPBACK },
  { host: '::', kind: 'an unspecified address' },
  { host: '[::ffff:127.0.0.1]', kind: LOOPBACK },
  { host: '[::ffff:10.0.0.1]', kind: 'a private (RFC 1918) address' },
  { host: 'fd00::1', kind: 'an IPv6 unique local address' },
  { host: 'fe80::1', kind: 'a link-local address' },
  { host: 'ff02::1', kind: 'a multicast address' },
];
/** The forms that reach this machine: allowed by `127.0.0.0/8,::1/128` (the harness default). */
const LOOPBACK_FORMS = ['127.0.0.1', 'localhost', '2130706433', '0x7f000001', '017700000001', '[::ffff:127.0.0.1]'];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const refusedAs = (kind: string) => new RegExp(`${escapeRegExp(kind)}; add .+ to KEYWARD_OUTBOUND_ALLOW to (test services on this host|test services on your private network|allow it)\\.$`);
const urlHost = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

let strict: TestServer;
let open: TestServer;
let strictAdmin: Client;
let openAdmin: Client;
/** Runtime keys: only an API key's resolution refreshes OAuth2 tokens (a person's is masked). */
let strictRuntime: Client;
let openRuntime: Client;
/** Runtime keys of their own for the client-credentials paths, so those requests stay within each key's rate limit. */
let strictMachine: Client;
let openMachine: Client;
let http: Server;
let http6: Server;
let httpPort: number;
let http6Port: number;
let smtp: SMTPServer;
let smtpPort: number;
/** Every request and SMTP connection a peer received: a refused path adds none. */
const hits: string[] = [];
let counter = 0;
const unique = (prefix: string) => `${prefix} ${(counter += 1)}`;

function peer(req: IncomingMessage, res: ServerResponse) {
  hits.push(`${req.method ?? ''} ${req.url ?? ''}`);
  const url = new URL(req.url ?? '/', 'http://peer');
  if (url.pathname === '/token') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ access_token: `fresh-access-${counter}-abcdefgh`, token_type: 'bearer', expires_in: 3600, refresh_token: `fresh-refresh-${counter}-abcdefgh` }));
  } else if (url.pathname === '/redirect') {
    res.writeHead(302, { location: `http://127.0.0.1:${httpPort}/elsewhere` }).end();
  } else if (url.pathname === '/echo') {
    // A careless service that repeats everything it was sent.
    res.writeHead(401, { 'content-type': 'text/plain' }).end(`denied ${req.url ?? ''} ${JSON.stringify(req.headers)}`);
  } else {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  }
}

beforeAll(async () => {
  [strict, open] = await Promise.all([startTestServer({ env: { KEYWARD_OUTBOUND_ALLOW: '' } }), startTestServer()]);
  [strictAdmin, openAdmin] = await Promise.all([signedInAdmin(strict), signedInAdmin(open)]);
  await Promise.all([readBuiltIns(strictAdmin), readBuiltIns(openAdmin)]);
  const runtimeKey = async (server: TestServer, admin: Client) =>
    keyClient(server.url, (await createKey(admin, { name: 'runtime', roleIds: [await roleId(admin, 'Org Admin')] })).token);
  [strictRuntime, openRuntime, strictMachine, openMachine] = await Promise.all([
    runtimeKey(strict, strictAdmin),
    runtimeKey(open, openAdmin),
    runtimeKey(strict, strictAdmin),
    runtimeKey(open, openAdmin),
  ]);
  http = createServer(peer);
  http6 = createServer(peer);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => http6.listen(0, '::1', resolve));
  httpPort = (http.address() as AddressInfo).port;
  http6Port = (http6.address() as AddressInfo).port;
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onConnect(_session, callback) {
      hits.push('SMTP connect');
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === 'mailer' && auth.password === 'smtp-password-1') callback(null, { user: 'mailer' });
      else callback(new Error('Invalid username or password'));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await Promise.all([
    new Promise<void>((resolve) => http?.close(() => resolve())),
    new Promise<void>((resolve) => http6?.close(() => resolve())),
    new Promise<void>((resolve) => smtp?.close(() => resolve())),
  ]);
  await Promise.all([strict?.close(), open?.close()]);
});

async function testConnection(client: Client, connectionId: string, env = 'development') {
  const res = await client.request<{ testConnection: { ok: boolean; available: boolean; message: string } }>(TEST_CONNECTION, { id: connectionId, env });
  if (!res.data) throw new Error(res.errors?.[0]?.message ?? 'no data');
  return res.data.testConnection;
}

/** The built-in integrations' ids per server, read before the tests add their own. */
const builtIns = new Map<Client, Map<string, string>>();

async function readBuiltIns(client: Client): Promise<void> {
  const list = await client.request<{ integrations: { edges: { node: { id: string; name: string } }[] } }>('{ integrations(first: 30) { edges { node { id name } } } }');
  builtIns.set(client, new Map(list.data?.integrations.edges.map((e) => [e.node.name, e.node.id]) ?? []));
}

function builtIn(client: Client, name: string): string {
  const id = builtIns.get(client)?.get(name);
  if (id === undefined) throw new Error(`no integration ${name}`);
  return id;
}

/** The PostgreSQL, MySQL and SMTP connection tests, each with the host as typed in the host field. */
const HOST_FIELD_PATHS = {
  PostgreSQL: async (client: Client, host: string) => {
    const c = await createConnection(client, { integrationId: builtIn(client, 'PostgreSQL'), name: unique('PG'), visibility: 'ORGANIZATION' });
    await saveCredentials(client, c.id, 'development', { host, port: 5432, database: 'postgres', username: 'postgres' });
    return testConnection(client, c.id);
  },
  MySQL: async (client: Client, host: string) => {
    const mysql = await createIntegration(client, { name: unique('MySQL'), type: 'DATABASE', provider: 'mysql', configMode: 'SAME_FOR_ALL', configs: [{ authType: 'NONE', settings: {} }] });
    const c = await createConnection(client, { integrationId: mysql.id, name: unique('MariaDB'), visibility: 'ORGANIZATION' });
    await saveCredentials(client, c.id, 'development', { host, port: 3306, database: 'mysql', username: 'root', password: '' });
    return testConnection(client, c.id);
  },
  SMTP: async (client: Client, host: string) => {
    const c = await createConnection(client, { integrationId: builtIn(client, 'Gmail'), name: unique('Mail'), visibility: 'ORGANIZATION' });
    await saveCredentials(client, c.id, 'development', { host, port: smtpPort, username: 'mailer', password: 'smtp-password-1', secure: false });
    return testConnection(client, c.id);
  },
};

async function restTest(client: Client, host: string, port = httpPort, path = '/ping') {
  const api = await createIntegration(client, restIntegration({ name: unique('API'), configs: [{ baseUrl: `http://${urlHost(host)}:${port}`, testPath: path, authType: 'BEARER', settings: {} }] }));
  const c = await createConnection(client, { integrationId: api.id, name: unique('REST'), visibility: 'ORGANIZATION' });
  await saveCredentials(client, c.id, 'development', { token: 'rest-token-1234567' });
  return testConnection(client, c.id);
}

/** An OAuth2 connection whose stored access token has expired, so resolving it calls the token endpoint. */
async function expiredOAuthConnection(server: TestServer, client: Client, tokenUrl: string): Promise<string> {
  const integration = await createIntegration(
    client,
    restIntegration({
      name: unique('OAuth API'),
      configs: [{ baseUrl: 'https://api.provider.test', testPath: null, authType: 'OAUTH2', settings: { authorizationUrl: `${tokenUrl}/../auth`, tokenUrl, clientId: 'keyward', clientSecret: 'client-secret-123456' } }],
    }),
  );
  const c = await createConnection(client, { integrationId: integration.id, name: unique('OAuth'), visibility: 'ORGANIZATION' });
  await saveCredentials(client, c.id, 'development', { accessToken: 'old-access-token-123456', refreshToken: 'old-refresh-token-123456' });
  await server.keyward.orm.em.fork().nativeUpdate(Credential, { connection: c.id, environment: 'development' }, { tokenExpiresAt: new Date(Date.now() - 1000) });
  return c.id;
}

/** A connection over a client_credentials integration whose token endpoint (or issuer, to discover it from) is `settings`. */
async function clientCredentialsConnection(client: Client, settings: { tokenUrl: string } | { issuer: string }): Promise<string> {
  const integration = await createIntegration(
    client,
    restIntegration({
      name: unique('Machine'),
      configs: [{ baseUrl: 'https://api.provider.test', testPath: null, authType: 'OAUTH2', settings: { grantType: 'client_credentials', ...settings, clientId: 'keyward', clientSecret: 'client-secret-123456' } }],
    }),
  );
  return (await createConnection(client, { integrationId: integration.id, name: unique('Machine'), visibility: 'ORGANIZATION' })).id;
}

describe('refused by default, before anything is dialled', () => {
  describe.each(FORMS)('$host', ({ host, kind }) => {
    it('REST API test', async () => {
      const before = hits.length;
      const outcome = await restTest(strictAdmin, host);
      expect(outcome).toMatchObject({ ok: false, available: true });
      expect(outcome.message).toMatch(refusedAs(kind));
      expect(hits.length).toBe(before);
    });

    it.each(Object.entries(HOST_FIELD_PATHS))('%s test', async (_name, run) => {
      const before = hits.length;
      const outcome = await run(strictAdmin, host);
      expect(outcome).toMatchObject({ ok: false, available: true });
      expect(outcome.message).toMatch(refusedAs(kind));
      expect(outcome.message.startsWith(host.replace(/^\[|\]$/g, ''))).toBe(true);
      expect(hits.length).toBe(before);
    });

    it('OAuth2 token refresh', async () => {
      const before = hits.length;
      const id = await expiredOAuthConnection(strict, strictAdmin, `http://${urlHost(host)}:${httpPort}/token`);
      const res = await strictRuntime.request(RESOLVE, { id, env: 'development' });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toMatch(
        new RegExp(`failed: The token endpoint resolves to ${escapeRegExp(kind)}; add its address or host name to KEYWARD_OUTBOUND_ALLOW to [a-z ]+\\. Connect it with OAuth2 again\\.$`),
      );
      expect(hits.length).toBe(before);
    });

    it('OAuth2 client-credentials token request and issuer discovery', async () => {
      const before = hits.length;
      const direct = await clientCredentialsConnection(strictAdmin, { tokenUrl: `http://${urlHost(host)}:${httpPort}/token` });
      const res = await strictMachine.request(RESOLVE, { id: direct, env: 'development' });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toMatch(new RegExp(`^Connection “Machine \\d+”, environment development: The token endpoint resolves to ${escapeRegExp(kind)}; add .+\\.$`));
      const discovered = await clientCredentialsConnection(strictAdmin, { issuer: `http://${urlHost(host)}:${httpPort}` });
      const viaIssuer = await strictMachine.request(RESOLVE, { id: discovered, env: 'development' });
      expect(viaIssuer.errors?.[0]?.message).toMatch(new RegExp(`^Connection “Machine \\d+”, environment development: discovery at the issuer was refused: The issuer resolves to ${escapeRegExp(kind)}; add .+\\.$`));
      expect(hits.length).toBe(before);
    });

    it('OAuth2 code exchange at the callback', async () => {
      const before = hits.length;
      const id = await expiredOAuthConnection(strict, strictAdmin, `http://${urlHost(host)}:${httpPort}/token`);
      const started = await strictAdmin.request<{ startConnectionOAuth: { authorizationUrl: string } }>(
        'mutation($id: ID!, $env: String!) { startConnectionOAuth(connectionId: $id, environment: $env) { authorizationUrl } }',
        { id, env: 'qa' },
      );
      const state = new URL(started.data?.startConnectionOAuth.authorizationUrl ?? '').searchParams.get('state') ?? '';
      const callback = await fetch(`${strict.url}/oauth/callback?code=some-code&state=${encodeURIComponent(state)}`, { redirect: 'manual' });
      expect(callback.headers.get('location')).toBe('/connections?oauth=failed&reason=token_exchange_failed');
      expect(strict.logs.join('\n')).toMatch(new RegExp(`The token exchange failed: The token endpoint resolves to ${escapeRegExp(kind)}; add [^"]+[a-z]\\."`));
      expect(hits.length).toBe(before);
    });
  });

  it('refuses a host that came from a secret without naming it or its address', async () => {
    await createSecret(strictAdmin, 'DB_HOST', [{ environment: 'development', value: '127.0.0.1' }]);
    const c = await createConnection(strictAdmin, { integrationId: builtIn(strictAdmin, 'PostgreSQL'), name: unique('Secret host'), visibility: 'ORGANIZATION' });
    await saveCredentials(strictAdmin, c.id, 'development', { host: '@@SECRET:DB_HOST@@', port: 5432, database: 'postgres', username: 'postgres' });
    const outcome = await testConnection(strictAdmin, c.id);
    expect(outcome.message).toBe('The host resolves to a loopback address; add its address or host name to KEYWARD_OUTBOUND_ALLOW to test services on this host.');
  });
});

describe('allowed through KEYWARD_OUTBOUND_ALLOW, against the real local peers', () => {
  describe.each(LOOPBACK_FORMS)('%s', (host) => {
    it('REST API test', async () => {
      expect(await restTest(openAdmin, host)).toMatchObject({ ok: true, message: expect.stringContaining('HTTP 200') });
    });

    it.each(Object.entries(HOST_FIELD_PATHS))('%s test', async (_name, run) => {
      expect(await run(openAdmin, host)).toMatchObject({ ok: true, available: true });
    });

    it('OAuth2 token refresh', async () => {
      const id = await expiredOAuthConnection(open, openAdmin, `http://${urlHost(host)}:${httpPort}/token`);
      const res = await openRuntime.request<{ resolveConnection: { fields: Record<string, string> } }>(RESOLVE, { id, env: 'development' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.resolveConnection.fields.accessToken).toMatch(/^fresh-access-/);
    });

    it('OAuth2 client-credentials token request', async () => {
      const id = await clientCredentialsConnection(openAdmin, { tokenUrl: `http://${urlHost(host)}:${httpPort}/token` });
      const res = await openMachine.request<{ resolveConnection: { fields: Record<string, string> } }>(RESOLVE, { id, env: 'development' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.resolveConnection.fields.accessToken).toMatch(/^fresh-access-/);
    });
  });

  it('reaches a peer on ::1 over REST and the token endpoint', async () => {
    expect(await restTest(openAdmin, '::1', http6Port)).toMatchObject({ ok: true });
    const id = await expiredOAuthConnection(open, openAdmin, `http://[::1]:${http6Port}/token`);
    expect((await openRuntime.request(RESOLVE, { id, env: 'development' })).errors).toBeUndefined();
  });

  it('still refuses what the setting does not list (0.0.0.0, private and metadata addresses)', async () => {
    const before = hits.length;
    for (const { host, kind } of FORMS.filter((f) => !LOOPBACK_FORMS.includes(f.host) && f.kind !== LOOPBACK)) {
      expect((await HOST_FIELD_PATHS.PostgreSQL(openAdmin, host)).message).toMatch(refusedAs(kind));
      expect((await restTest(openAdmin, host)).message).toMatch(refusedAs(kind));
    }
    expect(hits.length).toBe(before);
  });

  it('reports a redirect without following it', async () => {
    const outcome = await restTest(openAdmin, '127.0.0.1', httpPort, '/redirect');
    expect(outcome).toEqual({ ok: false, available: true, message: 'HTTP 302 Found: the service answered with a redirect, which Keyward does not follow. Use the final URL as the base URL.' });
    expect(hits).not.toContain('GET /elsewhere');
  });
});
