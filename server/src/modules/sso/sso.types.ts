import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SignInProviderType } from '../users/sign-in-provider.types';
import type { SsoProviderRecord } from './sso-provider.service';

@ObjectType('SsoProvider', { description: 'An OpenID Connect identity provider people of this organization sign in with. Never carries the client secret.' })
export class SsoProviderType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: 'The issuer URL; discovery is read from {issuer}/.well-known/openid-configuration.' })
  issuer!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => [String], { description: 'Lower-case email domains whose people may sign in with this provider (at least one).' })
  allowedDomains!: string[];

  @Field(() => Boolean, { description: 'When true, the login page shows only this provider (no password field) for emails with these domains.' })
  requireSso!: boolean;

  @Field(() => String, { description: 'The redirect URL to register at the provider: PUBLIC_URL + /auth/sso/callback.' })
  redirectUri!: string;

  @Field(() => Int, { description: 'Members of this organization who sign in with this provider.' })
  memberCount!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  static from({ provider, memberCount, redirectUri }: SsoProviderRecord): SsoProviderType {
    return Object.assign(new SsoProviderType(), {
      id: provider.id,
      displayName: provider.displayName,
      issuer: provider.issuer,
      clientId: provider.clientId,
      allowedDomains: [...provider.allowedDomains],
      requireSso: provider.requireSso,
      redirectUri,
      memberCount,
      createdAt: provider.createdAt,
      updatedAt: provider.updatedAt,
    });
  }
}

@InputType('CreateSsoProviderInput')
export class CreateSsoProviderInput {
  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  issuer!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => String)
  clientSecret!: string;

  @Field(() => [String])
  allowedDomains!: string[];

  @Field(() => Boolean, { nullable: true })
  requireSso?: boolean | null;
}

@InputType('UpdateSsoProviderInput', { description: 'Omitted fields stay as they are; clientSecret omitted keeps the stored secret.' })
export class UpdateSsoProviderInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  issuer?: string | null;

  @Field(() => String, { nullable: true })
  clientId?: string | null;

  @Field(() => String, { nullable: true })
  clientSecret?: string | null;

  @Field(() => [String], { nullable: true })
  allowedDomains?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  requireSso?: boolean | null;
}

@ObjectType('SignInOptions', { description: 'What the login page offers for an email; never reveals whether an account exists (decided from the domain only).' })
export class SignInOptionsType {
  @Field(() => Boolean, { description: 'Show the password field.' })
  password!: boolean;

  @Field(() => [SignInProviderType], { description: '"Continue with …" buttons: providers (of any organization) whose allowedDomains contain the email\'s domain.' })
  providers!: SignInProviderType[];
}
