import type { Permission } from '@keyward/shared/permissions';
import {
  IconAdjustmentsHorizontal,
  IconBuilding,
  IconKey,
  IconListDetails,
  IconLock,
  IconPlugConnected,
  IconShieldCheck,
  IconShieldLock,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';

export interface AdminNavItem {
  label: string;
  to: string;
  icon: TablerIcon;
  /** The viewer needs it to see the item. */
  permission: Permission;
  /** Platform pages: shown to super admins only, whatever a custom role grants. */
  superAdminOnly?: boolean;
}

export interface AdminNavGroup {
  label: string | null;
  items: AdminNavItem[];
}

export const ADMIN_NAVIGATION: AdminNavGroup[] = [
  {
    label: 'Security',
    items: [
      { label: 'Users', to: '/admin/security/users', icon: IconUsers, permission: 'USERS_READ' },
      { label: 'Roles', to: '/admin/security/roles', icon: IconShieldCheck, permission: 'ROLES_READ' },
      { label: 'API Keys', to: '/admin/security/api-keys', icon: IconKey, permission: 'API_KEYS_READ' },
      { label: 'Secrets', to: '/admin/security/secrets', icon: IconLock, permission: 'SECRETS_READ' },
      { label: 'Single sign-on', to: '/admin/security/single-sign-on', icon: IconShieldLock, permission: 'SETTINGS_READ' },
    ],
  },
  {
    label: null,
    items: [
      { label: 'Integrations', to: '/admin/integrations', icon: IconPlugConnected, permission: 'INTEGRATIONS_READ' },
      { label: 'Audit log', to: '/admin/audit', icon: IconListDetails, permission: 'AUDIT_READ' },
      { label: 'Settings', to: '/admin/settings', icon: IconAdjustmentsHorizontal, permission: 'SETTINGS_READ' },
    ],
  },
  {
    label: 'Platform',
    items: [{ label: 'Organizations', to: '/admin/organizations', icon: IconBuilding, permission: 'ORGANIZATIONS_MANAGE', superAdminOnly: true }],
  },
];

interface NavigationViewer {
  permissions: readonly string[];
  isSuperAdmin: boolean;
}

/** The navigation the viewer may see: items without their permission (or super admin status) are left out, then empty groups. */
export function visibleAdminNavigation(viewer: NavigationViewer): AdminNavGroup[] {
  const visible = (item: AdminNavItem) => viewer.permissions.includes(item.permission) && (!item.superAdminOnly || viewer.isSuperAdmin);
  return ADMIN_NAVIGATION.map((group) => ({ ...group, items: group.items.filter(visible) })).filter((group) => group.items.length > 0);
}
