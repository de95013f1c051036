/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type ApiKeyFilter = {
  /** Matches the name. */
  search?: string | null | undefined;
  status?: ApiKeyStatus | null | undefined;
};

/** A key’s own limits; null = the organization default. Neither may exceed the ceiling. */
export type ApiKeyRateLimitInput = {
  perHour?: number | null | undefined;
  perMinute?: number | null | undefined;
};

/** How a key narrows its roles, as the preset it matches. */
export type ApiKeyScopePreset =
  /** No narrowing: everything the roles grant. */
  | 'ADMIN'
  /** A hand-picked subset of the roles’ permissions. */
  | 'CUSTOM'
  /** Only the roles' read permissions. */
  | 'READ'
  /** Read, plus changing secrets, integrations, connections and flows. */
  | 'WRITE';

export type ApiKeyStatus =
  /** Authenticates requests. */
  | 'ACTIVE'
  /** Past its expiry date (derived from expiresAt). */
  | 'EXPIRED'
  /** Permanently refused; can never be resumed. */
  | 'REVOKED'
  /** Temporarily refused; can be resumed. */
  | 'SUSPENDED';

/** Who performed an audited action. */
export type AuditActorType =
  /** Nobody signed in, e.g. a failed sign-in. */
  | 'ANONYMOUS'
  /** An API key. */
  | 'API_KEY'
  /** Keyward itself (scheduled jobs, bootstrap). */
  | 'SYSTEM'
  /** A signed-in person. */
  | 'USER';

export type AuditEventFilter = {
  /** Exactly this action. */
  action?: string | null | undefined;
  actorType?: AuditActorType | null | undefined;
  /** Matches the summary, action, actor or target, case-insensitively. */
  search?: string | null | undefined;
};

export type AuthType =
  | 'API_KEY'
  | 'BASIC'
  | 'BEARER'
  | 'CUSTOM_HEADERS'
  | 'NONE'
  | 'OAUTH2';

export type ConfigMode =
  | 'PER_ENVIRONMENT'
  | 'SAME_FOR_ALL';

export type ConnectionFilter = {
  /** Only connections of this integration (the service their credentials are for). */
  integrationId?: string | number | null | undefined;
  integrationType?: IntegrationType | null | undefined;
  /** Only connections a node of this type can use. */
  nodeType?: NodeTypeId | null | undefined;
  /** Connection or integration name. */
  search?: string | null | undefined;
  visibility?: ConnectionVisibility | null | undefined;
};

export type ConnectionVisibility =
  /** Every member can see and use it. */
  | 'ORGANIZATION'
  /** Its owner, and members it is shared with (who use it without seeing values). */
  | 'PERSONAL';

export type CreateApiKeyInput = {
  description?: string | null | undefined;
  /** Expiry date; omit both this and expiresInDays for a key that never expires. */
  expiresAt?: string | null | undefined;
  /** Expires this many days from now (the SPA offers 30, 60 and 90). */
  expiresInDays?: number | null | undefined;
  name: string;
  rateLimit?: ApiKeyRateLimitInput | null | undefined;
  /** At least one role of the organization (or a built-in one). */
  roleIds: Array<string | number>;
  /** A subset of the roles' permissions; null = everything the roles grant. */
  scopes?: Array<Permission> | null | undefined;
};

export type CreateConnectionInput = {
  integrationId: string | number;
  name: string;
  visibility: ConnectionVisibility;
};

export type CreateFirstAdminInput = {
  displayName: string;
  email: string;
  organizationName: string;
  password: string;
  /** The token from the setup link printed at start. */
  token: string;
};

export type CreateIntegrationInput = {
  configMode?: ConfigMode;
  configs: Array<IntegrationConfigInput>;
  description?: string | null | undefined;
  domainVertical?: string | null | undefined;
  name: string;
  provider: string;
  scope?: IntegrationScope;
  specUrl?: string | null | undefined;
  type: IntegrationType;
};

export type CreateOrganizationInput = {
  name: string;
  /** Derived from the name when omitted. */
  slug?: string | null | undefined;
};

export type CreateRoleInput = {
  description?: string | null | undefined;
  name: string;
  permissions: Array<Permission>;
};

export type CreateSecretInput = {
  description?: string | null | undefined;
  key: string;
  /** Default EVERYONE. */
  usePolicy?: SecretUsePolicy | null | undefined;
  /** With usePolicy ROLES: ids of built-in or organization roles (at least one). */
  useRoleIds?: Array<string | number> | null | undefined;
  /** At least one environment. */
  values: Array<SecretValueInput>;
};

export type CreateSsoProviderInput = {
  allowedDomains: Array<string>;
  clientId: string;
  clientSecret: string;
  displayName: string;
  issuer: string;
  requireSso?: boolean | null | undefined;
};

/** A user created directly with an initial password (super admins). */
export type CreateUserInput = {
  email: string;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  /** Required with PASSWORD (checked against the password policy); not given with SSO. */
  password?: string | null | undefined;
  /** At least one. */
  roleIds: Array<string | number>;
  /** PASSWORD when omitted. */
  signInMethod?: SignInMethod | null | undefined;
  /** Required with SSO: the id of one of this organization’s providers (see signInMethods). */
  ssoProvider?: string | null | undefined;
};

export type EnvironmentInput = {
  name: string;
  slug: string;
};

/** The version of an environment the editor saw. */
export type ExpectedSecretVersionInput = {
  environment: string;
  /** Null: the editor saw no value in this environment. */
  version?: number | null | undefined;
};

export type IntegrationConfigInput = {
  authType: AuthType;
  baseUrl?: string | null | undefined;
  /** Environment slug (PER_ENVIRONMENT); ignored for SAME_FOR_ALL. */
  environment?: string | null | undefined;
  /** The auth type’s integration fields. A secret left blank or absent keeps its stored value. */
  settings: Record<string, unknown>;
  /** Path requested by Test connection, e.g. /v1/me. */
  testPath?: string | null | undefined;
};

export type IntegrationFilter = {
  scope?: IntegrationScope | null | undefined;
  /** Name, description, provider or type. */
  search?: string | null | undefined;
  type?: IntegrationType | null | undefined;
};

export type IntegrationScope =
  /** One organization’s own. */
  | 'ORGANIZATION'
  /** Managed by super admins, visible to every organization. */
  | 'SYSTEM';

/** What kind of service an integration talks to (the catalog in @keyward/shared). */
export type IntegrationType =
  | 'AI_PROVIDER'
  | 'DATABASE'
  | 'EMAIL'
  | 'MCP'
  | 'REST_API'
  | 'SMS'
  | 'STORAGE';

export type IntegrationVersionInput = {
  label: string;
  specUrl?: string | null | undefined;
  /** DRAFT when omitted; ACTIVE deprecates the active one. */
  status?: IntegrationVersionStatus | null | undefined;
};

/** At most one version of an integration is ACTIVE. */
export type IntegrationVersionStatus =
  | 'ACTIVE'
  | 'DEPRECATED'
  | 'DRAFT';

export type InviteUserInput = {
  email: string;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  /** At least one. */
  roleIds: Array<string | number>;
  /** PASSWORD when omitted. */
  signInMethod?: SignInMethod | null | undefined;
  /** Required with SSO: the id of one of this organization’s providers (see signInMethods). */
  ssoProvider?: string | null | undefined;
};

/** A workflow node type that uses connections. */
export type NodeTypeId =
  | 'AI_AGENT'
  | 'EMAIL_TOOL'
  | 'FILE_MANAGER_TOOL'
  | 'MCP_TOOL'
  | 'REST_API_NODE'
  | 'REST_API_TOOL'
  | 'SEND_EMAIL'
  | 'SEND_SMS'
  | 'SQL'
  | 'SQL_TOOL'
  | 'VOICE_CALL';

/** A permission from the Keyward catalog. */
export type Permission =
  /** Create, suspend, revoke and delete API keys */
  | 'API_KEYS_MANAGE'
  /** View API keys */
  | 'API_KEYS_READ'
  /** View the audit log */
  | 'AUDIT_READ'
  /** Create and configure connections */
  | 'CONNECTIONS_MANAGE'
  /** View connections */
  | 'CONNECTIONS_READ'
  /** Resolve connection credentials at runtime */
  | 'CONNECTIONS_RESOLVE'
  /** Resolve a member's personal connection on their behalf (runtime keys) */
  | 'CONNECTIONS_RESOLVE_ON_BEHALF'
  /** Execute workflows */
  | 'FLOWS_EXECUTE'
  /** Create and edit flows */
  | 'FLOWS_MANAGE'
  /** View flows */
  | 'FLOWS_READ'
  /** Manage organization integrations */
  | 'INTEGRATIONS_MANAGE'
  /** View integrations */
  | 'INTEGRATIONS_READ'
  /** Manage all organizations */
  | 'ORGANIZATIONS_MANAGE'
  /** Create, edit and delete custom roles */
  | 'ROLES_MANAGE'
  /** View roles */
  | 'ROLES_READ'
  /** Create, change and delete secrets */
  | 'SECRETS_MANAGE'
  /** View secret names (never values) */
  | 'SECRETS_READ'
  /** Change organization settings */
  | 'SETTINGS_MANAGE'
  /** View organization settings */
  | 'SETTINGS_READ'
  /** Manage system integrations */
  | 'SYSTEM_INTEGRATIONS_MANAGE'
  /** Invite, edit, disable and delete users */
  | 'USERS_MANAGE'
  /** View users */
  | 'USERS_READ'
  /** Reset other users' passwords */
  | 'USERS_RESET_PASSWORD';

export type RateLimitInput = {
  perHour: number;
  perMinute: number;
};

/** What a version did to the value of one environment. */
export type SecretChange =
  /** Removed the value from the environment. */
  | 'REMOVED'
  /** Made an earlier version’s value current again. */
  | 'RESTORED'
  /** Added or replaced the value. */
  | 'SET';

/** What kind of record references a secret. */
export type SecretReferenceOwnerType =
  | 'CONNECTION'
  | 'INTEGRATION';

/** Who may use a secret through @@SECRET:KEY@@ references. */
export type SecretUsePolicy =
  /** Every member of the organization. */
  | 'EVERYONE'
  /** Only holders of one of the chosen roles (checked when a reference is saved and at every resolution). */
  | 'ROLES';

/** A value for one environment. Write-only: it is never returned. */
export type SecretValueInput = {
  /** Environment slug. */
  environment: string;
  value: string;
};

export type SignInMethod =
  | 'PASSWORD'
  | 'SSO';

/** Omitted fields stay as they are. `scopes: null` removes the narrowing. */
export type UpdateApiKeyInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
  roleIds?: Array<string | number> | null | undefined;
  scopes?: Array<Permission> | null | undefined;
};

export type UpdateConnectionInput = {
  name?: string | null | undefined;
  visibility?: ConnectionVisibility | null | undefined;
};

/** The type cannot change. */
export type UpdateIntegrationInput = {
  configMode?: ConfigMode | null | undefined;
  configs?: Array<IntegrationConfigInput> | null | undefined;
  description?: string | null | undefined;
  domainVertical?: string | null | undefined;
  name?: string | null | undefined;
  provider?: string | null | undefined;
  specUrl?: string | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  name?: string | null | undefined;
  slug?: string | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdateOrganizationSettingsInput = {
  defaultRateLimit?: RateLimitInput | null | undefined;
  /** The full ordered list; replaces the current one. */
  environments?: Array<EnvironmentInput> | null | undefined;
  name?: string | null | undefined;
  rateLimitCeiling?: RateLimitInput | null | undefined;
};

/** Omitted fields stay as they are; `permissions` replaces the whole list. */
export type UpdateRoleInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
  permissions?: Array<Permission> | null | undefined;
};

/** Omitted fields stay as they are. The key cannot be changed. */
export type UpdateSecretInput = {
  description?: string | null | undefined;
  /** The versions the editor saw. If a changed environment’s current version differs, the update fails with CONFLICT. */
  expectedVersions?: Array<ExpectedSecretVersionInput> | null | undefined;
  /** Removes the value from these environments (earlier versions are kept). */
  remove?: Array<string> | null | undefined;
  /** Adds or replaces the value of these environments. */
  set?: Array<SecretValueInput> | null | undefined;
  /** Omitted: unchanged. */
  usePolicy?: SecretUsePolicy | null | undefined;
  /** With usePolicy ROLES: ids of built-in or organization roles (at least one). */
  useRoleIds?: Array<string | number> | null | undefined;
};

/** Omitted fields stay as they are; clientSecret omitted keeps the stored secret. */
export type UpdateSsoProviderInput = {
  allowedDomains?: Array<string> | null | undefined;
  clientId?: string | null | undefined;
  clientSecret?: string | null | undefined;
  displayName?: string | null | undefined;
  issuer?: string | null | undefined;
  requireSso?: boolean | null | undefined;
};

/** Omitted fields stay as they are; null clears a name. */
export type UpdateUserInput = {
  displayName?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
};

export type UserFilter = {
  roleId?: string | number | null | undefined;
  /** Matches name or email. */
  search?: string | null | undefined;
  signInMethod?: SignInMethod | null | undefined;
  status?: UserStatus | null | undefined;
};

/** A user's status in this organization. */
export type UserStatus =
  /** Can sign in. */
  | 'ACTIVE'
  /** Invited; has not set a password yet. */
  | 'INVITED'
  /** Disabled by an administrator: cannot sign in, sessions ended. */
  | 'SUSPENDED';

export type ViewerOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerOrganizationsQuery = { organizations: Array<{ id: string, name: string, slug: string, current: boolean, viewerMembershipStatus: UserStatus | null }> };

export type SwitchOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type SwitchOrganizationMutation = { switchOrganization: { id: string, email: string, displayName: string, isSuperAdmin: boolean, mustChangePassword: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } } };

export type NodeTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeTypesQuery = { nodeTypes: Array<{ id: NodeTypeId, label: string, integrationType: IntegrationType }> };

export type CompatibleConnectionsQueryVariables = Exact<{
  nodeType: NodeTypeId;
}>;


export type CompatibleConnectionsQuery = { connections: { edges: Array<{ node: { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, integration: { id: string, name: string, type: IntegrationType } } }> } };

export type ApiKeyRowFieldsFragment = { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> };

export type ApiKeysQueryVariables = Exact<{
  filter?: ApiKeyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApiKeyStatsFieldsFragment = { total: number, active: number, suspended: number, revoked: number, expired: number, expiringSoon: number, callsToday: number };

export type ApiKeyStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyStatsQuery = { apiKeyStats: { total: number, active: number, suspended: number, revoked: number, expired: number, expiringSoon: number, callsToday: number } };

export type ApiKeyDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyDetailsQuery = { apiKey: { rolledAt: string | null, previousKeyValidUntil: string | null, suspendedAt: string | null, revokedAt: string | null, id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, createdBy: { id: string, displayName: string, email: string } | null, usage: Array<{ day: string, requests: number, failures: number, rateLimited: number }>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } };

export type ApiKeyFormRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyFormRolesQuery = { roles: Array<{ id: string, name: string, description: string, builtIn: boolean, permissions: Array<Permission> }> };

export type ApiKeyRateLimitBoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyRateLimitBoundsQuery = { organization: { id: string, defaultRateLimit: { perMinute: number, perHour: number }, rateLimitCeiling: { perMinute: number, perHour: number } } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } } };

export type UpdateApiKeyMutationVariables = Exact<{
  id: string | number;
  input: UpdateApiKeyInput;
}>;


export type UpdateApiKeyMutation = { updateApiKey: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } };

export type SetApiKeyRateLimitMutationVariables = Exact<{
  id: string | number;
  input: ApiKeyRateLimitInput;
}>;


export type SetApiKeyRateLimitMutation = { setApiKeyRateLimit: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } };

export type SuspendApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SuspendApiKeyMutation = { suspendApiKey: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } };

export type ResumeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeApiKeyMutation = { resumeApiKey: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } };

export type DeleteApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteApiKeyMutation = { deleteApiKey: string };

export type RollApiKeyMutationVariables = Exact<{
  id: string | number;
  gracePeriodMinutes: number;
}>;


export type RollApiKeyMutation = { rollApiKey: { token: string, apiKey: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } } };

export type AuditEventFieldsFragment = { id: string, at: string, actorType: AuditActorType, actorLabel: string | null, action: string, targetType: string | null, targetId: string | null, summary: string, ip: string | null, userAgent: string | null };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, actorType: AuditActorType, actorLabel: string | null, action: string, targetType: string | null, targetId: string | null, summary: string, ip: string | null, userAgent: string | null } }> } };

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, isSuperAdmin: boolean, mustChangePassword: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, displayName: string, isSuperAdmin: boolean, mustChangePassword: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { setupStatus: { needsFirstAdmin: boolean } };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, email: string, displayName: string, isSuperAdmin: boolean, mustChangePassword: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CreateFirstAdminMutationVariables = Exact<{
  input: CreateFirstAdminInput;
}>;


export type CreateFirstAdminMutation = { createFirstAdmin: { id: string, email: string, displayName: string, isSuperAdmin: boolean, mustChangePassword: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } } };

export type SignInOptionsQueryVariables = Exact<{
  email: string;
}>;


export type SignInOptionsQuery = { signInOptions: { password: boolean, providers: Array<{ id: string, displayName: string, startUrl: string }> } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { email: string, organizationName: string, existingAccount: boolean, expiresAt: string, signInMethod: SignInMethod, ssoProvider: { id: string, displayName: string, startUrl: string } | null } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, email: string, displayName: string, isSuperAdmin: boolean, mustChangePassword: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } } };

export type ConnectionUserFieldsFragment = { id: string, displayName: string, email: string };

export type ConnectionCardFieldsFragment = { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string }, environments: Array<{ environment: string, name: string, configured: boolean, lastTest: { ok: boolean, message: string, at: string } | null }> };

export type ConnectionEnvironmentFieldsFragment = { environment: string, name: string, configured: boolean, values: Record<string, unknown> | null, secretFieldsSet: Array<string>, missingSecrets: Array<string>, authType: AuthType, grantType: string | null, tokenExpiresAt: string | null, tokenScopes: string | null, connectedAs: string | null, updatedAt: string | null, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, updatedBy: { id: string, displayName: string, email: string } | null, lastTest: { ok: boolean, message: string, at: string } | null };

export type CredentialFieldFieldsFragment = { key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null };

export type ConnectionDetailsFieldsFragment = { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, environments: Array<{ environment: string, name: string, configured: boolean, values: Record<string, unknown> | null, secretFieldsSet: Array<string>, missingSecrets: Array<string>, authType: AuthType, grantType: string | null, tokenExpiresAt: string | null, tokenScopes: string | null, connectedAs: string | null, updatedAt: string | null, lastTest: { ok: boolean, message: string, at: string } | null, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, updatedBy: { id: string, displayName: string, email: string } | null }>, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string } };

export type ConnectionsQueryVariables = Exact<{
  filter?: ConnectionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConnectionsQuery = { connections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string }, environments: Array<{ environment: string, name: string, configured: boolean, lastTest: { ok: boolean, message: string, at: string } | null }> } }> } };

export type ConnectionDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionDetailsQuery = { connection: { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, environments: Array<{ environment: string, name: string, configured: boolean, values: Record<string, unknown> | null, secretFieldsSet: Array<string>, missingSecrets: Array<string>, authType: AuthType, grantType: string | null, tokenExpiresAt: string | null, tokenScopes: string | null, connectedAs: string | null, updatedAt: string | null, lastTest: { ok: boolean, message: string, at: string } | null, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, updatedBy: { id: string, displayName: string, email: string } | null }>, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string } } };

export type ConnectionIntegrationOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ConnectionIntegrationOptionsQuery = { integrations: { edges: Array<{ node: { id: string, name: string, description: string, type: IntegrationType, provider: string, scope: IntegrationScope } }> } };

