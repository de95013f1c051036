import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { passwordProblem } from '@keyward/shared/password-policy';
import type { BuiltInRoleKey } from '@keyward/shared/permissions';
import type { Actor, RequestMeta } from '../../core/actor';
import { hashPassword } from '../../crypto/password';
import type { MemberSessions } from './member-sessions';
import { badField, badInput, conflict, notFound, type FieldError } from '../../core/errors';
import { escapeLike, isUuid } from '../../core/ids';
import { pageWindow, toPage, type Page, type PageArgs } from '../../core/pagination';
import type { AuditService } from '../audit/audit.service';
import type { OrganizationService } from '../organizations/organization.service';
import type { Role } from '../roles/role.entity';
import type { RoleService } from '../roles/role.service';
import { Invitation } from './invitation.entity';
import { assertCanAssign, assertCanManage, assertCanRestore, cleanName, findMember, roleNames, type MemberRecord } from './member-access';
import { Membership, type MembershipStatus } from './membership.entity';
import { User, type SignInMethod } from './user.entity';
import type { Organization } from '../organizations/organization.entity';
import { UserError } from './user.errors';
import type { AuthorityInvalidation } from '../../authority/authority-invalidation';
import { userScope } from '../../authority/authority-cache';
import type { SsoProviderDirectory } from './sso-providers';

/** Holding one of these keeps an organization administrable; the last one is protected. */
const ADMIN_ROLES: readonly BuiltInRoleKey[] = ['ORG_ADMIN', 'SUPER_ADMIN'];
const MAX_BULK = 100;

export interface UserFilter {
  search?: string | null;
  roleId?: string | null;
  status?: MembershipStatus | null;
  signInMethod?: SignInMethod | null;
}

export interface UpdateUserInput {
  firstName?: string | null;
  lastName?: string | null;
  displayName?: string | null;
}

export interface SignInMethodOption {
  method: SignInMethod;
  provider: string | null;
  label: string;
}

/** The final state of a membership that a change would leave, for the last-admin rule. */
interface PlannedState {
  membership: Membership;
  status: MembershipStatus | 'DELETED';
  roles: readonly Role[];
}

const isAdminRole = (role: Role) => role.builtInKey !== null && ADMIN_ROLES.includes(role.builtInKey);
const isSuperAdminRole = (role: Role) => role.builtInKey === 'SUPER_ADMIN';


/**
 * Members of an organization: roles, status, deletion and password resets (invitations are
 * InvitationService). Every lookup is scoped to the actor's organization, so another
 * organization's user is NOT_FOUND.
 */
export class UserService {
  constructor(
    private readonly deps: {
      roles: RoleService;
      organizations: OrganizationService;
      sessions: MemberSessions;
      audit: AuditService;
      /** Role, status and profile changes reach the members' cached sessions through it. */
      invalidation: AuthorityInvalidation;
      ssoProviders: SsoProviderDirectory;
    },
  ) {}

  /** How users may sign in: a password, or one of the organization's SSO providers. */
  async signInMethods(em: EntityManager, actor: Actor): Promise<SignInMethodOption[]> {
    const providers = await this.deps.ssoProviders.inOrganization(em, actor.organization.id);
    return [
      { method: 'PASSWORD', provider: null, label: 'Password' },
      ...providers.map((p): SignInMethodOption => ({ method: 'SSO', provider: p.id, label: p.displayName })),
    ];
  }

  /** The display name of a member's SSO provider (null when it is gone or not this organization's). */
  async ssoProviderName(em: EntityManager, actor: Actor, providerId: string): Promise<string | null> {
    const provider = await this.deps.ssoProviders.byId(em, providerId);
    return provider !== null && provider.organizationId === actor.organization.id ? provider.displayName : null;
  }

