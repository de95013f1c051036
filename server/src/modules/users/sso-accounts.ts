import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../core/ids';
import { sha256Hex } from '../../crypto/random';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { User } from './user.entity';

/** An invitation as the SSO callback checks it: its member, organization and invited account. */
export interface SsoInvitation {
  invitation: Invitation;
  membership: Membership;
  /** Why it can no longer be accepted (used, expired, withdrawn), or null. */
  unusable: string | null;
}

/**
 * What SSO sign-in needs from accounts and memberships (the sso module calls it; users owns the
 * tables): finding the account and its membership, checking an invitation, activating a member.
 */
export class SsoAccounts {
  /** People of the organization who sign in with each provider (any membership status). */
  async countByProvider(em: EntityManager, organizationId: string, providerIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>(providerIds.map((id) => [id, 0]));
    if (providerIds.length === 0) return counts;
    const members = await em.find(
      Membership,
      { organization: organizationId, user: { signInMethod: 'SSO', ssoProvider: { $in: [...providerIds] } } },
      { populate: ['user'] },
    );
    for (const m of members) {
      const id = m.user.ssoProvider;
      if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  /** The account with this (lower-cased) email, or null. */
  async accountByEmail(em: EntityManager, email: string): Promise<User | null> {
    return em.findOne(User, { email: email.toLowerCase() });
  }

  /** The user's membership in the organization (any status), with its roles and organization. */
  async membershipIn(em: EntityManager, organizationId: string, userId: string): Promise<Membership | null> {
    if (!isUuid(userId)) return null;
    return em.findOne(Membership, { user: userId, organization: organizationId }, { populate: ['user', 'roles', 'organization'] });
  }

  /** The invitation behind a link's token, or null when there is none. */
  async invitation(em: EntityManager, token: string): Promise<SsoInvitation | null> {
    const invitation = await em.findOne(
      Invitation,
      { tokenHash: sha256Hex(token) },
      { populate: ['membership', 'membership.user', 'membership.organization', 'membership.roles'] },
    );
    if (invitation === null) return null;
    const { membership } = invitation;
    let unusable: string | null = null;
    if (invitation.acceptedAt !== null) unusable = 'already used';
    else if (membership.status !== 'INVITED') unusable = 'no longer pending';
    else if (invitation.expiresAt.getTime() <= Date.now()) unusable = 'expired';
    return { invitation, membership, unusable };
  }

  /**
   * An INVITED member signed in through their provider: the membership becomes ACTIVE and the
   * pending invitation counts as accepted (its link stops working). False when it was not pending.
   */
  async acceptBySso(tx: EntityManager, membership: Membership): Promise<boolean> {
    const activated = await tx.nativeUpdate(Membership, { id: membership.id, status: 'INVITED' }, { status: 'ACTIVE' });
    if (activated === 0) return false;
    membership.status = 'ACTIVE';
    const now = new Date();
    const [newest] = await tx.find(Invitation, { membership: membership.id, acceptedAt: null }, { orderBy: { createdAt: 'desc' }, limit: 1 });
    if (newest !== undefined) {
      await tx.nativeUpdate(Invitation, { id: newest.id }, { acceptedAt: now });
      await tx.nativeDelete(Invitation, { membership: membership.id, acceptedAt: null });
    }
    return true;
  }
}
