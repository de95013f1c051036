/**
 * The permission catalog: the one list both the server (enforcement, `@requires`)
 * and the SPA (what to offer) read. Adding a permission is one entry here.
 */
export const PERMISSION_AREAS = [
  'Organization',
  'Users',
  'Roles',
  'API keys',
  'Secrets',
  'Integrations',
  'Connections',
  'Flows',
  'Audit',
] as const;
export type PermissionArea = (typeof PERMISSION_AREAS)[number];

interface PermissionSpec {
  label: string;
  area: PermissionArea;
  /** Only super admins may hold it; organization roles can never include it. */
  superAdminOnly?: boolean;
}

export const PERMISSIONS = {
  SETTINGS_READ: { label: 'View organization settings', area: 'Organization' },
  SETTINGS_MANAGE: { label: 'Change organization settings', area: 'Organization' },
  ORGANIZATIONS_MANAGE: { label: 'Manage all organizations', area: 'Organization', superAdminOnly: true },
  USERS_READ: { label: 'View users', area: 'Users' },
  USERS_MANAGE: { label: 'Invite, edit, disable and delete users', area: 'Users' },
  USERS_RESET_PASSWORD: { label: "Reset other users' passwords", area: 'Users', superAdminOnly: true },
  ROLES_READ: { label: 'View roles', area: 'Roles' },
  ROLES_MANAGE: { label: 'Create, edit and delete custom roles', area: 'Roles' },
  API_KEYS_READ: { label: 'View API keys', area: 'API keys' },
  API_KEYS_MANAGE: { label: 'Create, suspend, revoke and delete API keys', area: 'API keys' },
  SECRETS_READ: { label: 'View secret names (never values)', area: 'Secrets' },
  SECRETS_MANAGE: { label: 'Create, change and delete secrets', area: 'Secrets' },
  INTEGRATIONS_READ: { label: 'View integrations', area: 'Integrations' },
  INTEGRATIONS_MANAGE: { label: 'Manage organization integrations', area: 'Integrations' },
  SYSTEM_INTEGRATIONS_MANAGE: { label: 'Manage system integrations', area: 'Integrations', superAdminOnly: true },
  CONNECTIONS_READ: { label: 'View connections', area: 'Connections' },
  CONNECTIONS_MANAGE: { label: 'Create and configure connections', area: 'Connections' },
  CONNECTIONS_RESOLVE: { label: 'Resolve connection credentials at runtime', area: 'Connections' },
  CONNECTIONS_RESOLVE_ON_BEHALF: { label: "Resolve a member's personal connection on their behalf (runtime keys)", area: 'Connections' },
  FLOWS_READ: { label: 'View flows', area: 'Flows' },
  FLOWS_MANAGE: { label: 'Create and edit flows', area: 'Flows' },
  FLOWS_EXECUTE: { label: 'Execute workflows', area: 'Flows' },
  AUDIT_READ: { label: 'View the audit log', area: 'Audit' },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

export function isSuperAdminOnly(permission: Permission): boolean {
  const spec: PermissionSpec = PERMISSIONS[permission];
  return spec.superAdminOnly === true;
}

const READ_PERMISSIONS = ALL_PERMISSIONS.filter((p) => p.endsWith('_READ'));

export const BUILT_IN_ROLES = {
  SUPER_ADMIN: {
    name: 'Super Admin',
    description: 'Full access to all organizations, system integrations and user management.',
    permissions: ALL_PERMISSIONS,
  },
  ORG_ADMIN: {
    name: 'Org Admin',
    description: 'Full access within the organization: users, API keys, secrets, integrations.',
    permissions: ALL_PERMISSIONS.filter((p) => !isSuperAdminOnly(p)),
  },
  MEMBER: {
    name: 'Member',
    description: 'Creates flows, executes workflows and manages their own connections.',
    permissions: [
      'SETTINGS_READ',
      'SECRETS_READ',
      'INTEGRATIONS_READ',
      'CONNECTIONS_READ',
      'CONNECTIONS_MANAGE',
      'CONNECTIONS_RESOLVE',
      'FLOWS_READ',
      'FLOWS_MANAGE',
      'FLOWS_EXECUTE',
    ],
  },
  READ_ONLY: {
    name: 'Read-only',
    description: 'Sees everything in the organization, changes nothing.',
    permissions: READ_PERMISSIONS,
  },
} as const satisfies Record<string, { name: string; description: string; permissions: readonly Permission[] }>;

export type BuiltInRoleKey = keyof typeof BUILT_IN_ROLES;