  async list(em: EntityManager, actor: Actor, filter: UserFilter, page: PageArgs): Promise<Page<MemberRecord>> {
    const window = pageWindow(page);
    const where: FilterQuery<Membership> & Record<string, unknown> = { organization: actor.organization.id };
    const userWhere: Record<string, unknown> = {};
    if (filter.status != null) where.status = filter.status;
    if (filter.roleId != null) {
      if (!isUuid(filter.roleId)) return toPage([], 0, window, (r: MemberRecord) => r);
      where.roles = { id: filter.roleId };
    }
    if (filter.signInMethod != null) userWhere.signInMethod = filter.signInMethod;
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      userWhere.$or = [
        { email: { $ilike: pattern } },
        { displayName: { $ilike: pattern } },
        { firstName: { $ilike: pattern } },
        { lastName: { $ilike: pattern } },
      ];
    }
    if (Object.keys(userWhere).length > 0) where.user = userWhere;
    const [rows, total] = await em.findAndCount(Membership, where, {
      populate: ['user', 'roles'],
      populateWhere: 'all',
      orderBy: [{ user: { displayName: 'asc' } }, { id: 'asc' }],
      limit: window.limit,
      offset: window.offset,
    });
    const records = await this.withInvitations(em, rows);
    return toPage(records, total, window, (r) => r);
  }

  async get(em: EntityManager, actor: Actor, userId: string): Promise<MemberRecord> {
    const [record] = await this.withInvitations(em, [await findMember(em, actor, userId)]);
    if (record === undefined) throw notFound('User');
    return record;
  }


  async update(em: EntityManager, actor: Actor, userId: string, input: UpdateUserInput, meta: RequestMeta): Promise<MemberRecord> {
    const membership = await findMember(em, actor, userId);
    assertCanManage(actor, membership);
    const { user } = membership;
    const problems: FieldError[] = [];
    const next = {
      firstName: input.firstName === undefined ? user.firstName : cleanName(input.firstName, 'firstName', problems),
      lastName: input.lastName === undefined ? user.lastName : cleanName(input.lastName, 'lastName', problems),
      displayName: user.displayName,
    };
    if (input.displayName != null) {
      const displayName = input.displayName.trim();
      if (displayName.length === 0 || displayName.length > 200) problems.push({ field: 'displayName', message: 'Display name is required (at most 200 characters).' });
      next.displayName = displayName;
    }
    if (problems.length > 0) throw badInput(problems);
    const changed = (['firstName', 'lastName', 'displayName'] as const).filter((k) => next[k] !== user[k]);
    if (changed.length > 0) {
      Object.assign(user, next);
      this.deps.audit.record(em, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'user.updated',
        targetType: 'User',
        targetId: user.id,
        summary: `Changed ${changed.join(', ')} of ${user.email}`,
      });
      await this.deps.invalidation.flushChanged(em, [userScope(user.id)]);
    }
    return this.get(em, actor, userId);
  }

  /** Replaces the roles of each user (bulk: all or nothing). */
  async setRoles(em: EntityManager, actor: Actor, userIds: readonly string[], roleIds: readonly string[], meta: RequestMeta): Promise<MemberRecord[]> {
    await em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const roles = await this.deps.roles.resolveForAssignment(tx, actor, roleIds);
      const members = await this.findMembers(tx, actor, userIds);
      for (const membership of members) {
        assertCanManage(actor, membership);
        assertCanRestore(actor, membership, 'change the roles of');
        const current = membership.roles.getItems();
        const added = roles.filter((r) => !current.includes(r));
        const removed = current.filter((r) => !roles.includes(r));
        assertCanAssign(actor, [...added, ...removed]);
      }
      await this.assertAdminRemains(tx, actor, members.map((membership) => ({ membership, status: membership.status, roles })));
      await this.assertSuperAdminRemains(tx, members, roles);
      for (const membership of members) {
        const before = membership.roles.getItems();
        if (before.length === roles.length && before.every((r) => roles.includes(r))) continue;
        membership.roles.set(roles);
        // Super admin is installation-wide: granting or removing the role anywhere changes it.
        if (before.some(isSuperAdminRole) !== roles.some(isSuperAdminRole)) membership.user.isSuperAdmin = roles.some(isSuperAdminRole);
        this.deps.audit.record(tx, meta, {
          organizationId: actor.organization.id,
          actor,
          action: 'user.roles_changed',
          targetType: 'User',
          targetId: membership.user.id,
          summary: `Roles of ${membership.user.email}: ${roleNames(before)} → ${roleNames(roles)}`,
        });
      }
      await this.deps.invalidation.changed(tx, userIds.map(userScope));
      await tx.flush();
    });
    return this.getMany(em, actor, userIds);
  }

  /** Suspends members and ends their sessions in this organization at once (bulk: all or nothing). */
  async disable(em: EntityManager, actor: Actor, userIds: readonly string[], meta: RequestMeta): Promise<MemberRecord[]> {
    await em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const members = await this.findMembers(tx, actor, userIds);
      for (const membership of members) {
        if (isSelf(actor, membership.user.id)) throw new UserError('USER_OWN_ACCOUNT', 'You cannot disable your own account.');
        assertCanManage(actor, membership);
        if (membership.status === 'INVITED') {
          throw new UserError('USER_INVITATION_PENDING', `${membership.user.email} has not accepted the invitation yet. Delete the user to withdraw it.`);
        }
      }
      const changing = members.filter((m) => m.status === 'ACTIVE');
      await this.assertAdminRemains(tx, actor, changing.map((membership) => ({ membership, status: 'SUSPENDED', roles: membership.roles.getItems() })));
      for (const membership of changing) {
        membership.status = 'SUSPENDED';
        await this.deps.sessions.revokeAllInOrganization(tx, membership.user.id, actor.organization.id);
        this.deps.audit.record(tx, meta, {
          organizationId: actor.organization.id,
          actor,
          action: 'user.disabled',
          targetType: 'User',
          targetId: membership.user.id,
          summary: `Disabled ${membership.user.email} and ended their sessions`,
        });
      }
      await this.deps.invalidation.changed(tx, userIds.map(userScope));
      await tx.flush();
    });
    return this.getMany(em, actor, userIds);
  }

  async enable(em: EntityManager, actor: Actor, userIds: readonly string[], meta: RequestMeta): Promise<MemberRecord[]> {
    await em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const members = await this.findMembers(tx, actor, userIds);
      for (const membership of members) {
        assertCanManage(actor, membership);
        if (membership.status === 'INVITED') {
          throw new UserError('USER_INVITATION_PENDING', `${membership.user.email} has not accepted the invitation yet. Resend it instead.`);
        }
        assertCanRestore(actor, membership, 'enable');
      }
      for (const membership of members.filter((m) => m.status === 'SUSPENDED')) {
        membership.status = 'ACTIVE';
        this.deps.audit.record(tx, meta, {
          organizationId: actor.organization.id,
          actor,
          action: 'user.enabled',
          targetType: 'User',
          targetId: membership.user.id,
          summary: `Enabled ${membership.user.email}`,
        });
      }
      await this.deps.invalidation.changed(tx, userIds.map(userScope));
      await tx.flush();
    });
    return this.getMany(em, actor, userIds);
  }

  /**
   * Permanently removes members from the organization (bulk: all or nothing); their memberships
   * elsewhere stay. An account left without any organization is deleted with them, unless it is a
   * super admin's.
   */
  async delete(em: EntityManager, actor: Actor, userIds: readonly string[], meta: RequestMeta): Promise<string[]> {
    return em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const members = await this.findMembers(tx, actor, userIds);
      for (const membership of members) {
        if (isSelf(actor, membership.user.id)) throw new UserError('USER_OWN_ACCOUNT', 'You cannot delete your own account.');
        assertCanManage(actor, membership);
      }
      await this.assertAdminRemains(tx, actor, members.map((membership) => ({ membership, status: 'DELETED', roles: [] })));
      for (const membership of members) {
        const { user } = membership;
        await this.deps.sessions.revokeAllInOrganization(tx, user.id, actor.organization.id);
        const elsewhere = await tx.count(Membership, { user, id: { $ne: membership.id } });
        tx.remove(membership);
        // The account goes with its last membership, except a super admin's (they enter any organization).
        if (elsewhere === 0 && !user.isSuperAdmin) tx.remove(user);
        this.deps.audit.record(tx, meta, {
          organizationId: actor.organization.id,
          actor,
          action: 'user.deleted',
          targetType: 'User',
          targetId: user.id,
          summary: `Deleted ${user.email}${membership.status === 'INVITED' ? ' (pending invitation withdrawn)' : ''}`,
        });
      }
      await this.deps.invalidation.changed(tx, userIds.map(userScope));
      await tx.flush();
      return members.map((m) => m.user.id);
    });
  }

  /** Super admins only (the resolver requires USERS_RESET_PASSWORD): a new password for someone else; their sessions end. */
  async resetPassword(em: EntityManager, actor: Actor, userId: string, password: string, meta: RequestMeta): Promise<MemberRecord> {
    if (isSelf(actor, userId)) throw new UserError('USER_OWN_ACCOUNT', 'You cannot reset your own password here. Use Change password instead.');
    const membership = await findMember(em, actor, userId);
    assertCanManage(actor, membership);
    const { user } = membership;
    if (membership.status === 'INVITED') throw new UserError('USER_INVITATION_PENDING', `${user.email} has not accepted the invitation yet. Resend it instead.`);
    if (user.signInMethod !== 'PASSWORD') throw new UserError('USER_SSO_ACCOUNT', `${user.email} signs in with SSO and has no password.`);
    const weak = passwordProblem(password);
    if (weak !== null) throw badField('password', weak);
    user.passwordHash = await hashPassword(password);
    await this.deps.sessions.revokeAllForUser(em, user.id);
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'user.password_reset',
      targetType: 'User',
      targetId: user.id,
      summary: `Reset the password of ${user.email} and ended their sessions`,
    });
    await em.flush();
    return this.get(em, actor, userId);
  }

  /** Members of the organization holding each role, for the role-in-use rule (registered with RoleService). */
  async countByRole(em: EntityManager, organizationId: string, roleIds: string[]): Promise<Map<string, number>> {
    if (roleIds.length === 0) return new Map();
    const rows = await em
      .createQueryBuilder(Membership, 'm')
      .select([raw('r.id as role_id'), raw('count(distinct m.id) as n')])
      .join('m.roles', 'r')
      .where({ organization: organizationId, roles: { $in: roleIds } })
      .groupBy(raw('r.id'))
      .execute<{ role_id: string; n: string | number }[]>('all', false);
    return new Map(rows.filter((r) => roleIds.includes(r.role_id)).map((r) => [r.role_id, Number(r.n)]));
  }

  /** Accounts on this instance, over every organization (first-run setup asks whether there is any). */
  async countAccounts(em: EntityManager): Promise<number> {
    return em.count(User, {});
  }

  /** Serialises concurrent first-admin attempts (inside their transaction): only one can see zero accounts. */
  async lockAccounts(tx: EntityManager): Promise<void> {
    await tx.execute('LOCK TABLE app_user IN EXCLUSIVE MODE');
  }

  /** First-run setup: the first super admin's account and their active membership (not flushed). */
  addFirstSuperAdmin(tx: EntityManager, organization: Organization, role: Role, account: { email: string; displayName: string; passwordHash: string }): User {
    const user = tx.create(User, { ...account, isSuperAdmin: true });
    const membership = tx.create(Membership, { user, organization, status: 'ACTIVE' });
    membership.roles.add(role);
    return user;
  }

  /** The organization of a user's (first) membership, e.g. to start the first admin's session. */
  async organizationOf(em: EntityManager, user: User): Promise<Organization> {
    const membership = await em.findOneOrFail(Membership, { user }, { populate: ['organization'] });
    return membership.organization;
  }

  private async findMembers(em: EntityManager, actor: Actor, userIds: readonly string[], refresh = false): Promise<Membership[]> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) throw badField('ids', 'Select at least one user.');
    if (ids.length > MAX_BULK) throw badField('ids', `Select at most ${MAX_BULK} users at a time.`);
    if (!ids.every(isUuid)) throw notFound('User');
    const members = await em.find(Membership, { user: { $in: ids }, organization: actor.organization.id }, { populate: ['user', 'roles'], refresh });
    if (members.length !== ids.length) throw notFound('User');
    return members;
  }

  private async getMany(em: EntityManager, actor: Actor, userIds: readonly string[]): Promise<MemberRecord[]> {
    // Refreshed: a transaction merges scalar changes back into `em`, but not collections (roles).
    const members = await this.findMembers(em, actor, userIds, true);
    const order = [...new Set(userIds)];
    members.sort((a, b) => order.indexOf(a.user.id) - order.indexOf(b.user.id));
    return this.withInvitations(em, members);
  }

  private async withInvitations(em: EntityManager, members: Membership[]): Promise<MemberRecord[]> {
    const invited = members.filter((m) => m.status === 'INVITED');
    const invitations =
      invited.length === 0
        ? []
        : await em.find(Invitation, { membership: { $in: invited.map((m) => m.id) }, acceptedAt: null }, { orderBy: { createdAt: 'desc' } });
    return members.map((membership) => ({
      membership,
      invitation: invitations.find((i) => i.membership.id === membership.id) ?? null,
    }));
  }

  /** The installation keeps at least one super admin: taking the role from the last one is refused. */
  private async assertSuperAdminRemains(em: EntityManager, members: Membership[], roles: readonly Role[]): Promise<void> {
    if (roles.some(isSuperAdminRole)) return;
    const losing = members.filter((m) => m.user.isSuperAdmin && m.roles.getItems().some(isSuperAdminRole)).map((m) => m.user);
    if (losing.length === 0) return;
    const remaining = await em.count(User, { isSuperAdmin: true, id: { $nin: losing.map((u) => u.id) } });
    if (remaining > 0) return;
    throw conflict(
      `${losing.map((u) => u.email).join(', ')} ${losing.length === 1 ? 'is the last super admin' : 'are the last super admins'} of this installation. ` +
        'Make someone else a super admin first.',
    );
  }

  /**
   * The organization must keep at least one active Org Admin (or Super Admin): a change that
   * would leave none is refused, whoever makes it.
   */
  private async assertAdminRemains(em: EntityManager, actor: Actor, planned: PlannedState[]): Promise<void> {
    if (planned.length === 0) return;
    const admins = await em.find(
      Membership,
      { organization: actor.organization.id, status: 'ACTIVE', roles: { builtInKey: { $in: [...ADMIN_ROLES] } } },
      { fields: ['id'] },
    );
    const before = new Set(admins.map((m) => m.id));
    if (before.size === 0) return;
    const after = new Set(before);
    for (const { membership, status, roles } of planned) {
      if (status === 'ACTIVE' && roles.some(isAdminRole)) after.add(membership.id);
      else after.delete(membership.id);
    }
    if (after.size > 0) return;
    const losing = planned.filter((p) => before.has(p.membership.id)).map((p) => p.membership.user.email);
    throw new UserError(
      'USER_LAST_ADMIN',
      `${losing.join(', ')} ${losing.length === 1 ? 'is the last Org Admin' : 'are the last Org Admins'} of this organization. ` +
        'Make someone else an Org Admin first.',
    );
  }
}

function isSelf(actor: Actor, userId: string): boolean {
  return actor.kind === 'user' && actor.user.id === userId;
}