export type ConnectionSecretKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectionSecretKeysQuery = { secrets: { edges: Array<{ node: { id: string, key: string } }> } };

export type ConnectionShareCandidatesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionShareCandidatesQuery = { connectionShareCandidates: Array<{ id: string, displayName: string, email: string }> };

export type CreateConnectionMutationVariables = Exact<{
  input: CreateConnectionInput;
}>;


export type CreateConnectionMutation = { createConnection: { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, environments: Array<{ environment: string, name: string, configured: boolean, values: Record<string, unknown> | null, secretFieldsSet: Array<string>, missingSecrets: Array<string>, authType: AuthType, grantType: string | null, tokenExpiresAt: string | null, tokenScopes: string | null, connectedAs: string | null, updatedAt: string | null, lastTest: { ok: boolean, message: string, at: string } | null, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, updatedBy: { id: string, displayName: string, email: string } | null }>, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string } } };

export type UpdateConnectionMutationVariables = Exact<{
  id: string | number;
  input: UpdateConnectionInput;
}>;


export type UpdateConnectionMutation = { updateConnection: { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, environments: Array<{ environment: string, name: string, configured: boolean, values: Record<string, unknown> | null, secretFieldsSet: Array<string>, missingSecrets: Array<string>, authType: AuthType, grantType: string | null, tokenExpiresAt: string | null, tokenScopes: string | null, connectedAs: string | null, updatedAt: string | null, lastTest: { ok: boolean, message: string, at: string } | null, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, updatedBy: { id: string, displayName: string, email: string } | null }>, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string } } };

export type SaveConnectionCredentialsMutationVariables = Exact<{
  connectionId: string | number;
  environment: string;
  fields: Record<string, unknown>;
}>;


export type SaveConnectionCredentialsMutation = { saveConnectionCredentials: { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, environments: Array<{ environment: string, name: string, configured: boolean, values: Record<string, unknown> | null, secretFieldsSet: Array<string>, missingSecrets: Array<string>, authType: AuthType, grantType: string | null, tokenExpiresAt: string | null, tokenScopes: string | null, connectedAs: string | null, updatedAt: string | null, lastTest: { ok: boolean, message: string, at: string } | null, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, updatedBy: { id: string, displayName: string, email: string } | null }>, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string } } };

export type TestConnectionMutationVariables = Exact<{
  connectionId: string | number;
  environment: string;
}>;


export type TestConnectionMutation = { testConnection: { ok: boolean, message: string, available: boolean } };

export type DeleteConnectionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteConnectionMutation = { deleteConnection: string };

export type ShareConnectionMutationVariables = Exact<{
  id: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type ShareConnectionMutation = { shareConnection: { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string }, environments: Array<{ environment: string, name: string, configured: boolean, lastTest: { ok: boolean, message: string, at: string } | null }> } };

export type StartConnectionOAuthMutationVariables = Exact<{
  connectionId: string | number;
  environment: string;
}>;


export type StartConnectionOAuthMutation = { startConnectionOAuth: { authorizationUrl: string } };

export type DisconnectConnectionOAuthMutationVariables = Exact<{
  connectionId: string | number;
  environment: string;
}>;


export type DisconnectConnectionOAuthMutation = { disconnectConnectionOAuth: { id: string, name: string, visibility: ConnectionVisibility, configuredCount: number, environmentCount: number, canManage: boolean, createdAt: string, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, environments: Array<{ environment: string, name: string, configured: boolean, values: Record<string, unknown> | null, secretFieldsSet: Array<string>, missingSecrets: Array<string>, authType: AuthType, grantType: string | null, tokenExpiresAt: string | null, tokenScopes: string | null, connectedAs: string | null, updatedAt: string | null, lastTest: { ok: boolean, message: string, at: string } | null, fields: Array<{ key: string, label: string, kind: string, required: boolean, secret: boolean, placeholder: string | null, help: string | null, options: Array<string> | null }>, updatedBy: { id: string, displayName: string, email: string } | null }>, owner: { id: string, displayName: string, email: string } | null, sharedWith: Array<{ id: string, displayName: string, email: string }>, integration: { id: string, name: string, type: IntegrationType, provider: string } } };

export type DashboardApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardApiKeysQuery = { apiKeyStats: { total: number, active: number, suspended: number, revoked: number, expired: number, expiringSoon: number, callsToday: number }, apiKeyDailyCalls: Array<{ day: string, requests: number }> };

export type DashboardSecretsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSecretsQuery = { secretStats: { total: number, incomplete: number } };

export type DashboardConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardConnectionsQuery = { connectionStats: { total: number, incomplete: number, environmentsNotConfigured: number, failingLastTest: number } };

export type DashboardAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAuditQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { id: string, at: string, actorLabel: string | null, action: string, summary: string } }> } };

export type IntegrationVersionFieldsFragment = { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string };

export type IntegrationCardFieldsFragment = { id: string, name: string, description: string, domainVertical: string, type: IntegrationType, provider: string, scope: IntegrationScope, configMode: ConfigMode, specUrl: string | null, connectionCount: number, canManage: boolean, createdAt: string, activeVersion: { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string } | null };

export type IntegrationDetailsFieldsFragment = { id: string, name: string, description: string, domainVertical: string, type: IntegrationType, provider: string, scope: IntegrationScope, configMode: ConfigMode, specUrl: string | null, connectionCount: number, canManage: boolean, createdAt: string, configs: Array<{ environment: string | null, baseUrl: string | null, testPath: string | null, authType: AuthType, settings: Record<string, unknown>, secretSettingsSet: Array<string> }>, versions: Array<{ id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string }>, activeVersion: { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string } | null };

export type IntegrationEnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationEnvironmentsQuery = { organization: { id: string, environments: Array<{ slug: string, name: string }> } };

export type IntegrationsQueryVariables = Exact<{
  filter?: IntegrationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IntegrationsQuery = { integrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, description: string, domainVertical: string, type: IntegrationType, provider: string, scope: IntegrationScope, configMode: ConfigMode, specUrl: string | null, connectionCount: number, canManage: boolean, createdAt: string, activeVersion: { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string } | null } }> } };

export type IntegrationDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type IntegrationDetailsQuery = { integration: { id: string, name: string, description: string, domainVertical: string, type: IntegrationType, provider: string, scope: IntegrationScope, configMode: ConfigMode, specUrl: string | null, connectionCount: number, canManage: boolean, createdAt: string, configs: Array<{ environment: string | null, baseUrl: string | null, testPath: string | null, authType: AuthType, settings: Record<string, unknown>, secretSettingsSet: Array<string> }>, versions: Array<{ id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string }>, activeVersion: { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string } | null } };

export type CreateIntegrationMutationVariables = Exact<{
  input: CreateIntegrationInput;
}>;


export type CreateIntegrationMutation = { createIntegration: { id: string, name: string, description: string, domainVertical: string, type: IntegrationType, provider: string, scope: IntegrationScope, configMode: ConfigMode, specUrl: string | null, connectionCount: number, canManage: boolean, createdAt: string, configs: Array<{ environment: string | null, baseUrl: string | null, testPath: string | null, authType: AuthType, settings: Record<string, unknown>, secretSettingsSet: Array<string> }>, versions: Array<{ id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string }>, activeVersion: { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string } | null } };

export type UpdateIntegrationMutationVariables = Exact<{
  id: string | number;
  input: UpdateIntegrationInput;
}>;


export type UpdateIntegrationMutation = { updateIntegration: { id: string, name: string, description: string, domainVertical: string, type: IntegrationType, provider: string, scope: IntegrationScope, configMode: ConfigMode, specUrl: string | null, connectionCount: number, canManage: boolean, createdAt: string, configs: Array<{ environment: string | null, baseUrl: string | null, testPath: string | null, authType: AuthType, settings: Record<string, unknown>, secretSettingsSet: Array<string> }>, versions: Array<{ id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string }>, activeVersion: { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string } | null } };

export type DeleteIntegrationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteIntegrationMutation = { deleteIntegration: string };

export type CreateIntegrationVersionMutationVariables = Exact<{
  integrationId: string | number;
  input: IntegrationVersionInput;
}>;


export type CreateIntegrationVersionMutation = { createIntegrationVersion: { id: string, name: string, description: string, domainVertical: string, type: IntegrationType, provider: string, scope: IntegrationScope, configMode: ConfigMode, specUrl: string | null, connectionCount: number, canManage: boolean, createdAt: string, configs: Array<{ environment: string | null, baseUrl: string | null, testPath: string | null, authType: AuthType, settings: Record<string, unknown>, secretSettingsSet: Array<string> }>, versions: Array<{ id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string }>, activeVersion: { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string } | null } };

export type SetIntegrationVersionStatusMutationVariables = Exact<{
  id: string | number;
  status: IntegrationVersionStatus;
}>;


export type SetIntegrationVersionStatusMutation = { setIntegrationVersionStatus: { id: string, name: string, description: string, domainVertical: string, type: IntegrationType, provider: string, scope: IntegrationScope, configMode: ConfigMode, specUrl: string | null, connectionCount: number, canManage: boolean, createdAt: string, configs: Array<{ environment: string | null, baseUrl: string | null, testPath: string | null, authType: AuthType, settings: Record<string, unknown>, secretSettingsSet: Array<string> }>, versions: Array<{ id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string }>, activeVersion: { id: string, label: string, status: IntegrationVersionStatus, specUrl: string | null, createdAt: string } | null } };

export type IntegrationSecretKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationSecretKeysQuery = { secrets: { edges: Array<{ node: { id: string, key: string } }> } };

export type OrganizationRowFieldsFragment = { id: string, name: string, slug: string, createdAt: string, memberCount: number, apiKeyCount: number, current: boolean };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { organizations: Array<{ id: string, name: string, slug: string, createdAt: string, memberCount: number, apiKeyCount: number, current: boolean }> };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, slug: string, createdAt: string, memberCount: number, apiKeyCount: number, current: boolean } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, slug: string, createdAt: string, memberCount: number, apiKeyCount: number, current: boolean } };

export type DeleteOrganizationMutationVariables = Exact<{
  id: string | number;
  confirmName: string;
}>;


export type DeleteOrganizationMutation = { deleteOrganization: boolean };

export type RoleFieldsFragment = { id: string, name: string, description: string, builtIn: boolean, permissions: Array<Permission>, usage: { members: number, apiKeys: number } };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { roles: Array<{ id: string, name: string, description: string, builtIn: boolean, permissions: Array<Permission>, usage: { members: number, apiKeys: number } }>, permissions: Array<{ area: string, permissions: Array<{ name: Permission, label: string, superAdminOnly: boolean }> }> };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, name: string, description: string, builtIn: boolean, permissions: Array<Permission>, usage: { members: number, apiKeys: number } } };

export type UpdateRoleMutationVariables = Exact<{
  id: string | number;
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, name: string, description: string, builtIn: boolean, permissions: Array<Permission>, usage: { members: number, apiKeys: number } } };

export type DeleteRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRoleMutation = { deleteRole: string };

export type SecretFieldsFragment = { id: string, key: string, reference: string, description: string, createdAt: string, createdBy: string | null, updatedAt: string, usePolicy: SecretUsePolicy, useRoles: Array<{ id: string, name: string }>, environments: Array<{ environment: string, version: number, updatedAt: string, updatedBy: string | null }> };

export type SecretVersionFieldsFragment = { environment: string, version: number, change: SecretChange, restoredFrom: number | null, current: boolean, createdAt: string, createdBy: string | null };

export type SecretEnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretEnvironmentsQuery = { organization: { id: string, environments: Array<{ slug: string, name: string }> } };

export type SecretUseRoleOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretUseRoleOptionsQuery = { secretUseRoleOptions: Array<{ id: string, name: string }> };

export type SecretsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SecretsQuery = { secrets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, key: string, reference: string, description: string, createdAt: string, createdBy: string | null, updatedAt: string, usePolicy: SecretUsePolicy, useRoles: Array<{ id: string, name: string }>, environments: Array<{ environment: string, version: number, updatedAt: string, updatedBy: string | null }> } }> } };

export type SecretDetailsQueryVariables = Exact<{
  key: string;
}>;


export type SecretDetailsQuery = { secret: { id: string, key: string, reference: string, description: string, createdAt: string, createdBy: string | null, updatedAt: string, usePolicy: SecretUsePolicy, versions: Array<{ environment: string, version: number, change: SecretChange, restoredFrom: number | null, current: boolean, createdAt: string, createdBy: string | null }>, useRoles: Array<{ id: string, name: string }>, environments: Array<{ environment: string, version: number, updatedAt: string, updatedBy: string | null }> } };

export type SecretReferencesQueryVariables = Exact<{
  key: string;
}>;


export type SecretReferencesQuery = { secret: { id: string, references: Array<{ ownerType: SecretReferenceOwnerType, ownerId: string, ownerName: string, environments: Array<string> }> } };

export type CreateSecretMutationVariables = Exact<{
  input: CreateSecretInput;
}>;


export type CreateSecretMutation = { createSecret: { id: string, key: string, reference: string, description: string, createdAt: string, createdBy: string | null, updatedAt: string, usePolicy: SecretUsePolicy, useRoles: Array<{ id: string, name: string }>, environments: Array<{ environment: string, version: number, updatedAt: string, updatedBy: string | null }> } };

export type UpdateSecretMutationVariables = Exact<{
  key: string;
  input: UpdateSecretInput;
}>;


export type UpdateSecretMutation = { updateSecret: { id: string, key: string, reference: string, description: string, createdAt: string, createdBy: string | null, updatedAt: string, usePolicy: SecretUsePolicy, versions: Array<{ environment: string, version: number, change: SecretChange, restoredFrom: number | null, current: boolean, createdAt: string, createdBy: string | null }>, useRoles: Array<{ id: string, name: string }>, environments: Array<{ environment: string, version: number, updatedAt: string, updatedBy: string | null }> } };

export type RestoreSecretVersionMutationVariables = Exact<{
  key: string;
  environment: string;
  version: number;
}>;


export type RestoreSecretVersionMutation = { restoreSecretVersion: { id: string, key: string, reference: string, description: string, createdAt: string, createdBy: string | null, updatedAt: string, usePolicy: SecretUsePolicy, versions: Array<{ environment: string, version: number, change: SecretChange, restoredFrom: number | null, current: boolean, createdAt: string, createdBy: string | null }>, useRoles: Array<{ id: string, name: string }>, environments: Array<{ environment: string, version: number, updatedAt: string, updatedBy: string | null }> } };

export type DeleteSecretMutationVariables = Exact<{
  key: string;
}>;


export type DeleteSecretMutation = { deleteSecret: { id: string, key: string } };

export type OrganizationSettingsFieldsFragment = { id: string, name: string, slug: string, environments: Array<{ slug: string, name: string }>, defaultRateLimit: { perMinute: number, perHour: number }, rateLimitCeiling: { perMinute: number, perHour: number } };

export type OrganizationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationSettingsQuery = { organization: { id: string, name: string, slug: string, environments: Array<{ slug: string, name: string }>, defaultRateLimit: { perMinute: number, perHour: number }, rateLimitCeiling: { perMinute: number, perHour: number } } };

export type UpdateOrganizationSettingsMutationVariables = Exact<{
  input: UpdateOrganizationSettingsInput;
}>;


export type UpdateOrganizationSettingsMutation = { updateOrganizationSettings: { id: string, name: string, slug: string, environments: Array<{ slug: string, name: string }>, defaultRateLimit: { perMinute: number, perHour: number }, rateLimitCeiling: { perMinute: number, perHour: number } } };

export type SsoProviderFieldsFragment = { id: string, displayName: string, issuer: string, clientId: string, allowedDomains: Array<string>, requireSso: boolean, redirectUri: string, memberCount: number, createdAt: string, updatedAt: string };

export type SsoProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoProvidersQuery = { ssoProviders: Array<{ id: string, displayName: string, issuer: string, clientId: string, allowedDomains: Array<string>, requireSso: boolean, redirectUri: string, memberCount: number, createdAt: string, updatedAt: string }> };

export type CreateSsoProviderMutationVariables = Exact<{
  input: CreateSsoProviderInput;
}>;


export type CreateSsoProviderMutation = { createSsoProvider: { id: string, displayName: string, issuer: string, clientId: string, allowedDomains: Array<string>, requireSso: boolean, redirectUri: string, memberCount: number, createdAt: string, updatedAt: string } };

export type UpdateSsoProviderMutationVariables = Exact<{
  id: string | number;
  input: UpdateSsoProviderInput;
}>;


export type UpdateSsoProviderMutation = { updateSsoProvider: { id: string, displayName: string, issuer: string, clientId: string, allowedDomains: Array<string>, requireSso: boolean, redirectUri: string, memberCount: number, createdAt: string, updatedAt: string } };

export type DeleteSsoProviderMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSsoProviderMutation = { deleteSsoProvider: string };

