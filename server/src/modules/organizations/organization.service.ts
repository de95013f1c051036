import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  validateEnvironments,
  validateRateLimits,
  type EnvironmentInput,
  type RateLimitPair,
} from '@keyward/shared/organization-settings';
import type { Actor, RequestMeta } from '../../core/actor';
import { badField, badInput, conflict, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { AuditService } from '../audit/audit.service';
import { Organization } from './organization.entity';
import type { AuthorityInvalidation } from '../../authority/authority-invalidation';
import { orgScope } from '../../authority/authority-cache';

export interface OrganizationSettingsChange {
  name?: string | null;
  environments?: EnvironmentInput[] | null;
  defaultRateLimit?: RateLimitPair | null;
  rateLimitCeiling?: RateLimitPair | null;
}

export function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return base.length > 0 ? base : 'org';
}

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const SLUG_RULE = 'Use 1–64 lowercase letters, digits and dashes, starting and ending with a letter or digit.';

function cleanOrganizationName(name: string, field: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 120) throw badField(field, 'Organization name is required (at most 120 characters).');
  return trimmed;
}

export class OrganizationService {
  constructor(
    private readonly audit: AuditService,
    /** Names, environments and limits are part of every cached authority in the organization. */
    private readonly invalidation: AuthorityInvalidation,
  ) {}

  /**
   * A new organization with the default settings (built-in roles and system integrations are
   * shared by every organization). The slug is derived from the name unless given; a given slug
   * must be free.
   */
  async create(em: EntityManager, name: string, options: { slug?: string | null; nameField?: string } = {}): Promise<Organization> {
    const trimmed = cleanOrganizationName(name, options.nameField ?? 'organizationName');
    if (options.slug != null && options.slug.trim() !== '') return em.create(Organization, { name: trimmed, slug: await this.freeSlug(em, options.slug) });
    const base = slugify(trimmed);
    let slug = base;
    for (let n = 2; (await em.count(Organization, { slug })) > 0; n += 1) slug = `${base}-${n}`;
    return em.create(Organization, { name: trimmed, slug });
  }

  /**
   * Inside a transaction: serialises access changes (roles, memberships) within one organization,
   * so two admins acting at once cannot, say, each remove the other's admin role.
   */
  async lockForAccessChanges(em: EntityManager, organizationId: string): Promise<void> {
    await em.findOneOrFail(Organization, { id: organizationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  async updateSettings(em: EntityManager, actor: Actor, change: OrganizationSettingsChange, meta: RequestMeta): Promise<Organization> {
    const org = await em.findOneOrFail(Organization, { id: actor.organization.id });
    const changed: string[] = [];

    if (change.name != null) {
      const name = change.name.trim();
      if (name.length === 0 || name.length > 120) throw badField('name', 'Organization name is required (at most 120 characters).');
      if (name !== org.name) changed.push('name');
      org.name = name;
    }
    if (change.environments != null) {
      const environments = change.environments.map((e) => ({ slug: e.slug.trim(), name: e.name.trim() }));
      const problems = validateEnvironments(environments);
      if (problems.length > 0) throw badInput(problems);
      if (JSON.stringify(environments) !== JSON.stringify(org.environments)) changed.push('environments');
      org.environments = environments;
    }
    const defaults = change.defaultRateLimit ?? { perMinute: org.defaultRateLimitPerMinute, perHour: org.defaultRateLimitPerHour };
    const ceiling = change.rateLimitCeiling ?? { perMinute: org.rateLimitCeilingPerMinute, perHour: org.rateLimitCeilingPerHour };
    if (change.defaultRateLimit != null || change.rateLimitCeiling != null) {
      const problems = validateRateLimits(defaults, ceiling);
      if (problems.length > 0) throw badInput(problems);
      if (defaults.perMinute !== org.defaultRateLimitPerMinute || defaults.perHour !== org.defaultRateLimitPerHour) changed.push('default rate limit');
      if (ceiling.perMinute !== org.rateLimitCeilingPerMinute || ceiling.perHour !== org.rateLimitCeilingPerHour) changed.push('rate-limit ceiling');
      org.defaultRateLimitPerMinute = defaults.perMinute;
      org.defaultRateLimitPerHour = defaults.perHour;
      org.rateLimitCeilingPerMinute = ceiling.perMinute;
      org.rateLimitCeilingPerHour = ceiling.perHour;
    }

    if (changed.length > 0) {
      this.audit.record(em, meta, {
        organizationId: org.id,
        actor,
        action: 'organization.settings_updated',
        targetType: 'Organization',
        targetId: org.id,
        summary: `Changed ${changed.join(', ')}`,
      });
    }
    await this.invalidation.flushChanged(em, [orgScope(org.id)]);
    return org;
  }

  /** Any organization by id (super admins, the switcher); another id or a malformed one is NOT_FOUND. */
  async get(em: EntityManager, id: string): Promise<Organization> {
    const org = isUuid(id) ? await em.findOne(Organization, { id }) : null;
    if (org === null) throw notFound('Organization');
    return org;
  }

  async list(em: EntityManager, ids?: readonly string[]): Promise<Organization[]> {
    return em.find(Organization, ids === undefined ? {} : { id: { $in: [...ids] } }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** The oldest organization: where a super admin without any active membership lands at sign-in. */
  async oldest(em: EntityManager): Promise<Organization | null> {
    const [first] = await em.find(Organization, {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 1 });
    return first ?? null;
  }

  /** Renames an organization or changes its slug; omitted fields stay. Returns what changed. */
  async rename(em: EntityManager, org: Organization, change: { name?: string | null; slug?: string | null }): Promise<string[]> {
    const changed: string[] = [];
    if (change.name != null) {
      const name = cleanOrganizationName(change.name, 'name');
      if (name !== org.name) changed.push('name');
      org.name = name;
    }
    if (change.slug != null && change.slug.trim() !== '' && change.slug.trim() !== org.slug) {
      org.slug = await this.freeSlug(em, change.slug);
      changed.push('slug');
    }
    await this.invalidation.flushChanged(em, [orgScope(org.id)]);
    return changed;
  }

  /** Removes the organization row; the caller has removed what other modules own first. The last one stays. */
  async remove(em: EntityManager, org: Organization): Promise<void> {
    if ((await em.count(Organization, {})) <= 1) throw conflict(`${org.name} is the only organization. Create another one before deleting it.`);
    await em.nativeDelete(Organization, { id: org.id });
  }

  private async freeSlug(em: EntityManager, input: string): Promise<string> {
    const slug = input.trim();
    if (!SLUG_PATTERN.test(slug)) throw badField('slug', SLUG_RULE);
    if ((await em.count(Organization, { slug })) > 0) throw badField('slug', `The slug ${slug} is already taken.`);
    return slug;
  }
}
