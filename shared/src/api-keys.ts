/**
 * API-key rules the server enforces and the SPA renders: scope presets, the effective
 * permissions of a key, rate-limit bounds, expiration and roll grace periods.
 */
import type { FieldProblem, RateLimitPair } from './organization-settings';
import { ALL_PERMISSIONS, isSuperAdminOnly, type Permission } from './permissions';

export const API_KEY_NAME_MAX = 100;
export const API_KEY_DESCRIPTION_MAX = 500;

export type ApiKeyScopePreset = 'READ' | 'WRITE' | 'ADMIN' | 'CUSTOM';

/** Permissions a key can hold at all: keys act inside one organization, never as a super admin. */
export const API_KEY_GRANTABLE_PERMISSIONS: readonly Permission[] = ALL_PERMISSIONS.filter((p) => !isSuperAdminOnly(p));

const READ: readonly Permission[] = API_KEY_GRANTABLE_PERMISSIONS.filter((p) => p.endsWith('_READ'));
const WRITE: readonly Permission[] = [
  ...READ,
  'SECRETS_MANAGE',
  'INTEGRATIONS_MANAGE',
  'CONNECTIONS_MANAGE',
  'CONNECTIONS_RESOLVE',
  'FLOWS_MANAGE',
  'FLOWS_EXECUTE',
];

export const API_KEY_SCOPE_PRESETS: Record<Exclude<ApiKeyScopePreset, 'CUSTOM'>, { label: string; description: string; permissions: readonly Permission[] }> = {
  READ: { label: 'Read', description: 'Read-only access to what the roles allow.', permissions: READ },
  WRITE: {
    label: 'Write',
    description: 'Read, plus creating and changing secrets, integrations, connections and flows.',
    permissions: WRITE,
  },
  ADMIN: { label: 'Admin', description: "Everything the selected roles allow (no narrowing).", permissions: API_KEY_GRANTABLE_PERMISSIONS },
};

/** The union of the roles' permissions a key could hold. */
export function rolePermissions(roles: readonly { permissions: readonly Permission[] }[]): Permission[] {
  const granted = new Set(roles.flatMap((r) => r.permissions));
  return API_KEY_GRANTABLE_PERMISSIONS.filter((p) => granted.has(p));
}

/**
 * What a key may do: its roles' permissions, narrowed by its scopes when it has any
 * (`null` scopes = no narrowing), never a super-admin permission.
 */
export function effectiveApiKeyPermissions(fromRoles: readonly Permission[], scopes: readonly Permission[] | null): Permission[] {
  const granted = new Set(fromRoles);
  const narrowed = scopes === null ? null : new Set(scopes);
  return API_KEY_GRANTABLE_PERMISSIONS.filter((p) => granted.has(p) && (narrowed === null || narrowed.has(p)));
}

/** The scope list a preset stands for, given the roles' permissions (`null` for ADMIN: no narrowing). */
export function scopesForPreset(preset: Exclude<ApiKeyScopePreset, 'CUSTOM'>, fromRoles: readonly Permission[]): Permission[] | null {
  if (preset === 'ADMIN') return null;
  const included = new Set(API_KEY_SCOPE_PRESETS[preset].permissions);
  return fromRoles.filter((p) => included.has(p));
}

/** The preset a stored scope list corresponds to, for display (READ wins when READ and WRITE coincide). */
export function scopePresetOf(scopes: readonly Permission[] | null, fromRoles: readonly Permission[]): ApiKeyScopePreset {
  if (scopes === null) return 'ADMIN';
  const stored = new Set(scopes);
  for (const preset of ['READ', 'WRITE'] as const) {
    const expected = scopesForPreset(preset, fromRoles) ?? [];
    if (expected.length === stored.size && expected.every((p) => stored.has(p))) return preset;
  }
  return 'CUSTOM';
}

/** A key's own limits; `null` means "the organization default". */
export interface ApiKeyRateLimitInput {
  perMinute: number | null;
  perHour: number | null;
}

export interface OrganizationRateLimits {
  defaultRateLimit: RateLimitPair;
  rateLimitCeiling: RateLimitPair;
}

/** The limit a key runs under: its own or the default, never above the ceiling (which may have dropped since). */
export function effectiveRateLimit(own: ApiKeyRateLimitInput, org: OrganizationRateLimits): RateLimitPair {
  return {
    perMinute: Math.min(own.perMinute ?? org.defaultRateLimit.perMinute, org.rateLimitCeiling.perMinute),
    perHour: Math.min(own.perHour ?? org.defaultRateLimit.perHour, org.rateLimitCeiling.perHour),
  };
}

/** Problems with a key's own limits; `prefix` is the dotted path of the limits in the input. */
export function validateApiKeyRateLimit(own: ApiKeyRateLimitInput, org: OrganizationRateLimits, prefix = ''): FieldProblem[] {
  const field = (unit: string) => (prefix ? `${prefix}.${unit}` : unit);
  const problems: FieldProblem[] = [];
  const units = [
    ['perMinute', 'per minute'],
    ['perHour', 'per hour'],
  ] as const;
  for (const [unit, words] of units) {
    const value = own[unit];
    if (value === null) continue;
    const ceiling = org.rateLimitCeiling[unit];
    if (!Number.isInteger(value) || value < 1) {
      problems.push({ field: field(unit), message: 'Must be a whole number of at least 1.' });
    } else if (value > ceiling) {
      problems.push({ field: field(unit), message: `At most ${ceiling.toLocaleString('en-US')} requests ${words} (the organization's ceiling).` });
    }
  }
  if (problems.length === 0) {
    const perMinute = own.perMinute ?? org.defaultRateLimit.perMinute;
    const perHour = own.perHour ?? org.defaultRateLimit.perHour;
    if (perHour < perMinute) {
      problems.push({ field: field('perHour'), message: 'Requests per hour cannot be fewer than requests per minute.' });
    }
  }
  return problems;
}

/** Expiration choices the SPA offers; the API also takes any future date. */
export const API_KEY_EXPIRATION_DAYS = [30, 60, 90] as const;
export const API_KEY_MAX_LIFETIME_DAYS = 3650;

/** Keys expiring within this window are flagged in the table and their creator reminded. */
export const API_KEY_EXPIRING_SOON_DAYS = 7;
export const API_KEY_REMINDER_DAYS = [7, 1] as const;

export function isExpiringSoon(expiresAt: Date | null, now: Date): boolean {
  if (expiresAt === null) return false;
  const left = expiresAt.getTime() - now.getTime();
  return left > 0 && left <= API_KEY_EXPIRING_SOON_DAYS * 24 * 60 * 60 * 1000;
}

/** How long a rolled key's previous token keeps working: none up to 24 hours. */
export const API_KEY_MAX_GRACE_MINUTES = 24 * 60;
export const API_KEY_GRACE_PERIODS = [
  { minutes: 0, label: 'None — the current key stops working now' },
  { minutes: 60, label: '1 hour' },
  { minutes: 4 * 60, label: '4 hours' },
  { minutes: 24 * 60, label: '24 hours' },
] as const;
