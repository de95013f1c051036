import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../core/pagination';
import { RoleType } from '../roles/role.types';
import type { MembershipStatus } from './membership.entity';
import type { SignInMethod } from './user.entity';
import type { InvitationPreview } from './invitation.service';
import type { MemberRecord } from './member-access';
import type { SignInMethodOption } from './user.service';
import { SignInProviderType } from './sign-in-provider.types';

export const UserStatusEnum = { ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED', INVITED: 'INVITED' } as const satisfies { [K in MembershipStatus]: K };
registerEnumType(UserStatusEnum, {
  name: 'UserStatus',
  description: "A user's status in this organization.",
  valuesConfig: {
    ACTIVE: { description: 'Can sign in.' },
    SUSPENDED: { description: 'Disabled by an administrator: cannot sign in, sessions ended.' },
    INVITED: { description: 'Invited; has not set a password yet.' },
  },
});

export const SignInMethodEnum = { PASSWORD: 'PASSWORD', SSO: 'SSO' } as const satisfies { [K in SignInMethod]: K };
registerEnumType(SignInMethodEnum, { name: 'SignInMethod' });

@ObjectType('UserInvitation', { description: 'The pending invitation of an invited user.' })
export class UserInvitationType {
  @Field(() => Date)
  sentAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'The link no longer works; resend the invitation.' })
  expired!: boolean;
}

/** A member of the organization: the account and its membership here. Never carries the password hash. */
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String)
  displayName!: string;

  @Field(() => SignInMethodEnum)
  signInMethod!: SignInMethod;

  @Field(() => String, { nullable: true, description: 'The id of the SSO provider when signInMethod is SSO (see ssoProviderName).' })
  ssoProvider!: string | null;

  @Field(() => UserStatusEnum)
  status!: MembershipStatus;

  @Field(() => [RoleType])
  roles!: RoleType[];

  @Field(() => Boolean)
  isSuperAdmin!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date, { description: 'When the user was added to the organization.' })
  createdAt!: Date;

  @Field(() => UserInvitationType, { nullable: true, description: 'Set while the status is INVITED.' })
  invitation!: UserInvitationType | null;

  static from({ membership, invitation }: MemberRecord): UserType {
    const { user } = membership;
    return Object.assign(new UserType(), {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      displayName: user.displayName,
      signInMethod: user.signInMethod,
      ssoProvider: user.ssoProvider,
      status: membership.status,
      roles: membership.roles.getItems().map((r) => RoleType.from(r)),
      isSuperAdmin: user.isSuperAdmin,
      lastLoginAt: user.lastLoginAt,
      createdAt: membership.createdAt,
      invitation:
        membership.status === 'INVITED' && invitation !== null
          ? { sentAt: invitation.createdAt, expiresAt: invitation.expiresAt, expired: invitation.expiresAt.getTime() <= Date.now() }
          : null,
    });
  }
}

@ObjectType('UserConnection')
export class UserConnection extends connectionOf(UserType, 'User') {}

@ObjectType('SignInMethodOption', { description: 'A way users of this installation can sign in.' })
export class SignInMethodOptionType implements SignInMethodOption {
  @Field(() => SignInMethodEnum)
  method!: SignInMethod;

  @Field(() => String, { nullable: true })
  provider!: string | null;

  @Field(() => String)
  label!: string;
}

@ObjectType('InvitationPreview', { description: 'What an invitation link is for, shown before the password is set.' })
export class InvitationPreviewType implements InvitationPreview {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Boolean, {
    description: 'True when the email already has a Keyward account: accepting needs that account’s current password (or SSO), not a new one.',
  })
  existingAccount!: boolean;

  @Field(() => SignInMethodEnum, { description: 'SSO: accept by signing in through ssoProvider, not with a password.' })
  signInMethod!: SignInMethod;

  @Field(() => SignInProviderType, { nullable: true, description: 'Set when signInMethod is SSO.' })
  ssoProvider!: SignInProviderType | null;
}

@InputType('UserFilter')
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches name or email.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => UserStatusEnum, { nullable: true })
  status?: MembershipStatus | null;

  @Field(() => SignInMethodEnum, { nullable: true })
  signInMethod?: SignInMethod | null;
}

@ArgsType()
export class UsersArgs {
  @Field(() => UserFilterInput, { nullable: true })
  filter?: UserFilterInput | null;
}

@InputType('InviteUserInput')
export class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => SignInMethodEnum, { nullable: true, description: 'PASSWORD when omitted.' })
  signInMethod?: SignInMethod | null;

  @Field(() => String, { nullable: true, description: 'Required with SSO: the id of one of this organization’s providers (see signInMethods).' })
  ssoProvider?: string | null;

  @Field(() => [ID], { description: 'At least one.' })
  roleIds!: string[];
}

@InputType('CreateUserInput', { description: 'A user created directly with an initial password (super admins).' })
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Required with PASSWORD (checked against the password policy); not given with SSO.' })
  password?: string | null;

  @Field(() => SignInMethodEnum, { nullable: true, description: 'PASSWORD when omitted.' })
  signInMethod?: SignInMethod | null;

  @Field(() => String, { nullable: true, description: 'Required with SSO: the id of one of this organization’s providers (see signInMethods).' })
  ssoProvider?: string | null;

  @Field(() => [ID], { description: 'At least one.' })
  roleIds!: string[];
}

@InputType('UpdateUserInput', { description: 'Omitted fields stay as they are; null clears a name.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  displayName?: string | null;
}