export type UserRowFieldsFragment = { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UserFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserFormOptionsQuery = { roles: Array<{ id: string, name: string, description: string, builtIn: boolean, permissions: Array<Permission> }>, signInMethods: Array<{ method: SignInMethod, provider: string | null, label: string }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

export type SetUserRolesMutationVariables = Exact<{
  id: string | number;
  roleIds: Array<string | number> | string | number;
}>;


export type SetUserRolesMutation = { setUserRoles: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

export type SetUsersRolesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  roleIds: Array<string | number> | string | number;
}>;


export type SetUsersRolesMutation = { setUsersRoles: Array<{ id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null }> };

export type DisableUsersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DisableUsersMutation = { disableUsers: Array<{ id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null }> };

export type EnableUsersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EnableUsersMutation = { enableUsers: Array<{ id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null }> };

export type DeleteUsersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DeleteUsersMutation = { deleteUsers: Array<string> };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

export const ApiKeyRowFieldsFragmentDoc = gql`
    fragment ApiKeyRowFields on ApiKey {
  id
  name
  description
  maskedKey
  status
  scopes
  scopePreset
  permissions
  rateLimit {
    perMinute
    perHour
  }
  rateLimitPerMinute
  rateLimitPerHour
  expiresAt
  expiringSoon
  lastUsedAt
  createdAt
  roles {
    id
    name
  }
  viewerCanManage
  viewerMissingPermissions
}
    `;
export const ApiKeyStatsFieldsFragmentDoc = gql`
    fragment ApiKeyStatsFields on ApiKeyStats {
  total
  active
  suspended
  revoked
  expired
  expiringSoon
  callsToday
}
    `;
export const AuditEventFieldsFragmentDoc = gql`
    fragment AuditEventFields on AuditEvent {
  id
  at
  actorType
  actorLabel
  action
  targetType
  targetId
  summary
  ip
  userAgent
}
    `;
export const ViewerFieldsFragmentDoc = gql`
    fragment ViewerFields on Viewer {
  id
  email
  displayName
  isSuperAdmin
  mustChangePassword
  permissions
  organization {
    id
    name
    slug
  }
}
    `;
export const ConnectionUserFieldsFragmentDoc = gql`
    fragment ConnectionUserFields on ConnectionUser {
  id
  displayName
  email
}
    `;
export const ConnectionCardFieldsFragmentDoc = gql`
    fragment ConnectionCardFields on Connection {
  id
  name
  visibility
  configuredCount
  environmentCount
  canManage
  createdAt
  owner {
    ...ConnectionUserFields
  }
  sharedWith {
    ...ConnectionUserFields
  }
  integration {
    id
    name
    type
    provider
  }
  environments {
    environment
    name
    configured
    lastTest {
      ok
      message
      at
    }
  }
}
    ${ConnectionUserFieldsFragmentDoc}`;
export const CredentialFieldFieldsFragmentDoc = gql`
    fragment CredentialFieldFields on CredentialField {
  key
  label
  kind
  required
  secret
  placeholder
  help
  options
}
    `;
export const ConnectionEnvironmentFieldsFragmentDoc = gql`
    fragment ConnectionEnvironmentFields on ConnectionEnvironment {
  environment
  name
  configured
  values
  secretFieldsSet
  missingSecrets
  fields {
    ...CredentialFieldFields
  }
  authType
  grantType
  tokenExpiresAt
  tokenScopes
  connectedAs
  updatedAt
  updatedBy {
    ...ConnectionUserFields
  }
  lastTest {
    ok
    message
    at
  }
}
    ${CredentialFieldFieldsFragmentDoc}
${ConnectionUserFieldsFragmentDoc}`;
export const ConnectionDetailsFieldsFragmentDoc = gql`
    fragment ConnectionDetailsFields on Connection {
  ...ConnectionCardFields
  fields {
    ...CredentialFieldFields
  }
  environments {
    ...ConnectionEnvironmentFields
  }
}
    ${ConnectionCardFieldsFragmentDoc}
${CredentialFieldFieldsFragmentDoc}
${ConnectionEnvironmentFieldsFragmentDoc}`;
export const IntegrationVersionFieldsFragmentDoc = gql`
    fragment IntegrationVersionFields on IntegrationVersion {
  id
  label
  status
  specUrl
  createdAt
}
    `;
export const IntegrationCardFieldsFragmentDoc = gql`
    fragment IntegrationCardFields on Integration {
  id
  name
  description
  domainVertical
  type
  provider
  scope
  configMode
  specUrl
  connectionCount
  canManage
  createdAt
  activeVersion {
    ...IntegrationVersionFields
  }
}
    ${IntegrationVersionFieldsFragmentDoc}`;
export const IntegrationDetailsFieldsFragmentDoc = gql`
    fragment IntegrationDetailsFields on Integration {
  ...IntegrationCardFields
  configs {
    environment
    baseUrl
    testPath
    authType
    settings
    secretSettingsSet
  }
  versions {
    ...IntegrationVersionFields
  }
}
    ${IntegrationCardFieldsFragmentDoc}
${IntegrationVersionFieldsFragmentDoc}`;
export const OrganizationRowFieldsFragmentDoc = gql`
    fragment OrganizationRowFields on OrganizationSummary {
  id
  name
  slug
  createdAt
  memberCount
  apiKeyCount
  current
}
    `;
export const RoleFieldsFragmentDoc = gql`
    fragment RoleFields on Role {
  id
  name
  description
  builtIn
  permissions
  usage {
    members
    apiKeys
  }
}
    `;
export const SecretFieldsFragmentDoc = gql`
    fragment SecretFields on Secret {
  id
  key
  reference
  description
  createdAt
  createdBy
  updatedAt
  usePolicy
  useRoles {
    id
    name
  }
  environments {
    environment
    version
    updatedAt
    updatedBy
  }
}
    `;
export const SecretVersionFieldsFragmentDoc = gql`
    fragment SecretVersionFields on SecretVersion {
  environment
  version
  change
  restoredFrom
  current
  createdAt
  createdBy
}
    `;
export const OrganizationSettingsFieldsFragmentDoc = gql`
    fragment OrganizationSettingsFields on Organization {
  id
  name
  slug
  environments {
    slug
    name
  }
  defaultRateLimit {
    perMinute
    perHour
  }
  rateLimitCeiling {
    perMinute
    perHour
  }
}
    `;
export const SsoProviderFieldsFragmentDoc = gql`
    fragment SsoProviderFields on SsoProvider {
  id
  displayName
  issuer
  clientId
  allowedDomains
  requireSso
  redirectUri
  memberCount
  createdAt
  updatedAt
}
    `;
export const UserRowFieldsFragmentDoc = gql`
    fragment UserRowFields on User {
  id
  email
  firstName
  lastName
  displayName
  signInMethod
  ssoProvider
  ssoProviderName
  status
  isSuperAdmin
  lastLoginAt
  createdAt
  roles {
    id
    name
  }
  invitation {
    sentAt
    expiresAt
    expired
  }
}
    `;
export const ViewerOrganizationsDocument = gql`
    query ViewerOrganizations {
  organizations {
    id
    name
    slug
    current
    viewerMembershipStatus
  }
}
    `;

/**
 * __useViewerOrganizationsQuery__
 *
 * To run a query within a React component, call `useViewerOrganizationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useViewerOrganizationsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useViewerOrganizationsQuery({
 *   variables: {
 *   },
 * });
 */
export function useViewerOrganizationsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ViewerOrganizationsQuery, ViewerOrganizationsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ViewerOrganizationsQuery, ViewerOrganizationsQueryVariables>(ViewerOrganizationsDocument, options);
      }
export function useViewerOrganizationsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ViewerOrganizationsQuery, ViewerOrganizationsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ViewerOrganizationsQuery, ViewerOrganizationsQueryVariables>(ViewerOrganizationsDocument, options);
        }
export function useViewerOrganizationsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ViewerOrganizationsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ViewerOrganizationsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ViewerOrganizationsQuery, ViewerOrganizationsQueryVariables>(ViewerOrganizationsDocument, options);
        }
export type ViewerOrganizationsQueryHookResult = ReturnType<typeof useViewerOrganizationsQuery>;
export type ViewerOrganizationsLazyQueryHookResult = ReturnType<typeof useViewerOrganizationsLazyQuery>;
export type ViewerOrganizationsSuspenseQueryHookResult = ReturnType<typeof useViewerOrganizationsSuspenseQuery>;
export type ViewerOrganizationsQueryResult = ApolloReactHooks.useQuery.Result<ViewerOrganizationsQuery, ViewerOrganizationsQueryVariables>;
export const SwitchOrganizationDocument = gql`
    mutation SwitchOrganization($id: ID!) {
  switchOrganization(id: $id) {
    ...ViewerFields
  }
}
    ${ViewerFieldsFragmentDoc}`;
export type SwitchOrganizationMutationFn = ApolloReactHooks.useMutation.MutationFunction<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>;

/**
 * __useSwitchOrganizationMutation__
 *
 * To run a mutation, you first call `useSwitchOrganizationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSwitchOrganizationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [switchOrganizationMutation, { data, loading, error }] = useSwitchOrganizationMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useSwitchOrganizationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>(SwitchOrganizationDocument, options);
      }
export type SwitchOrganizationMutationHookResult = ReturnType<typeof useSwitchOrganizationMutation>;
export type SwitchOrganizationMutationResult = ApolloReactHooks.useMutation.Result<SwitchOrganizationMutation>;
export type SwitchOrganizationMutationOptions = ApolloReactHooks.useMutation.Options<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>;
export const NodeTypesDocument = gql`
    query NodeTypes {
  nodeTypes {
    id
    label
    integrationType
  }
}
    `;

/**
 * __useNodeTypesQuery__
 *
 * To run a query within a React component, call `useNodeTypesQuery` and pass it any options that fit your needs.
 * When your component renders, `useNodeTypesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useNodeTypesQuery({
 *   variables: {
 *   },
 * });
 */
export function useNodeTypesQuery(baseOptions?: ApolloReactHooks.useQuery.Options<NodeTypesQuery, NodeTypesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<NodeTypesQuery, NodeTypesQueryVariables>(NodeTypesDocument, options);
      }
export function useNodeTypesLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<NodeTypesQuery, NodeTypesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<NodeTypesQuery, NodeTypesQueryVariables>(NodeTypesDocument, options);
        }
export function useNodeTypesSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<NodeTypesQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<NodeTypesQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<NodeTypesQuery, NodeTypesQueryVariables>(NodeTypesDocument, options);
        }
export type NodeTypesQueryHookResult = ReturnType<typeof useNodeTypesQuery>;
export type NodeTypesLazyQueryHookResult = ReturnType<typeof useNodeTypesLazyQuery>;
export type NodeTypesSuspenseQueryHookResult = ReturnType<typeof useNodeTypesSuspenseQuery>;
export type NodeTypesQueryResult = ApolloReactHooks.useQuery.Result<NodeTypesQuery, NodeTypesQueryVariables>;
export const CompatibleConnectionsDocument = gql`
    query CompatibleConnections($nodeType: NodeTypeId!) {
  connections(filter: {nodeType: $nodeType}, first: 100) {
    edges {
      node {
        id
        name
        visibility
        configuredCount
        environmentCount
        integration {
          id
          name
          type
        }
      }
    }
  }
}
    `;

/**
 * __useCompatibleConnectionsQuery__
 *
 * To run a query within a React component, call `useCompatibleConnectionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useCompatibleConnectionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCompatibleConnectionsQuery({
 *   variables: {
 *      nodeType: // value for 'nodeType'
 *   },
 * });
 */
export function useCompatibleConnectionsQuery(baseOptions: ApolloReactHooks.useQuery.Options<CompatibleConnectionsQuery, CompatibleConnectionsQueryVariables> & ({ variables: CompatibleConnectionsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<CompatibleConnectionsQuery, CompatibleConnectionsQueryVariables>(CompatibleConnectionsDocument, options);
      }
export function useCompatibleConnectionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<CompatibleConnectionsQuery, CompatibleConnectionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<CompatibleConnectionsQuery, CompatibleConnectionsQueryVariables>(CompatibleConnectionsDocument, options);
        }
export function useCompatibleConnectionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<CompatibleConnectionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<CompatibleConnectionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<CompatibleConnectionsQuery, CompatibleConnectionsQueryVariables>(CompatibleConnectionsDocument, options);
        }
export type CompatibleConnectionsQueryHookResult = ReturnType<typeof useCompatibleConnectionsQuery>;
export type CompatibleConnectionsLazyQueryHookResult = ReturnType<typeof useCompatibleConnectionsLazyQuery>;
export type CompatibleConnectionsSuspenseQueryHookResult = ReturnType<typeof useCompatibleConnectionsSuspenseQuery>;
export type CompatibleConnectionsQueryResult = ApolloReactHooks.useQuery.Result<CompatibleConnectionsQuery, CompatibleConnectionsQueryVariables>;
export const ApiKeysDocument = gql`
    query ApiKeys($filter: ApiKeyFilter, $first: Int, $after: String) {
  apiKeys(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ApiKeyRowFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;

/**
 * __useApiKeysQuery__
 *
 * To run a query within a React component, call `useApiKeysQuery` and pass it any options that fit your needs.
 * When your component renders, `useApiKeysQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useApiKeysQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useApiKeysQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ApiKeysQuery, ApiKeysQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ApiKeysQuery, ApiKeysQueryVariables>(ApiKeysDocument, options);
      }
export function useApiKeysLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ApiKeysQuery, ApiKeysQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ApiKeysQuery, ApiKeysQueryVariables>(ApiKeysDocument, options);
        }
export function useApiKeysSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ApiKeysQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ApiKeysQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ApiKeysQuery, ApiKeysQueryVariables>(ApiKeysDocument, options);
        }
export type ApiKeysQueryHookResult = ReturnType<typeof useApiKeysQuery>;
export type ApiKeysLazyQueryHookResult = ReturnType<typeof useApiKeysLazyQuery>;
export type ApiKeysSuspenseQueryHookResult = ReturnType<typeof useApiKeysSuspenseQuery>;
export type ApiKeysQueryResult = ApolloReactHooks.useQuery.Result<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiKeyStatsDocument = gql`
    query ApiKeyStats {
  apiKeyStats {
    ...ApiKeyStatsFields
  }
}
    ${ApiKeyStatsFieldsFragmentDoc}`;

/**
 * __useApiKeyStatsQuery__
 *
 * To run a query within a React component, call `useApiKeyStatsQuery` and pass it any options that fit your needs.
 * When your component renders, `useApiKeyStatsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useApiKeyStatsQuery({
 *   variables: {
 *   },
 * });
 */
export function useApiKeyStatsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ApiKeyStatsQuery, ApiKeyStatsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ApiKeyStatsQuery, ApiKeyStatsQueryVariables>(ApiKeyStatsDocument, options);
      }
export function useApiKeyStatsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ApiKeyStatsQuery, ApiKeyStatsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ApiKeyStatsQuery, ApiKeyStatsQueryVariables>(ApiKeyStatsDocument, options);
        }
export function useApiKeyStatsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ApiKeyStatsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ApiKeyStatsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ApiKeyStatsQuery, ApiKeyStatsQueryVariables>(ApiKeyStatsDocument, options);
        }
export type ApiKeyStatsQueryHookResult = ReturnType<typeof useApiKeyStatsQuery>;
export type ApiKeyStatsLazyQueryHookResult = ReturnType<typeof useApiKeyStatsLazyQuery>;
export type ApiKeyStatsSuspenseQueryHookResult = ReturnType<typeof useApiKeyStatsSuspenseQuery>;
export type ApiKeyStatsQueryResult = ApolloReactHooks.useQuery.Result<ApiKeyStatsQuery, ApiKeyStatsQueryVariables>;
export const ApiKeyDetailsDocument = gql`
    query ApiKeyDetails($id: ID!) {
  apiKey(id: $id) {
    ...ApiKeyRowFields
    rolledAt
    previousKeyValidUntil
    suspendedAt
    revokedAt
    createdBy {
      id
      displayName
      email
    }
    usage(days: 30) {
      day
      requests
      failures
      rateLimited
    }
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;

/**
 * __useApiKeyDetailsQuery__
 *
 * To run a query within a React component, call `useApiKeyDetailsQuery` and pass it any options that fit your needs.
 * When your component renders, `useApiKeyDetailsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useApiKeyDetailsQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useApiKeyDetailsQuery(baseOptions: ApolloReactHooks.useQuery.Options<ApiKeyDetailsQuery, ApiKeyDetailsQueryVariables> & ({ variables: ApiKeyDetailsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ApiKeyDetailsQuery, ApiKeyDetailsQueryVariables>(ApiKeyDetailsDocument, options);
      }
export function useApiKeyDetailsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ApiKeyDetailsQuery, ApiKeyDetailsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ApiKeyDetailsQuery, ApiKeyDetailsQueryVariables>(ApiKeyDetailsDocument, options);
        }
export function useApiKeyDetailsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ApiKeyDetailsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ApiKeyDetailsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ApiKeyDetailsQuery, ApiKeyDetailsQueryVariables>(ApiKeyDetailsDocument, options);
        }
export type ApiKeyDetailsQueryHookResult = ReturnType<typeof useApiKeyDetailsQuery>;
export type ApiKeyDetailsLazyQueryHookResult = ReturnType<typeof useApiKeyDetailsLazyQuery>;
export type ApiKeyDetailsSuspenseQueryHookResult = ReturnType<typeof useApiKeyDetailsSuspenseQuery>;
export type ApiKeyDetailsQueryResult = ApolloReactHooks.useQuery.Result<ApiKeyDetailsQuery, ApiKeyDetailsQueryVariables>;
export const ApiKeyFormRolesDocument = gql`
    query ApiKeyFormRoles {
  roles {
    id
    name
    description
    builtIn
    permissions
  }
}
    `;

/**
 * __useApiKeyFormRolesQuery__
 *
 * To run a query within a React component, call `useApiKeyFormRolesQuery` and pass it any options that fit your needs.
 * When your component renders, `useApiKeyFormRolesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useApiKeyFormRolesQuery({
 *   variables: {
 *   },
 * });
 */
export function useApiKeyFormRolesQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ApiKeyFormRolesQuery, ApiKeyFormRolesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ApiKeyFormRolesQuery, ApiKeyFormRolesQueryVariables>(ApiKeyFormRolesDocument, options);
      }
export function useApiKeyFormRolesLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ApiKeyFormRolesQuery, ApiKeyFormRolesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ApiKeyFormRolesQuery, ApiKeyFormRolesQueryVariables>(ApiKeyFormRolesDocument, options);
        }
export function useApiKeyFormRolesSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ApiKeyFormRolesQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ApiKeyFormRolesQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ApiKeyFormRolesQuery, ApiKeyFormRolesQueryVariables>(ApiKeyFormRolesDocument, options);
        }
export type ApiKeyFormRolesQueryHookResult = ReturnType<typeof useApiKeyFormRolesQuery>;
export type ApiKeyFormRolesLazyQueryHookResult = ReturnType<typeof useApiKeyFormRolesLazyQuery>;
export type ApiKeyFormRolesSuspenseQueryHookResult = ReturnType<typeof useApiKeyFormRolesSuspenseQuery>;
export type ApiKeyFormRolesQueryResult = ApolloReactHooks.useQuery.Result<ApiKeyFormRolesQuery, ApiKeyFormRolesQueryVariables>;
export const ApiKeyRateLimitBoundsDocument = gql`
    query ApiKeyRateLimitBounds {
  organization {
    id
    defaultRateLimit {
      perMinute
      perHour
    }
    rateLimitCeiling {
      perMinute
      perHour
    }
  }
}
    `;

/**
 * __useApiKeyRateLimitBoundsQuery__
 *
 * To run a query within a React component, call `useApiKeyRateLimitBoundsQuery` and pass it any options that fit your needs.
 * When your component renders, `useApiKeyRateLimitBoundsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useApiKeyRateLimitBoundsQuery({
 *   variables: {
 *   },
 * });
 */
export function useApiKeyRateLimitBoundsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ApiKeyRateLimitBoundsQuery, ApiKeyRateLimitBoundsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ApiKeyRateLimitBoundsQuery, ApiKeyRateLimitBoundsQueryVariables>(ApiKeyRateLimitBoundsDocument, options);
      }
export function useApiKeyRateLimitBoundsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ApiKeyRateLimitBoundsQuery, ApiKeyRateLimitBoundsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ApiKeyRateLimitBoundsQuery, ApiKeyRateLimitBoundsQueryVariables>(ApiKeyRateLimitBoundsDocument, options);
        }
export function useApiKeyRateLimitBoundsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ApiKeyRateLimitBoundsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ApiKeyRateLimitBoundsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ApiKeyRateLimitBoundsQuery, ApiKeyRateLimitBoundsQueryVariables>(ApiKeyRateLimitBoundsDocument, options);
        }
export type ApiKeyRateLimitBoundsQueryHookResult = ReturnType<typeof useApiKeyRateLimitBoundsQuery>;
export type ApiKeyRateLimitBoundsLazyQueryHookResult = ReturnType<typeof useApiKeyRateLimitBoundsLazyQuery>;
export type ApiKeyRateLimitBoundsSuspenseQueryHookResult = ReturnType<typeof useApiKeyRateLimitBoundsSuspenseQuery>;
export type ApiKeyRateLimitBoundsQueryResult = ApolloReactHooks.useQuery.Result<ApiKeyRateLimitBoundsQuery, ApiKeyRateLimitBoundsQueryVariables>;
export const CreateApiKeyDocument = gql`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      ...ApiKeyRowFields
    }
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;
export type CreateApiKeyMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateApiKeyMutation, CreateApiKeyMutationVariables>;

/**
 * __useCreateApiKeyMutation__
 *
 * To run a mutation, you first call `useCreateApiKeyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateApiKeyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createApiKeyMutation, { data, loading, error }] = useCreateApiKeyMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateApiKeyMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateApiKeyMutation, CreateApiKeyMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateApiKeyMutation, CreateApiKeyMutationVariables>(CreateApiKeyDocument, options);
      }
