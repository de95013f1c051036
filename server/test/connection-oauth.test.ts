import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Credential } from '../src/modules/connections/connection.entity';
import { createConnection, createIntegration, createSecret, RESOLVE, restIntegration, type ConnectionNode, type IntegrationNode } from './connection-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { authorizeAtProvider, startOAuthPeer, type OAuthPeer } from './connection-oauth-helpers';

const START = 'mutation($id: ID!, $env: String!) { startConnectionOAuth(connectionId: $id, environment: $env) { authorizationUrl } }';
const PROVIDER_CLIENT_SECRET = 'provider-client-secret-0123456789abcdef';

let server: TestServer;
let admin: Client;
/** The workflow runtime: the only caller that gets the tokens in plaintext. */
let runtime: Client;
let alice: Client;
let bob: Client;
let provider: OAuthPeer;
let issuer: string;
let oauthIntegration: IntegrationNode;

/** A real OAuth2 / OpenID provider on a free port, with Keyward's callback as the client's redirect URI. */
async function startProvider(redirectUri: string): Promise<void> {
  provider = await startOAuthPeer(() => ({
    clients: [
      {
        client_id: 'keyward',
        client_secret: PROVIDER_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    issueRefreshToken: async () => true,
    rotateRefreshToken: true,
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 3600, RefreshToken: 86400, IdToken: 3600 },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
    features: { devInteractions: { enabled: true }, revocation: { enabled: true } },
  }));
  issuer = provider.issuer;
}

/** GET on Keyward's callback without following the redirect; returns the Location. */
async function callback(url: string): Promise<{ status: number; location: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location') ?? '' };
}

async function start(client: Client, id: string, env: string) {
  return client.request<{ startConnectionOAuth: { authorizationUrl: string } }>(START, { id, env });
}

/** A new organization connection named Provider over the OAuth2 integration, not connected yet. */
function providerConnection(): Promise<ConnectionNode> {
  return createConnection(admin, { integrationId: oauthIntegration.id, name: 'Provider', visibility: 'ORGANIZATION' });
}

/** Starts OAuth2 for `connectionId` in `env` as the admin and consents at the provider: Keyward's callback URL with a code. */
async function authorized(connectionId: string, env: string): Promise<string> {
  const res = await start(admin, connectionId, env);
  if (res.errors) throw new Error(`startConnectionOAuth failed: ${res.errors[0]?.message}`);
  return authorizeAtProvider(res.data?.startConnectionOAuth.authorizationUrl ?? '', `${server.url}/oauth/callback`);
}

/** A new Provider connection whose staging environment holds the provider's tokens. */
async function connectedProvider(): Promise<ConnectionNode> {
  const connection = await providerConnection();
  const res = await callback(await authorized(connection.id, 'staging'));
  if (res.location !== `/connections?oauth=connected&connection=${connection.id}`) throw new Error(`the OAuth2 callback failed: ${res.location}`);
  return connection;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  runtime = keyClient(server.url, (await createKey(admin, { name: 'runtime', roleIds: [await roleId(admin, 'Org Admin')] })).token);
  await addMember(server, { email: 'alice@keyward.test', role: 'MEMBER' });
  await addMember(server, { email: 'bob@keyward.test', role: 'MEMBER' });
  alice = new Client(server.url);
  await alice.signIn('alice@keyward.test', MEMBER_PASSWORD);
  bob = new Client(server.url);
  await bob.signIn('bob@keyward.test', MEMBER_PASSWORD);
  await startProvider(`${server.url}/oauth/callback`);
  await createSecret(admin, 'OAUTH_CLIENT_SECRET', ['development', 'qa', 'staging', 'production'].map((environment) => ({ environment, value: PROVIDER_CLIENT_SECRET })));
  oauthIntegration = await createIntegration(
    admin,
    restIntegration({
      name: 'Provider API',
      configs: [
        {
          baseUrl: 'https://api.provider.test',
          testPath: null,
          authType: 'OAUTH2',
          settings: {
            authorizationUrl: `${issuer}/auth`,
            tokenUrl: `${issuer}/token`,
            scopes: 'openid',
            clientId: 'keyward',
            clientSecret: '@@SECRET:OAUTH_CLIENT_SECRET@@',
          },
        },
      ],
    }),
  );
});

afterAll(async () => {
  await provider?.close();
  await server?.close();
});

