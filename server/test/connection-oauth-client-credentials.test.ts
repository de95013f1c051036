import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKeyEntry } from '../src/crypto/keyring';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Credential } from '../src/modules/connections/connection.entity';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { createConnection, createIntegration, createSecret, CREATE_INTEGRATION, RESOLVE, restIntegration, TEST_CONNECTION, type ConnectionNode } from './connection-helpers';
import { startOAuthPeer, type OAuthPeer } from './connection-oauth-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';

/*
 * The OAuth2 client_credentials grant against a real provider (oidc-provider), on two server
 * instances over one database: they share the master keyring, so either opens the token the
 * other cached.
 */
const env = {
  KEYWARD_MASTER_KEYS: formatKeyEntry('shared', randomBytes(32)),
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  KEYWARD_REDIS_PREFIX: `keyward-test-${randomBytes(6).toString('hex')}`,
};
const BASIC_SECRET = 'basic-client-secret-0123456789abcdef';
const POST_SECRET = 'post-client-secret-0123456789abcdef';
const WRONG_SECRET = 'not-the-client-secret-9876543210';
const ENVIRONMENTS = ['development', 'qa', 'staging', 'production'];

let a: TestServer;
let b: TestServer;
let admin: Client;
/** The workflow runtime's key, on either instance. */
let runtimeA: Client;
let runtimeB: Client;
let peer: OAuthPeer;
let basicIntegrationId: string;
let postIntegrationId: string;
let wrongSecretIntegrationId: string;

type Resolved = { resolveConnection: { fields: Record<string, string> } };
const resolve = (client: Client, id: string, environment = 'production') => client.request<Resolved>(RESOLVE, { id, env: environment });
const ENVIRONMENT_ROWS = 'query($id: ID!) { connection(id: $id) { configuredCount environments { environment configured grantType tokenExpiresAt secretFieldsSet fields { key } } } }';

/** The provider's own answer on a token: introspected with the client's credentials. */
async function introspect(token: string, clientId: string, secret: string): Promise<{ active: boolean; client_id?: string }> {
  const res = await fetch(`${peer.issuer}/token/introspection`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }).toString(),
  });
  return (await res.json()) as { active: boolean; client_id?: string };
}

function clientCredentialsIntegration(name: string, settings: Record<string, unknown>) {
  return restIntegration({ name, configs: [{ baseUrl: 'https://billing.example.com', testPath: null, authType: 'OAUTH2', settings: { grantType: 'client_credentials', ...settings } }] });
}

const connectionOver = (integrationId: string, name: string): Promise<ConnectionNode> => createConnection(admin, { integrationId, name, visibility: 'ORGANIZATION' });

beforeAll(async () => {
  peer = await startOAuthPeer(() => ({
    clients: [
      { client_id: 'billing-basic', client_secret: BASIC_SECRET, grant_types: ['client_credentials'], response_types: [], redirect_uris: [], token_endpoint_auth_method: 'client_secret_basic' },
      { client_id: 'billing-post', client_secret: POST_SECRET, grant_types: ['client_credentials'], response_types: [], redirect_uris: [], token_endpoint_auth_method: 'client_secret_post' },
    ],
    features: { clientCredentials: { enabled: true }, introspection: { enabled: true }, devInteractions: { enabled: false } },
    ttl: { ClientCredentials: 3600 },
  }));
  a = await startTestServer({ env });
  b = await startTestServer({ databaseUrl: a.databaseUrl, env });
  admin = await signedInAdmin(a);
  const { token } = await createKey(admin, { name: 'runtime', roleIds: [await roleId(admin, 'Org Admin')] });
  runtimeA = keyClient(a.url, token);
  runtimeB = keyClient(b.url, token);
  await createSecret(admin, 'BILLING_CLIENT_SECRET', ENVIRONMENTS.map((environment) => ({ environment, value: BASIC_SECRET })));
  basicIntegrationId = (
    await createIntegration(admin, clientCredentialsIntegration('Billing (basic)', { tokenUrl: `${peer.issuer}/token`, clientId: 'billing-basic', clientSecret: '@@SECRET:BILLING_CLIENT_SECRET@@' }))
  ).id;
  // Only an issuer: the token endpoint comes from its discovery document.
  postIntegrationId = (
    await createIntegration(
      admin,
      clientCredentialsIntegration('Billing (post)', { issuer: peer.issuer, tokenEndpointAuthMethod: 'client_secret_post', clientId: 'billing-post', clientSecret: POST_SECRET }),
    )
  ).id;
  wrongSecretIntegrationId = (
    await createIntegration(admin, clientCredentialsIntegration('Billing (wrong secret)', { tokenUrl: `${peer.issuer}/token`, clientId: 'billing-basic', clientSecret: WRONG_SECRET }))
  ).id;
});

