import { describe, expect, it } from 'vitest';
import {
  effectiveApiKeyPermissions,
  effectiveRateLimit,
  isExpiringSoon,
  rolePermissions,
  scopePresetOf,
  scopesForPreset,
  validateApiKeyRateLimit,
} from './api-keys';
import { BUILT_IN_ROLES } from './permissions';

const ORG = { defaultRateLimit: { perMinute: 60, perHour: 1000 }, rateLimitCeiling: { perMinute: 600, perHour: 20000 } };

describe('effectiveApiKeyPermissions', () => {
  it('is every permission of the roles when the key has no scopes', () => {
    expect(effectiveApiKeyPermissions(['FLOWS_READ', 'FLOWS_EXECUTE'], null)).toEqual(['FLOWS_READ', 'FLOWS_EXECUTE']);
  });
  it('narrows the roles by the scopes and never widens them', () => {
    expect(effectiveApiKeyPermissions(['FLOWS_READ', 'FLOWS_EXECUTE'], ['FLOWS_READ', 'SECRETS_MANAGE'])).toEqual(['FLOWS_READ']);
  });
  it('never includes a super-admin permission', () => {
    expect(effectiveApiKeyPermissions([...BUILT_IN_ROLES.SUPER_ADMIN.permissions], null)).not.toContain('ORGANIZATIONS_MANAGE');
  });
});

describe('scope presets', () => {
  const member = rolePermissions([BUILT_IN_ROLES.MEMBER]);
  it('READ keeps only the read permissions of the roles', () => {
    expect(scopesForPreset('READ', member)).toEqual(member.filter((p) => p.endsWith('_READ')));
  });
  it('ADMIN means no narrowing', () => {
    expect(scopesForPreset('ADMIN', member)).toBeNull();
  });
  it('recognises a stored preset and calls anything else custom', () => {
    expect(scopePresetOf(scopesForPreset('READ', member), member)).toBe('READ');
    expect(scopePresetOf(scopesForPreset('WRITE', member), member)).toBe('WRITE');
    expect(scopePresetOf(null, member)).toBe('ADMIN');
    expect(scopePresetOf(['FLOWS_EXECUTE'], member)).toBe('CUSTOM');
  });
});

describe('validateApiKeyRateLimit', () => {
  it('accepts no limits of its own (the organization default applies)', () => {
    expect(validateApiKeyRateLimit({ perMinute: null, perHour: null }, ORG)).toEqual([]);
  });
  it('refuses a limit above the organization ceiling and names the field', () => {
    expect(validateApiKeyRateLimit({ perMinute: 601, perHour: null }, ORG, 'rateLimit')).toEqual([
      { field: 'rateLimit.perMinute', message: "At most 600 requests per minute (the organization's ceiling)." },
    ]);
  });
  it('refuses fewer per hour than per minute, counting the default for the unset one', () => {
    expect(validateApiKeyRateLimit({ perMinute: null, perHour: 30 }, ORG).map((p) => p.field)).toEqual(['perHour']);
  });
  it('refuses zero and fractions', () => {
    expect(validateApiKeyRateLimit({ perMinute: 0, perHour: 1.5 }, ORG).map((p) => p.field)).toEqual(['perMinute', 'perHour']);
  });
});

describe('effectiveRateLimit', () => {
  it('uses the default for unset limits and clamps to a ceiling lowered since', () => {
    expect(effectiveRateLimit({ perMinute: 500, perHour: null }, { ...ORG, rateLimitCeiling: { perMinute: 100, perHour: 20000 } })).toEqual({
      perMinute: 100,
      perHour: 1000,
    });
  });
});

describe('isExpiringSoon', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('flags a key expiring within seven days, not one already expired or later', () => {
    expect(isExpiringSoon(new Date('2026-01-07T00:00:00Z'), now)).toBe(true);
    expect(isExpiringSoon(new Date('2026-01-09T00:00:00Z'), now)).toBe(false);
    expect(isExpiringSoon(new Date('2025-12-31T00:00:00Z'), now)).toBe(false);
    expect(isExpiringSoon(null, now)).toBe(false);
  });
});
