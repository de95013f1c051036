import type { FilterQuery } from '@mikro-orm/core';
import { effectiveRateLimit, type OrganizationRateLimits } from '@keyward/shared/api-keys';
import type { RateLimitPair } from '@keyward/shared/organization-settings';
import type { Organization } from '../organizations/organization.entity';
import type { ApiKey, ApiKeyStatus } from './api-key.entity';

export const DAY_MS = 24 * 60 * 60 * 1000;

export function organizationRateLimits(org: Organization): OrganizationRateLimits {
  return {
    defaultRateLimit: { perMinute: org.defaultRateLimitPerMinute, perHour: org.defaultRateLimitPerHour },
    rateLimitCeiling: { perMinute: org.rateLimitCeilingPerMinute, perHour: org.rateLimitCeilingPerHour },
  };
}

export function keyRateLimit(key: ApiKey, org: Organization): RateLimitPair {
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
