import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, type MembershipStatus } from './membership.entity';
import { User } from './user.entity';

/**
 * Memberships across organizations, for the organization switcher and whole-organization
 * changes (member counts, deleting an organization). Member management inside one organization
 * is UserService.
 */
export class MembershipService {
  /** The user's memberships: organization id → status there. */
  async statusesOf(em: EntityManager, userId: string): Promise<Map<string, MembershipStatus>> {
    const memberships = await em.find(Membership, { user: userId }, { fields: ['organization', 'status'] });
    return new Map(memberships.map((m) => [m.organization.id, m.status]));
  }

  /** The user's ACTIVE membership in the organization, with its roles, or null. */
  async activeIn(em: EntityManager, userId: string, organizationId: string): Promise<Membership | null> {
    return em.findOne(Membership, { user: userId, organization: organizationId, status: 'ACTIVE' }, { populate: ['roles'] });
  }

  /** Members of each organization (invited ones included, as on the Users page). */
  async countByOrganization(em: EntityManager, organizationIds: readonly string[]): Promise<Map<string, number>> {
    const rows = organizationIds.length === 0 ? [] : await em.find(Membership, { organization: { $in: [...organizationIds] } }, { fields: ['organization'] });
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.organization.id, (counts.get(row.organization.id) ?? 0) + 1);
    return counts;
  }

  /**
   * Deleting an organization: removes every membership there (pending invitations with them);
   * an account left without any membership is removed too, unless it is a super admin's.
   * Returns the emails of the removed accounts.
   */
  async removeAllFromOrganization(em: EntityManager, organizationId: string): Promise<string[]> {
    const memberships = await em.find(Membership, { organization: organizationId }, { populate: ['user'] });
    const userIds = memberships.map((m) => m.user.id);
    await em.nativeDelete(Membership, { organization: organizationId });
    if (userIds.length === 0) return [];
    const stillMembers = new Set((await em.find(Membership, { user: { $in: userIds } }, { fields: ['user'] })).map((m) => m.user.id));
    const orphans = memberships.map((m) => m.user).filter((user) => !user.isSuperAdmin && !stillMembers.has(user.id));
    if (orphans.length > 0) await em.nativeDelete(User, { id: { $in: orphans.map((u) => u.id) } });
    return orphans.map((u) => u.email);
  }
}
