import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { maskApiKey } from '@keyward/shared/api-key-format';
import {
  API_KEY_DESCRIPTION_MAX,
  API_KEY_MAX_GRACE_MINUTES,
  API_KEY_MAX_LIFETIME_DAYS,
  API_KEY_NAME_MAX,
  effectiveApiKeyPermissions,
  rolePermissions,
  validateApiKeyRateLimit,
  type ApiKeyRateLimitInput,
} from '@keyward/shared/api-keys';
import type { Permission } from '@keyward/shared/permissions';
import type { Actor, RequestMeta } from '../../core/actor';
import { generateApiKey, type ApiKeyHasher } from '../../crypto/api-key-token';
import { badField, badInput, notFound, type FieldError } from '../../core/errors';
import { escapeLike, isUuid } from '../../core/ids';
import { pageWindow, toPage, type Page, type PageArgs } from '../../core/pagination';
import type { AuditService } from '../audit/audit.service';
import type { OrganizationService } from '../organizations/organization.service';
import type { Role } from '../roles/role.entity';
import type { RoleService } from '../roles/role.service';
import { User } from '../users/user.entity';
import { keyScope } from '../../authority/authority-cache';
import type { AuthorityInvalidation } from '../../authority/authority-invalidation';
import { ApiKey, apiKeyStatus, type ApiKeyStatus } from './api-key.entity';
import { initialReminderStage } from './api-key-expiry-reminders';
import { apiKeyStatusCondition, assertMayEmpower, DAY_MS, organizationRateLimits } from './api-key.rules';
import { ApiKeyError } from './api-key.errors';

export interface ApiKeyRateLimitChange {
  perMinute?: number | null;
  perHour?: number | null;
}

export interface CreateApiKeyData {
  name: string;
  description?: string | null;
  roleIds: string[];
  /** Narrowing of the roles' permissions; null or omitted = everything the roles grant. */
  scopes?: Permission[] | null;
  /** Either a date or a number of days; neither = never expires. */
  expiresAt?: Date | null;
  expiresInDays?: number | null;
  rateLimit?: ApiKeyRateLimitChange | null;
}

export interface UpdateApiKeyData {
  name?: string | null;
  description?: string | null;
  roleIds?: string[] | null;
  /** `undefined` keeps the scopes; `null` removes the narrowing. */
  scopes?: Permission[] | null;
}

export interface ApiKeyFilter {
  status?: ApiKeyStatus | null;
  search?: string | null;
}

export interface IssuedApiKey {
  apiKey: ApiKey;
  /** The whole token: returned once, never stored or logged. */
  token: string;
}

function describeLimit(key: ApiKey): string {
  const part = (value: number | null, unit: string) => (value === null ? `default/${unit}` : `${value}/${unit}`);
  return `${part(key.rateLimitPerMinute, 'min')}, ${part(key.rateLimitPerHour, 'h')}`;
}

/**
 * API keys of an organization: creation (the token is returned once), roles and scopes, rate
 * limits, statuses and rolling. Every query is scoped to the actor's organization; another
 * organization's key is NOT_FOUND. Usage: api-key-usage.service.ts; expiry reminders:
 * api-key-expiry-reminders.ts.
 */
export class ApiKeyService {
  constructor(
    private readonly deps: {
      audit: AuditService;
      roles: RoleService;
      hasher: ApiKeyHasher;
      /** The organization's limits (default and ceiling) are the organizations module's. */
      organizations: OrganizationService;
      /** Every change to a key reaches the authority caches through it. */
      invalidation: AuthorityInvalidation;
    },
  ) {}

