import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../core/ids';
import { Membership } from './membership.entity';
import { User } from './user.entity';

/** What `activeMembershipColumns` adds to a row: null columns when there is no active membership. */
export interface ActiveMembershipColumns {
  membership_row: Record<string, unknown> | null;
  permissions: unknown[] | null;
}

/**
 * The select-list columns `membership_row` (the active membership as `row_to_json`) and
 * `permissions` (its roles' permissions) of the user and organization named by two SQL
 * expressions, for a query of another area that needs them in its own single statement (the
 * session lookup). The users module keeps the SQL over its tables here.
 */
export function activeMembershipColumns(userId: string, organizationId: string): string {
  const active = `m.user_id = ${userId} and m.organization_id = ${organizationId} and m.status = 'ACTIVE'`;
  return `(select row_to_json(m) from membership m where ${active}) as membership_row,
    (select json_agg(p) from membership m join membership_role mr on mr.membership_id = m.id join role r on r.id = mr.role_id,
      json_array_elements(r.permissions::json) p where ${active}) as permissions`;
}

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
