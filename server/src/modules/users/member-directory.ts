import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../core/ids';
import { Membership } from './membership.entity';
import { User } from './user.entity';

/**
 * Member lookups for other areas (sign-in and sessions, connections sharing and resolution, the secret use policy):
 * they read memberships through here, never the table itself. Every lookup is scoped to one
 * organization and takes one query.
 */
export class MemberDirectory {
  /** The user's active membership in the organization, with what `populate` names loaded; null otherwise. */
  async activeMembership(
    em: EntityManager,
    organizationId: string,
    userId: string,
    populate: readonly ('user' | 'roles')[],
  ): Promise<Membership | null> {
    if (!isUuid(userId)) return null;
    return em.findOne(Membership, { user: userId, organization: organizationId, status: 'ACTIVE' }, { populate: [...populate] });
  }

  /**
   * The user's active membership in the organization as the database returns it (for the session
   * cache, which maps it into each request's entity manager), with its roles' permissions; null otherwise.
   */
  async activeMembershipRow(
    em: EntityManager,
    organizationId: string,
    userId: string,
  ): Promise<{ row: Record<string, unknown>; permissions: unknown[] } | null> {
    if (!isUuid(userId)) return null;
    const [found] = await em.getConnection().execute<{ membership_row: Record<string, unknown>; permissions: unknown[] | null }[]>(
      `select row_to_json(m) as membership_row,
        (select json_agg(p) from membership_role mr join role r on r.id = mr.role_id, json_array_elements(r.permissions::json) p where mr.membership_id = m.id) as permissions
        from membership m where m.user_id = ? and m.organization_id = ? and m.status = 'ACTIVE'`,
      [userId, organizationId],
    );
    return found === undefined ? null : { row: found.membership_row, permissions: found.permissions ?? [] };
  }

  /** Whether the user is an active member of the organization. */
  async isActiveMember(em: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    if (!isUuid(userId)) return false;
    return (await em.count(Membership, { user: userId, organization: organizationId, status: 'ACTIVE' })) > 0;
  }

  /** The organization's active members other than `exceptUserId`, by display name. */
  async activeUsersExcept(em: EntityManager, organizationId: string, exceptUserId: string): Promise<User[]> {
    const members = await em.find(
      Membership,
      { organization: organizationId, status: 'ACTIVE', user: { $ne: exceptUserId } },
      { populate: ['user'], orderBy: { user: { displayName: 'asc' } } },
    );
    return members.map((m) => m.user);
  }

  /** The users among `userIds` who are members of the organization (active or suspended, not invited). */
  async joinedUsersAmong(em: EntityManager, organizationId: string, userIds: readonly string[]): Promise<User[]> {
    if (userIds.length === 0 || !userIds.every(isUuid)) return [];
    const members = await em.find(Membership, { organization: organizationId, user: { $in: [...userIds] }, status: { $ne: 'INVITED' } }, { populate: ['user'] });
    return members.map((m) => m.user);
  }

  /** The account with this (normalized) email, its password hash loaded for sign-in; null when there is none. */
  async accountForSignIn(em: EntityManager, email: string): Promise<User | null> {
    return em.findOne(User, { email }, { populate: ['passwordHash'] });
  }

  /** The account, its password hash loaded (changing a password). */
  async accountWithPassword(em: EntityManager, userId: string): Promise<User> {
    return em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] });
  }

  /** The user's oldest membership (any status), or only their oldest ACTIVE one, with its organization. */
  async firstMembership(em: EntityManager, userId: string, options: { activeOnly: boolean }): Promise<Membership | null> {
    const where = options.activeOnly ? { user: userId, status: 'ACTIVE' as const } : { user: userId };
    return em.findOne(Membership, where, { populate: ['organization'], orderBy: { createdAt: 'asc' } });
  }
}
