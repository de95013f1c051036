import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DEFAULT_ENVIRONMENTS, DEFAULT_RATE_LIMIT, DEFAULT_RATE_LIMIT_CEILING } from '@keyward/shared/organization-settings';

export interface OrganizationEnvironment {
  slug: string;
  name: string;
}

@Entity({ tableName: 'organization' })
export class Organization {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 64, unique: true })
  slug!: string;

  /** Ordered; the order is the order of the environment grid everywhere. */
  @Property({ type: 'json' })
  environments: Opt<OrganizationEnvironment[]> = DEFAULT_ENVIRONMENTS.map((e) => ({ ...e }));

  @Property({ type: 'integer' })
  defaultRateLimitPerMinute: Opt<number> = DEFAULT_RATE_LIMIT.perMinute;

  @Property({ type: 'integer' })
  defaultRateLimitPerHour: Opt<number> = DEFAULT_RATE_LIMIT.perHour;

  @Property({ type: 'integer' })
  rateLimitCeilingPerMinute: Opt<number> = DEFAULT_RATE_LIMIT_CEILING.perMinute;

  @Property({ type: 'integer' })
  rateLimitCeilingPerHour: Opt<number> = DEFAULT_RATE_LIMIT_CEILING.perHour;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
