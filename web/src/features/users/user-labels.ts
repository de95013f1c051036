import type { UserRowFieldsFragment } from '../../graphql/generated';

/** "Password", or the name of the SSO provider the user signs in with. */
export function signInMethodLabel(user: Pick<UserRowFieldsFragment, 'signInMethod' | 'ssoProviderName'>): string {
  if (user.signInMethod === 'PASSWORD') return 'Password';
  return user.ssoProviderName ?? 'Single sign-on';
}
