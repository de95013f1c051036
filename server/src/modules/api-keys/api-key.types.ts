import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { maskApiKey } from '@keyward/shared/api-key-format';
import { isExpiringSoon, rolePermissions, effectiveApiKeyPermissions, scopePresetOf, type ApiKeyScopePreset } from '@keyward/shared/api-keys';
import type { Permission as PermissionName } from '@keyward/shared/permissions';
import type { Actor } from '../../core/actor';
import { connectionOf } from '../../core/pagination';
import { PermissionEnum } from '../../core/permission.enum';
import { Requires } from '../../core/requires';
import { RateLimitType } from '../organizations/organization.types';
import { RoleType } from '../roles/role.types';
import { apiKeyStatus, type ApiKey, type ApiKeyStatus } from './api-key.entity';
import { keyRateLimit, permissionsBeyondActor } from './api-key.rules';
import type { ApiKeyStats, ApiKeyUsageDayData } from './api-key-usage.service';

export const ApiKeyStatusEnum = { ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED', REVOKED: 'REVOKED', EXPIRED: 'EXPIRED' } as const satisfies {
  [K in ApiKeyStatus]: K;
};
registerEnumType(ApiKeyStatusEnum, {
  name: 'ApiKeyStatus',
  valuesConfig: {
    ACTIVE: { description: 'Authenticates requests.' },
    SUSPENDED: { description: 'Temporarily refused; can be resumed.' },
    REVOKED: { description: 'Permanently refused; can never be resumed.' },
    EXPIRED: { description: 'Past its expiry date (derived from expiresAt).' },
  },
});

export const ApiKeyScopePresetEnum = { READ: 'READ', WRITE: 'WRITE', ADMIN: 'ADMIN', CUSTOM: 'CUSTOM' } as const satisfies {
  [K in ApiKeyScopePreset]: K;
};
registerEnumType(ApiKeyScopePresetEnum, {
  name: 'ApiKeyScopePreset',
  description: 'How a key narrows its roles, as the preset it matches.',
  valuesConfig: {
    READ: { description: "Only the roles' read permissions." },
    WRITE: { description: 'Read, plus changing secrets, integrations, connections and flows.' },
    ADMIN: { description: 'No narrowing: everything the roles grant.' },
    CUSTOM: { description: 'A hand-picked subset of the roles’ permissions.' },
  },
});

@ObjectType('ApiKeyCreator', { description: 'The person responsible for a key (reminders go to them).' })
export class ApiKeyCreatorType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;
}

@ObjectType('ApiKeyUsageDay', { description: "One UTC day of a key's calls." })
export class ApiKeyUsageDayType implements ApiKeyUsageDayData {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC).' })
  day!: string;

  @Field(() => Int, { description: 'Every call presenting the key, failed and rate-limited ones included.' })
  requests!: number;

  @Field(() => Int, { description: 'Calls refused at authentication or answered with errors.' })
  failures!: number;

  @Field(() => Int, { description: 'Calls refused with HTTP 429.' })
  rateLimited!: number;
}

