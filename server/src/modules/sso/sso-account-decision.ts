import type { EntityManager } from '@mikro-orm/postgresql';
import type { SsoRefusal } from '@keyward/shared/sso';
import type { Membership } from '../users/membership.entity';
import type { SsoAccounts } from '../users/sso-accounts';
import type { User } from '../users/user.entity';
import { SsoIdentity } from './sso-identity.entity';
import type { SsoProvider } from './sso-provider.entity';
import type { VerifiedPerson } from './sso-oidc';

export type AccountDecision =
  | { ok: true; membership: Membership; identity: SsoIdentity | null }
  | { ok: false; refusal: SsoRefusal; reason: string };

const refuse = (refusal: SsoRefusal, reason: string): AccountDecision => ({ ok: false, refusal, reason });

/**
 * Who a verified person at provider P (of organization O) is in Keyward — never a sign-up:
 * - the account linked to P by (iss, sub), with a membership in O; else
 * - on a first sign-in, the account with the verified email that was set up to sign in with P
 *   (never a password account, never a super admin) and has no other link to P;
 * - with an invitation link: the invited account, its invitation pending, the verified email the
 *   invited one (or the account already linked).
 * Then its membership in O: SUSPENDED is refused; INVITED is accepted by this sign-in.
 */
export async function decideAccount(
  em: EntityManager,
  accounts: SsoAccounts,
  provider: SsoProvider,
  person: VerifiedPerson,
  invitationToken: string | null,
): Promise<AccountDecision> {
  const email = person.email ?? '';
  const organizationId = provider.organization.id;
  const identity = await em.findOne(SsoIdentity, { issuer: person.issuer, subject: person.subject }, { populate: ['user', 'provider'] });
  if (identity !== null && identity.provider.id !== provider.id) {
    return refuse('unknown_person', 'the provider account is linked to a Keyward account of another provider');
  }

  let user: User | null;
  if (invitationToken !== null) {
    const invited = await accounts.invitation(em, invitationToken);
    if (invited === null || invited.unusable !== null) return refuse('invitation_expired', `the invitation is ${invited?.unusable ?? 'unknown'}`);
    const invitedUser = invited.membership.user;
    if (invited.membership.organization.id !== organizationId || invitedUser.signInMethod !== 'SSO' || invitedUser.ssoProvider !== provider.id) {
      return refuse('invitation_mismatch', 'the invitation is not for signing in with this provider');
    }
    const matches = identity !== null ? identity.user.id === invitedUser.id : invitedUser.email === email;
    if (!matches) return refuse('invitation_mismatch', `signed in at the provider as ${email}, invited as ${invitedUser.email}`);
    user = invitedUser;
  } else {
    user = identity?.user ?? (await accounts.accountByEmail(em, email));
  }
  if (user === null) return refuse('unknown_person', 'no account has this email');
  if (user.isSuperAdmin) return refuse('unknown_person', 'a super admin signs in with a password, never through SSO');
  if (user.signInMethod !== 'SSO' || user.ssoProvider !== provider.id) {
    return refuse('unknown_person', user.signInMethod === 'PASSWORD' ? 'the account signs in with a password' : 'the account signs in with another provider');
  }
  if (identity === null && (await em.count(SsoIdentity, { user: user.id, provider: provider.id })) > 0) {
    return refuse('unknown_person', 'the account is already linked to another person at the provider');
  }

  const membership = await accounts.membershipIn(em, organizationId, user.id);
  if (membership === null) return refuse('unknown_person', 'the account is not a member of this organization');
  if (membership.status === 'SUSPENDED') return refuse('suspended', 'the membership is suspended');
  if (membership.roles.getItems().some((r) => r.builtInKey === 'SUPER_ADMIN')) return refuse('unknown_person', 'a super admin signs in with a password, never through SSO');
  return { ok: true, membership, identity };
}
