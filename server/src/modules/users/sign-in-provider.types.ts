import { Field, ID, ObjectType } from 'type-graphql';
import { ssoStartPath } from '@keyward/shared/sso';
import type { SsoProviderSummary } from './sso-providers';

@ObjectType('SignInProvider', { description: 'An SSO provider a person can sign in with: what the login and invitation pages show.' })
export class SignInProviderType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: 'Relative URL: /auth/sso/{id}/start' })
  startUrl!: string;

  static from(provider: Pick<SsoProviderSummary, 'id' | 'displayName'>): SignInProviderType {
    return Object.assign(new SignInProviderType(), { id: provider.id, displayName: provider.displayName, startUrl: ssoStartPath(provider.id) });
  }
}