export type CreateApiKeyMutationHookResult = ReturnType<typeof useCreateApiKeyMutation>;
export type CreateApiKeyMutationResult = ApolloReactHooks.useMutation.Result<CreateApiKeyMutation>;
export type CreateApiKeyMutationOptions = ApolloReactHooks.useMutation.Options<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const UpdateApiKeyDocument = gql`
    mutation UpdateApiKey($id: ID!, $input: UpdateApiKeyInput!) {
  updateApiKey(id: $id, input: $input) {
    ...ApiKeyRowFields
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;
export type UpdateApiKeyMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateApiKeyMutation, UpdateApiKeyMutationVariables>;

/**
 * __useUpdateApiKeyMutation__
 *
 * To run a mutation, you first call `useUpdateApiKeyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateApiKeyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateApiKeyMutation, { data, loading, error }] = useUpdateApiKeyMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateApiKeyMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateApiKeyMutation, UpdateApiKeyMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateApiKeyMutation, UpdateApiKeyMutationVariables>(UpdateApiKeyDocument, options);
      }
export type UpdateApiKeyMutationHookResult = ReturnType<typeof useUpdateApiKeyMutation>;
export type UpdateApiKeyMutationResult = ApolloReactHooks.useMutation.Result<UpdateApiKeyMutation>;
export type UpdateApiKeyMutationOptions = ApolloReactHooks.useMutation.Options<UpdateApiKeyMutation, UpdateApiKeyMutationVariables>;
export const SetApiKeyRateLimitDocument = gql`
    mutation SetApiKeyRateLimit($id: ID!, $input: ApiKeyRateLimitInput!) {
  setApiKeyRateLimit(id: $id, input: $input) {
    ...ApiKeyRowFields
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;
export type SetApiKeyRateLimitMutationFn = ApolloReactHooks.useMutation.MutationFunction<SetApiKeyRateLimitMutation, SetApiKeyRateLimitMutationVariables>;

/**
 * __useSetApiKeyRateLimitMutation__
 *
 * To run a mutation, you first call `useSetApiKeyRateLimitMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetApiKeyRateLimitMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setApiKeyRateLimitMutation, { data, loading, error }] = useSetApiKeyRateLimitMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useSetApiKeyRateLimitMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SetApiKeyRateLimitMutation, SetApiKeyRateLimitMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetApiKeyRateLimitMutation, SetApiKeyRateLimitMutationVariables>(SetApiKeyRateLimitDocument, options);
      }
export type SetApiKeyRateLimitMutationHookResult = ReturnType<typeof useSetApiKeyRateLimitMutation>;
export type SetApiKeyRateLimitMutationResult = ApolloReactHooks.useMutation.Result<SetApiKeyRateLimitMutation>;
export type SetApiKeyRateLimitMutationOptions = ApolloReactHooks.useMutation.Options<SetApiKeyRateLimitMutation, SetApiKeyRateLimitMutationVariables>;
export const SuspendApiKeyDocument = gql`
    mutation SuspendApiKey($id: ID!) {
  suspendApiKey(id: $id) {
    ...ApiKeyRowFields
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;
export type SuspendApiKeyMutationFn = ApolloReactHooks.useMutation.MutationFunction<SuspendApiKeyMutation, SuspendApiKeyMutationVariables>;

/**
 * __useSuspendApiKeyMutation__
 *
 * To run a mutation, you first call `useSuspendApiKeyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSuspendApiKeyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [suspendApiKeyMutation, { data, loading, error }] = useSuspendApiKeyMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useSuspendApiKeyMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SuspendApiKeyMutation, SuspendApiKeyMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SuspendApiKeyMutation, SuspendApiKeyMutationVariables>(SuspendApiKeyDocument, options);
      }
export type SuspendApiKeyMutationHookResult = ReturnType<typeof useSuspendApiKeyMutation>;
export type SuspendApiKeyMutationResult = ApolloReactHooks.useMutation.Result<SuspendApiKeyMutation>;
export type SuspendApiKeyMutationOptions = ApolloReactHooks.useMutation.Options<SuspendApiKeyMutation, SuspendApiKeyMutationVariables>;
export const ResumeApiKeyDocument = gql`
    mutation ResumeApiKey($id: ID!) {
  resumeApiKey(id: $id) {
    ...ApiKeyRowFields
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;
export type ResumeApiKeyMutationFn = ApolloReactHooks.useMutation.MutationFunction<ResumeApiKeyMutation, ResumeApiKeyMutationVariables>;

/**
 * __useResumeApiKeyMutation__
 *
 * To run a mutation, you first call `useResumeApiKeyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useResumeApiKeyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [resumeApiKeyMutation, { data, loading, error }] = useResumeApiKeyMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useResumeApiKeyMutation(baseOptions?: ApolloReactHooks.useMutation.Options<ResumeApiKeyMutation, ResumeApiKeyMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ResumeApiKeyMutation, ResumeApiKeyMutationVariables>(ResumeApiKeyDocument, options);
      }
export type ResumeApiKeyMutationHookResult = ReturnType<typeof useResumeApiKeyMutation>;
export type ResumeApiKeyMutationResult = ApolloReactHooks.useMutation.Result<ResumeApiKeyMutation>;
export type ResumeApiKeyMutationOptions = ApolloReactHooks.useMutation.Options<ResumeApiKeyMutation, ResumeApiKeyMutationVariables>;
export const RevokeApiKeyDocument = gql`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeyRowFields
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;
export type RevokeApiKeyMutationFn = ApolloReactHooks.useMutation.MutationFunction<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;

/**
 * __useRevokeApiKeyMutation__
 *
 * To run a mutation, you first call `useRevokeApiKeyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRevokeApiKeyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [revokeApiKeyMutation, { data, loading, error }] = useRevokeApiKeyMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useRevokeApiKeyMutation(baseOptions?: ApolloReactHooks.useMutation.Options<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>(RevokeApiKeyDocument, options);
      }
export type RevokeApiKeyMutationHookResult = ReturnType<typeof useRevokeApiKeyMutation>;
export type RevokeApiKeyMutationResult = ApolloReactHooks.useMutation.Result<RevokeApiKeyMutation>;
export type RevokeApiKeyMutationOptions = ApolloReactHooks.useMutation.Options<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const DeleteApiKeyDocument = gql`
    mutation DeleteApiKey($id: ID!) {
  deleteApiKey(id: $id)
}
    `;
export type DeleteApiKeyMutationFn = ApolloReactHooks.useMutation.MutationFunction<DeleteApiKeyMutation, DeleteApiKeyMutationVariables>;

/**
 * __useDeleteApiKeyMutation__
 *
 * To run a mutation, you first call `useDeleteApiKeyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteApiKeyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteApiKeyMutation, { data, loading, error }] = useDeleteApiKeyMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteApiKeyMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DeleteApiKeyMutation, DeleteApiKeyMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteApiKeyMutation, DeleteApiKeyMutationVariables>(DeleteApiKeyDocument, options);
      }
export type DeleteApiKeyMutationHookResult = ReturnType<typeof useDeleteApiKeyMutation>;
export type DeleteApiKeyMutationResult = ApolloReactHooks.useMutation.Result<DeleteApiKeyMutation>;
export type DeleteApiKeyMutationOptions = ApolloReactHooks.useMutation.Options<DeleteApiKeyMutation, DeleteApiKeyMutationVariables>;
export const RollApiKeyDocument = gql`
    mutation RollApiKey($id: ID!, $gracePeriodMinutes: Int!) {
  rollApiKey(id: $id, gracePeriodMinutes: $gracePeriodMinutes) {
    token
    apiKey {
      ...ApiKeyRowFields
    }
  }
}
    ${ApiKeyRowFieldsFragmentDoc}`;
export type RollApiKeyMutationFn = ApolloReactHooks.useMutation.MutationFunction<RollApiKeyMutation, RollApiKeyMutationVariables>;

/**
 * __useRollApiKeyMutation__
 *
 * To run a mutation, you first call `useRollApiKeyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRollApiKeyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [rollApiKeyMutation, { data, loading, error }] = useRollApiKeyMutation({
 *   variables: {
 *      id: // value for 'id'
 *      gracePeriodMinutes: // value for 'gracePeriodMinutes'
 *   },
 * });
 */
export function useRollApiKeyMutation(baseOptions?: ApolloReactHooks.useMutation.Options<RollApiKeyMutation, RollApiKeyMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RollApiKeyMutation, RollApiKeyMutationVariables>(RollApiKeyDocument, options);
      }
export type RollApiKeyMutationHookResult = ReturnType<typeof useRollApiKeyMutation>;
export type RollApiKeyMutationResult = ApolloReactHooks.useMutation.Result<RollApiKeyMutation>;
export type RollApiKeyMutationOptions = ApolloReactHooks.useMutation.Options<RollApiKeyMutation, RollApiKeyMutationVariables>;
export const AuditEventsDocument = gql`
    query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...AuditEventFields
      }
    }
  }
}
    ${AuditEventFieldsFragmentDoc}`;

/**
 * __useAuditEventsQuery__
 *
 * To run a query within a React component, call `useAuditEventsQuery` and pass it any options that fit your needs.
 * When your component renders, `useAuditEventsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAuditEventsQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useAuditEventsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<AuditEventsQuery, AuditEventsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<AuditEventsQuery, AuditEventsQueryVariables>(AuditEventsDocument, options);
      }
export function useAuditEventsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<AuditEventsQuery, AuditEventsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<AuditEventsQuery, AuditEventsQueryVariables>(AuditEventsDocument, options);
        }
export function useAuditEventsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<AuditEventsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<AuditEventsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<AuditEventsQuery, AuditEventsQueryVariables>(AuditEventsDocument, options);
        }
export type AuditEventsQueryHookResult = ReturnType<typeof useAuditEventsQuery>;
export type AuditEventsLazyQueryHookResult = ReturnType<typeof useAuditEventsLazyQuery>;
export type AuditEventsSuspenseQueryHookResult = ReturnType<typeof useAuditEventsSuspenseQuery>;
export type AuditEventsQueryResult = ApolloReactHooks.useQuery.Result<AuditEventsQuery, AuditEventsQueryVariables>;
export const ViewerDocument = gql`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    ${ViewerFieldsFragmentDoc}`;

/**
 * __useViewerQuery__
 *
 * To run a query within a React component, call `useViewerQuery` and pass it any options that fit your needs.
 * When your component renders, `useViewerQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useViewerQuery({
 *   variables: {
 *   },
 * });
 */
export function useViewerQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ViewerQuery, ViewerQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
      }
export function useViewerLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ViewerQuery, ViewerQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
        }
export function useViewerSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ViewerQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ViewerQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
        }
export type ViewerQueryHookResult = ReturnType<typeof useViewerQuery>;
export type ViewerLazyQueryHookResult = ReturnType<typeof useViewerLazyQuery>;
export type ViewerSuspenseQueryHookResult = ReturnType<typeof useViewerSuspenseQuery>;
export type ViewerQueryResult = ApolloReactHooks.useQuery.Result<ViewerQuery, ViewerQueryVariables>;
export const SetupStatusDocument = gql`
    query SetupStatus {
  setupStatus {
    needsFirstAdmin
  }
}
    `;

/**
 * __useSetupStatusQuery__
 *
 * To run a query within a React component, call `useSetupStatusQuery` and pass it any options that fit your needs.
 * When your component renders, `useSetupStatusQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSetupStatusQuery({
 *   variables: {
 *   },
 * });
 */
export function useSetupStatusQuery(baseOptions?: ApolloReactHooks.useQuery.Options<SetupStatusQuery, SetupStatusQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SetupStatusQuery, SetupStatusQueryVariables>(SetupStatusDocument, options);
      }
export function useSetupStatusLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SetupStatusQuery, SetupStatusQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SetupStatusQuery, SetupStatusQueryVariables>(SetupStatusDocument, options);
        }
export function useSetupStatusSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SetupStatusQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SetupStatusQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SetupStatusQuery, SetupStatusQueryVariables>(SetupStatusDocument, options);
        }
export type SetupStatusQueryHookResult = ReturnType<typeof useSetupStatusQuery>;
export type SetupStatusLazyQueryHookResult = ReturnType<typeof useSetupStatusLazyQuery>;
export type SetupStatusSuspenseQueryHookResult = ReturnType<typeof useSetupStatusSuspenseQuery>;
export type SetupStatusQueryResult = ApolloReactHooks.useQuery.Result<SetupStatusQuery, SetupStatusQueryVariables>;
export const SignInDocument = gql`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...ViewerFields
  }
}
    ${ViewerFieldsFragmentDoc}`;
export type SignInMutationFn = ApolloReactHooks.useMutation.MutationFunction<SignInMutation, SignInMutationVariables>;

/**
 * __useSignInMutation__
 *
 * To run a mutation, you first call `useSignInMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSignInMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [signInMutation, { data, loading, error }] = useSignInMutation({
 *   variables: {
 *      email: // value for 'email'
 *      password: // value for 'password'
 *   },
 * });
 */
export function useSignInMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SignInMutation, SignInMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SignInMutation, SignInMutationVariables>(SignInDocument, options);
      }
export type SignInMutationHookResult = ReturnType<typeof useSignInMutation>;
export type SignInMutationResult = ApolloReactHooks.useMutation.Result<SignInMutation>;
export type SignInMutationOptions = ApolloReactHooks.useMutation.Options<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = gql`
    mutation SignOut {
  signOut
}
    `;
export type SignOutMutationFn = ApolloReactHooks.useMutation.MutationFunction<SignOutMutation, SignOutMutationVariables>;

/**
 * __useSignOutMutation__
 *
 * To run a mutation, you first call `useSignOutMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSignOutMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [signOutMutation, { data, loading, error }] = useSignOutMutation({
 *   variables: {
 *   },
 * });
 */
export function useSignOutMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SignOutMutation, SignOutMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SignOutMutation, SignOutMutationVariables>(SignOutDocument, options);
      }
export type SignOutMutationHookResult = ReturnType<typeof useSignOutMutation>;
export type SignOutMutationResult = ApolloReactHooks.useMutation.Result<SignOutMutation>;
export type SignOutMutationOptions = ApolloReactHooks.useMutation.Options<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = gql`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `;
export type ChangePasswordMutationFn = ApolloReactHooks.useMutation.MutationFunction<ChangePasswordMutation, ChangePasswordMutationVariables>;

/**
 * __useChangePasswordMutation__
 *
 * To run a mutation, you first call `useChangePasswordMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useChangePasswordMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [changePasswordMutation, { data, loading, error }] = useChangePasswordMutation({
 *   variables: {
 *      currentPassword: // value for 'currentPassword'
 *      newPassword: // value for 'newPassword'
 *   },
 * });
 */
export function useChangePasswordMutation(baseOptions?: ApolloReactHooks.useMutation.Options<ChangePasswordMutation, ChangePasswordMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ChangePasswordMutation, ChangePasswordMutationVariables>(ChangePasswordDocument, options);
      }
export type ChangePasswordMutationHookResult = ReturnType<typeof useChangePasswordMutation>;
export type ChangePasswordMutationResult = ApolloReactHooks.useMutation.Result<ChangePasswordMutation>;
export type ChangePasswordMutationOptions = ApolloReactHooks.useMutation.Options<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CreateFirstAdminDocument = gql`
    mutation CreateFirstAdmin($input: CreateFirstAdminInput!) {
  createFirstAdmin(input: $input) {
    ...ViewerFields
  }
}
    ${ViewerFieldsFragmentDoc}`;
export type CreateFirstAdminMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>;

/**
 * __useCreateFirstAdminMutation__
 *
 * To run a mutation, you first call `useCreateFirstAdminMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateFirstAdminMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createFirstAdminMutation, { data, loading, error }] = useCreateFirstAdminMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateFirstAdminMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>(CreateFirstAdminDocument, options);
      }
export type CreateFirstAdminMutationHookResult = ReturnType<typeof useCreateFirstAdminMutation>;
export type CreateFirstAdminMutationResult = ApolloReactHooks.useMutation.Result<CreateFirstAdminMutation>;
export type CreateFirstAdminMutationOptions = ApolloReactHooks.useMutation.Options<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>;
export const SignInOptionsDocument = gql`
    query SignInOptions($email: String!) {
  signInOptions(email: $email) {
    password
    providers {
      id
      displayName
      startUrl
    }
  }
}
    `;

/**
 * __useSignInOptionsQuery__
 *
 * To run a query within a React component, call `useSignInOptionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSignInOptionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSignInOptionsQuery({
 *   variables: {
 *      email: // value for 'email'
 *   },
 * });
 */
export function useSignInOptionsQuery(baseOptions: ApolloReactHooks.useQuery.Options<SignInOptionsQuery, SignInOptionsQueryVariables> & ({ variables: SignInOptionsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SignInOptionsQuery, SignInOptionsQueryVariables>(SignInOptionsDocument, options);
      }
export function useSignInOptionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SignInOptionsQuery, SignInOptionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SignInOptionsQuery, SignInOptionsQueryVariables>(SignInOptionsDocument, options);
        }
export function useSignInOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SignInOptionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SignInOptionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SignInOptionsQuery, SignInOptionsQueryVariables>(SignInOptionsDocument, options);
        }
export type SignInOptionsQueryHookResult = ReturnType<typeof useSignInOptionsQuery>;
export type SignInOptionsLazyQueryHookResult = ReturnType<typeof useSignInOptionsLazyQuery>;
export type SignInOptionsSuspenseQueryHookResult = ReturnType<typeof useSignInOptionsSuspenseQuery>;
export type SignInOptionsQueryResult = ApolloReactHooks.useQuery.Result<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const InvitationPreviewDocument = gql`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    email
    organizationName
    existingAccount
    expiresAt
    signInMethod
    ssoProvider {
      id
      displayName
      startUrl
    }
  }
}
    `;

/**
 * __useInvitationPreviewQuery__
 *
 * To run a query within a React component, call `useInvitationPreviewQuery` and pass it any options that fit your needs.
 * When your component renders, `useInvitationPreviewQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useInvitationPreviewQuery({
 *   variables: {
 *      token: // value for 'token'
 *   },
 * });
 */
export function useInvitationPreviewQuery(baseOptions: ApolloReactHooks.useQuery.Options<InvitationPreviewQuery, InvitationPreviewQueryVariables> & ({ variables: InvitationPreviewQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<InvitationPreviewQuery, InvitationPreviewQueryVariables>(InvitationPreviewDocument, options);
      }
export function useInvitationPreviewLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<InvitationPreviewQuery, InvitationPreviewQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<InvitationPreviewQuery, InvitationPreviewQueryVariables>(InvitationPreviewDocument, options);
        }
export function useInvitationPreviewSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<InvitationPreviewQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<InvitationPreviewQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<InvitationPreviewQuery, InvitationPreviewQueryVariables>(InvitationPreviewDocument, options);
        }
export type InvitationPreviewQueryHookResult = ReturnType<typeof useInvitationPreviewQuery>;
export type InvitationPreviewLazyQueryHookResult = ReturnType<typeof useInvitationPreviewLazyQuery>;
export type InvitationPreviewSuspenseQueryHookResult = ReturnType<typeof useInvitationPreviewSuspenseQuery>;
export type InvitationPreviewQueryResult = ApolloReactHooks.useQuery.Result<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = gql`
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    ...ViewerFields
  }
}
    ${ViewerFieldsFragmentDoc}`;
export type AcceptInvitationMutationFn = ApolloReactHooks.useMutation.MutationFunction<AcceptInvitationMutation, AcceptInvitationMutationVariables>;

/**
 * __useAcceptInvitationMutation__
 *
 * To run a mutation, you first call `useAcceptInvitationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAcceptInvitationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [acceptInvitationMutation, { data, loading, error }] = useAcceptInvitationMutation({
 *   variables: {
 *      token: // value for 'token'
 *      password: // value for 'password'
 *   },
 * });
 */
export function useAcceptInvitationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<AcceptInvitationMutation, AcceptInvitationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<AcceptInvitationMutation, AcceptInvitationMutationVariables>(AcceptInvitationDocument, options);
      }
