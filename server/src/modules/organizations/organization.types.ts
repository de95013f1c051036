import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Requires } from '../../core/requires';
import type { Organization } from './organization.entity';

@ObjectType('Environment', { description: 'A deployment environment, addressed by slug.' })
export class EnvironmentType {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('RateLimit')
export class RateLimitType {
  @Field(() => Int)
  perMinute!: number;

  @Field(() => Int)
  perHour!: number;
}

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => [EnvironmentType], { description: 'In display order.' })
  environments!: EnvironmentType[];

  @Field(() => RateLimitType, { description: 'Applies to API keys without their own limit.' })
  @Requires('SETTINGS_READ')
  defaultRateLimit!: RateLimitType;

  @Field(() => RateLimitType, { description: 'No API key may be given a higher limit.' })
  @Requires('SETTINGS_READ')
  rateLimitCeiling!: RateLimitType;

  @Field(() => Date)
  createdAt!: Date;

  static from(org: Organization): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: org.id,
      name: org.name,
      slug: org.slug,
      environments: org.environments.map((e) => ({ slug: e.slug, name: e.name })),
      defaultRateLimit: { perMinute: org.defaultRateLimitPerMinute, perHour: org.defaultRateLimitPerHour },
      rateLimitCeiling: { perMinute: org.rateLimitCeilingPerMinute, perHour: org.rateLimitCeilingPerHour },
      createdAt: org.createdAt,
    });
  }
}

@InputType('EnvironmentInput')
export class EnvironmentInput {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;
}

@InputType('RateLimitInput')
export class RateLimitInput {
  @Field(() => Int)
  perMinute!: number;

  @Field(() => Int)
  perHour!: number;
}

@InputType('UpdateOrganizationSettingsInput', { description: 'Omitted fields stay as they are.' })
export class UpdateOrganizationSettingsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [EnvironmentInput], { nullable: true, description: 'The full ordered list; replaces the current one.' })
  environments?: EnvironmentInput[] | null;

  @Field(() => RateLimitInput, { nullable: true })
  defaultRateLimit?: RateLimitInput | null;

  @Field(() => RateLimitInput, { nullable: true })
  rateLimitCeiling?: RateLimitInput | null;
}
