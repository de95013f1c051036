/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type ApiKeyStatsFieldsFragment = { total: number, active: number, suspended: number, revoked: number, expired: number, expiringSoon: number, callsToday: number };

export type ApiKeyRowFieldsFragment = { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> };

export type ApiKeysQueryVariables = Exact<{
  filter?: ApiKeyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, description: string, maskedKey: string, status: ApiKeyStatus, scopes: Array<Permission> | null, scopePreset: ApiKeyScopePreset, permissions: Array<Permission>, rateLimitPerMinute: number | null, rateLimitPerHour: number | null, expiresAt: string | null, expiringSoon: boolean, lastUsedAt: string | null, createdAt: string, viewerCanManage: boolean, viewerMissingPermissions: Array<Permission>, rateLimit: { perMinute: number, perHour: number }, roles: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, isSuperAdmin: boolean, mustChangePassword: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } };

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

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

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

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

export type UserRowFieldsFragment = { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UserFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserFormOptionsQuery = { roles: Array<{ id: string, name: string, description: string, builtIn: boolean, permissions: Array<Permission> }>, signInMethods: Array<{ method: SignInMethod, provider: string | null, label: string }> };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, email: string, firstName: string | null, lastName: string | null, displayName: string, signInMethod: SignInMethod, ssoProvider: string | null, ssoProviderName: string | null, status: UserStatus, isSuperAdmin: boolean, lastLoginAt: string | null, createdAt: string, roles: Array<{ id: string, name: string }>, invitation: { sentAt: string, expiresAt: string, expired: boolean } | null } };

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