export type AcceptInvitationMutationHookResult = ReturnType<typeof useAcceptInvitationMutation>;
export type AcceptInvitationMutationResult = ApolloReactHooks.useMutation.Result<AcceptInvitationMutation>;
export type AcceptInvitationMutationOptions = ApolloReactHooks.useMutation.Options<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ConnectionsDocument = gql`
    query Connections($filter: ConnectionFilter, $first: Int, $after: String) {
  connections(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ConnectionCardFields
      }
    }
  }
}
    ${ConnectionCardFieldsFragmentDoc}`;

/**
 * __useConnectionsQuery__
 *
 * To run a query within a React component, call `useConnectionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useConnectionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useConnectionsQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useConnectionsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ConnectionsQuery, ConnectionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ConnectionsQuery, ConnectionsQueryVariables>(ConnectionsDocument, options);
      }
export function useConnectionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ConnectionsQuery, ConnectionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ConnectionsQuery, ConnectionsQueryVariables>(ConnectionsDocument, options);
        }
export function useConnectionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ConnectionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ConnectionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ConnectionsQuery, ConnectionsQueryVariables>(ConnectionsDocument, options);
        }
export type ConnectionsQueryHookResult = ReturnType<typeof useConnectionsQuery>;
export type ConnectionsLazyQueryHookResult = ReturnType<typeof useConnectionsLazyQuery>;
export type ConnectionsSuspenseQueryHookResult = ReturnType<typeof useConnectionsSuspenseQuery>;
export type ConnectionsQueryResult = ApolloReactHooks.useQuery.Result<ConnectionsQuery, ConnectionsQueryVariables>;
export const ConnectionDetailsDocument = gql`
    query ConnectionDetails($id: ID!) {
  connection(id: $id) {
    ...ConnectionDetailsFields
  }
}
    ${ConnectionDetailsFieldsFragmentDoc}`;

/**
 * __useConnectionDetailsQuery__
 *
 * To run a query within a React component, call `useConnectionDetailsQuery` and pass it any options that fit your needs.
 * When your component renders, `useConnectionDetailsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useConnectionDetailsQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useConnectionDetailsQuery(baseOptions: ApolloReactHooks.useQuery.Options<ConnectionDetailsQuery, ConnectionDetailsQueryVariables> & ({ variables: ConnectionDetailsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ConnectionDetailsQuery, ConnectionDetailsQueryVariables>(ConnectionDetailsDocument, options);
      }
export function useConnectionDetailsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ConnectionDetailsQuery, ConnectionDetailsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ConnectionDetailsQuery, ConnectionDetailsQueryVariables>(ConnectionDetailsDocument, options);
        }
export function useConnectionDetailsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ConnectionDetailsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ConnectionDetailsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ConnectionDetailsQuery, ConnectionDetailsQueryVariables>(ConnectionDetailsDocument, options);
        }
export type ConnectionDetailsQueryHookResult = ReturnType<typeof useConnectionDetailsQuery>;
export type ConnectionDetailsLazyQueryHookResult = ReturnType<typeof useConnectionDetailsLazyQuery>;
export type ConnectionDetailsSuspenseQueryHookResult = ReturnType<typeof useConnectionDetailsSuspenseQuery>;
export type ConnectionDetailsQueryResult = ApolloReactHooks.useQuery.Result<ConnectionDetailsQuery, ConnectionDetailsQueryVariables>;
export const ConnectionIntegrationOptionsDocument = gql`
    query ConnectionIntegrationOptions($search: String) {
  integrations(filter: {search: $search}, first: 50) {
    edges {
      node {
        id
        name
        description
        type
        provider
        scope
      }
    }
  }
}
    `;

/**
 * __useConnectionIntegrationOptionsQuery__
 *
 * To run a query within a React component, call `useConnectionIntegrationOptionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useConnectionIntegrationOptionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useConnectionIntegrationOptionsQuery({
 *   variables: {
 *      search: // value for 'search'
 *   },
 * });
 */
export function useConnectionIntegrationOptionsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ConnectionIntegrationOptionsQuery, ConnectionIntegrationOptionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ConnectionIntegrationOptionsQuery, ConnectionIntegrationOptionsQueryVariables>(ConnectionIntegrationOptionsDocument, options);
      }
export function useConnectionIntegrationOptionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ConnectionIntegrationOptionsQuery, ConnectionIntegrationOptionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ConnectionIntegrationOptionsQuery, ConnectionIntegrationOptionsQueryVariables>(ConnectionIntegrationOptionsDocument, options);
        }
export function useConnectionIntegrationOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ConnectionIntegrationOptionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ConnectionIntegrationOptionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ConnectionIntegrationOptionsQuery, ConnectionIntegrationOptionsQueryVariables>(ConnectionIntegrationOptionsDocument, options);
        }
export type ConnectionIntegrationOptionsQueryHookResult = ReturnType<typeof useConnectionIntegrationOptionsQuery>;
export type ConnectionIntegrationOptionsLazyQueryHookResult = ReturnType<typeof useConnectionIntegrationOptionsLazyQuery>;
export type ConnectionIntegrationOptionsSuspenseQueryHookResult = ReturnType<typeof useConnectionIntegrationOptionsSuspenseQuery>;
export type ConnectionIntegrationOptionsQueryResult = ApolloReactHooks.useQuery.Result<ConnectionIntegrationOptionsQuery, ConnectionIntegrationOptionsQueryVariables>;
export const ConnectionSecretKeysDocument = gql`
    query ConnectionSecretKeys {
  secrets(first: 100) {
    edges {
      node {
        id
        key
      }
    }
  }
}
    `;

/**
 * __useConnectionSecretKeysQuery__
 *
 * To run a query within a React component, call `useConnectionSecretKeysQuery` and pass it any options that fit your needs.
 * When your component renders, `useConnectionSecretKeysQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useConnectionSecretKeysQuery({
 *   variables: {
 *   },
 * });
 */
export function useConnectionSecretKeysQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ConnectionSecretKeysQuery, ConnectionSecretKeysQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ConnectionSecretKeysQuery, ConnectionSecretKeysQueryVariables>(ConnectionSecretKeysDocument, options);
      }
export function useConnectionSecretKeysLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ConnectionSecretKeysQuery, ConnectionSecretKeysQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ConnectionSecretKeysQuery, ConnectionSecretKeysQueryVariables>(ConnectionSecretKeysDocument, options);
        }
export function useConnectionSecretKeysSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ConnectionSecretKeysQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ConnectionSecretKeysQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ConnectionSecretKeysQuery, ConnectionSecretKeysQueryVariables>(ConnectionSecretKeysDocument, options);
        }
export type ConnectionSecretKeysQueryHookResult = ReturnType<typeof useConnectionSecretKeysQuery>;
export type ConnectionSecretKeysLazyQueryHookResult = ReturnType<typeof useConnectionSecretKeysLazyQuery>;
export type ConnectionSecretKeysSuspenseQueryHookResult = ReturnType<typeof useConnectionSecretKeysSuspenseQuery>;
export type ConnectionSecretKeysQueryResult = ApolloReactHooks.useQuery.Result<ConnectionSecretKeysQuery, ConnectionSecretKeysQueryVariables>;
export const ConnectionShareCandidatesDocument = gql`
    query ConnectionShareCandidates($id: ID!) {
  connectionShareCandidates(id: $id) {
    id
    displayName
    email
  }
}
    `;

/**
 * __useConnectionShareCandidatesQuery__
 *
 * To run a query within a React component, call `useConnectionShareCandidatesQuery` and pass it any options that fit your needs.
 * When your component renders, `useConnectionShareCandidatesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useConnectionShareCandidatesQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useConnectionShareCandidatesQuery(baseOptions: ApolloReactHooks.useQuery.Options<ConnectionShareCandidatesQuery, ConnectionShareCandidatesQueryVariables> & ({ variables: ConnectionShareCandidatesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ConnectionShareCandidatesQuery, ConnectionShareCandidatesQueryVariables>(ConnectionShareCandidatesDocument, options);
      }
export function useConnectionShareCandidatesLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ConnectionShareCandidatesQuery, ConnectionShareCandidatesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ConnectionShareCandidatesQuery, ConnectionShareCandidatesQueryVariables>(ConnectionShareCandidatesDocument, options);
        }
export function useConnectionShareCandidatesSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ConnectionShareCandidatesQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ConnectionShareCandidatesQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ConnectionShareCandidatesQuery, ConnectionShareCandidatesQueryVariables>(ConnectionShareCandidatesDocument, options);
        }
export type ConnectionShareCandidatesQueryHookResult = ReturnType<typeof useConnectionShareCandidatesQuery>;
export type ConnectionShareCandidatesLazyQueryHookResult = ReturnType<typeof useConnectionShareCandidatesLazyQuery>;
export type ConnectionShareCandidatesSuspenseQueryHookResult = ReturnType<typeof useConnectionShareCandidatesSuspenseQuery>;
export type ConnectionShareCandidatesQueryResult = ApolloReactHooks.useQuery.Result<ConnectionShareCandidatesQuery, ConnectionShareCandidatesQueryVariables>;
export const CreateConnectionDocument = gql`
    mutation CreateConnection($input: CreateConnectionInput!) {
  createConnection(input: $input) {
    ...ConnectionDetailsFields
  }
}
    ${ConnectionDetailsFieldsFragmentDoc}`;
export type CreateConnectionMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateConnectionMutation, CreateConnectionMutationVariables>;

/**
 * __useCreateConnectionMutation__
 *
 * To run a mutation, you first call `useCreateConnectionMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateConnectionMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createConnectionMutation, { data, loading, error }] = useCreateConnectionMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateConnectionMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateConnectionMutation, CreateConnectionMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateConnectionMutation, CreateConnectionMutationVariables>(CreateConnectionDocument, options);
      }
export type CreateConnectionMutationHookResult = ReturnType<typeof useCreateConnectionMutation>;
export type CreateConnectionMutationResult = ApolloReactHooks.useMutation.Result<CreateConnectionMutation>;
export type CreateConnectionMutationOptions = ApolloReactHooks.useMutation.Options<CreateConnectionMutation, CreateConnectionMutationVariables>;
export const UpdateConnectionDocument = gql`
    mutation UpdateConnection($id: ID!, $input: UpdateConnectionInput!) {
  updateConnection(id: $id, input: $input) {
    ...ConnectionDetailsFields
  }
}
    ${ConnectionDetailsFieldsFragmentDoc}`;
export type UpdateConnectionMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateConnectionMutation, UpdateConnectionMutationVariables>;

/**
 * __useUpdateConnectionMutation__
 *
 * To run a mutation, you first call `useUpdateConnectionMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateConnectionMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateConnectionMutation, { data, loading, error }] = useUpdateConnectionMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateConnectionMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateConnectionMutation, UpdateConnectionMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateConnectionMutation, UpdateConnectionMutationVariables>(UpdateConnectionDocument, options);
      }
export type UpdateConnectionMutationHookResult = ReturnType<typeof useUpdateConnectionMutation>;
export type UpdateConnectionMutationResult = ApolloReactHooks.useMutation.Result<UpdateConnectionMutation>;
export type UpdateConnectionMutationOptions = ApolloReactHooks.useMutation.Options<UpdateConnectionMutation, UpdateConnectionMutationVariables>;
export const SaveConnectionCredentialsDocument = gql`
    mutation SaveConnectionCredentials($connectionId: ID!, $environment: String!, $fields: JSONObject!) {
  saveConnectionCredentials(
    connectionId: $connectionId
    environment: $environment
    fields: $fields
  ) {
    ...ConnectionDetailsFields
  }
}
    ${ConnectionDetailsFieldsFragmentDoc}`;
export type SaveConnectionCredentialsMutationFn = ApolloReactHooks.useMutation.MutationFunction<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>;

/**
 * __useSaveConnectionCredentialsMutation__
 *
 * To run a mutation, you first call `useSaveConnectionCredentialsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSaveConnectionCredentialsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [saveConnectionCredentialsMutation, { data, loading, error }] = useSaveConnectionCredentialsMutation({
 *   variables: {
 *      connectionId: // value for 'connectionId'
 *      environment: // value for 'environment'
 *      fields: // value for 'fields'
 *   },
 * });
 */
export function useSaveConnectionCredentialsMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>(SaveConnectionCredentialsDocument, options);
      }
export type SaveConnectionCredentialsMutationHookResult = ReturnType<typeof useSaveConnectionCredentialsMutation>;
export type SaveConnectionCredentialsMutationResult = ApolloReactHooks.useMutation.Result<SaveConnectionCredentialsMutation>;
export type SaveConnectionCredentialsMutationOptions = ApolloReactHooks.useMutation.Options<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>;
export const TestConnectionDocument = gql`
    mutation TestConnection($connectionId: ID!, $environment: String!) {
  testConnection(connectionId: $connectionId, environment: $environment) {
    ok
    message
    available
  }
}
    `;
export type TestConnectionMutationFn = ApolloReactHooks.useMutation.MutationFunction<TestConnectionMutation, TestConnectionMutationVariables>;

/**
 * __useTestConnectionMutation__
 *
 * To run a mutation, you first call `useTestConnectionMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useTestConnectionMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [testConnectionMutation, { data, loading, error }] = useTestConnectionMutation({
 *   variables: {
 *      connectionId: // value for 'connectionId'
 *      environment: // value for 'environment'
 *   },
 * });
 */
export function useTestConnectionMutation(baseOptions?: ApolloReactHooks.useMutation.Options<TestConnectionMutation, TestConnectionMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<TestConnectionMutation, TestConnectionMutationVariables>(TestConnectionDocument, options);
      }
export type TestConnectionMutationHookResult = ReturnType<typeof useTestConnectionMutation>;
export type TestConnectionMutationResult = ApolloReactHooks.useMutation.Result<TestConnectionMutation>;
export type TestConnectionMutationOptions = ApolloReactHooks.useMutation.Options<TestConnectionMutation, TestConnectionMutationVariables>;
export const DeleteConnectionDocument = gql`
    mutation DeleteConnection($id: ID!) {
  deleteConnection(id: $id)
}
    `;
export type DeleteConnectionMutationFn = ApolloReactHooks.useMutation.MutationFunction<DeleteConnectionMutation, DeleteConnectionMutationVariables>;

/**
 * __useDeleteConnectionMutation__
 *
 * To run a mutation, you first call `useDeleteConnectionMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteConnectionMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteConnectionMutation, { data, loading, error }] = useDeleteConnectionMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteConnectionMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DeleteConnectionMutation, DeleteConnectionMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteConnectionMutation, DeleteConnectionMutationVariables>(DeleteConnectionDocument, options);
      }
export type DeleteConnectionMutationHookResult = ReturnType<typeof useDeleteConnectionMutation>;
export type DeleteConnectionMutationResult = ApolloReactHooks.useMutation.Result<DeleteConnectionMutation>;
export type DeleteConnectionMutationOptions = ApolloReactHooks.useMutation.Options<DeleteConnectionMutation, DeleteConnectionMutationVariables>;
export const ShareConnectionDocument = gql`
    mutation ShareConnection($id: ID!, $userIds: [ID!]!) {
  shareConnection(id: $id, userIds: $userIds) {
    ...ConnectionCardFields
  }
}
    ${ConnectionCardFieldsFragmentDoc}`;
export type ShareConnectionMutationFn = ApolloReactHooks.useMutation.MutationFunction<ShareConnectionMutation, ShareConnectionMutationVariables>;

/**
 * __useShareConnectionMutation__
 *
 * To run a mutation, you first call `useShareConnectionMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useShareConnectionMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [shareConnectionMutation, { data, loading, error }] = useShareConnectionMutation({
 *   variables: {
 *      id: // value for 'id'
 *      userIds: // value for 'userIds'
 *   },
 * });
 */
export function useShareConnectionMutation(baseOptions?: ApolloReactHooks.useMutation.Options<ShareConnectionMutation, ShareConnectionMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ShareConnectionMutation, ShareConnectionMutationVariables>(ShareConnectionDocument, options);
      }
export type ShareConnectionMutationHookResult = ReturnType<typeof useShareConnectionMutation>;
export type ShareConnectionMutationResult = ApolloReactHooks.useMutation.Result<ShareConnectionMutation>;
export type ShareConnectionMutationOptions = ApolloReactHooks.useMutation.Options<ShareConnectionMutation, ShareConnectionMutationVariables>;
export const StartConnectionOAuthDocument = gql`
    mutation StartConnectionOAuth($connectionId: ID!, $environment: String!) {
  startConnectionOAuth(connectionId: $connectionId, environment: $environment) {
    authorizationUrl
  }
}
    `;
export type StartConnectionOAuthMutationFn = ApolloReactHooks.useMutation.MutationFunction<StartConnectionOAuthMutation, StartConnectionOAuthMutationVariables>;

/**
 * __useStartConnectionOAuthMutation__
 *
 * To run a mutation, you first call `useStartConnectionOAuthMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useStartConnectionOAuthMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [startConnectionOAuthMutation, { data, loading, error }] = useStartConnectionOAuthMutation({
 *   variables: {
 *      connectionId: // value for 'connectionId'
 *      environment: // value for 'environment'
 *   },
 * });
 */
export function useStartConnectionOAuthMutation(baseOptions?: ApolloReactHooks.useMutation.Options<StartConnectionOAuthMutation, StartConnectionOAuthMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<StartConnectionOAuthMutation, StartConnectionOAuthMutationVariables>(StartConnectionOAuthDocument, options);
      }
export type StartConnectionOAuthMutationHookResult = ReturnType<typeof useStartConnectionOAuthMutation>;
export type StartConnectionOAuthMutationResult = ApolloReactHooks.useMutation.Result<StartConnectionOAuthMutation>;
export type StartConnectionOAuthMutationOptions = ApolloReactHooks.useMutation.Options<StartConnectionOAuthMutation, StartConnectionOAuthMutationVariables>;
export const DisconnectConnectionOAuthDocument = gql`
    mutation DisconnectConnectionOAuth($connectionId: ID!, $environment: String!) {
  disconnectConnectionOAuth(
    connectionId: $connectionId
    environment: $environment
  ) {
    ...ConnectionDetailsFields
  }
}
    ${ConnectionDetailsFieldsFragmentDoc}`;
export type DisconnectConnectionOAuthMutationFn = ApolloReactHooks.useMutation.MutationFunction<DisconnectConnectionOAuthMutation, DisconnectConnectionOAuthMutationVariables>;

/**
 * __useDisconnectConnectionOAuthMutation__
 *
 * To run a mutation, you first call `useDisconnectConnectionOAuthMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDisconnectConnectionOAuthMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [disconnectConnectionOAuthMutation, { data, loading, error }] = useDisconnectConnectionOAuthMutation({
 *   variables: {
 *      connectionId: // value for 'connectionId'
 *      environment: // value for 'environment'
 *   },
 * });
 */
export function useDisconnectConnectionOAuthMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DisconnectConnectionOAuthMutation, DisconnectConnectionOAuthMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DisconnectConnectionOAuthMutation, DisconnectConnectionOAuthMutationVariables>(DisconnectConnectionOAuthDocument, options);
      }
export type DisconnectConnectionOAuthMutationHookResult = ReturnType<typeof useDisconnectConnectionOAuthMutation>;
export type DisconnectConnectionOAuthMutationResult = ApolloReactHooks.useMutation.Result<DisconnectConnectionOAuthMutation>;
export type DisconnectConnectionOAuthMutationOptions = ApolloReactHooks.useMutation.Options<DisconnectConnectionOAuthMutation, DisconnectConnectionOAuthMutationVariables>;
export const DashboardApiKeysDocument = gql`
    query DashboardApiKeys {
  apiKeyStats {
    ...ApiKeyStatsFields
  }
  apiKeyDailyCalls(days: 14) {
    day
    requests
  }
}
    ${ApiKeyStatsFieldsFragmentDoc}`;

