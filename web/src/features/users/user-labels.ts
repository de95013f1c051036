import type { UserRowFieldsFragment } from '../../graphql/generated';

export function signInMethodLabel(user: Pick<UserRowFieldsFragment, 'signInMethod' | 'ssoProvider'>): string {
  return user.signInMethod === 'SSO' ? `SSO${user.ssoProvider ? ` (${user.ssoProvider})` : ''}` : 'Password';
}