afterAll(async () => {
  await b?.close();
  await a?.close();
  await peer?.close();
});

describe('the client_credentials grant', () => {
  it('obtains a token with the client credentials (HTTP Basic) and caches it for every instance', async () => {
    const connection = await connectionOver(basicIntegrationId, 'Billing API');
    const before = peer.tokenRequests.length;
    const first = await resolve(runtimeA, connection.id);
    expect(first.errors).toBeUndefined();
    const fields = first.data?.resolveConnection.fields ?? {};
    const token = fields.accessToken ?? '';
    expect(await introspect(token, 'billing-basic', BASIC_SECRET)).toMatchObject({ active: true, client_id: 'billing-basic' });
    expect(Date.parse(fields.accessTokenExpiresAt ?? '')).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(peer.tokenRequests.slice(before)).toEqual([{ clientAuth: 'basic' }]);

    // Cached: neither instance asks the provider again.
    expect((await resolve(runtimeA, connection.id)).data?.resolveConnection.fields.accessToken).toBe(token);
    expect((await resolve(runtimeB, connection.id)).data?.resolveConnection.fields.accessToken).toBe(token);
    expect(peer.tokenRequests.length).toBe(before + 1);

    // Stored sealed: the row holds no plaintext token.
    const rows = await a.keyward.orm.em.fork().getConnection().execute<{ ciphertext: Buffer }[]>('select ciphertext from credential where connection_id = ?', [connection.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.ciphertext.toString('latin1')).not.toContain(token);
    expect(a.logs.join('\n') + b.logs.join('\n')).not.toContain(token);

    // The environment row: no fields to enter, the token cached until its expiry.
    const view = await admin.request<{
      connection: { configuredCount: number; environments: { environment: string; configured: boolean; grantType: string; tokenExpiresAt: string | null; secretFieldsSet: string[]; fields: unknown[] }[] };
    }>(
      ENVIRONMENT_ROWS,
      { id: connection.id },
    );
    const production = view.data?.connection.environments.find((e) => e.environment === 'production');
    expect(production).toMatchObject({ grantType: 'client_credentials', secretFieldsSet: ['accessToken'], fields: [] });
    expect(production?.tokenExpiresAt).toBe(fields.accessTokenExpiresAt);
    // Nothing to enter in any environment: each counts as configured, with or without a token yet.
    expect(view.data?.connection.environments.find((e) => e.environment === 'qa')).toMatchObject({ configured: true, grantType: 'client_credentials', tokenExpiresAt: null, secretFieldsSet: [] });
    expect(view.data?.connection.configuredCount).toBe(4);
  });

  it('requests a new token once shortly before expiry, however many resolutions on two instances need it', async () => {
    const connection = await connectionOver(basicIntegrationId, 'Billing concurrent');
    const old = (await resolve(runtimeA, connection.id)).data?.resolveConnection.fields.accessToken;
    // Within the 60 s margin: renewed although not expired yet.
    await a.keyward.orm.em.fork().nativeUpdate(Credential, { connection: connection.id, environment: 'production' }, { tokenExpiresAt: new Date(Date.now() + 30_000) });
    const before = peer.tokenRequests.length;
    const results = await Promise.all([runtimeA, runtimeB, runtimeA, runtimeB, runtimeA, runtimeB].map((client) => resolve(client, connection.id)));
    for (const res of results) expect(res.errors).toBeUndefined();
    const tokens = new Set(results.map((res) => res.data?.resolveConnection.fields.accessToken));
    expect(tokens.size).toBe(1);
    expect(tokens.has(old)).toBe(false);
    expect(peer.tokenRequests.length - before).toBe(1);
    const obtained = await a.keyward.orm.em.fork().find(AuditEvent, { action: 'connection.oauth_token_obtained', targetId: connection.id });
    expect(obtained).toHaveLength(2);
  });

  it('authenticates with client_secret_post when the integration says so, endpoints discovered from the issuer', async () => {
    const connection = await connectionOver(postIntegrationId, 'Billing posted');
    const before = peer.tokenRequests.length;
    const res = await resolve(runtimeB, connection.id, 'staging');
    expect(res.errors).toBeUndefined();
    const token = res.data?.resolveConnection.fields.accessToken ?? '';
    expect(await introspect(token, 'billing-post', POST_SECRET)).toMatchObject({ active: true, client_id: 'billing-post' });
    expect(peer.tokenRequests.slice(before)).toEqual([{ clientAuth: 'post' }]);
  });

  it('names the connection and environment when the provider refuses the client secret, never the secret', async () => {
    const connection = await connectionOver(wrongSecretIntegrationId, 'Billing API');
    const expected = 'Connection “Billing API”, environment production: the token endpoint refused the client credentials (invalid_client).';
    const res = await resolve(runtimeA, connection.id);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toBe(expected);
    const tested = await admin.request<{ testConnection: { ok: boolean; message: string } }>(TEST_CONNECTION, { id: connection.id, env: 'production' });
    expect(tested.data?.testConnection).toMatchObject({ ok: false, message: expected });
    expect(a.logs.join('\n')).not.toContain(WRONG_SECRET);
    const failed = await a.keyward.orm.em.fork().find(AuditEvent, { action: 'connection.oauth_token_failed', targetId: connection.id });
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(failed)).not.toContain(WRONG_SECRET);
  });

  it('Test connection requests a token and says so', async () => {
    const connection = await connectionOver(basicIntegrationId, 'Billing tested');
    await resolve(runtimeA, connection.id);
    const before = peer.tokenRequests.length;
    const res = await admin.request<{ testConnection: { ok: boolean; available: boolean; message: string } }>(TEST_CONNECTION, { id: connection.id, env: 'production' });
    expect(res.data?.testConnection).toMatchObject({ ok: true, available: true, message: expect.stringMatching(/token endpoint issued an access token/) });
    expect(peer.tokenRequests.length).toBe(before + 1);
  });

  it('has nothing to connect: startConnectionOAuth says the grant needs none', async () => {
    const connection = await connectionOver(basicIntegrationId, 'Billing no connect');
    const res = await admin.request('mutation($id: ID!) { startConnectionOAuth(connectionId: $id, environment: "production") { authorizationUrl } }', { id: connection.id });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/client_credentials grant/);
  });
});