/**
 * __useDashboardApiKeysQuery__
 *
 * To run a query within a React component, call `useDashboardApiKeysQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardApiKeysQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardApiKeysQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardApiKeysQuery(baseOptions?: ApolloReactHooks.useQuery.Options<DashboardApiKeysQuery, DashboardApiKeysQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DashboardApiKeysQuery, DashboardApiKeysQueryVariables>(DashboardApiKeysDocument, options);
      }
export function useDashboardApiKeysLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<DashboardApiKeysQuery, DashboardApiKeysQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DashboardApiKeysQuery, DashboardApiKeysQueryVariables>(DashboardApiKeysDocument, options);
        }
export function useDashboardApiKeysSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<DashboardApiKeysQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<DashboardApiKeysQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<DashboardApiKeysQuery, DashboardApiKeysQueryVariables>(DashboardApiKeysDocument, options);
        }
export type DashboardApiKeysQueryHookResult = ReturnType<typeof useDashboardApiKeysQuery>;
export type DashboardApiKeysLazyQueryHookResult = ReturnType<typeof useDashboardApiKeysLazyQuery>;
export type DashboardApiKeysSuspenseQueryHookResult = ReturnType<typeof useDashboardApiKeysSuspenseQuery>;
export type DashboardApiKeysQueryResult = ApolloReactHooks.useQuery.Result<DashboardApiKeysQuery, DashboardApiKeysQueryVariables>;
export const DashboardSecretsDocument = gql`
    query DashboardSecrets {
  secretStats {
    total
    incomplete
  }
}
    `;

/**
 * __useDashboardSecretsQuery__
 *
 * To run a query within a React component, call `useDashboardSecretsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardSecretsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardSecretsQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardSecretsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<DashboardSecretsQuery, DashboardSecretsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DashboardSecretsQuery, DashboardSecretsQueryVariables>(DashboardSecretsDocument, options);
      }
export function useDashboardSecretsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<DashboardSecretsQuery, DashboardSecretsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DashboardSecretsQuery, DashboardSecretsQueryVariables>(DashboardSecretsDocument, options);
        }
export function useDashboardSecretsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<DashboardSecretsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<DashboardSecretsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<DashboardSecretsQuery, DashboardSecretsQueryVariables>(DashboardSecretsDocument, options);
        }
export type DashboardSecretsQueryHookResult = ReturnType<typeof useDashboardSecretsQuery>;
export type DashboardSecretsLazyQueryHookResult = ReturnType<typeof useDashboardSecretsLazyQuery>;
export type DashboardSecretsSuspenseQueryHookResult = ReturnType<typeof useDashboardSecretsSuspenseQuery>;
export type DashboardSecretsQueryResult = ApolloReactHooks.useQuery.Result<DashboardSecretsQuery, DashboardSecretsQueryVariables>;
export const DashboardConnectionsDocument = gql`
    query DashboardConnections {
  connectionStats {
    total
    incomplete
    environmentsNotConfigured
    failingLastTest
  }
}
    `;

/**
 * __useDashboardConnectionsQuery__
 *
 * To run a query within a React component, call `useDashboardConnectionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardConnectionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardConnectionsQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardConnectionsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<DashboardConnectionsQuery, DashboardConnectionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DashboardConnectionsQuery, DashboardConnectionsQueryVariables>(DashboardConnectionsDocument, options);
      }
export function useDashboardConnectionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<DashboardConnectionsQuery, DashboardConnectionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DashboardConnectionsQuery, DashboardConnectionsQueryVariables>(DashboardConnectionsDocument, options);
        }
export function useDashboardConnectionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<DashboardConnectionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<DashboardConnectionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<DashboardConnectionsQuery, DashboardConnectionsQueryVariables>(DashboardConnectionsDocument, options);
        }
export type DashboardConnectionsQueryHookResult = ReturnType<typeof useDashboardConnectionsQuery>;
export type DashboardConnectionsLazyQueryHookResult = ReturnType<typeof useDashboardConnectionsLazyQuery>;
export type DashboardConnectionsSuspenseQueryHookResult = ReturnType<typeof useDashboardConnectionsSuspenseQuery>;
export type DashboardConnectionsQueryResult = ApolloReactHooks.useQuery.Result<DashboardConnectionsQuery, DashboardConnectionsQueryVariables>;
export const DashboardAuditDocument = gql`
    query DashboardAudit {
  auditEvents(first: 5) {
    totalCount
    edges {
      node {
        id
        at
        actorLabel
        action
        summary
      }
    }
  }
}
    `;

/**
 * __useDashboardAuditQuery__
 *
 * To run a query within a React component, call `useDashboardAuditQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardAuditQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardAuditQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardAuditQuery(baseOptions?: ApolloReactHooks.useQuery.Options<DashboardAuditQuery, DashboardAuditQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<DashboardAuditQuery, DashboardAuditQueryVariables>(DashboardAuditDocument, options);
      }
export function useDashboardAuditLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<DashboardAuditQuery, DashboardAuditQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<DashboardAuditQuery, DashboardAuditQueryVariables>(DashboardAuditDocument, options);
        }
export function useDashboardAuditSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<DashboardAuditQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<DashboardAuditQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<DashboardAuditQuery, DashboardAuditQueryVariables>(DashboardAuditDocument, options);
        }
export type DashboardAuditQueryHookResult = ReturnType<typeof useDashboardAuditQuery>;
export type DashboardAuditLazyQueryHookResult = ReturnType<typeof useDashboardAuditLazyQuery>;
export type DashboardAuditSuspenseQueryHookResult = ReturnType<typeof useDashboardAuditSuspenseQuery>;
export type DashboardAuditQueryResult = ApolloReactHooks.useQuery.Result<DashboardAuditQuery, DashboardAuditQueryVariables>;
export const IntegrationEnvironmentsDocument = gql`
    query IntegrationEnvironments {
  organization {
    id
    environments {
      slug
      name
    }
  }
}
    `;

/**
 * __useIntegrationEnvironmentsQuery__
 *
 * To run a query within a React component, call `useIntegrationEnvironmentsQuery` and pass it any options that fit your needs.
 * When your component renders, `useIntegrationEnvironmentsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useIntegrationEnvironmentsQuery({
 *   variables: {
 *   },
 * });
 */
export function useIntegrationEnvironmentsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<IntegrationEnvironmentsQuery, IntegrationEnvironmentsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<IntegrationEnvironmentsQuery, IntegrationEnvironmentsQueryVariables>(IntegrationEnvironmentsDocument, options);
      }
export function useIntegrationEnvironmentsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<IntegrationEnvironmentsQuery, IntegrationEnvironmentsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<IntegrationEnvironmentsQuery, IntegrationEnvironmentsQueryVariables>(IntegrationEnvironmentsDocument, options);
        }
export function useIntegrationEnvironmentsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<IntegrationEnvironmentsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<IntegrationEnvironmentsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<IntegrationEnvironmentsQuery, IntegrationEnvironmentsQueryVariables>(IntegrationEnvironmentsDocument, options);
        }
export type IntegrationEnvironmentsQueryHookResult = ReturnType<typeof useIntegrationEnvironmentsQuery>;
export type IntegrationEnvironmentsLazyQueryHookResult = ReturnType<typeof useIntegrationEnvironmentsLazyQuery>;
export type IntegrationEnvironmentsSuspenseQueryHookResult = ReturnType<typeof useIntegrationEnvironmentsSuspenseQuery>;
export type IntegrationEnvironmentsQueryResult = ApolloReactHooks.useQuery.Result<IntegrationEnvironmentsQuery, IntegrationEnvironmentsQueryVariables>;
export const IntegrationsDocument = gql`
    query Integrations($filter: IntegrationFilter, $first: Int, $after: String) {
  integrations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...IntegrationCardFields
      }
    }
  }
}
    ${IntegrationCardFieldsFragmentDoc}`;

/**
 * __useIntegrationsQuery__
 *
 * To run a query within a React component, call `useIntegrationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useIntegrationsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useIntegrationsQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useIntegrationsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<IntegrationsQuery, IntegrationsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<IntegrationsQuery, IntegrationsQueryVariables>(IntegrationsDocument, options);
      }
export function useIntegrationsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<IntegrationsQuery, IntegrationsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<IntegrationsQuery, IntegrationsQueryVariables>(IntegrationsDocument, options);
        }
export function useIntegrationsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<IntegrationsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<IntegrationsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<IntegrationsQuery, IntegrationsQueryVariables>(IntegrationsDocument, options);
        }
export type IntegrationsQueryHookResult = ReturnType<typeof useIntegrationsQuery>;
export type IntegrationsLazyQueryHookResult = ReturnType<typeof useIntegrationsLazyQuery>;
export type IntegrationsSuspenseQueryHookResult = ReturnType<typeof useIntegrationsSuspenseQuery>;
export type IntegrationsQueryResult = ApolloReactHooks.useQuery.Result<IntegrationsQuery, IntegrationsQueryVariables>;
export const IntegrationDetailsDocument = gql`
    query IntegrationDetails($id: ID!) {
  integration(id: $id) {
    ...IntegrationDetailsFields
  }
}
    ${IntegrationDetailsFieldsFragmentDoc}`;

/**
 * __useIntegrationDetailsQuery__
 *
 * To run a query within a React component, call `useIntegrationDetailsQuery` and pass it any options that fit your needs.
 * When your component renders, `useIntegrationDetailsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useIntegrationDetailsQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useIntegrationDetailsQuery(baseOptions: ApolloReactHooks.useQuery.Options<IntegrationDetailsQuery, IntegrationDetailsQueryVariables> & ({ variables: IntegrationDetailsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<IntegrationDetailsQuery, IntegrationDetailsQueryVariables>(IntegrationDetailsDocument, options);
      }
export function useIntegrationDetailsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<IntegrationDetailsQuery, IntegrationDetailsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<IntegrationDetailsQuery, IntegrationDetailsQueryVariables>(IntegrationDetailsDocument, options);
        }
export function useIntegrationDetailsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<IntegrationDetailsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<IntegrationDetailsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<IntegrationDetailsQuery, IntegrationDetailsQueryVariables>(IntegrationDetailsDocument, options);
        }
export type IntegrationDetailsQueryHookResult = ReturnType<typeof useIntegrationDetailsQuery>;
export type IntegrationDetailsLazyQueryHookResult = ReturnType<typeof useIntegrationDetailsLazyQuery>;
export type IntegrationDetailsSuspenseQueryHookResult = ReturnType<typeof useIntegrationDetailsSuspenseQuery>;
export type IntegrationDetailsQueryResult = ApolloReactHooks.useQuery.Result<IntegrationDetailsQuery, IntegrationDetailsQueryVariables>;
export const CreateIntegrationDocument = gql`
    mutation CreateIntegration($input: CreateIntegrationInput!) {
  createIntegration(input: $input) {
    ...IntegrationDetailsFields
  }
}
    ${IntegrationDetailsFieldsFragmentDoc}`;
export type CreateIntegrationMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateIntegrationMutation, CreateIntegrationMutationVariables>;

/**
 * __useCreateIntegrationMutation__
 *
 * To run a mutation, you first call `useCreateIntegrationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateIntegrationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createIntegrationMutation, { data, loading, error }] = useCreateIntegrationMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateIntegrationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateIntegrationMutation, CreateIntegrationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateIntegrationMutation, CreateIntegrationMutationVariables>(CreateIntegrationDocument, options);
      }
export type CreateIntegrationMutationHookResult = ReturnType<typeof useCreateIntegrationMutation>;
export type CreateIntegrationMutationResult = ApolloReactHooks.useMutation.Result<CreateIntegrationMutation>;
export type CreateIntegrationMutationOptions = ApolloReactHooks.useMutation.Options<CreateIntegrationMutation, CreateIntegrationMutationVariables>;
export const UpdateIntegrationDocument = gql`
    mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, input: $input) {
    ...IntegrationDetailsFields
  }
}
    ${IntegrationDetailsFieldsFragmentDoc}`;
export type UpdateIntegrationMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>;

/**
 * __useUpdateIntegrationMutation__
 *
 * To run a mutation, you first call `useUpdateIntegrationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateIntegrationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateIntegrationMutation, { data, loading, error }] = useUpdateIntegrationMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateIntegrationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>(UpdateIntegrationDocument, options);
      }
export type UpdateIntegrationMutationHookResult = ReturnType<typeof useUpdateIntegrationMutation>;
export type UpdateIntegrationMutationResult = ApolloReactHooks.useMutation.Result<UpdateIntegrationMutation>;
export type UpdateIntegrationMutationOptions = ApolloReactHooks.useMutation.Options<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>;
export const DeleteIntegrationDocument = gql`
    mutation DeleteIntegration($id: ID!) {
  deleteIntegration(id: $id)
}
    `;
export type DeleteIntegrationMutationFn = ApolloReactHooks.useMutation.MutationFunction<DeleteIntegrationMutation, DeleteIntegrationMutationVariables>;

/**
 * __useDeleteIntegrationMutation__
 *
 * To run a mutation, you first call `useDeleteIntegrationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteIntegrationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteIntegrationMutation, { data, loading, error }] = useDeleteIntegrationMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteIntegrationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DeleteIntegrationMutation, DeleteIntegrationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteIntegrationMutation, DeleteIntegrationMutationVariables>(DeleteIntegrationDocument, options);
      }
export type DeleteIntegrationMutationHookResult = ReturnType<typeof useDeleteIntegrationMutation>;
export type DeleteIntegrationMutationResult = ApolloReactHooks.useMutation.Result<DeleteIntegrationMutation>;
export type DeleteIntegrationMutationOptions = ApolloReactHooks.useMutation.Options<DeleteIntegrationMutation, DeleteIntegrationMutationVariables>;
export const CreateIntegrationVersionDocument = gql`
    mutation CreateIntegrationVersion($integrationId: ID!, $input: IntegrationVersionInput!) {
  createIntegrationVersion(integrationId: $integrationId, input: $input) {
    ...IntegrationDetailsFields
  }
}
    ${IntegrationDetailsFieldsFragmentDoc}`;
export type CreateIntegrationVersionMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateIntegrationVersionMutation, CreateIntegrationVersionMutationVariables>;

/**
 * __useCreateIntegrationVersionMutation__
 *
 * To run a mutation, you first call `useCreateIntegrationVersionMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateIntegrationVersionMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createIntegrationVersionMutation, { data, loading, error }] = useCreateIntegrationVersionMutation({
 *   variables: {
 *      integrationId: // value for 'integrationId'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateIntegrationVersionMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateIntegrationVersionMutation, CreateIntegrationVersionMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateIntegrationVersionMutation, CreateIntegrationVersionMutationVariables>(CreateIntegrationVersionDocument, options);
      }
export type CreateIntegrationVersionMutationHookResult = ReturnType<typeof useCreateIntegrationVersionMutation>;
export type CreateIntegrationVersionMutationResult = ApolloReactHooks.useMutation.Result<CreateIntegrationVersionMutation>;
export type CreateIntegrationVersionMutationOptions = ApolloReactHooks.useMutation.Options<CreateIntegrationVersionMutation, CreateIntegrationVersionMutationVariables>;
export const SetIntegrationVersionStatusDocument = gql`
    mutation SetIntegrationVersionStatus($id: ID!, $status: IntegrationVersionStatus!) {
  setIntegrationVersionStatus(id: $id, status: $status) {
    ...IntegrationDetailsFields
  }
}
    ${IntegrationDetailsFieldsFragmentDoc}`;
export type SetIntegrationVersionStatusMutationFn = ApolloReactHooks.useMutation.MutationFunction<SetIntegrationVersionStatusMutation, SetIntegrationVersionStatusMutationVariables>;

/**
 * __useSetIntegrationVersionStatusMutation__
 *
 * To run a mutation, you first call `useSetIntegrationVersionStatusMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetIntegrationVersionStatusMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setIntegrationVersionStatusMutation, { data, loading, error }] = useSetIntegrationVersionStatusMutation({
 *   variables: {
 *      id: // value for 'id'
 *      status: // value for 'status'
 *   },
 * });
 */
export function useSetIntegrationVersionStatusMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SetIntegrationVersionStatusMutation, SetIntegrationVersionStatusMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetIntegrationVersionStatusMutation, SetIntegrationVersionStatusMutationVariables>(SetIntegrationVersionStatusDocument, options);
      }
export type SetIntegrationVersionStatusMutationHookResult = ReturnType<typeof useSetIntegrationVersionStatusMutation>;
export type SetIntegrationVersionStatusMutationResult = ApolloReactHooks.useMutation.Result<SetIntegrationVersionStatusMutation>;
export type SetIntegrationVersionStatusMutationOptions = ApolloReactHooks.useMutation.Options<SetIntegrationVersionStatusMutation, SetIntegrationVersionStatusMutationVariables>;
export const IntegrationSecretKeysDocument = gql`
    query IntegrationSecretKeys {
  secrets(first: 100) {
    edges {
      node {
        id
        key
      }
    }
  }
}
    `;

/**
 * __useIntegrationSecretKeysQuery__
 *
 * To run a query within a React component, call `useIntegrationSecretKeysQuery` and pass it any options that fit your needs.
 * When your component renders, `useIntegrationSecretKeysQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useIntegrationSecretKeysQuery({
 *   variables: {
 *   },
 * });
 */
export function useIntegrationSecretKeysQuery(baseOptions?: ApolloReactHooks.useQuery.Options<IntegrationSecretKeysQuery, IntegrationSecretKeysQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<IntegrationSecretKeysQuery, IntegrationSecretKeysQueryVariables>(IntegrationSecretKeysDocument, options);
      }
export function useIntegrationSecretKeysLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<IntegrationSecretKeysQuery, IntegrationSecretKeysQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<IntegrationSecretKeysQuery, IntegrationSecretKeysQueryVariables>(IntegrationSecretKeysDocument, options);
        }
export function useIntegrationSecretKeysSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<IntegrationSecretKeysQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<IntegrationSecretKeysQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<IntegrationSecretKeysQuery, IntegrationSecretKeysQueryVariables>(IntegrationSecretKeysDocument, options);
        }
export type IntegrationSecretKeysQueryHookResult = ReturnType<typeof useIntegrationSecretKeysQuery>;
export type IntegrationSecretKeysLazyQueryHookResult = ReturnType<typeof useIntegrationSecretKeysLazyQuery>;
export type IntegrationSecretKeysSuspenseQueryHookResult = ReturnType<typeof useIntegrationSecretKeysSuspenseQuery>;
export type IntegrationSecretKeysQueryResult = ApolloReactHooks.useQuery.Result<IntegrationSecretKeysQuery, IntegrationSecretKeysQueryVariables>;
export const OrganizationsDocument = gql`
    query Organizations {
  organizations {
    ...OrganizationRowFields
  }
}
    ${OrganizationRowFieldsFragmentDoc}`;

/**
 * __useOrganizationsQuery__
 *
 * To run a query within a React component, call `useOrganizationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useOrganizationsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useOrganizationsQuery({
 *   variables: {
 *   },
 * });
 */
export function useOrganizationsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<OrganizationsQuery, OrganizationsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<OrganizationsQuery, OrganizationsQueryVariables>(OrganizationsDocument, options);
      }
export function useOrganizationsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<OrganizationsQuery, OrganizationsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<OrganizationsQuery, OrganizationsQueryVariables>(OrganizationsDocument, options);
        }
export function useOrganizationsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<OrganizationsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<OrganizationsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<OrganizationsQuery, OrganizationsQueryVariables>(OrganizationsDocument, options);
        }
export type OrganizationsQueryHookResult = ReturnType<typeof useOrganizationsQuery>;
export type OrganizationsLazyQueryHookResult = ReturnType<typeof useOrganizationsLazyQuery>;
export type OrganizationsSuspenseQueryHookResult = ReturnType<typeof useOrganizationsSuspenseQuery>;
export type OrganizationsQueryResult = ApolloReactHooks.useQuery.Result<OrganizationsQuery, OrganizationsQueryVariables>;
export const CreateOrganizationDocument = gql`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    ...OrganizationRowFields
  }
}
    ${OrganizationRowFieldsFragmentDoc}`;
