import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL_PERMISSIONS, type Permission } from '@keyward/shared/permissions';
import { randomToken, sha256Hex } from '../../crypto/random';
import type { Organization } from '../organizations/organization.entity';
import type { Membership } from '../users/membership.entity';
import type { MemberDirectory } from '../users/member-directory';
import type { User } from '../users/user.entity';
import type { RequestMeta, UserActor } from '../../core/actor';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'keyward_session';
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const IDLE_TIMEOUT_MS = 24 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Server-side sessions: the cookie holds a random token, the row holds its SHA-256. */
export class SessionService {
  /** Memberships are the users module's: read through its directory. */
  constructor(private readonly members: MemberDirectory) {}

  async create(em: EntityManager, user: User, organization: Organization, meta: RequestMeta): Promise<string> {
    const token = randomToken(32);
    const session = new Session();
    session.tokenHash = sha256Hex(token);
    session.user = user;
    session.organization = organization;
    session.expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    session.ip = meta.ip;
    session.userAgent = meta.userAgent?.slice(0, 500) ?? null;
    em.persist(session);
    return token;
  }

  /**
   * The actor behind a session token, or null. Checked on every request, so a suspended
   * membership or a deleted session stops working at once.
   */
  async resolve(em: EntityManager, token: string): Promise<UserActor | null> {
    const session = await em.findOne(
      Session,
      { tokenHash: sha256Hex(token) },
      { populate: ['user', 'organization'] },
    );
    if (session === null) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS <= now) {
      await em.remove(session).flush();
      return null;
    }
    const membership = await this.members.activeMembership(em, session.organization.id, session.user.id, ['roles']);
    // A super admin enters any organization, with or without a membership there.
    if (membership === null && !session.user.isSuperAdmin) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await em.flush();
    }
    return {
      kind: 'user',
      user: session.user,
      membership,
      organization: session.organization,
      permissions: permissionsOf(session.user, membership),
      session,
    };
  }

  /** Moves a session to another organization (the caller has checked the user may enter it). */
  async switchOrganization(em: EntityManager, session: Session, organization: Organization): Promise<void> {
    session.organization = organization;
    session.lastSeenAt = new Date();
    await em.flush();
  }

  async revoke(em: EntityManager, token: string): Promise<void> {
    await em.nativeDelete(Session, { tokenHash: sha256Hex(token) });
  }

  /** Ends every session of a user (optionally keeping one), e.g. after a password change or suspension. */
  async revokeAllForUser(em: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
    return em.nativeDelete(Session, {
      user: userId,
      ...(exceptSessionId === undefined ? {} : { id: { $ne: exceptSessionId } }),
    });
  }

  /** Ends a user's sessions in one organization, e.g. when their membership there is disabled or deleted. */
  async revokeAllInOrganization(em: EntityManager, userId: string, organizationId: string): Promise<number> {
    return em.nativeDelete(Session, { user: userId, organization: organizationId });
  }

  /** Deleting an organization: every session there ends. */
  async revokeAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    return em.nativeDelete(Session, { organization: organizationId });
  }
}

export function permissionsOf(user: User, membership: Membership | null): ReadonlySet<Permission> {
  if (user.isSuperAdmin) return new Set(ALL_PERMISSIONS);
  return new Set(membership?.roles.getItems().flatMap((role) => role.permissions) ?? []);
}
