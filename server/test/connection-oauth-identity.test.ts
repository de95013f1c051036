import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { createConnection, createIntegration, RESOLVE, restIntegration, type ConnectionNode } from './connection-helpers';
import { authorizeAtProvider, startOAuthPeer, type OAuthPeer } from './connection-oauth-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

/*
 * The authorization-code connect with a user-info endpoint and client_secret_post, against a real
 * provider (oidc-provider), then Disconnect.
 */
const CLIENT_SECRET = 'identity-client-secret-0123456789abcdef';
const START = 'mutation($id: ID!, $env: String!) { startConnectionOAuth(connectionId: $id, environment: $env) { authorizationUrl } }';
const DISCONNECT = 'mutation($id: ID!, $env: String!) { disconnectConnectionOAuth(connectionId: $id, environment: $env) { environments { environment configured secretFieldsSet tokenExpiresAt tokenScopes connectedAs } } }';
const ROWS = 'query($id: ID!) { connection(id: $id) { environments { environment grantType secretFieldsSet tokenExpiresAt tokenScopes connectedAs } } }';

interface Row {
  environment: string;
  grantType?: string | null;
  secretFieldsSet: string[];
  tokenExpiresAt: string | null;
  tokenScopes: string | null;
  connectedAs: string | null;
}

let server: TestServer;
let admin: Client;
let runtime: Client;
let member: Client;
let peer: OAuthPeer;
let integrationId: string;

async function connected(login: string, over = integrationId): Promise<ConnectionNode> {
  const connection = await createConnection(admin, { integrationId: over, name: 'Mailbox', visibility: 'ORGANIZATION' });
  const started = await admin.request<{ startConnectionOAuth: { authorizationUrl: string } }>(START, { id: connection.id, env: 'staging' });
  const callbackUrl = await authorizeAtProvider(started.data?.startConnectionOAuth.authorizationUrl ?? '', `${server.url}/oauth/callback`, login);
  const res = await fetch(callbackUrl, { redirect: 'manual' });
  if (res.headers.get('location') !== `/connections?oauth=connected&connection=${connection.id}`) throw new Error(`the callback failed: ${res.headers.get('location')}`);
  return connection;
}

async function staging(connectionId: string): Promise<Row | undefined> {
  const res = await admin.request<{ connection: { environments: Row[] } }>(ROWS, { id: connectionId });
  return res.data?.connection.environments.find((e) => e.environment === 'staging');
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  runtime = keyClient(server.url, (await createKey(admin, { name: 'runtime', roleIds: [await roleId(admin, 'Org Admin')] })).token);
  await addMember(server, { email: 'member@keyward.test', role: 'MEMBER' });
  member = new Client(server.url);
  await member.signIn('member@keyward.test', MEMBER_PASSWORD);
  peer = await startOAuthPeer(() => ({
    clients: [
      {
        client_id: 'mailbox',
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${server.url}/oauth/callback`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email'] },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: `${id}@provider.test` }) }),
    features: { devInteractions: { enabled: true } },
  }));
  integrationId = (
    await createIntegration(
      admin,
      restIntegration({
        name: 'Mailbox API',
        configs: [
          {
            baseUrl: 'https://mail.provider.test',
            testPath: null,
            authType: 'OAUTH2',
            settings: {
              grantType: 'authorization_code',
              authorizationUrl: `${peer.issuer}/auth`,
              tokenUrl: `${peer.issuer}/token`,
              userInfoUrl: `${peer.issuer}/me`,
              tokenEndpointAuthMethod: 'client_secret_post',
              scopes: 'openid email',
              clientId: 'mailbox',
              clientSecret: CLIENT_SECRET,
            },
          },
        ],
      }),
    )
  ).id;
});

afterAll(async () => {
  await server?.close();
  await peer?.close();
});

describe('connecting with a user-info endpoint', () => {
  it('exchanges the code with client_secret_post and shows who connected, the scopes and the expiry', async () => {
    const before = peer.tokenRequests.length;
    const connection = await connected('dana');
    expect(peer.tokenRequests.slice(before)).toEqual([{ clientAuth: 'post' }]);
    const row = await staging(connection.id);
    expect(row).toMatchObject({ grantType: 'authorization_code', connectedAs: 'dana@provider.test', secretFieldsSet: ['accessToken'] });
    expect(row?.tokenScopes?.split(' ')).toEqual(expect.arrayContaining(['openid', 'email']));
    expect(Date.parse(row?.tokenExpiresAt ?? '')).toBeGreaterThan(Date.now());
    const events = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'connection.oauth_connected', targetId: connection.id });
    expect(events.map((e) => e.summary)).toEqual(['Connected Mailbox with OAuth2 in Staging as dana@provider.test']);
  });

  it('discovers the endpoints from the issuer when only the issuer is set', async () => {
    const discovered = await createIntegration(
      admin,
      restIntegration({
        name: 'Mailbox API (discovered)',
        configs: [
          {
            baseUrl: 'https://mail.provider.test',
            testPath: null,
            authType: 'OAUTH2',
            settings: { issuer: peer.issuer, userInfoUrl: `${peer.issuer}/me`, tokenEndpointAuthMethod: 'client_secret_post', scopes: 'openid email', clientId: 'mailbox', clientSecret: CLIENT_SECRET },
          },
        ],
      }),
    );
    const started = await admin.request<{ startConnectionOAuth: { authorizationUrl: string } }>(START, {
      id: (await createConnection(admin, { integrationId: discovered.id, name: 'Probe', visibility: 'ORGANIZATION' })).id,
      env: 'staging',
    });
    expect(started.data?.startConnectionOAuth.authorizationUrl.startsWith(`${peer.issuer}/auth?`)).toBe(true);
    const connection = await connected('gina', discovered.id);
    expect((await staging(connection.id))?.connectedAs).toBe('gina@provider.test');
  });
});

describe('Disconnect', () => {
  it('forgets the stored tokens and the connected account, audited', async () => {
    const connection = await connected('erin');
    const token = (await runtime.request<{ resolveConnection: { fields: Record<string, string> } }>(RESOLVE, { id: connection.id, env: 'staging' })).data?.resolveConnection.fields.accessToken;
    expect(token?.length).toBeGreaterThan(20);

    const res = await admin.request<{ disconnectConnectionOAuth: { environments: (Row & { configured: boolean })[] } }>(DISCONNECT, { id: connection.id, env: 'staging' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.disconnectConnectionOAuth.environments.find((e) => e.environment === 'staging')).toEqual({
      environment: 'staging',
      configured: true,
      secretFieldsSet: [],
      tokenExpiresAt: null,
      tokenScopes: null,
      connectedAs: null,
    });
    const resolved = await runtime.request<{ resolveConnection: { fields: Record<string, string> } }>(RESOLVE, { id: connection.id, env: 'staging' });
    expect(resolved.data?.resolveConnection.fields.accessToken).toBeUndefined();
    const events = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'connection.oauth_disconnected', targetId: connection.id });
    expect(events.map((e) => e.summary)).toEqual(['Disconnected Mailbox from OAuth2 in Staging: its stored tokens were removed']);
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it('is refused to a member who cannot change the connection, and for an unknown environment', async () => {
    const connection = await connected('frank');
    expect(errorCode(await member.request(DISCONNECT, { id: connection.id, env: 'staging' }))).toBe('FORBIDDEN');
    expect((await staging(connection.id))?.connectedAs).toBe('frank@provider.test');
    const unknown = await admin.request(DISCONNECT, { id: connection.id, env: 'moon' });
    expect(unknown.errors?.[0]?.extensions?.field).toBe('environment');
  });
});
