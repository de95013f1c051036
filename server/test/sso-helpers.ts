import { SSO_CALLBACK_PATH } from '@keyward/shared/sso';
import { signInAtProvider, startOidcProvider, type OidcTestAccount, type TestOidcProvider } from '@keyward/test-support/oidc-provider';
import { Client, signedInAdmin, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { must } from './security/security-fixtures';
import { builtInRoleIds, INVITE, type BuiltInRoleIds } from './user-helpers';

export const PROVIDER_FIELDS = 'id displayName issuer clientId allowedDomains requireSso redirectUri memberCount createdAt updatedAt';
export const SSO_PROVIDERS = `{ ssoProviders { ${PROVIDER_FIELDS} } }`;
export const CREATE_PROVIDER = `mutation($i: CreateSsoProviderInput!) { createSsoProvider(input: $i) { ${PROVIDER_FIELDS} } }`;
export const UPDATE_PROVIDER = `mutation($id: ID!, $i: UpdateSsoProviderInput!) { updateSsoProvider(id: $id, input: $i) { ${PROVIDER_FIELDS} } }`;
export const DELETE_PROVIDER = 'mutation($id: ID!) { deleteSsoProvider(id: $id) }';
export const SIGN_IN_OPTIONS = 'query($e: String!) { signInOptions(email: $e) { password providers { id displayName startUrl } } }';
export const AUDIT = 'query($f: AuditEventFilter) { auditEvents(filter: $f, first: 100) { edges { node { action summary actorLabel targetId } } } }';

export const CLIENT_ID = 'keyward-tests';
export const CLIENT_SECRET = 'oidc-client-secret-Never-Shown-7f3a';

export interface SsoProviderNode {
  id: string;
  displayName: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  requireSso: boolean;
  redirectUri: string;
  memberCount: number;
}

export interface SsoWorld {
  server: TestServer;
  idp: TestOidcProvider;
  /** The bootstrap super admin (organization "Default"). */
  admin: Client;
  roles: BuiltInRoleIds;
  close(): Promise<void>;
}

/** A Keyward test server and an OpenID provider that knows it as a client. */
export async function startSsoWorld(accounts: OidcTestAccount[] = []): Promise<SsoWorld> {
  const server = await startTestServer();
  const idp = await startOidcProvider({
    clients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: [`${server.url}${SSO_CALLBACK_PATH}`] }],
    accounts,
  });
  const admin = await signedInAdmin(server);
  return {
    server,
    idp,
    admin,
    roles: await builtInRoleIds(admin),
    close: async () => {
      await idp.close();
      await server.close();
    },
  };
}

/** Adds a provider for the world's IdP as `admin` (its organization). */
export async function createProvider(world: SsoWorld, admin: Client, input: Partial<Record<string, unknown>> = {}): Promise<SsoProviderNode> {
  return must<SsoProviderNode>(
    admin.request(CREATE_PROVIDER, {
      i: { displayName: 'Acme ID', issuer: world.idp.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, allowedDomains: ['acme.test'], ...input },
    }),
    'createSsoProvider',
  );
}

/** Invites `email` to sign in with the provider; returns the invitation token from the logged mail. */
export async function inviteWithSso(world: SsoWorld, admin: Client, email: string, providerId: string, roleId = world.roles.MEMBER): Promise<string> {
  await must(admin.request(INVITE, { input: { email, signInMethod: 'SSO', ssoProvider: providerId, roleIds: [roleId] } }), 'inviteUser');
  const lines = world.server.logs.filter((l) => l.includes('"mail"') && l.includes(email));
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(lines.at(-1) ?? '')?.[1];
  if (token === undefined) throw new Error(`no invitation mail logged for ${email}`);
  return token;
}

/** Where Keyward sent the browser, and the session it holds afterwards. */
export interface SsoOutcome {
  status: number;
  location: string;
  /** The signed-in GraphQL client when a session cookie was set. */
  client: Client | null;
  /** The sso_error code of a refusal. */
  error: string | null;
}

/** A browser at Keyward for the SSO flow: keeps the state and session cookies. */
export class SsoBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** GET on Keyward, not following redirects; remembers cookies. */
  async get(pathOrUrl: string): Promise<Response> {
    const url = new URL(pathOrUrl, this.baseUrl);
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ') } });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** /auth/sso/:id/start: the provider's authorization URL (throws when Keyward refused). */
  async start(providerId: string, query = ''): Promise<string> {
    const response = await this.get(`/auth/sso/${providerId}/start${query}`);
    const location = response.headers.get('location') ?? '';
    if (response.status !== 302 || location.startsWith('/')) throw new Error(`start refused: ${response.status} ${location}`);
    return location;
  }

  /** Brings the provider's redirect back to Keyward's callback. */
  async callback(callbackUrl: string): Promise<SsoOutcome> {
    const response = await this.get(callbackUrl);
    const location = response.headers.get('location') ?? '';
    const session = this.cookies.get('keyward_session');
    let client: Client | null = null;
    if (session !== undefined) {
      client = new Client(this.baseUrl);
      client.cookie = `keyward_session=${session}`;
    }
    return { status: response.status, location, client, error: new URL(location, this.baseUrl).searchParams.get('sso_error') };
  }

  forget(name: string): void {
    this.cookies.delete(name);
  }
}

/** The whole flow: start at Keyward, sign `login` in at the provider, come back. */
export async function ssoSignIn(world: SsoWorld, providerId: string, login: string, query = ''): Promise<SsoOutcome & { callbackUrl: string; browser: SsoBrowser }> {
  const browser = new SsoBrowser(world.server.url);
  const authorizationUrl = await browser.start(providerId, query);
  const callbackUrl = await signInAtProvider(authorizationUrl, login);
  return { ...(await browser.callback(callbackUrl)), callbackUrl, browser };
}

export async function viewerEmail(client: Client | null): Promise<string | undefined> {
  const res = await client?.request<{ viewer: { email: string } }>('{ viewer { email } }');
  return res?.data?.viewer.email;
}

export async function auditSummaries(admin: Client, action: string): Promise<string[]> {
  const res = await admin.request<{ auditEvents: { edges: { node: { summary: string } }[] } }>(AUDIT, { f: { action } });
  return res.data?.auditEvents.edges.map((e) => e.node.summary) ?? [];
}

export function firstError(res: GraphQLResponse): { message: string; extensions?: Record<string, unknown> } | undefined {
  return res.errors?.[0];
}
