import type { Permission } from '@keyward/shared/permissions';
import type { Actor } from './security-actors';
import {
  activeThrowaway,
  disabledThrowaway,
  inviteThrowaway,
  manageableConnection,
  throwawayIntegration,
  throwawayKey,
  throwawayOrganization,
  throwawayRole,
  throwawaySecret,
  throwawaySsoProvider,
  throwawaySsoProviderInput,
  throwawayVersion,
  unique,
  type Fixtures,
} from './security-fixtures';

/** One call of the API, as an actor sends it. */
export interface Call {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The recorded decision for a guarded field: how to call it so the field runs. The permission it
 * needs is read from the schema, never from here; a guarded field without a decision fails the suite.
 */
export interface Decision {
  /** Builds the call for this actor, arranging throwaway records through the admin when it changes something. */
  build: (fx: Fixtures, actor: Actor) => Promise<Call> | Call;
  /** Permissions a product rule asks for besides the guards on the path (the minimal key is given them too). */
  alsoNeeds?: Permission[];
  /** A rule (not a permission) refuses every API key, with a FORBIDDEN carrying this message. */
  refusesKeys?: string;
}

const call = (query: string, variables?: Record<string, unknown>): Call => ({ query, variables });
const byId = (query: string, make: (fx: Fixtures, actor: Actor) => Promise<string>, alsoNeeds?: Permission[]): Decision => ({
  build: async (fx, actor) => call(query, { id: await make(fx, actor) }),
  alsoNeeds,
});
const byIds = (query: string, make: (fx: Fixtures) => Promise<string>, alsoNeeds?: Permission[]): Decision => ({
  build: async (fx) => call(query, { ids: [await make(fx)] }),
  alsoNeeds,
});
/** Restoring a member's access needs every permission their roles grant (throwaway members hold FLOWS_READ). */
const RESTORES_MEMBER: Permission[] = ['FLOWS_READ'];
const input = (query: string, make: (fx: Fixtures, actor: Actor) => Record<string, unknown>, alsoNeeds?: Permission[]): Decision => ({
  build: (fx, actor) => call(query, { i: make(fx, actor) }),
  alsoNeeds,
});
const connectionMutation = (query: string, integration: (fx: Fixtures) => string = (fx) => fx.restIntegrationId, extra: Record<string, unknown> = {}): Decision => ({
  build: async (fx, actor) => call(query, { id: await manageableConnection(fx, actor, integration(fx)), ...extra }),
  // A key manages an organization connection only as an integrations admin (its own personal ones do not exist).
  alsoNeeds: ['INTEGRATIONS_READ', 'INTEGRATIONS_MANAGE'],
});
const OWNER_ONLY = 'Only the owner can share a connection.';
const restInput = (): Record<string, unknown> => ({
  name: unique('Matrix integration '),
  type: 'REST_API',
  provider: 'rest',
  configs: [{ baseUrl: 'https://matrix.example.com', authType: 'BEARER', settings: {} }],
});
const keyInput = (fx: Fixtures): Record<string, unknown> => ({ name: unique('Matrix key '), roleIds: [fx.flowsRoleId] });
/** Roles are reached through the viewer for people; a key is no user, so it goes through its keys. */
const roleUsage = (actor: Actor): Call =>
  actor.kind === 'user'
    ? call('{ viewer { roles { usage { members } } } }')
    : call('query($id: ID!) { apiKey(id: $id) { roles { usage { members } } } }');

export const CATALOG: Record<string, Decision> = {
  // ---- queries ----
  'Query.apiKey': { build: (fx) => call('query($id: ID!) { apiKey(id: $id) { id } }', { id: fx.apiKeyId }) },
  'Query.apiKeyDailyCalls': { build: () => call('{ apiKeyDailyCalls(days: 14) { day requests } }') },
  'Query.apiKeyStats': { build: () => call('{ apiKeyStats { total } }') },
  'Query.apiKeys': { build: () => call('{ apiKeys(first: 5) { totalCount } }') },
  'Query.auditEvents': { build: () => call('{ auditEvents(first: 5) { totalCount } }') },
  'Query.connectionStats': { build: () => call('{ connectionStats { total incomplete } }') },
  'Query.connection': { build: (fx) => call('query($id: ID!) { connection(id: $id) { id } }', { id: fx.orgConnectionId }) },
  'Query.connectionShareCandidates': {
    ...connectionMutation('query($id: ID!) { connectionShareCandidates(id: $id) { id } }'),
    refusesKeys: OWNER_ONLY,
  },
  'Query.connections': { build: () => call('{ connections(first: 5) { totalCount } }') },
  'Query.integration': { build: (fx) => call('query($id: ID!) { integration(id: $id) { id } }', { id: fx.restIntegrationId }) },
  'Query.integrations': { build: () => call('{ integrations(first: 5) { totalCount } }') },
  'Query.nodeTypes': { build: () => call('{ nodeTypes { id } }') },
  'Query.resolveConnection': {
    build: (fx) => call('query($id: ID!) { resolveConnection(id: $id, environment: "development") { connectionId } }', { id: fx.orgConnectionId }),
  },
  'Query.roles': { build: () => call('{ roles { id } }') },
  'Query.secret': { build: (fx) => call('query($k: String!) { secret(key: $k) { key } }', { k: fx.secretKey }) },
  'Query.secretStats': { build: () => call('{ secretStats { total incomplete } }') },
  'Query.secrets': { build: () => call('{ secrets(first: 5) { totalCount } }') },
  'Query.secretUseRoleOptions': { build: () => call('{ secretUseRoleOptions { id } }') },
  'Query.user': { build: (fx) => call('query($id: ID!) { user(id: $id) { id } }', { id: fx.invitedUserId }) },
  'Query.users': { build: () => call('{ users(first: 5) { totalCount } }') },

  // ---- API keys: every target is a throwaway key holding only FLOWS_READ ----
  'Mutation.createApiKey': input('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }', keyInput, ['FLOWS_READ']),
  'Mutation.deleteApiKey': byId('mutation($id: ID!) { deleteApiKey(id: $id) }', (fx) => throwawayKey(fx)),
  'Mutation.resumeApiKey': byId('mutation($id: ID!) { resumeApiKey(id: $id) { id } }', (fx) => throwawayKey(fx, 'SUSPENDED'), ['FLOWS_READ']),
  'Mutation.revokeApiKey': byId('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', (fx) => throwawayKey(fx)),
  'Mutation.rollApiKey': byId('mutation($id: ID!) { rollApiKey(id: $id) { token } }', (fx) => throwawayKey(fx), ['FLOWS_READ']),
  'Mutation.setApiKeyRateLimit': {
    build: async (fx) => call('mutation($id: ID!) { setApiKeyRateLimit(id: $id, input: { perMinute: 30 }) { id } }', { id: await throwawayKey(fx) }),
    alsoNeeds: ['FLOWS_READ'],
  },
  'Mutation.suspendApiKey': byId('mutation($id: ID!) { suspendApiKey(id: $id) { id } }', (fx) => throwawayKey(fx)),
  'Mutation.updateApiKey': {
    build: async (fx) => call('mutation($id: ID!) { updateApiKey(id: $id, input: { description: "changed" }) { id } }', { id: await throwawayKey(fx) }),
    alsoNeeds: ['FLOWS_READ'],
  },
  // Reached through creation, so that holding API_KEYS_MANAGE alone does not show them.
  'ApiKey.maskedKey': input('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { maskedKey } } }', keyInput, ['FLOWS_READ']),
  'ApiKey.usage': input('mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { usage(days: 7) { day } } } }', keyInput, ['FLOWS_READ']),

  // ---- connections ----
  'Mutation.createConnection': input(
    'mutation($i: CreateConnectionInput!) { createConnection(input: $i) { id } }',
    (fx, actor) => ({ integrationId: fx.restIntegrationId, name: unique('Matrix connection '), visibility: actor.kind === 'user' ? 'PERSONAL' : 'ORGANIZATION' }),
    ['INTEGRATIONS_READ'],
  ),
  'Mutation.deleteConnection': connectionMutation('mutation($id: ID!) { deleteConnection(id: $id) }'),
  'Mutation.updateConnection': connectionMutation('mutation($id: ID!) { updateConnection(id: $id, input: { name: "Renamed" }) { id } }'),
  'Mutation.saveConnectionCredentials': connectionMutation(
    'mutation($id: ID!, $f: JSONObject!) { saveConnectionCredentials(connectionId: $id, environment: "development", fields: $f) { id } }',
    undefined,
    { f: { token: 'matrix-token' } },
  ),
  'Mutation.shareConnection': { ...connectionMutation('mutation($id: ID!) { shareConnection(id: $id, userIds: []) { id } }'), refusesKeys: OWNER_ONLY },
  'Mutation.startConnectionOAuth': {
    ...connectionMutation('mutation($id: ID!) { startConnectionOAuth(connectionId: $id, environment: "development") { authorizationUrl } }', (fx) => fx.oauthIntegrationId),
    refusesKeys: 'Only a signed-in user can connect with OAuth2.',
  },
  'Mutation.disconnectConnectionOAuth': connectionMutation(
    'mutation($id: ID!) { disconnectConnectionOAuth(connectionId: $id, environment: "development") { id } }',
    (fx) => fx.oauthIntegrationId,
  ),
  'Mutation.testConnection': connectionMutation(
    'mutation($id: ID!) { testConnection(connectionId: $id, environment: "development") { available } }',
    (fx) => fx.untestableIntegrationId,
  ),
  // Reached through a mutation's payload, so that CONNECTIONS_MANAGE alone does not show them.
  'Connection.environments': connectionMutation('mutation($id: ID!) { updateConnection(id: $id, input: {}) { environments { environment } } }'),
  'ConnectionEnvironment.secretFieldsSet': connectionMutation('mutation($id: ID!) { updateConnection(id: $id, input: {}) { environments { secretFieldsSet } } }'),
  'ConnectionEnvironment.values': connectionMutation('mutation($id: ID!) { updateConnection(id: $id, input: {}) { environments { values } } }'),

  // ---- integrations ----
  'Mutation.createIntegration': input('mutation($i: CreateIntegrationInput!) { createIntegration(input: $i) { id } }', restInput),
  'Mutation.updateIntegration': byId('mutation($id: ID!) { updateIntegration(id: $id, input: { description: "changed" }) { id } }', (fx) => throwawayIntegration(fx)),
  'Mutation.deleteIntegration': byId('mutation($id: ID!) { deleteIntegration(id: $id) }', (fx) => throwawayIntegration(fx)),
  'Mutation.createIntegrationVersion': byId('mutation($id: ID!) { createIntegrationVersion(integrationId: $id, input: { label: "v9" }) { id } }', (fx) => throwawayIntegration(fx)),
  'Mutation.setIntegrationVersionStatus': byId('mutation($id: ID!) { setIntegrationVersionStatus(id: $id, status: ACTIVE) { id } }', (fx) => throwawayVersion(fx)),

  // ---- organization ----
  // Super admins only (ORGANIZATIONS_MANAGE is super-admin-only: no key can hold it).
  'Mutation.createOrganization': input('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', () => ({ name: unique('Matrix organization ') })),
  'Mutation.updateOrganization': {
    build: async (fx) => call('mutation($id: ID!) { updateOrganization(id: $id, input: { slug: null }) { id } }', { id: (await throwawayOrganization(fx)).id }),
  },
  'Mutation.deleteOrganization': {
    build: async (fx) => {
      const org = await throwawayOrganization(fx);
      return call('mutation($id: ID!, $n: String!) { deleteOrganization(id: $id, confirmName: $n) }', { id: org.id, n: org.name });
    },
  },
  'Mutation.updateOrganizationSettings': { build: () => call('mutation { updateOrganizationSettings(input: { name: "Default" }) { name } }') },
  'Organization.defaultRateLimit': { build: () => call('{ organization { defaultRateLimit { perMinute } } }') },
  'Organization.rateLimitCeiling': { build: () => call('{ organization { rateLimitCeiling { perMinute } } }') },

  // ---- roles ----
  'Mutation.createRole': input('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', () => ({ name: unique('Matrix role '), permissions: ['FLOWS_READ'] }), ['FLOWS_READ']),
  'Mutation.updateRole': byId('mutation($id: ID!) { updateRole(id: $id, input: { description: "changed" }) { id } }', (fx) => throwawayRole(fx), ['FLOWS_READ']),
  'Mutation.deleteRole': byId('mutation($id: ID!) { deleteRole(id: $id) }', (fx) => throwawayRole(fx), ['FLOWS_READ']),
  'Role.usage': { build: (fx, actor) => ({ ...roleUsage(actor), variables: { id: fx.apiKeyId } }), alsoNeeds: ['API_KEYS_READ'] },

  // ---- single sign-on ----
  'Query.ssoProviders': { build: () => call('{ ssoProviders { id } }') },
  'Mutation.createSsoProvider': { build: async () => call('mutation($i: CreateSsoProviderInput!) { createSsoProvider(input: $i) { id } }', { i: await throwawaySsoProviderInput() }) },
  'Mutation.updateSsoProvider': {
    build: async (fx) => call('mutation($id: ID!) { updateSsoProvider(id: $id, input: { requireSso: true }) { id } }', { id: await throwawaySsoProvider(fx) }),
  },
  'Mutation.deleteSsoProvider': byId('mutation($id: ID!) { deleteSsoProvider(id: $id) }', (fx) => throwawaySsoProvider(fx)),

  // ---- secrets ----
  'Mutation.createSecret': input('mutation($i: CreateSecretInput!) { createSecret(input: $i) { key } }', () => ({ key: unique('MATRIX_').toUpperCase(), values: [{ environment: 'development', value: 'matrix-value' }] })),
  'Mutation.updateSecret': {
    build: async (fx) => call('mutation($k: String!) { updateSecret(key: $k, input: { description: "changed" }) { key } }', { k: await throwawaySecret(fx) }),
  },
  'Mutation.deleteSecret': { build: async (fx) => call('mutation($k: String!) { deleteSecret(key: $k) { key } }', { k: await throwawaySecret(fx) }) },
  'Mutation.restoreSecretVersion': {
    build: async (fx) => call('mutation($k: String!) { restoreSecretVersion(key: $k, environment: "development", version: 1) { key } }', { k: await throwawaySecret(fx) }),
  },
  // Reached through a change, so that SECRETS_MANAGE alone does not show them.
  'Secret.references': {
    build: async (fx) => call(`mutation($k: String!) { updateSecret(key: $k, input: { description: "seen" }) { references { ownerId } } }`, { k: await throwawaySecret(fx) }),
  },
  'Secret.versions': {
    build: async (fx) => call(`mutation($k: String!) { updateSecret(key: $k, input: { description: "seen" }) { versions { version } } }`, { k: await throwawaySecret(fx) }),
  },

  // ---- users: every target is a throwaway invited member ----
  'Mutation.inviteUser': input('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', (fx) => ({ email: `${unique('matrix-')}@keyward.test`, roleIds: [fx.flowsRoleId] }), ['FLOWS_READ']),
  'Mutation.resendInvitation': byId('mutation($id: ID!) { resendInvitation(id: $id) { id } }', (fx) => inviteThrowaway(fx), RESTORES_MEMBER),
  'Mutation.updateUser': byId('mutation($id: ID!) { updateUser(id: $id, input: { firstName: "Changed" }) { id } }', (fx) => inviteThrowaway(fx)),
  'Mutation.deleteUser': byId('mutation($id: ID!) { deleteUser(id: $id) }', (fx) => inviteThrowaway(fx)),
  'Mutation.deleteUsers': byIds('mutation($ids: [ID!]!) { deleteUsers(ids: $ids) }', (fx) => inviteThrowaway(fx)),
  'Mutation.disableUser': byId('mutation($id: ID!) { disableUser(id: $id) { id } }', (fx) => activeThrowaway(fx)),
  'Mutation.disableUsers': byIds('mutation($ids: [ID!]!) { disableUsers(ids: $ids) { id } }', (fx) => activeThrowaway(fx)),
  'Mutation.enableUser': byId('mutation($id: ID!) { enableUser(id: $id) { id } }', (fx) => disabledThrowaway(fx), RESTORES_MEMBER),
  'Mutation.enableUsers': byIds('mutation($ids: [ID!]!) { enableUsers(ids: $ids) { id } }', (fx) => disabledThrowaway(fx), RESTORES_MEMBER),
  'Mutation.setUserRoles': {
    build: async (fx) => call('mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { id } }', { id: await inviteThrowaway(fx), r: [fx.flowsRoleId] }),
    alsoNeeds: ['FLOWS_READ'],
  },
  'Mutation.setUsersRoles': {
    build: async (fx) => call('mutation($ids: [ID!]!, $r: [ID!]!) { setUsersRoles(ids: $ids, roleIds: $r) { id } }', { ids: [await inviteThrowaway(fx)], r: [fx.flowsRoleId] }),
    alsoNeeds: ['FLOWS_READ'],
  },
  'Mutation.createUser': input(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    (fx) => ({ email: `${unique('matrix-created-')}@keyward.test`, password: 'Matrix-Password-9', roleIds: [fx.flowsRoleId] }),
    ['FLOWS_READ'],
  ),
  'Mutation.resetUserPassword': byId('mutation($id: ID!) { resetUserPassword(id: $id, password: "Matrix-Password-9") { id } }', (fx) => activeThrowaway(fx)),
};

/**
 * Root fields deliberately open without a permission, each with the reason. A new root field
 * must be either guarded (and get a decision above) or listed here: otherwise the suite fails.
 */
export const OPEN_ROOT_FIELDS: Record<string, string> = {
  'Query.invitation': 'public: what an invitation link is for, before the password is set',
  'Query.organizations': 'any signed-in actor: the organizations it may enter (all of them for a super admin, its own for a key)',
  'Query.organization': 'any signed-in actor: its own organization (guarded nested fields are in the catalog)',
  'Query.permissions': 'any signed-in actor: the permission catalog, labels only',
  'Query.setupStatus': 'public: whether the first admin still has to be created',
  'Query.signInMethods': 'public: the sign-in methods of the installation',
  'Query.signInOptions': 'public: what the login page offers for an email, decided from its domain only (never whether an account exists)',
  'Query.viewer': 'any signed-in person: themselves',
  'Mutation.acceptInvitation': 'public: proven by the invitation token',
  'Mutation.changePassword': 'any signed-in person: proven by the current password',
  'Mutation.createFirstAdmin': 'public: proven by the one-time setup token',
  'Mutation.signIn': 'public: proven by the password',
  'Mutation.signOut': 'any session: ends itself',
  'Mutation.switchOrganization': 'any signed-in person: only into an organization where they are an ACTIVE member (any for a super admin); FORBIDDEN for a key',
};

export function decisionFor(coordinate: string): Decision | undefined {
  return Object.hasOwn(CATALOG, coordinate) ? CATALOG[coordinate] : undefined;
}
