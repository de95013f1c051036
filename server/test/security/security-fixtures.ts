import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createKey } from '../api-key-helpers';
import { createConnection, createIntegration, createSecret, restIntegration, saveCredentials } from '../connection-helpers';
import type { BuiltInRoleKey } from '@keyward/shared/permissions';
import { signedInAdmin, startTestServer, type Client, type GraphQLResponse, type TestServer } from '../harness';
import { addMember } from '../members';
import { builtInRoleActors, KeyFactory, raiseKeyRateLimits, type Actor } from './security-actors';

/** Records every decision can point at, created once per file through the API by the super admin. */
export interface Fixtures {
  server: TestServer;
  admin: Client;
  /** A custom role granting only FLOWS_READ: what throwaway users and keys are given. */
  flowsRoleId: string;
  restIntegrationId: string;
  /** A provider Keyward cannot test yet: testConnection answers without dialing anything. */
  untestableIntegrationId: string;
  oauthIntegrationId: string;
  /** An organization connection of the REST integration, configured in development. */
  orgConnectionId: string;
  secretKey: string;
  apiKeyId: string;
  invitedUserId: string;
}

export const unique = (prefix: string): string => `${prefix}${randomBytes(4).toString('hex')}`;

export async function must<T>(request: Promise<GraphQLResponse<Record<string, unknown>>>, field: string): Promise<T> {
  const res = await request;
  const value = res.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} failed: ${res.errors?.[0]?.message ?? 'no data'}`);
  return value as T;
}

export interface SecuritySuite {
  server: TestServer;
  admin: Client;
  fx: Fixtures;
  people: Record<BuiltInRoleKey, Actor>;
  keys: KeyFactory;
}

/** One server for a whole security file: key limits raised, fixtures built, one person per built-in role. */
export async function startSecuritySuite(emailPrefix: string): Promise<SecuritySuite> {
  const server = await startTestServer();
  const admin = await signedInAdmin(server);
  await raiseKeyRateLimits(admin);
  const fx = await buildFixtures(server, admin);
  const people = await builtInRoleActors(server, emailPrefix);
  return { server, admin, fx, people, keys: new KeyFactory(server, admin) };
}

export async function buildFixtures(server: TestServer, admin: Client): Promise<Fixtures> {
  const role = await must<{ id: string }>(
    admin.request('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { name: 'Flows reader', permissions: ['FLOWS_READ'] } }),
    'createRole',
  );
  const secretKey = 'FIXTURE_TOKEN';
  await createSecret(admin, secretKey, [{ environment: 'development', value: 'fixture-token-value' }]);
  const rest = await createIntegration(admin, restIntegration({ name: 'Fixture REST' }));
  const untestable = await createIntegration(admin, {
    name: 'Fixture SendGrid',
    type: 'EMAIL',
    provider: 'sendgrid',
    configMode: 'SAME_FOR_ALL',
    configs: [{ authType: 'NONE', settings: {} }],
  });
  const oauth = await createIntegration(
    admin,
    restIntegration({
      name: 'Fixture OAuth',
      configs: [
        {
          baseUrl: 'https://api.oauth.example.com',
          authType: 'OAUTH2',
          settings: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', clientId: 'keyward', clientSecret: 'fixture-client-secret' },
        },
      ],
    }),
  );
  const connection = await createConnection(admin, { integrationId: rest.id, name: 'Fixture connection', visibility: 'ORGANIZATION' });
  await saveCredentials(admin, connection.id, 'development', { token: `@@SECRET:${secretKey}@@` });
  const { apiKey } = await createKey(admin, { name: 'Fixture key', roleIds: [role.id] });
  const invited = await inviteThrowaway({ admin, flowsRoleId: role.id });
  return {
    server,
    admin,
    flowsRoleId: role.id,
    restIntegrationId: rest.id,
    untestableIntegrationId: untestable.id,
    oauthIntegrationId: oauth.id,
    orgConnectionId: connection.id,
    secretKey,
    apiKeyId: apiKey.id,
    invitedUserId: invited,
  };
}

// ---- throwaway records, one per call, so that a mutation that succeeds changes nothing shared ----

export async function inviteThrowaway(fx: Pick<Fixtures, 'admin' | 'flowsRoleId'>): Promise<string> {
  const user = await must<{ id: string }>(
    fx.admin.request('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: { email: `${unique('throwaway-')}@keyward.test`, roleIds: [fx.flowsRoleId] } }),
    'inviteUser',
  );
  return user.id;
}

/** A member who accepted their invitation (invitations are accepted with the emailed token, so through the service). */
export async function activeThrowaway(fx: Fixtures): Promise<string> {
  const { user } = await addMember(fx.server, { email: `${unique('active-')}@keyward.test`, permissions: ['FLOWS_READ'] });
  return user.id;
}

export async function disabledThrowaway(fx: Fixtures): Promise<string> {
  const id = await activeThrowaway(fx);
  await must(fx.admin.request('mutation($id: ID!) { disableUser(id: $id) { id } }', { id }), 'disableUser');
  return id;
}

export async function throwawayKey(fx: Fixtures, status: 'ACTIVE' | 'SUSPENDED' = 'ACTIVE'): Promise<string> {
  const { apiKey } = await createKey(fx.admin, { name: unique('Throwaway key '), roleIds: [fx.flowsRoleId] });
  if (status === 'SUSPENDED') await must(fx.admin.request('mutation($id: ID!) { suspendApiKey(id: $id) { id } }', { id: apiKey.id }), 'suspendApiKey');
  return apiKey.id;
}

let discoveryIssuer: Promise<string> | undefined;

/**
 * The issuer of a discovery document served on loopback (started once per file): enough for
 * saving an SSO provider, which checks discovery. Nobody signs in through it.
 */
export function matrixIssuer(): Promise<string> {
  discoveryIssuer ??= new Promise((resolve) => {
    const server = createServer((_req, res) => {
      const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` }));
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
  return discoveryIssuer;
}

