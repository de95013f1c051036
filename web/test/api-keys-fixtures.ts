import { BUILT_IN_ROLES } from '@keyward/shared/permissions';
import type { ApiKeyRowFieldsFragment } from '../src/graphql/generated';
import type { WithTypename } from './with-typename';

/** An API keys table row as the server sends it: an active Member key the viewer may manage. */
export function apiKeyRow(overrides: Partial<WithTypename<ApiKeyRowFieldsFragment>> = {}): WithTypename<ApiKeyRowFieldsFragment> {
  return {
    __typename: 'ApiKey',
    id: 'key_1',
    name: 'Production Integrations',
    description: 'Nightly sync',
    maskedKey: 'apk_AbCdEfGh12345678_…B3c',
    status: 'ACTIVE',
    scopes: null,
    scopePreset: 'ADMIN',
    permissions: [...BUILT_IN_ROLES.MEMBER.permissions],
    rateLimit: { __typename: 'RateLimit', perMinute: 60, perHour: 1000 },
    rateLimitPerMinute: null,
    rateLimitPerHour: null,
    expiresAt: null,
    expiringSoon: false,
    lastUsedAt: null,
    createdAt: new Date().toISOString(),
    roles: [{ __typename: 'Role', id: 'role_member', name: 'Member' }],
    viewerCanManage: true,
    viewerMissingPermissions: [],
    ...overrides,
  };
}