  async list(em: EntityManager, actor: Actor, filter: ApiKeyFilter, page: PageArgs, now = new Date()): Promise<Page<ApiKey>> {
    const window = pageWindow(page);
    const conditions: FilterQuery<ApiKey>[] = [{ organization: actor.organization.id }];
    if (filter.status != null) conditions.push(apiKeyStatusCondition(filter.status, now));
    const search = filter.search?.trim();
    if (search) conditions.push({ name: { $ilike: `%${escapeLike(search)}%` } });
    const [rows, total] = await em.findAndCount(
      ApiKey,
      { $and: conditions },
      {
        populate: ['roles', 'createdBy'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: window.limit,
        offset: window.offset,
      },
    );
    return toPage(rows, total, window, (row) => row);
  }

  async get(em: EntityManager, actor: Actor, id: string): Promise<ApiKey> {
    if (!isUuid(id)) throw notFound('API key');
    const key = await em.findOne(ApiKey, { id, organization: actor.organization.id }, { populate: ['roles', 'createdBy'] });
    if (key === null) throw notFound('API key');
    return key;
  }

  async create(em: EntityManager, actor: Actor, input: CreateApiKeyData, meta: RequestMeta, now = new Date()): Promise<IssuedApiKey> {
    const problems: FieldError[] = [];
    const name = this.checkName(input.name, problems);
    const description = this.checkDescription(input.description, problems);
    const expiresAt = this.checkExpiry(input, now, problems);
    const org = await this.deps.organizations.get(em, actor.organization.id);
    const ownLimit: ApiKeyRateLimitInput = { perMinute: input.rateLimit?.perMinute ?? null, perHour: input.rateLimit?.perHour ?? null };
    problems.push(...validateApiKeyRateLimit(ownLimit, organizationRateLimits(org), 'rateLimit'));
    if (problems.length > 0) throw badInput(problems);
    const roles = await this.rolesFor(em, actor, input.roleIds);
    const scopes = this.checkGrant(actor, roles, input.scopes ?? null, input.scopes != null ? 'scopes' : 'roleIds');

    const generated = generateApiKey();
    const stored = this.deps.hasher.hash(generated.secret);
    const key = em.create(ApiKey, {
      organization: org,
      publicId: generated.publicId,
      name,
      description,
      secretHash: stored.hash,
      secretKeyId: stored.keyId,
      last4: generated.last4,
      scopes,
      expiresAt,
      expiryReminderStage: initialReminderStage(expiresAt, now),
      rateLimitPerMinute: ownLimit.perMinute,
      rateLimitPerHour: ownLimit.perHour,
      createdBy: actor.kind === 'user' ? actor.user : actor.apiKey.createdById === null ? null : em.getReference(User, actor.apiKey.createdById),
    });
    key.roles.set(roles);
    this.deps.audit.record(em, meta, {
      organizationId: org.id,
      actor,
      action: 'api_key.created',
      targetType: 'ApiKey',
      targetId: key.id,
      summary: `Created API key "${name}" (${maskApiKey(key.publicId, key.last4)}) with roles ${roles.map((r) => r.name).join(', ')}${
        expiresAt ? `, expiring ${expiresAt.toISOString()}` : ', never expiring'
      }`,
    });
    await em.flush();
    // A key creating a key hands on its own creator, a reference the key's lookup did not load.
    await em.populate(key, ['createdBy']);
    return { apiKey: key, token: generated.token };
  }

  async update(em: EntityManager, actor: Actor, id: string, input: UpdateApiKeyData, meta: RequestMeta): Promise<ApiKey> {
    const key = await this.changeable(em, actor, id);
    assertMayEmpower(actor, key, 'edit');
    const problems: FieldError[] = [];
    const name = input.name == null ? key.name : this.checkName(input.name, problems);
    const description = input.description == null ? key.description : this.checkDescription(input.description, problems);
    if (problems.length > 0) throw badInput(problems);
    const roles = input.roleIds == null ? key.roles.getItems() : await this.rolesFor(em, actor, input.roleIds);
    const scopes = input.scopes === undefined ? key.scopes : input.scopes;
    const rolesChanged = input.roleIds != null && !sameIds(roles, key.roles.getItems());
    const scopesChanged = input.scopes !== undefined && JSON.stringify(input.scopes) !== JSON.stringify(key.scopes);
    const checkedScopes = rolesChanged || scopesChanged ? this.checkGrant(actor, roles, scopes, input.scopes != null ? 'scopes' : 'roleIds') : key.scopes;

    const changed: string[] = [];
    if (name !== key.name) changed.push('name');
    if (description !== key.description) changed.push('description');
    if (rolesChanged) changed.push(`roles (now ${roles.map((r) => r.name).join(', ')})`);
    if (scopesChanged) changed.push('scopes');
    key.name = name;
    key.description = description;
    if (rolesChanged) key.roles.set(roles);
    key.scopes = checkedScopes;
    if (changed.length > 0) {
      this.deps.audit.record(em, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'api_key.updated',
        targetType: 'ApiKey',
        targetId: key.id,
        summary: `Changed ${changed.join(', ')} of API key "${key.name}"`,
      });
    }
    await this.deps.invalidation.flushChanged(em, [keyScope(key.id)]);
    return key;
  }

