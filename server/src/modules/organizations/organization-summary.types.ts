import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { MembershipStatus } from '../users/membership.entity';
import { UserStatusEnum } from '../users/user.types';
import type { OrganizationSummary } from './organization-admin.service';

@ObjectType('OrganizationSummary', { description: 'An organization as listed on Administration → Organizations and in the switcher.' })
export class OrganizationSummaryType implements OrganizationSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => Int)
  apiKeyCount!: number;

  @Field(() => Boolean, { description: "True for the session's current organization." })
  current!: boolean;

  @Field(() => UserStatusEnum, { nullable: true, description: "The viewer's membership status there; null when a super admin has no membership." })
  viewerMembershipStatus!: MembershipStatus | null;

  static from(summary: OrganizationSummary): OrganizationSummaryType {
    return Object.assign(new OrganizationSummaryType(), summary);
  }
}

@InputType('CreateOrganizationInput')
export class CreateOrganizationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Derived from the name when omitted.' })
  slug?: string | null;
}

@InputType('UpdateOrganizationInput', { description: 'Omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;
}
