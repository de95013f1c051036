import type { FilterQuery } from '@mikro-orm/core';
import { effectiveApiKeyPermissions, effectiveRateLimit, rolePermissions, type OrganizationRateLimits } from '@keyward/shared/api-keys';
import type { RateLimitPair } from '@keyward/shared/organization-settings';
import type { Permission } from '@keyward/shared/permissions';
import type { Actor } from '../../core/actor';
import { permissionsNotHeld } from '../roles/role.service';
import type { Organization } from '../organizations/organization.entity';
import type { ApiKey, ApiKeyStatus } from './api-key.entity';
import { ApiKeyError } from './api-key.errors';

export const DAY_MS = 24 * 60 * 60 * 1000;

export function organizationRateLimits(org: Organization): OrganizationRateLimits {
  return {
    defaultRateLimit: { perMinute: org.defaultRateLimitPerMinute, perHour: org.defaultRateLimitPerHour },
    rateLimitCeiling: { perMinute: org.rateLimitCeilingPerMinute, perHour: org.rateLimitCeilingPerHour },
  };
}

export function keyRateLimit(key: Pick<ApiKey, 'rateLimitPerMinute' | 'rateLimitPerHour'>, org: Organization): RateLimitPair {
  return effectiveRateLimit({ perMinute: key.rateLimitPerMinute, perHour: key.rateLimitPerHour }, organizationRateLimits(org));
}

/** The query form of `apiKeyStatus`: the keys that have `status` at `now`. */
export function apiKeyStatusCondition(status: ApiKeyStatus, now: Date): FilterQuery<ApiKey> {
  const notExpired: FilterQuery<ApiKey> = { $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] };
  switch (status) {
    case 'ACTIVE':
      return { $and: [{ status: 'ACTIVE' }, notExpired] };
    case 'SUSPENDED':
      return { $and: [{ status: 'SUSPENDED' }, notExpired] };
    case 'REVOKED':
      return { status: 'REVOKED' };
    case 'EXPIRED':
      return { status: { $ne: 'REVOKED' }, expiresAt: { $lte: now } };
  }
}

/** What a key may do: its roles' permissions narrowed by its scopes. */
export function apiKeyPermissions(key: ApiKey): Permission[] {
  return effectiveApiKeyPermissions(rolePermissions(key.roles.getItems()), key.scopes);
}

/** Actions that hand out or bring back a key's power (a new token, an active status, new roles or more requests). */
export type EmpoweringAction = 'roll' | 'resume' | 'edit' | 'change the rate limit of';

/**
 * The key's permissions the actor lacks. Anything here keeps the actor from rolling, resuming,
 * editing or re-limiting the key: the same rule as creation (nobody hands out what they do not
 * hold). Suspend, revoke and delete never ask, so every key manager can stop a leaked key.
 */
export function permissionsBeyondActor(actor: Actor, key: ApiKey): Permission[] {
  return permissionsNotHeld(actor, apiKeyPermissions(key));
}

export function assertMayEmpower(actor: Actor, key: ApiKey, action: EmpoweringAction): void {
  const missing = permissionsBeyondActor(actor, key);
  if (missing.length === 0) return;
  throw new ApiKeyError(
    'API_KEY_BEYOND_ACTOR',
    `You cannot ${action} API key "${key.name}": it holds permissions you do not hold (${missing.join(', ')}). ` +
      'Ask someone who holds all of them; you can still suspend, revoke or delete it.',
  );
}
