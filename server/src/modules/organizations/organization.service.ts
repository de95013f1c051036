import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  validateEnvironments,
  validateRateLimits,
  type EnvironmentInput,
  type RateLimitPair,
} from '@keyward/shared/organization-settings';
import type { Actor, RequestMeta } from '../../core/actor';
import { badField, badInput } from '../../core/errors';
import type { AuditService } from '../audit/audit.service';
import { Organization } from './organization.entity';

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

export class OrganizationService {
  constructor(private readonly audit: AuditService) {}

  /** A new organization with a unique slug derived from its name. */
  async create(em: EntityManager, name: string): Promise<Organization> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 120) throw badField('organizationName', 'Organization name is required (at most 120 characters).');
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
    await em.flush();
    return org;
  }
}