export type CreateOrganizationMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateOrganizationMutation, CreateOrganizationMutationVariables>;

/**
 * __useCreateOrganizationMutation__
 *
 * To run a mutation, you first call `useCreateOrganizationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateOrganizationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createOrganizationMutation, { data, loading, error }] = useCreateOrganizationMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateOrganizationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateOrganizationMutation, CreateOrganizationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateOrganizationMutation, CreateOrganizationMutationVariables>(CreateOrganizationDocument, options);
      }
export type CreateOrganizationMutationHookResult = ReturnType<typeof useCreateOrganizationMutation>;
export type CreateOrganizationMutationResult = ApolloReactHooks.useMutation.Result<CreateOrganizationMutation>;
export type CreateOrganizationMutationOptions = ApolloReactHooks.useMutation.Options<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = gql`
    mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) {
    ...OrganizationRowFields
  }
}
    ${OrganizationRowFieldsFragmentDoc}`;
export type UpdateOrganizationMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;

/**
 * __useUpdateOrganizationMutation__
 *
 * To run a mutation, you first call `useUpdateOrganizationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateOrganizationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateOrganizationMutation, { data, loading, error }] = useUpdateOrganizationMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateOrganizationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>(UpdateOrganizationDocument, options);
      }
export type UpdateOrganizationMutationHookResult = ReturnType<typeof useUpdateOrganizationMutation>;
export type UpdateOrganizationMutationResult = ApolloReactHooks.useMutation.Result<UpdateOrganizationMutation>;
export type UpdateOrganizationMutationOptions = ApolloReactHooks.useMutation.Options<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const DeleteOrganizationDocument = gql`
    mutation DeleteOrganization($id: ID!, $confirmName: String!) {
  deleteOrganization(id: $id, confirmName: $confirmName)
}
    `;
export type DeleteOrganizationMutationFn = ApolloReactHooks.useMutation.MutationFunction<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;

/**
 * __useDeleteOrganizationMutation__
 *
 * To run a mutation, you first call `useDeleteOrganizationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteOrganizationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteOrganizationMutation, { data, loading, error }] = useDeleteOrganizationMutation({
 *   variables: {
 *      id: // value for 'id'
 *      confirmName: // value for 'confirmName'
 *   },
 * });
 */
export function useDeleteOrganizationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>(DeleteOrganizationDocument, options);
      }
export type DeleteOrganizationMutationHookResult = ReturnType<typeof useDeleteOrganizationMutation>;
export type DeleteOrganizationMutationResult = ApolloReactHooks.useMutation.Result<DeleteOrganizationMutation>;
export type DeleteOrganizationMutationOptions = ApolloReactHooks.useMutation.Options<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const RolesDocument = gql`
    query Roles {
  roles {
    ...RoleFields
  }
  permissions {
    area
    permissions {
      name
      label
      superAdminOnly
    }
  }
}
    ${RoleFieldsFragmentDoc}`;

/**
 * __useRolesQuery__
 *
 * To run a query within a React component, call `useRolesQuery` and pass it any options that fit your needs.
 * When your component renders, `useRolesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRolesQuery({
 *   variables: {
 *   },
 * });
 */
export function useRolesQuery(baseOptions?: ApolloReactHooks.useQuery.Options<RolesQuery, RolesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<RolesQuery, RolesQueryVariables>(RolesDocument, options);
      }
export function useRolesLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<RolesQuery, RolesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<RolesQuery, RolesQueryVariables>(RolesDocument, options);
        }
export function useRolesSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<RolesQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<RolesQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<RolesQuery, RolesQueryVariables>(RolesDocument, options);
        }
export type RolesQueryHookResult = ReturnType<typeof useRolesQuery>;
export type RolesLazyQueryHookResult = ReturnType<typeof useRolesLazyQuery>;
export type RolesSuspenseQueryHookResult = ReturnType<typeof useRolesSuspenseQuery>;
export type RolesQueryResult = ApolloReactHooks.useQuery.Result<RolesQuery, RolesQueryVariables>;
export const CreateRoleDocument = gql`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    ...RoleFields
  }
}
    ${RoleFieldsFragmentDoc}`;
export type CreateRoleMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateRoleMutation, CreateRoleMutationVariables>;

/**
 * __useCreateRoleMutation__
 *
 * To run a mutation, you first call `useCreateRoleMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateRoleMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createRoleMutation, { data, loading, error }] = useCreateRoleMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateRoleMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateRoleMutation, CreateRoleMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateRoleMutation, CreateRoleMutationVariables>(CreateRoleDocument, options);
      }
export type CreateRoleMutationHookResult = ReturnType<typeof useCreateRoleMutation>;
export type CreateRoleMutationResult = ApolloReactHooks.useMutation.Result<CreateRoleMutation>;
export type CreateRoleMutationOptions = ApolloReactHooks.useMutation.Options<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = gql`
    mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {
  updateRole(id: $id, input: $input) {
    ...RoleFields
  }
}
    ${RoleFieldsFragmentDoc}`;
export type UpdateRoleMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateRoleMutation, UpdateRoleMutationVariables>;

/**
 * __useUpdateRoleMutation__
 *
 * To run a mutation, you first call `useUpdateRoleMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateRoleMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateRoleMutation, { data, loading, error }] = useUpdateRoleMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateRoleMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateRoleMutation, UpdateRoleMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateRoleMutation, UpdateRoleMutationVariables>(UpdateRoleDocument, options);
      }
export type UpdateRoleMutationHookResult = ReturnType<typeof useUpdateRoleMutation>;
export type UpdateRoleMutationResult = ApolloReactHooks.useMutation.Result<UpdateRoleMutation>;
export type UpdateRoleMutationOptions = ApolloReactHooks.useMutation.Options<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = gql`
    mutation DeleteRole($id: ID!) {
  deleteRole(id: $id)
}
    `;
export type DeleteRoleMutationFn = ApolloReactHooks.useMutation.MutationFunction<DeleteRoleMutation, DeleteRoleMutationVariables>;

/**
 * __useDeleteRoleMutation__
 *
 * To run a mutation, you first call `useDeleteRoleMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteRoleMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteRoleMutation, { data, loading, error }] = useDeleteRoleMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteRoleMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DeleteRoleMutation, DeleteRoleMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteRoleMutation, DeleteRoleMutationVariables>(DeleteRoleDocument, options);
      }
export type DeleteRoleMutationHookResult = ReturnType<typeof useDeleteRoleMutation>;
export type DeleteRoleMutationResult = ApolloReactHooks.useMutation.Result<DeleteRoleMutation>;
export type DeleteRoleMutationOptions = ApolloReactHooks.useMutation.Options<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const SecretEnvironmentsDocument = gql`
    query SecretEnvironments {
  organization {
    id
    environments {
      slug
      name
    }
  }
}
    `;

/**
 * __useSecretEnvironmentsQuery__
 *
 * To run a query within a React component, call `useSecretEnvironmentsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSecretEnvironmentsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSecretEnvironmentsQuery({
 *   variables: {
 *   },
 * });
 */
export function useSecretEnvironmentsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>(SecretEnvironmentsDocument, options);
      }
export function useSecretEnvironmentsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>(SecretEnvironmentsDocument, options);
        }
export function useSecretEnvironmentsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SecretEnvironmentsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SecretEnvironmentsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>(SecretEnvironmentsDocument, options);
        }
export type SecretEnvironmentsQueryHookResult = ReturnType<typeof useSecretEnvironmentsQuery>;
export type SecretEnvironmentsLazyQueryHookResult = ReturnType<typeof useSecretEnvironmentsLazyQuery>;
export type SecretEnvironmentsSuspenseQueryHookResult = ReturnType<typeof useSecretEnvironmentsSuspenseQuery>;
export type SecretEnvironmentsQueryResult = ApolloReactHooks.useQuery.Result<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>;
export const SecretUseRoleOptionsDocument = gql`
    query SecretUseRoleOptions {
  secretUseRoleOptions {
    id
    name
  }
}
    `;

/**
 * __useSecretUseRoleOptionsQuery__
 *
 * To run a query within a React component, call `useSecretUseRoleOptionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSecretUseRoleOptionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSecretUseRoleOptionsQuery({
 *   variables: {
 *   },
 * });
 */
export function useSecretUseRoleOptionsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<SecretUseRoleOptionsQuery, SecretUseRoleOptionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SecretUseRoleOptionsQuery, SecretUseRoleOptionsQueryVariables>(SecretUseRoleOptionsDocument, options);
      }
export function useSecretUseRoleOptionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SecretUseRoleOptionsQuery, SecretUseRoleOptionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SecretUseRoleOptionsQuery, SecretUseRoleOptionsQueryVariables>(SecretUseRoleOptionsDocument, options);
        }
export function useSecretUseRoleOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SecretUseRoleOptionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SecretUseRoleOptionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SecretUseRoleOptionsQuery, SecretUseRoleOptionsQueryVariables>(SecretUseRoleOptionsDocument, options);
        }
export type SecretUseRoleOptionsQueryHookResult = ReturnType<typeof useSecretUseRoleOptionsQuery>;
export type SecretUseRoleOptionsLazyQueryHookResult = ReturnType<typeof useSecretUseRoleOptionsLazyQuery>;
export type SecretUseRoleOptionsSuspenseQueryHookResult = ReturnType<typeof useSecretUseRoleOptionsSuspenseQuery>;
export type SecretUseRoleOptionsQueryResult = ApolloReactHooks.useQuery.Result<SecretUseRoleOptionsQuery, SecretUseRoleOptionsQueryVariables>;
export const SecretsDocument = gql`
    query Secrets($search: String, $first: Int, $after: String) {
  secrets(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...SecretFields
      }
    }
  }
}
    ${SecretFieldsFragmentDoc}`;

/**
 * __useSecretsQuery__
 *
 * To run a query within a React component, call `useSecretsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSecretsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSecretsQuery({
 *   variables: {
 *      search: // value for 'search'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useSecretsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<SecretsQuery, SecretsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SecretsQuery, SecretsQueryVariables>(SecretsDocument, options);
      }
export function useSecretsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SecretsQuery, SecretsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SecretsQuery, SecretsQueryVariables>(SecretsDocument, options);
        }
export function useSecretsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SecretsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SecretsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SecretsQuery, SecretsQueryVariables>(SecretsDocument, options);
        }
export type SecretsQueryHookResult = ReturnType<typeof useSecretsQuery>;
export type SecretsLazyQueryHookResult = ReturnType<typeof useSecretsLazyQuery>;
export type SecretsSuspenseQueryHookResult = ReturnType<typeof useSecretsSuspenseQuery>;
export type SecretsQueryResult = ApolloReactHooks.useQuery.Result<SecretsQuery, SecretsQueryVariables>;
export const SecretDetailsDocument = gql`
    query SecretDetails($key: String!) {
  secret(key: $key) {
    ...SecretFields
    versions {
      ...SecretVersionFields
    }
  }
}
    ${SecretFieldsFragmentDoc}
${SecretVersionFieldsFragmentDoc}`;

/**
 * __useSecretDetailsQuery__
 *
 * To run a query within a React component, call `useSecretDetailsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSecretDetailsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSecretDetailsQuery({
 *   variables: {
 *      key: // value for 'key'
 *   },
 * });
 */
export function useSecretDetailsQuery(baseOptions: ApolloReactHooks.useQuery.Options<SecretDetailsQuery, SecretDetailsQueryVariables> & ({ variables: SecretDetailsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SecretDetailsQuery, SecretDetailsQueryVariables>(SecretDetailsDocument, options);
      }
export function useSecretDetailsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SecretDetailsQuery, SecretDetailsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SecretDetailsQuery, SecretDetailsQueryVariables>(SecretDetailsDocument, options);
        }
export function useSecretDetailsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SecretDetailsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SecretDetailsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SecretDetailsQuery, SecretDetailsQueryVariables>(SecretDetailsDocument, options);
        }
export type SecretDetailsQueryHookResult = ReturnType<typeof useSecretDetailsQuery>;
export type SecretDetailsLazyQueryHookResult = ReturnType<typeof useSecretDetailsLazyQuery>;
export type SecretDetailsSuspenseQueryHookResult = ReturnType<typeof useSecretDetailsSuspenseQuery>;
export type SecretDetailsQueryResult = ApolloReactHooks.useQuery.Result<SecretDetailsQuery, SecretDetailsQueryVariables>;
export const SecretReferencesDocument = gql`
    query SecretReferences($key: String!) {
  secret(key: $key) {
    id
    references {
      ownerType
      ownerId
      ownerName
      environments
    }
  }
}
    `;

/**
 * __useSecretReferencesQuery__
 *
 * To run a query within a React component, call `useSecretReferencesQuery` and pass it any options that fit your needs.
 * When your component renders, `useSecretReferencesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSecretReferencesQuery({
 *   variables: {
 *      key: // value for 'key'
 *   },
 * });
 */
export function useSecretReferencesQuery(baseOptions: ApolloReactHooks.useQuery.Options<SecretReferencesQuery, SecretReferencesQueryVariables> & ({ variables: SecretReferencesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SecretReferencesQuery, SecretReferencesQueryVariables>(SecretReferencesDocument, options);
      }
export function useSecretReferencesLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SecretReferencesQuery, SecretReferencesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SecretReferencesQuery, SecretReferencesQueryVariables>(SecretReferencesDocument, options);
        }
export function useSecretReferencesSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SecretReferencesQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SecretReferencesQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SecretReferencesQuery, SecretReferencesQueryVariables>(SecretReferencesDocument, options);
        }
export type SecretReferencesQueryHookResult = ReturnType<typeof useSecretReferencesQuery>;
export type SecretReferencesLazyQueryHookResult = ReturnType<typeof useSecretReferencesLazyQuery>;
export type SecretReferencesSuspenseQueryHookResult = ReturnType<typeof useSecretReferencesSuspenseQuery>;
export type SecretReferencesQueryResult = ApolloReactHooks.useQuery.Result<SecretReferencesQuery, SecretReferencesQueryVariables>;
export const CreateSecretDocument = gql`
    mutation CreateSecret($input: CreateSecretInput!) {
  createSecret(input: $input) {
    ...SecretFields
  }
}
    ${SecretFieldsFragmentDoc}`;
export type CreateSecretMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateSecretMutation, CreateSecretMutationVariables>;

/**
 * __useCreateSecretMutation__
 *
 * To run a mutation, you first call `useCreateSecretMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateSecretMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createSecretMutation, { data, loading, error }] = useCreateSecretMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateSecretMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateSecretMutation, CreateSecretMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateSecretMutation, CreateSecretMutationVariables>(CreateSecretDocument, options);
      }
export type CreateSecretMutationHookResult = ReturnType<typeof useCreateSecretMutation>;
export type CreateSecretMutationResult = ApolloReactHooks.useMutation.Result<CreateSecretMutation>;
export type CreateSecretMutationOptions = ApolloReactHooks.useMutation.Options<CreateSecretMutation, CreateSecretMutationVariables>;
export const UpdateSecretDocument = gql`
    mutation UpdateSecret($key: String!, $input: UpdateSecretInput!) {
  updateSecret(key: $key, input: $input) {
    ...SecretFields
    versions {
      ...SecretVersionFields
    }
  }
}
    ${SecretFieldsFragmentDoc}
${SecretVersionFieldsFragmentDoc}`;
export type UpdateSecretMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateSecretMutation, UpdateSecretMutationVariables>;

/**
 * __useUpdateSecretMutation__
 *
 * To run a mutation, you first call `useUpdateSecretMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateSecretMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateSecretMutation, { data, loading, error }] = useUpdateSecretMutation({
 *   variables: {
 *      key: // value for 'key'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateSecretMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateSecretMutation, UpdateSecretMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateSecretMutation, UpdateSecretMutationVariables>(UpdateSecretDocument, options);
      }
export type UpdateSecretMutationHookResult = ReturnType<typeof useUpdateSecretMutation>;
export type UpdateSecretMutationResult = ApolloReactHooks.useMutation.Result<UpdateSecretMutation>;
export type UpdateSecretMutationOptions = ApolloReactHooks.useMutation.Options<UpdateSecretMutation, UpdateSecretMutationVariables>;
export const RestoreSecretVersionDocument = gql`
    mutation RestoreSecretVersion($key: String!, $environment: String!, $version: Int!) {
  restoreSecretVersion(key: $key, environment: $environment, version: $version) {
    ...SecretFields
    versions {
      ...SecretVersionFields
    }
  }
}
    ${SecretFieldsFragmentDoc}
${SecretVersionFieldsFragmentDoc}`;
export type RestoreSecretVersionMutationFn = ApolloReactHooks.useMutation.MutationFunction<RestoreSecretVersionMutation, RestoreSecretVersionMutationVariables>;

/**
 * __useRestoreSecretVersionMutation__
 *
 * To run a mutation, you first call `useRestoreSecretVersionMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRestoreSecretVersionMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [restoreSecretVersionMutation, { data, loading, error }] = useRestoreSecretVersionMutation({
 *   variables: {
 *      key: // value for 'key'
 *      environment: // value for 'environment'
 *      version: // value for 'version'
 *   },
 * });
 */
export function useRestoreSecretVersionMutation(baseOptions?: ApolloReactHooks.useMutation.Options<RestoreSecretVersionMutation, RestoreSecretVersionMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<RestoreSecretVersionMutation, RestoreSecretVersionMutationVariables>(RestoreSecretVersionDocument, options);
      }
export type RestoreSecretVersionMutationHookResult = ReturnType<typeof useRestoreSecretVersionMutation>;
export type RestoreSecretVersionMutationResult = ApolloReactHooks.useMutation.Result<RestoreSecretVersionMutation>;
export type RestoreSecretVersionMutationOptions = ApolloReactHooks.useMutation.Options<RestoreSecretVersionMutation, RestoreSecretVersionMutationVariables>;
export const DeleteSecretDocument = gql`
    mutation DeleteSecret($key: String!) {
  deleteSecret(key: $key) {
    id
    key
  }
}
    `;
export type DeleteSecretMutationFn = ApolloReactHooks.useMutation.MutationFunction<DeleteSecretMutation, DeleteSecretMutationVariables>;

/**
 * __useDeleteSecretMutation__
 *
 * To run a mutation, you first call `useDeleteSecretMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteSecretMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteSecretMutation, { data, loading, error }] = useDeleteSecretMutation({
 *   variables: {
 *      key: // value for 'key'
 *   },
 * });
 */
export function useDeleteSecretMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DeleteSecretMutation, DeleteSecretMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteSecretMutation, DeleteSecretMutationVariables>(DeleteSecretDocument, options);
      }
export type DeleteSecretMutationHookResult = ReturnType<typeof useDeleteSecretMutation>;
export type DeleteSecretMutationResult = ApolloReactHooks.useMutation.Result<DeleteSecretMutation>;
export type DeleteSecretMutationOptions = ApolloReactHooks.useMutation.Options<DeleteSecretMutation, DeleteSecretMutationVariables>;
export const OrganizationSettingsDocument = gql`
    query OrganizationSettings {
  organization {
    ...OrganizationSettingsFields
  }
}
    ${OrganizationSettingsFieldsFragmentDoc}`;

/**
 * __useOrganizationSettingsQuery__
 *
 * To run a query within a React component, call `useOrganizationSettingsQuery` and pass it any options that fit your needs.
 * When your component renders, `useOrganizationSettingsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useOrganizationSettingsQuery({
 *   variables: {
 *   },
 * });
 */