/** An API key as the API shows it. Never the token, its secret or its hash. */
@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'apk_{id}_…{last 4}: enough to recognise the key, never to use it.' })
  @Requires('API_KEYS_READ')
  maskedKey!: string;

  @Field(() => ApiKeyStatusEnum)
  status!: ApiKeyStatus;

  @Field(() => [RoleType])
  roles!: RoleType[];

  @Field(() => [PermissionEnum], { nullable: true, description: "Narrowing of the roles' permissions; null = everything the roles grant." })
  scopes!: PermissionName[] | null;

  @Field(() => ApiKeyScopePresetEnum)
  scopePreset!: ApiKeyScopePreset;

  @Field(() => [PermissionEnum], { description: "What the key may do: its roles' permissions narrowed by its scopes." })
  permissions!: PermissionName[];

  @Field(() => RateLimitType, { description: 'The limits the key runs under: its own, or the organization default; never above the ceiling.' })
  rateLimit!: RateLimitType;

  @Field(() => Int, { nullable: true, description: 'The key’s own limit per minute; null = the organization default.' })
  rateLimitPerMinute!: number | null;

  @Field(() => Int, { nullable: true, description: 'The key’s own limit per hour; null = the organization default.' })
  rateLimitPerHour!: number | null;

  @Field(() => Date, { nullable: true, description: 'Null = never expires.' })
  expiresAt!: Date | null;

  @Field(() => Boolean, { description: 'Expires within 7 days.' })
  expiringSoon!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the key last authenticated a request (written every few seconds).' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  rolledAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'After a roll: until when the previous token still works.' })
  previousKeyValidUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  suspendedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => ApiKeyCreatorType, { nullable: true })
  createdBy!: ApiKeyCreatorType | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => [PermissionEnum], {
    description:
      "The key's permissions the viewer does not hold. Any of them keeps the viewer from rolling, resuming, editing or re-limiting the key (suspend, revoke and delete stay open).",
  })
  viewerMissingPermissions!: PermissionName[];

  @Field(() => Boolean, { description: 'Whether the viewer may roll, resume, edit and re-limit the key: they hold every permission it holds.' })
  viewerCanManage!: boolean;

  /** `viewer` is the actor the record is shown to: what they may do with it is part of the record. */
  static from(key: ApiKey, viewer: Actor, now = new Date()): ApiKeyType {
    const org = viewer.organization;
    const missing = permissionsBeyondActor(viewer, key);
    const roles = key.roles.getItems();
    const fromRoles = rolePermissions(roles);
    const previous = key.previousSecretValidUntil;
    return Object.assign(new ApiKeyType(), {
      id: key.id,
      name: key.name,
      description: key.description,
      maskedKey: maskApiKey(key.publicId, key.last4),
      status: apiKeyStatus(key, now),
      roles: roles.map((r) => RoleType.from(r)),
      scopes: key.scopes === null ? null : [...key.scopes],
      scopePreset: scopePresetOf(key.scopes, fromRoles),
      permissions: effectiveApiKeyPermissions(fromRoles, key.scopes),
      rateLimit: keyRateLimit(key, org),
      rateLimitPerMinute: key.rateLimitPerMinute,
      rateLimitPerHour: key.rateLimitPerHour,
      expiresAt: key.expiresAt,
      expiringSoon: key.status !== 'REVOKED' && isExpiringSoon(key.expiresAt, now),
      lastUsedAt: key.lastUsedAt,
      rolledAt: key.rolledAt,
      previousKeyValidUntil: previous !== null && previous.getTime() > now.getTime() ? previous : null,
      suspendedAt: key.suspendedAt,
      revokedAt: key.revokedAt,
      createdBy: key.createdBy
        ? Object.assign(new ApiKeyCreatorType(), { id: key.createdBy.id, displayName: key.createdBy.displayName, email: key.createdBy.email })
        : null,
      createdAt: key.createdAt,
      viewerMissingPermissions: missing,
      viewerCanManage: missing.length === 0,
    });
  }
}

@ObjectType('ApiKeyConnection')
export class ApiKeyConnection extends connectionOf(ApiKeyType, 'ApiKey') {}

@ObjectType('ApiKeyStats', { description: 'The stats cards of the API Keys page.' })
export class ApiKeyStatsType implements ApiKeyStats {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  suspended!: number;

  @Field(() => Int)
  revoked!: number;

  @Field(() => Int)
  expired!: number;

  @Field(() => Int, { description: 'Not revoked and expiring within 7 days.' })
  expiringSoon!: number;

  @Field(() => Int, { description: 'Calls made with the organization’s keys today (UTC).' })
  callsToday!: number;
}

@ObjectType('CreateApiKeyPayload')
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;

  @Field(() => String, { description: 'The full key. Shown this once: no query ever returns it again.' })
  token!: string;
}

@ObjectType('RollApiKeyPayload')
export class RollApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;

  @Field(() => String, { description: 'The new full key. Shown this once.' })
  token!: string;
}

@InputType('ApiKeyRateLimitInput', { description: 'A key’s own limits; null = the organization default. Neither may exceed the ceiling.' })
export class ApiKeyRateLimitInput {
  @Field(() => Int, { nullable: true })
  perMinute?: number | null;

  @Field(() => Int, { nullable: true })
  perHour?: number | null;
}

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ID], { description: 'At least one role of the organization (or a built-in one).' })
  roleIds!: string[];

  @Field(() => [PermissionEnum], { nullable: true, description: "A subset of the roles' permissions; null = everything the roles grant." })
  scopes?: PermissionName[] | null;

  @Field(() => Date, { nullable: true, description: 'Expiry date; omit both this and expiresInDays for a key that never expires.' })
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Expires this many days from now (the SPA offers 30, 60 and 90).' })
  expiresInDays?: number | null;

  @Field(() => ApiKeyRateLimitInput, { nullable: true })
  rateLimit?: ApiKeyRateLimitInput | null;
}

@InputType('UpdateApiKeyInput', { description: 'Omitted fields stay as they are. `scopes: null` removes the narrowing.' })
export class UpdateApiKeyInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ID], { nullable: true })
  roleIds?: string[] | null;

  @Field(() => [PermissionEnum], { nullable: true })
  scopes?: PermissionName[] | null;
}

@InputType('ApiKeyFilter')
export class ApiKeyFilterInput {
  @Field(() => ApiKeyStatusEnum, { nullable: true })
  status?: ApiKeyStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches the name.' })
  search?: string | null;
}

@ArgsType()
export class ApiKeysArgs {
  @Field(() => ApiKeyFilterInput, { nullable: true })
  filter?: ApiKeyFilterInput | null;
}