  async setRateLimit(em: EntityManager, actor: Actor, id: string, input: ApiKeyRateLimitChange, meta: RequestMeta): Promise<ApiKey> {
    const key = await this.changeable(em, actor, id);
    assertMayEmpower(actor, key, 'change the rate limit of');
    const org = await this.deps.organizations.get(em, actor.organization.id);
    const own: ApiKeyRateLimitInput = { perMinute: input.perMinute ?? null, perHour: input.perHour ?? null };
    const problems = validateApiKeyRateLimit(own, organizationRateLimits(org));
    if (problems.length > 0) throw badInput(problems);
    const before = describeLimit(key);
    key.rateLimitPerMinute = own.perMinute;
    key.rateLimitPerHour = own.perHour;
    const after = describeLimit(key);
    if (after !== before) {
      this.deps.audit.record(em, meta, {
        organizationId: org.id,
        actor,
        action: 'api_key.rate_limit_changed',
        targetType: 'ApiKey',
        targetId: key.id,
        summary: `Changed the rate limit of API key "${key.name}" from ${before} to ${after}`,
      });
    }
    await this.deps.invalidation.flushChanged(em, [keyScope(key.id)]);
    return key;
  }

  async suspend(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<ApiKey> {
    const key = await this.changeable(em, actor, id);
    if (key.status === 'SUSPENDED') return key;
    key.status = 'SUSPENDED';
    key.suspendedAt = new Date();
    this.record(em, actor, meta, key, 'api_key.suspended', `Suspended API key "${key.name}"`);
    await this.deps.invalidation.flushChanged(em, [keyScope(key.id)]);
    return key;
  }

  async resume(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<ApiKey> {
    const key = await this.get(em, actor, id);
    if (key.status === 'REVOKED') throw new ApiKeyError('API_KEY_REVOKED_FOR_GOOD', 'A revoked API key can never be resumed. Create a new key instead.');
    assertMayEmpower(actor, key, 'resume');
    if (key.status === 'ACTIVE') return key;
    key.status = 'ACTIVE';
    key.suspendedAt = null;
    this.record(em, actor, meta, key, 'api_key.resumed', `Resumed API key "${key.name}"`);
    await this.deps.invalidation.flushChanged(em, [keyScope(key.id)]);
    return key;
  }

  /** Permanent: the key stops working at once and can never be resumed. */
  async revoke(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<ApiKey> {
    const key = await this.get(em, actor, id);
    if (key.status === 'REVOKED') return key;
    key.status = 'REVOKED';
    key.revokedAt = new Date();
    key.previousSecretHash = null;
    key.previousSecretKeyId = null;
    key.previousSecretValidUntil = null;
    this.record(em, actor, meta, key, 'api_key.revoked', `Revoked API key "${key.name}" (${maskApiKey(key.publicId, key.last4)})`);
    await this.deps.invalidation.flushChanged(em, [keyScope(key.id)]);
    return key;
  }

  async delete(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<string> {
    const key = await this.get(em, actor, id);
    this.record(em, actor, meta, key, 'api_key.deleted', `Deleted API key "${key.name}" (${maskApiKey(key.publicId, key.last4)})`);
    em.remove(key);
    await this.deps.invalidation.flushChanged(em, [keyScope(key.id)]);
    return id;
  }

  /**
   * A new token for the same key (same id, settings, roles and usage history). The previous
   * token keeps working for `graceMinutes` (0 = stops now), so integrations rotate without downtime.
   */
  async roll(em: EntityManager, actor: Actor, id: string, graceMinutes: number, meta: RequestMeta, now = new Date()): Promise<IssuedApiKey> {
    if (!Number.isInteger(graceMinutes) || graceMinutes < 0 || graceMinutes > API_KEY_MAX_GRACE_MINUTES) {
      throw badField('gracePeriodMinutes', 'The grace period is between 0 and 1440 minutes (24 hours).');
    }
    const key = await this.changeable(em, actor, id);
    assertMayEmpower(actor, key, 'roll');
    if (apiKeyStatus(key, now) === 'EXPIRED') throw new ApiKeyError('API_KEY_EXPIRED_NOT_ROLLABLE', 'This API key has expired. Create a new key instead of rolling it.');
    const current = await em.findOneOrFail(ApiKey, { id: key.id }, { populate: ['secretHash'] });
    const generated = generateApiKey(key.publicId);
    const stored = this.deps.hasher.hash(generated.secret);
    if (graceMinutes > 0) {
      key.previousSecretHash = current.secretHash;
      key.previousSecretKeyId = current.secretKeyId;
      key.previousSecretValidUntil = new Date(now.getTime() + graceMinutes * 60 * 1000);
    } else {
      key.previousSecretHash = null;
      key.previousSecretKeyId = null;
      key.previousSecretValidUntil = null;
    }
    key.secretHash = stored.hash;
    key.secretKeyId = stored.keyId;
    key.last4 = generated.last4;
    key.rolledAt = now;
    this.record(
      em,
      actor,
      meta,
      key,
      'api_key.rolled',
      `Rolled API key "${key.name}" (now ${maskApiKey(key.publicId, key.last4)}); ${
        graceMinutes > 0 ? `the previous key works for ${graceMinutes} more minutes` : 'the previous key stopped working'
      }`,
    );
    await this.deps.invalidation.flushChanged(em, [keyScope(key.id)]);
    // A key creating a key hands on its own creator, a reference the key's lookup did not load.
    await em.populate(key, ['createdBy']);
    return { apiKey: key, token: generated.token };
  }

  /** How many keys of the organization hold each role (registered with the role service). */
  async countByRole(em: EntityManager, organizationId: string, roleIds: string[]): Promise<Map<string, number>> {
    if (roleIds.length === 0) return new Map();
    const keys = await em.find(ApiKey, { organization: organizationId, roles: { $in: roleIds } }, { populate: ['roles'], populateWhere: 'all' });
    const counts = new Map<string, number>();
    for (const key of keys) {
      for (const role of key.roles) if (roleIds.includes(role.id)) counts.set(role.id, (counts.get(role.id) ?? 0) + 1);
    }
    return counts;
  }

  /** A key that may still change: anything but a revoked one. */
  private async changeable(em: EntityManager, actor: Actor, id: string): Promise<ApiKey> {
    const key = await this.get(em, actor, id);
    if (key.status === 'REVOKED') throw new ApiKeyError('API_KEY_REVOKED_ONLY_DELETABLE', 'This API key is revoked; it can only be deleted.');
    return key;
  }

  private async rolesFor(em: EntityManager, actor: Actor, roleIds: readonly string[]): Promise<Role[]> {
    const roles = await this.deps.roles.resolveForAssignment(em, actor, roleIds, 'roleIds');
    if (roles.some((r) => r.builtInKey === 'SUPER_ADMIN')) {
      throw badField('roleIds', 'API keys act inside one organization; they cannot hold the Super Admin role.');
    }
    return roles;
  }

  /**
   * Scopes must come from the roles, must leave the key something to do, and nobody can give a
   * key a permission they do not hold themselves. Returns the scopes to store.
   */
  private checkGrant(actor: Actor, roles: Role[], scopes: Permission[] | null, field: 'scopes' | 'roleIds'): Permission[] | null {
    const fromRoles = rolePermissions(roles);
    let stored: Permission[] | null = null;
    if (scopes !== null) {
      const unique = [...new Set(scopes)];
      const foreign = unique.filter((p) => !fromRoles.includes(p));
      if (foreign.length > 0) throw badField('scopes', `Not granted by the selected roles: ${foreign.join(', ')}.`);
      stored = fromRoles.filter((p) => unique.includes(p));
    }
    const effective = effectiveApiKeyPermissions(fromRoles, stored);
    if (effective.length === 0) throw badField(field, 'The key would have no permission at all. Choose at least one.');
    const beyond = effective.filter((p) => !actor.permissions.has(p));
    if (beyond.length > 0) {
      throw badField(field, `You cannot give an API key permissions you do not hold: ${beyond.join(', ')}. Narrow its scopes or choose other roles.`);
    }
    return stored;
  }

  private checkName(value: string, problems: FieldError[]): string {
    const name = value.trim();
    if (name.length === 0 || name.length > API_KEY_NAME_MAX) {
      problems.push({ field: 'name', message: `A name is required (at most ${API_KEY_NAME_MAX} characters).` });
    }
    return name;
  }

  private checkDescription(value: string | null | undefined, problems: FieldError[]): string {
    const description = (value ?? '').trim();
    if (description.length > API_KEY_DESCRIPTION_MAX) {
      problems.push({ field: 'description', message: `Use at most ${API_KEY_DESCRIPTION_MAX} characters.` });
    }
    return description;
  }

  private checkExpiry(input: CreateApiKeyData, now: Date, problems: FieldError[]): Date | null {
    const { expiresAt, expiresInDays } = input;
    if (expiresAt != null && expiresInDays != null) {
      problems.push({ field: 'expiresAt', message: 'Give an expiry date or a number of days, not both.' });
      return null;
    }
    if (expiresInDays != null) {
      if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > API_KEY_MAX_LIFETIME_DAYS) {
        problems.push({ field: 'expiresInDays', message: `Between 1 and ${API_KEY_MAX_LIFETIME_DAYS} days.` });
        return null;
      }
      return new Date(now.getTime() + expiresInDays * DAY_MS);
    }
    if (expiresAt != null) {
      if (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= now.getTime()) {
        problems.push({ field: 'expiresAt', message: 'The expiry date must be in the future.' });
      } else if (expiresAt.getTime() > now.getTime() + API_KEY_MAX_LIFETIME_DAYS * DAY_MS) {
        problems.push({ field: 'expiresAt', message: 'The expiry date must be within 10 years.' });
      }
      return expiresAt;
    }
    return null;
  }

  private record(em: EntityManager, actor: Actor, meta: RequestMeta, key: ApiKey, action: string, summary: string): void {
    this.deps.audit.record(em, meta, { organizationId: actor.organization.id, actor, action, targetType: 'ApiKey', targetId: key.id, summary });
  }

  /** How many keys each organization has (any status). */
  async countByOrganization(em: EntityManager, organizationIds: readonly string[]): Promise<Map<string, number>> {
    const keys = organizationIds.length === 0 ? [] : await em.find(ApiKey, { organization: { $in: [...organizationIds] } }, { fields: ['organization'] });
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key.organization.id, (counts.get(key.organization.id) ?? 0) + 1);
    return counts;
  }

  /** Deleting an organization: its keys (and their usage) go with it. */
  async deleteAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    return em.nativeDelete(ApiKey, { organization: organizationId });
  }
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  const ids = new Set(a.map((x) => x.id));
  return ids.size === new Set(b.map((x) => x.id)).size && b.every((x) => ids.has(x.id));
}
