import type { Permission } from '@keyward/shared/permissions';
import {
  IconAdjustmentsHorizontal,
  IconKey,
  IconListDetails,
  IconLock,
  IconPlugConnected,
  IconShieldCheck,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';

export interface AdminNavItem {
  label: string;
  to: string;
  icon: TablerIcon;
  /** The viewer needs it to see the item. */
  permission: Permission;
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
];

/** The navigation the viewer may see: items without their permission are left out, then empty groups. */
export function visibleAdminNavigation(permissions: readonly string[]): AdminNavGroup[] {
  return ADMIN_NAVIGATION.map((group) => ({
    ...group,
    items: group.items.filter((item) => permissions.includes(item.permission)),
  })).filter((group) => group.items.length > 0);
}