export async function throwawaySsoProviderInput(): Promise<Record<string, unknown>> {
  return { displayName: unique('Matrix SSO '), issuer: await matrixIssuer(), clientId: 'matrix', clientSecret: 'matrix-client-secret', allowedDomains: ['matrix.test'] };
}

export async function throwawaySsoProvider(fx: Fixtures): Promise<string> {
  const provider = await must<{ id: string }>(
    fx.admin.request('mutation($i: CreateSsoProviderInput!) { createSsoProvider(input: $i) { id } }', { i: await throwawaySsoProviderInput() }),
    'createSsoProvider',
  );
  return provider.id;
}

export async function throwawayRole(fx: Fixtures): Promise<string> {
  const role = await must<{ id: string }>(
    fx.admin.request('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { name: unique('Throwaway role '), permissions: ['FLOWS_READ'] } }),
    'createRole',
  );
  return role.id;
}

/** A secret with two versions in development, so version 1 can be restored. */
export async function throwawaySecret(fx: Fixtures): Promise<string> {
  const key = unique('THROWAWAY_').toUpperCase();
  await createSecret(fx.admin, key, [{ environment: 'development', value: 'throwaway-one' }]);
  await must(fx.admin.request('mutation($k: String!, $i: UpdateSecretInput!) { updateSecret(key: $k, input: $i) { key } }', { k: key, i: { set: [{ environment: 'development', value: 'throwaway-two' }] } }), 'updateSecret');
  return key;
}

export async function throwawayOrganization(fx: Fixtures): Promise<{ id: string; name: string }> {
  return must<{ id: string; name: string }>(
    fx.admin.request('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id name } }', { i: { name: unique('Throwaway organization ') } }),
    'createOrganization',
  );
}

export async function throwawayIntegration(fx: Fixtures): Promise<string> {
  return (await createIntegration(fx.admin, restIntegration({ name: unique('Throwaway integration ') }))).id;
}

export async function throwawayVersion(fx: Fixtures): Promise<string> {
  const integration = await must<{ versions: { id: string }[] }>(
    fx.admin.request('mutation($id: ID!, $i: IntegrationVersionInput!) { createIntegrationVersion(integrationId: $id, input: $i) { versions { id } } }', {
      id: await throwawayIntegration(fx),
      i: { label: 'v2' },
    }),
    'createIntegrationVersion',
  );
  const version = integration.versions[0];
  if (version === undefined) throw new Error('the new version is missing');
  return version.id;
}

/**
 * A connection the actor may manage when they hold CONNECTIONS_MANAGE: a person's own personal
 * connection, or for a key an organization connection (keys cannot own one). Otherwise the admin's.
 */
export async function manageableConnection(fx: Fixtures, actor: Actor, integrationId = fx.restIntegrationId): Promise<string> {
  const person = actor.kind === 'user' && actor.permissions.has('CONNECTIONS_MANAGE');
  const connection = await createConnection(person ? actor.client : fx.admin, {
    integrationId,
    name: unique('Throwaway connection '),
    visibility: person ? 'PERSONAL' : 'ORGANIZATION',
  });
  return connection.id;
}