describe('connecting with OAuth2', () => {
  let oauthConnection: ConnectionNode;
  beforeEach(async () => {
    oauthConnection = await providerConnection();
  });

  it('sends the browser to the provider with PKCE S256 and a random state', async () => {
    const res = await start(admin, oauthConnection.id, 'staging');
    expect(res.errors).toBeUndefined();
    const url = new URL(res.data?.startConnectionOAuth.authorizationUrl ?? '');
    expect(url.origin + url.pathname).toBe(`${issuer}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'keyward',
      redirect_uri: `${server.url}/oauth/callback`,
      scope: 'openid',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    const callbackUrl = await authorizeAtProvider(url.href, `${server.url}/oauth/callback`);
    expect(new URL(callbackUrl).searchParams.get('code')).toBeTruthy();
  });

  it('exchanges the code at the callback, stores the tokens and redirects to the connections page', async () => {
    const callbackUrl = await authorized(oauthConnection.id, 'staging');
    const res = await callback(callbackUrl);
    expect(res).toEqual({ status: 302, location: `/connections?oauth=connected&connection=${oauthConnection.id}` });
    const resolved = await runtime.request<{ resolveConnection: { fields: Record<string, string> } }>(RESOLVE, { id: oauthConnection.id, env: 'staging' });
    expect(resolved.errors).toBeUndefined();
    const fields = resolved.data?.resolveConnection.fields ?? {};
    const accessToken = fields.accessToken ?? '';
    expect(accessToken.length).toBeGreaterThan(20);
    expect(fields.refreshToken?.length).toBeGreaterThan(20);
    expect(Date.parse(fields.accessTokenExpiresAt ?? '')).toBeGreaterThan(Date.now());
    // The token really is the provider's: its userinfo endpoint accepts it.
    const me = await fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(await me.json()).toEqual({ sub: 'provider-user-1' });
  });

  it('shows the environment as configured, and never writes a token to the logs', async () => {
    await callback(await authorized(oauthConnection.id, 'staging'));
    const resolved = await runtime.request<{ resolveConnection: { fields: Record<string, string> } }>(RESOLVE, { id: oauthConnection.id, env: 'staging' });
    const accessToken = resolved.data?.resolveConnection.fields.accessToken ?? '';
    const res = await admin.request<{ connection: { environments: { environment: string; configured: boolean; secretFieldsSet: string[] }[] } }>(
      'query($id: ID!) { connection(id: $id) { environments { environment configured secretFieldsSet } } }',
      { id: oauthConnection.id },
    );
    expect(res.data?.connection.environments.find((e) => e.environment === 'staging')).toEqual({ environment: 'staging', configured: true, secretFieldsSet: ['accessToken', 'refreshToken'] });
    expect(server.logs.join('\n')).not.toContain(accessToken);
  });

  it('refuses a state that was already used', async () => {
    const callbackUrl = await authorized(oauthConnection.id, 'staging');
    await callback(callbackUrl);
    expect(await callback(callbackUrl)).toEqual({ status: 302, location: '/connections?oauth=failed&reason=state_used' });
  });

  it('refuses an unknown state and a callback without one', async () => {
    expect(await callback(`${server.url}/oauth/callback?code=abc&state=not-a-state-we-issued`)).toEqual({ status: 302, location: '/connections?oauth=failed&reason=invalid_state' });
    expect(await callback(`${server.url}/oauth/callback?code=abc`)).toEqual({ status: 302, location: '/connections?oauth=failed&reason=invalid_state' });
  });

  it('reports a refusal at the provider as access_denied', async () => {
    const res = await start(admin, oauthConnection.id, 'qa');
    const state = new URL(res.data?.startConnectionOAuth.authorizationUrl ?? '').searchParams.get('state') ?? '';
    const url = `${server.url}/oauth/callback?error=access_denied&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(issuer)}`;
    expect(await callback(url)).toEqual({ status: 302, location: '/connections?oauth=failed&reason=access_denied' });
  });
});

describe('refreshing an expired access token', () => {
  let oauthConnection: ConnectionNode;
  beforeEach(async () => {
    oauthConnection = await connectedProvider();
  });
  type Resolved = { resolveConnection: { fields: Record<string, string> } };
  const resolveStaging = () => runtime.request<Resolved>(RESOLVE, { id: oauthConnection.id, env: 'staging' });
  /** Moves the stored expiry of the staging access token (the provider's token stays as it is). */
  const expireIn = (ms: number) =>
    server.keyward.orm.em.fork().nativeUpdate(Credential, { connection: oauthConnection.id, environment: 'staging' }, { tokenExpiresAt: new Date(Date.now() + ms) });
  const refreshEvents = () => server.keyward.orm.em.fork().find(AuditEvent, { action: 'connection.oauth_refreshed', targetId: oauthConnection.id });
  /** Lets the stored access token expire and resolves once, so Keyward refreshes it (one refresh event). */
  const refreshed = async () => {
    await expireIn(-1000);
    const res = await resolveStaging();
    if (res.errors) throw new Error(`the refresh failed: ${res.errors[0]?.message}`);
  };
  const userinfo = async (token: string) => (await fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${token}` } })).json();

  it('gets a new access token with the refresh token when the stored one has expired', async () => {
    const before = (await resolveStaging()).data?.resolveConnection.fields ?? {};
    expect(before.refreshToken?.length).toBeGreaterThan(20);
    await expireIn(-1000);
    const res = await resolveStaging();
    expect(res.errors).toBeUndefined();
    const after = res.data?.resolveConnection.fields ?? {};
    expect(after.accessToken?.length).toBeGreaterThan(20);
    expect(after.accessToken).not.toBe(before.accessToken);
    // The provider rotates refresh tokens: the new one is stored.
    expect(after.refreshToken?.length).toBeGreaterThan(20);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(Date.parse(after.accessTokenExpiresAt ?? '')).toBeGreaterThan(Date.now() + 60_000);
    expect(await userinfo(after.accessToken ?? '')).toEqual({ sub: 'provider-user-1' });

    const events = await refreshEvents();
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toMatch(/Refreshed the OAuth2 access token of Provider in Staging/i);
    for (const token of [before.accessToken, before.refreshToken, after.accessToken, after.refreshToken]) {
      expect(JSON.stringify(events[0])).not.toContain(token);
      expect(server.logs.join('\n')).not.toContain(token);
    }

    // Still fresh: the next resolve uses it as it is.
    const again = (await resolveStaging()).data?.resolveConnection.fields ?? {};
    expect(again.accessToken).toBe(after.accessToken);
    expect(await refreshEvents()).toHaveLength(1);
  });

  it('refreshes once when concurrent resolves find the token about to expire', async () => {
    // A connection refreshed once before: the count at the end includes that refresh.
    await refreshed();
    const before = (await resolveStaging()).data?.resolveConnection.fields ?? {};
    // Within the 60 s margin: refreshed although not expired yet.
    await expireIn(30_000);
    const results = await Promise.all([resolveStaging(), resolveStaging(), resolveStaging()]);
    for (const res of results) expect(res.errors).toBeUndefined();
    const tokens = new Set(results.map((res) => res.data?.resolveConnection.fields.accessToken));
    expect(tokens.size).toBe(1);
    const [token] = [...tokens];
    expect(token).not.toBe(before.accessToken);
    expect(await userinfo(token ?? '')).toEqual({ sub: 'provider-user-1' });
    expect(await refreshEvents()).toHaveLength(2);
  });

  it('fails clearly when the provider refuses the refresh token', async () => {
    // A connection refreshed twice before: the count below includes those refreshes.
    await refreshed();
    await refreshed();
    const fields = (await resolveStaging()).data?.resolveConnection.fields ?? {};
    const revoked = await fetch(`${issuer}/token/revocation`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`keyward:${PROVIDER_CLIENT_SECRET}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ token: fields.refreshToken ?? '', token_type_hint: 'refresh_token' }).toString(),
    });
    expect(revoked.status).toBe(200);
    await expireIn(-1000);
    const res = await resolveStaging();
    expect(errorCode(res)).toBe('CONFLICT');
    const message = res.errors?.[0]?.message ?? '';
    expect(message).toMatch(/Provider/);
    expect(message).toMatch(/Staging/i);
    expect(message).toMatch(/invalid_grant/);
    expect(message).not.toContain(fields.refreshToken);
    expect(message).not.toContain(fields.accessToken);
    expect(await refreshEvents()).toHaveLength(2);
    const failed = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'connection.oauth_refresh_failed', targetId: oauthConnection.id });
    expect(failed.map((e) => e.summary)).toEqual([expect.stringMatching(/invalid_grant/)]);
  });
});

describe('who may start it', () => {
  it('refuses a connection whose integration does not use OAuth2, saying so', async () => {
    const rest = await createIntegration(admin, restIntegration({ name: 'Bearer API' }));
    const bearer = await createConnection(admin, { integrationId: rest.id, name: 'Bearer', visibility: 'ORGANIZATION' });
    const res = await start(admin, bearer.id, 'development');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/does not use OAuth2/);
  });

  it('hides another user’s personal connection (NOT_FOUND)', async () => {
    const mine = await createConnection(alice, { integrationId: oauthIntegration.id, name: 'Alice provider', visibility: 'PERSONAL' });
    expect(errorCode(await start(bob, mine.id, 'development'))).toBe('NOT_FOUND');
    const own = await start(alice, mine.id, 'development');
    expect(own.errors).toBeUndefined();
  });

  it('refuses a member who cannot change an organization connection, and an unknown environment', async () => {
    const oauthConnection = await providerConnection();
    expect(errorCode(await start(bob, oauthConnection.id, 'development'))).toBe('FORBIDDEN');
    expect((await start(admin, oauthConnection.id, 'moon')).errors?.[0]?.extensions?.field).toBe('environment');
  });
});
