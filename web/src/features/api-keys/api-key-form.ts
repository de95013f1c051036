import {
  API_KEY_DESCRIPTION_MAX,
  API_KEY_EXPIRATION_DAYS,
  API_KEY_NAME_MAX,
  effectiveApiKeyPermissions,
  rolePermissions,
  scopesForPreset,
  type ApiKeyScopePreset,
} from '@keyward/shared/api-keys';
import { isPermission, type Permission } from '@keyward/shared/permissions';
import { z } from 'zod';

export interface RoleChoice {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  permissions: readonly string[];
}

export const SCOPE_PRESET_OPTIONS: { value: ApiKeyScopePreset; label: string; description: string }[] = [
  { value: 'READ', label: 'Read', description: "Only the roles' read permissions." },
  { value: 'WRITE', label: 'Write', description: 'Read, plus changing secrets, integrations, connections and flows.' },
  { value: 'ADMIN', label: 'Admin', description: 'Everything the selected roles allow.' },
  { value: 'CUSTOM', label: 'Custom', description: "Pick from the roles' permissions." },
];

/**
 * The scope badge of a key: what it can do, not the preset's name alone. A key that can only read
 * is "Read-only" whatever its preset (a Read-only role with no narrowing is no admin key), and the
 * unnarrowed preset says that it has all its roles' permissions rather than "Admin".
 */
export function scopeBadgeLabel(preset: string, permissions: readonly string[]): string {
  if (permissions.length > 0 && permissions.every((p) => p.endsWith('_READ'))) return 'Read-only';
  if (permissions.length === 0) return 'No permissions';
  switch (preset) {
    case 'READ':
      return 'Read';
    case 'WRITE':
      return 'Write';
    case 'ADMIN':
      return 'All role permissions';
    default:
      return 'Custom';
  }
}

export const EXPIRATION_OPTIONS = [
  { value: 'never', label: 'Never' },
  ...API_KEY_EXPIRATION_DAYS.map((days) => ({ value: String(days), label: `${days} days` })),
  { value: 'date', label: 'On a date…' },
];

const optionalLimit = z.union([z.number().int('Use a whole number.').min(1, 'At least 1.'), z.literal('')]);

export const identitySchema = {
  name: z.string().trim().min(1, 'A name is required.').max(API_KEY_NAME_MAX, `Use at most ${API_KEY_NAME_MAX} characters.`),
  description: z.string().trim().max(API_KEY_DESCRIPTION_MAX, `Use at most ${API_KEY_DESCRIPTION_MAX} characters.`),
  roleIds: z.array(z.string()).min(1, 'Choose at least one role.'),
  scopePreset: z.enum(['READ', 'WRITE', 'ADMIN', 'CUSTOM']),
  customScopes: z.array(z.string()),
};

export const createApiKeySchema = z
  .object({
    ...identitySchema,
    expiration: z.string(),
    expiresOn: z.string(),
    perMinute: optionalLimit,
    perHour: optionalLimit,
  })
  .superRefine((values, ctx) => {
    if (values.scopePreset === 'CUSTOM' && values.customScopes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['customScopes'], message: 'Choose at least one permission.' });
    }
    if (values.expiration === 'date') {
      const date = values.expiresOn ? new Date(`${values.expiresOn}T23:59:59`) : null;
      if (date === null || Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Choose the expiry date.' });
      } else if (date.getTime() <= Date.now()) {
        ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'The expiry date must be in the future.' });
      }
    }
  });

export type CreateApiKeyValues = z.infer<typeof createApiKeySchema>;

export const editApiKeySchema = z.object(identitySchema).superRefine((values, ctx) => {
  if (values.scopePreset === 'CUSTOM' && values.customScopes.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['customScopes'], message: 'Choose at least one permission.' });
  }
});

export type EditApiKeyValues = z.infer<typeof editApiKeySchema>;

/** Roles a key can hold: every role of the organization except Super Admin (keys act inside one organization). */
export function keyRoles<R extends RoleChoice>(roles: readonly R[]): R[] {
  return roles.filter((role) => !(role.builtIn && role.name === 'Super Admin'));
}

function asPermissions(values: readonly string[]): Permission[] {
  return values.filter(isPermission);
}

/** The permissions the selected roles grant (what scopes can be picked from). */
export function grantedBy(roles: readonly RoleChoice[], roleIds: readonly string[]): Permission[] {
  return rolePermissions(roles.filter((r) => roleIds.includes(r.id)).map((r) => ({ permissions: asPermissions(r.permissions) })));
}

/** The `scopes` the API takes for a preset: null for Admin (no narrowing). */
export function scopesFor(preset: ApiKeyScopePreset, customScopes: readonly string[], fromRoles: readonly Permission[]): Permission[] | null {
  if (preset === 'CUSTOM') return asPermissions(customScopes).filter((p) => fromRoles.includes(p));
  return scopesForPreset(preset, fromRoles);
}

/**
 * The permissions the key would get that the viewer does not hold; the server refuses those
 * too (nobody gives a key a permission they lack).
 */
export function beyondViewer(fromRoles: readonly Permission[], scopes: readonly Permission[] | null, viewerPermissions: readonly string[]): Permission[] {
  return effectiveApiKeyPermissions(fromRoles, scopes).filter((p) => !viewerPermissions.includes(p));
}

/** Server field names (dotted paths into the input) → form fields. */
export const CREATE_SERVER_FIELDS: Partial<Record<string, keyof CreateApiKeyValues>> = {
  name: 'name',
  description: 'description',
  roleIds: 'roleIds',
  scopes: 'customScopes',
  expiresAt: 'expiresOn',
  expiresInDays: 'expiration',
  'rateLimit.perMinute': 'perMinute',
  'rateLimit.perHour': 'perHour',
};

export function formatLimit(value: number): string {
  return value.toLocaleString('en-US');
}