describe('OAuth2 integration settings', () => {
  const create = (settings: Record<string, unknown>) =>
    admin.request(CREATE_INTEGRATION, { input: restIntegration({ name: `Settings ${randomBytes(4).toString('hex')}`, configs: [{ baseUrl: 'https://api.example.com', authType: 'OAUTH2', settings }] }) });
  const fieldsOf = (res: Awaited<ReturnType<typeof create>>) => (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined)?.map((f) => f.field) ?? [res.errors?.[0]?.extensions?.field];

  it('refuses an unknown grant type or authentication method, naming the field', async () => {
    const res = await create({ grantType: 'password', tokenUrl: 'https://auth.example.com/token', clientId: 'c', clientSecret: 's' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toContain('configs.0.settings.grantType');
    const method = await create({ grantType: 'client_credentials', tokenUrl: 'https://auth.example.com/token', tokenEndpointAuthMethod: 'private_key_jwt', clientId: 'c', clientSecret: 's' });
    expect(fieldsOf(method)).toContain('configs.0.settings.tokenEndpointAuthMethod');
  });

  it('needs the endpoints a grant uses unless an issuer is set', async () => {
    const code = await create({ tokenUrl: 'https://auth.example.com/token', clientId: 'c', clientSecret: 's' });
    expect(fieldsOf(code)).toEqual(['configs.0.settings.authorizationUrl']);
    const machine = await create({ grantType: 'client_credentials', clientId: 'c', clientSecret: 's' });
    expect(fieldsOf(machine)).toEqual(['configs.0.settings.tokenUrl']);
    const discovered = await create({ grantType: 'client_credentials', issuer: 'https://auth.example.com', clientId: 'c', clientSecret: 's' });
    expect(discovered.errors).toBeUndefined();
  });
});