export function useOrganizationSettingsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>(OrganizationSettingsDocument, options);
      }
export function useOrganizationSettingsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>(OrganizationSettingsDocument, options);
        }
export function useOrganizationSettingsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<OrganizationSettingsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<OrganizationSettingsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>(OrganizationSettingsDocument, options);
        }
export type OrganizationSettingsQueryHookResult = ReturnType<typeof useOrganizationSettingsQuery>;
export type OrganizationSettingsLazyQueryHookResult = ReturnType<typeof useOrganizationSettingsLazyQuery>;
export type OrganizationSettingsSuspenseQueryHookResult = ReturnType<typeof useOrganizationSettingsSuspenseQuery>;
export type OrganizationSettingsQueryResult = ApolloReactHooks.useQuery.Result<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>;
export const UpdateOrganizationSettingsDocument = gql`
    mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) {
    ...OrganizationSettingsFields
  }
}
    ${OrganizationSettingsFieldsFragmentDoc}`;
export type UpdateOrganizationSettingsMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>;

/**
 * __useUpdateOrganizationSettingsMutation__
 *
 * To run a mutation, you first call `useUpdateOrganizationSettingsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateOrganizationSettingsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateOrganizationSettingsMutation, { data, loading, error }] = useUpdateOrganizationSettingsMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateOrganizationSettingsMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>(UpdateOrganizationSettingsDocument, options);
      }
export type UpdateOrganizationSettingsMutationHookResult = ReturnType<typeof useUpdateOrganizationSettingsMutation>;
export type UpdateOrganizationSettingsMutationResult = ApolloReactHooks.useMutation.Result<UpdateOrganizationSettingsMutation>;
export type UpdateOrganizationSettingsMutationOptions = ApolloReactHooks.useMutation.Options<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>;
export const SsoProvidersDocument = gql`
    query SsoProviders {
  ssoProviders {
    ...SsoProviderFields
  }
}
    ${SsoProviderFieldsFragmentDoc}`;

/**
 * __useSsoProvidersQuery__
 *
 * To run a query within a React component, call `useSsoProvidersQuery` and pass it any options that fit your needs.
 * When your component renders, `useSsoProvidersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSsoProvidersQuery({
 *   variables: {
 *   },
 * });
 */
export function useSsoProvidersQuery(baseOptions?: ApolloReactHooks.useQuery.Options<SsoProvidersQuery, SsoProvidersQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SsoProvidersQuery, SsoProvidersQueryVariables>(SsoProvidersDocument, options);
      }
export function useSsoProvidersLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SsoProvidersQuery, SsoProvidersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SsoProvidersQuery, SsoProvidersQueryVariables>(SsoProvidersDocument, options);
        }
export function useSsoProvidersSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SsoProvidersQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SsoProvidersQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SsoProvidersQuery, SsoProvidersQueryVariables>(SsoProvidersDocument, options);
        }
export type SsoProvidersQueryHookResult = ReturnType<typeof useSsoProvidersQuery>;
export type SsoProvidersLazyQueryHookResult = ReturnType<typeof useSsoProvidersLazyQuery>;
export type SsoProvidersSuspenseQueryHookResult = ReturnType<typeof useSsoProvidersSuspenseQuery>;
export type SsoProvidersQueryResult = ApolloReactHooks.useQuery.Result<SsoProvidersQuery, SsoProvidersQueryVariables>;
export const CreateSsoProviderDocument = gql`
    mutation CreateSsoProvider($input: CreateSsoProviderInput!) {
  createSsoProvider(input: $input) {
    ...SsoProviderFields
  }
}
    ${SsoProviderFieldsFragmentDoc}`;
export type CreateSsoProviderMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateSsoProviderMutation, CreateSsoProviderMutationVariables>;

/**
 * __useCreateSsoProviderMutation__
 *
 * To run a mutation, you first call `useCreateSsoProviderMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateSsoProviderMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createSsoProviderMutation, { data, loading, error }] = useCreateSsoProviderMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateSsoProviderMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateSsoProviderMutation, CreateSsoProviderMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateSsoProviderMutation, CreateSsoProviderMutationVariables>(CreateSsoProviderDocument, options);
      }
export type CreateSsoProviderMutationHookResult = ReturnType<typeof useCreateSsoProviderMutation>;
export type CreateSsoProviderMutationResult = ApolloReactHooks.useMutation.Result<CreateSsoProviderMutation>;
export type CreateSsoProviderMutationOptions = ApolloReactHooks.useMutation.Options<CreateSsoProviderMutation, CreateSsoProviderMutationVariables>;
export const UpdateSsoProviderDocument = gql`
    mutation UpdateSsoProvider($id: ID!, $input: UpdateSsoProviderInput!) {
  updateSsoProvider(id: $id, input: $input) {
    ...SsoProviderFields
  }
}
    ${SsoProviderFieldsFragmentDoc}`;
export type UpdateSsoProviderMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateSsoProviderMutation, UpdateSsoProviderMutationVariables>;

/**
 * __useUpdateSsoProviderMutation__
 *
 * To run a mutation, you first call `useUpdateSsoProviderMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateSsoProviderMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateSsoProviderMutation, { data, loading, error }] = useUpdateSsoProviderMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateSsoProviderMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateSsoProviderMutation, UpdateSsoProviderMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateSsoProviderMutation, UpdateSsoProviderMutationVariables>(UpdateSsoProviderDocument, options);
      }
export type UpdateSsoProviderMutationHookResult = ReturnType<typeof useUpdateSsoProviderMutation>;
export type UpdateSsoProviderMutationResult = ApolloReactHooks.useMutation.Result<UpdateSsoProviderMutation>;
export type UpdateSsoProviderMutationOptions = ApolloReactHooks.useMutation.Options<UpdateSsoProviderMutation, UpdateSsoProviderMutationVariables>;
export const DeleteSsoProviderDocument = gql`
    mutation DeleteSsoProvider($id: ID!) {
  deleteSsoProvider(id: $id)
}
    `;
export type DeleteSsoProviderMutationFn = ApolloReactHooks.useMutation.MutationFunction<DeleteSsoProviderMutation, DeleteSsoProviderMutationVariables>;

/**
 * __useDeleteSsoProviderMutation__
 *
 * To run a mutation, you first call `useDeleteSsoProviderMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteSsoProviderMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteSsoProviderMutation, { data, loading, error }] = useDeleteSsoProviderMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteSsoProviderMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DeleteSsoProviderMutation, DeleteSsoProviderMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteSsoProviderMutation, DeleteSsoProviderMutationVariables>(DeleteSsoProviderDocument, options);
      }
export type DeleteSsoProviderMutationHookResult = ReturnType<typeof useDeleteSsoProviderMutation>;
export type DeleteSsoProviderMutationResult = ApolloReactHooks.useMutation.Result<DeleteSsoProviderMutation>;
export type DeleteSsoProviderMutationOptions = ApolloReactHooks.useMutation.Options<DeleteSsoProviderMutation, DeleteSsoProviderMutationVariables>;
export const UsersDocument = gql`
    query Users($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...UserRowFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    ${UserRowFieldsFragmentDoc}`;

/**
 * __useUsersQuery__
 *
 * To run a query within a React component, call `useUsersQuery` and pass it any options that fit your needs.
 * When your component renders, `useUsersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useUsersQuery({
 *   variables: {
 *      filter: // value for 'filter'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useUsersQuery(baseOptions?: ApolloReactHooks.useQuery.Options<UsersQuery, UsersQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<UsersQuery, UsersQueryVariables>(UsersDocument, options);
      }
export function useUsersLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<UsersQuery, UsersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<UsersQuery, UsersQueryVariables>(UsersDocument, options);
        }
export function useUsersSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<UsersQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<UsersQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<UsersQuery, UsersQueryVariables>(UsersDocument, options);
        }
export type UsersQueryHookResult = ReturnType<typeof useUsersQuery>;
export type UsersLazyQueryHookResult = ReturnType<typeof useUsersLazyQuery>;
export type UsersSuspenseQueryHookResult = ReturnType<typeof useUsersSuspenseQuery>;
export type UsersQueryResult = ApolloReactHooks.useQuery.Result<UsersQuery, UsersQueryVariables>;
export const UserFormOptionsDocument = gql`
    query UserFormOptions {
  roles {
    id
    name
    description
    builtIn
    permissions
  }
  signInMethods {
    method
    provider
    label
  }
}
    `;

/**
 * __useUserFormOptionsQuery__
 *
 * To run a query within a React component, call `useUserFormOptionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useUserFormOptionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useUserFormOptionsQuery({
 *   variables: {
 *   },
 * });
 */
export function useUserFormOptionsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<UserFormOptionsQuery, UserFormOptionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<UserFormOptionsQuery, UserFormOptionsQueryVariables>(UserFormOptionsDocument, options);
      }
export function useUserFormOptionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<UserFormOptionsQuery, UserFormOptionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<UserFormOptionsQuery, UserFormOptionsQueryVariables>(UserFormOptionsDocument, options);
        }
export function useUserFormOptionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<UserFormOptionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<UserFormOptionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<UserFormOptionsQuery, UserFormOptionsQueryVariables>(UserFormOptionsDocument, options);
        }
export type UserFormOptionsQueryHookResult = ReturnType<typeof useUserFormOptionsQuery>;
export type UserFormOptionsLazyQueryHookResult = ReturnType<typeof useUserFormOptionsLazyQuery>;
export type UserFormOptionsSuspenseQueryHookResult = ReturnType<typeof useUserFormOptionsSuspenseQuery>;
export type UserFormOptionsQueryResult = ApolloReactHooks.useQuery.Result<UserFormOptionsQuery, UserFormOptionsQueryVariables>;
export const InviteUserDocument = gql`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type InviteUserMutationFn = ApolloReactHooks.useMutation.MutationFunction<InviteUserMutation, InviteUserMutationVariables>;

/**
 * __useInviteUserMutation__
 *
 * To run a mutation, you first call `useInviteUserMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useInviteUserMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [inviteUserMutation, { data, loading, error }] = useInviteUserMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useInviteUserMutation(baseOptions?: ApolloReactHooks.useMutation.Options<InviteUserMutation, InviteUserMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<InviteUserMutation, InviteUserMutationVariables>(InviteUserDocument, options);
      }
export type InviteUserMutationHookResult = ReturnType<typeof useInviteUserMutation>;
export type InviteUserMutationResult = ApolloReactHooks.useMutation.Result<InviteUserMutation>;
export type InviteUserMutationOptions = ApolloReactHooks.useMutation.Options<InviteUserMutation, InviteUserMutationVariables>;
export const CreateUserDocument = gql`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type CreateUserMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateUserMutation, CreateUserMutationVariables>;

/**
 * __useCreateUserMutation__
 *
 * To run a mutation, you first call `useCreateUserMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateUserMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createUserMutation, { data, loading, error }] = useCreateUserMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateUserMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateUserMutation, CreateUserMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateUserMutation, CreateUserMutationVariables>(CreateUserDocument, options);
      }
export type CreateUserMutationHookResult = ReturnType<typeof useCreateUserMutation>;
export type CreateUserMutationResult = ApolloReactHooks.useMutation.Result<CreateUserMutation>;
export type CreateUserMutationOptions = ApolloReactHooks.useMutation.Options<CreateUserMutation, CreateUserMutationVariables>;
export const ResendInvitationDocument = gql`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type ResendInvitationMutationFn = ApolloReactHooks.useMutation.MutationFunction<ResendInvitationMutation, ResendInvitationMutationVariables>;

/**
 * __useResendInvitationMutation__
 *
 * To run a mutation, you first call `useResendInvitationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useResendInvitationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [resendInvitationMutation, { data, loading, error }] = useResendInvitationMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useResendInvitationMutation(baseOptions?: ApolloReactHooks.useMutation.Options<ResendInvitationMutation, ResendInvitationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ResendInvitationMutation, ResendInvitationMutationVariables>(ResendInvitationDocument, options);
      }
export type ResendInvitationMutationHookResult = ReturnType<typeof useResendInvitationMutation>;
export type ResendInvitationMutationResult = ApolloReactHooks.useMutation.Result<ResendInvitationMutation>;
export type ResendInvitationMutationOptions = ApolloReactHooks.useMutation.Options<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const UpdateUserDocument = gql`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type UpdateUserMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateUserMutation, UpdateUserMutationVariables>;

/**
 * __useUpdateUserMutation__
 *
 * To run a mutation, you first call `useUpdateUserMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateUserMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateUserMutation, { data, loading, error }] = useUpdateUserMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateUserMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateUserMutation, UpdateUserMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateUserMutation, UpdateUserMutationVariables>(UpdateUserDocument, options);
      }
export type UpdateUserMutationHookResult = ReturnType<typeof useUpdateUserMutation>;
export type UpdateUserMutationResult = ApolloReactHooks.useMutation.Result<UpdateUserMutation>;
export type UpdateUserMutationOptions = ApolloReactHooks.useMutation.Options<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserRolesDocument = gql`
    mutation SetUserRoles($id: ID!, $roleIds: [ID!]!) {
  setUserRoles(id: $id, roleIds: $roleIds) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type SetUserRolesMutationFn = ApolloReactHooks.useMutation.MutationFunction<SetUserRolesMutation, SetUserRolesMutationVariables>;

/**
 * __useSetUserRolesMutation__
 *
 * To run a mutation, you first call `useSetUserRolesMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetUserRolesMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setUserRolesMutation, { data, loading, error }] = useSetUserRolesMutation({
 *   variables: {
 *      id: // value for 'id'
 *      roleIds: // value for 'roleIds'
 *   },
 * });
 */
export function useSetUserRolesMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SetUserRolesMutation, SetUserRolesMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetUserRolesMutation, SetUserRolesMutationVariables>(SetUserRolesDocument, options);
      }
export type SetUserRolesMutationHookResult = ReturnType<typeof useSetUserRolesMutation>;
export type SetUserRolesMutationResult = ApolloReactHooks.useMutation.Result<SetUserRolesMutation>;
export type SetUserRolesMutationOptions = ApolloReactHooks.useMutation.Options<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const SetUsersRolesDocument = gql`
    mutation SetUsersRoles($ids: [ID!]!, $roleIds: [ID!]!) {
  setUsersRoles(ids: $ids, roleIds: $roleIds) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type SetUsersRolesMutationFn = ApolloReactHooks.useMutation.MutationFunction<SetUsersRolesMutation, SetUsersRolesMutationVariables>;

/**
 * __useSetUsersRolesMutation__
 *
 * To run a mutation, you first call `useSetUsersRolesMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSetUsersRolesMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [setUsersRolesMutation, { data, loading, error }] = useSetUsersRolesMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *      roleIds: // value for 'roleIds'
 *   },
 * });
 */
export function useSetUsersRolesMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SetUsersRolesMutation, SetUsersRolesMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SetUsersRolesMutation, SetUsersRolesMutationVariables>(SetUsersRolesDocument, options);
      }
export type SetUsersRolesMutationHookResult = ReturnType<typeof useSetUsersRolesMutation>;
export type SetUsersRolesMutationResult = ApolloReactHooks.useMutation.Result<SetUsersRolesMutation>;
export type SetUsersRolesMutationOptions = ApolloReactHooks.useMutation.Options<SetUsersRolesMutation, SetUsersRolesMutationVariables>;
export const DisableUsersDocument = gql`
    mutation DisableUsers($ids: [ID!]!) {
  disableUsers(ids: $ids) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type DisableUsersMutationFn = ApolloReactHooks.useMutation.MutationFunction<DisableUsersMutation, DisableUsersMutationVariables>;

/**
 * __useDisableUsersMutation__
 *
 * To run a mutation, you first call `useDisableUsersMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDisableUsersMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [disableUsersMutation, { data, loading, error }] = useDisableUsersMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *   },
 * });
 */
export function useDisableUsersMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DisableUsersMutation, DisableUsersMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DisableUsersMutation, DisableUsersMutationVariables>(DisableUsersDocument, options);
      }
export type DisableUsersMutationHookResult = ReturnType<typeof useDisableUsersMutation>;
export type DisableUsersMutationResult = ApolloReactHooks.useMutation.Result<DisableUsersMutation>;
export type DisableUsersMutationOptions = ApolloReactHooks.useMutation.Options<DisableUsersMutation, DisableUsersMutationVariables>;
export const EnableUsersDocument = gql`
    mutation EnableUsers($ids: [ID!]!) {
  enableUsers(ids: $ids) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type EnableUsersMutationFn = ApolloReactHooks.useMutation.MutationFunction<EnableUsersMutation, EnableUsersMutationVariables>;

/**
 * __useEnableUsersMutation__
 *
 * To run a mutation, you first call `useEnableUsersMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useEnableUsersMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [enableUsersMutation, { data, loading, error }] = useEnableUsersMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *   },
 * });
 */
export function useEnableUsersMutation(baseOptions?: ApolloReactHooks.useMutation.Options<EnableUsersMutation, EnableUsersMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<EnableUsersMutation, EnableUsersMutationVariables>(EnableUsersDocument, options);
      }
export type EnableUsersMutationHookResult = ReturnType<typeof useEnableUsersMutation>;
export type EnableUsersMutationResult = ApolloReactHooks.useMutation.Result<EnableUsersMutation>;
export type EnableUsersMutationOptions = ApolloReactHooks.useMutation.Options<EnableUsersMutation, EnableUsersMutationVariables>;
export const DeleteUsersDocument = gql`
    mutation DeleteUsers($ids: [ID!]!) {
  deleteUsers(ids: $ids)
}
    `;
export type DeleteUsersMutationFn = ApolloReactHooks.useMutation.MutationFunction<DeleteUsersMutation, DeleteUsersMutationVariables>;

/**
 * __useDeleteUsersMutation__
 *
 * To run a mutation, you first call `useDeleteUsersMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteUsersMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteUsersMutation, { data, loading, error }] = useDeleteUsersMutation({
 *   variables: {
 *      ids: // value for 'ids'
 *   },
 * });
 */
export function useDeleteUsersMutation(baseOptions?: ApolloReactHooks.useMutation.Options<DeleteUsersMutation, DeleteUsersMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<DeleteUsersMutation, DeleteUsersMutationVariables>(DeleteUsersDocument, options);
      }
export type DeleteUsersMutationHookResult = ReturnType<typeof useDeleteUsersMutation>;
export type DeleteUsersMutationResult = ApolloReactHooks.useMutation.Result<DeleteUsersMutation>;
export type DeleteUsersMutationOptions = ApolloReactHooks.useMutation.Options<DeleteUsersMutation, DeleteUsersMutationVariables>;
export const ResetUserPasswordDocument = gql`
    mutation ResetUserPassword($id: ID!, $password: String!) {
  resetUserPassword(id: $id, password: $password) {
    ...UserRowFields
  }
}
    ${UserRowFieldsFragmentDoc}`;
export type ResetUserPasswordMutationFn = ApolloReactHooks.useMutation.MutationFunction<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;

/**
 * __useResetUserPasswordMutation__
 *
 * To run a mutation, you first call `useResetUserPasswordMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useResetUserPasswordMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [resetUserPasswordMutation, { data, loading, error }] = useResetUserPasswordMutation({
 *   variables: {
 *      id: // value for 'id'
 *      password: // value for 'password'
 *   },
 * });
 */
export function useResetUserPasswordMutation(baseOptions?: ApolloReactHooks.useMutation.Options<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>(ResetUserPasswordDocument, options);
      }
export type ResetUserPasswordMutationHookResult = ReturnType<typeof useResetUserPasswordMutation>;
export type ResetUserPasswordMutationResult = ApolloReactHooks.useMutation.Result<ResetUserPasswordMutation>;
export type ResetUserPasswordMutationOptions = ApolloReactHooks.useMutation.Options<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;