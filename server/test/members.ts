import type { EntityManager } from '@mikro-orm/postgresql';
import type { BuiltInRoleKey, Permission } from '@keyward/shared/permissions';
import type { RequestMeta, UserActor } from '../src/core/actor';
import { Membership, type MembershipStatus } from '../src/modules/users/membership.entity';
import { User } from '../src/modules/users/user.entity';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type TestServer } from './harness';
import { userScope } from '../src/authority/authority-cache';

export const MEMBER_PASSWORD = 'Member-Password-1';
export const TEST_META: RequestMeta = { ip: '127.0.0.1', userAgent: 'keyward-tests', requestId: 'test' };

export interface AddMemberOptions {
  email: string;
  role?: BuiltInRoleKey;
  /** Gives the member a custom role with exactly these permissions instead of a built-in one. */
  permissions?: Permission[];
  status?: MembershipStatus;
  /**
   * Another organization, found by name or created on first use by the bootstrap super admin
   * (createOrganization), who then acts there (switchOrganization) to invite the member.
   */
  organizationName?: string;
}

/** The bootstrap super admin as a service-level actor (signed in through AuthService like a browser). */
export async function bootstrapAdmin(server: TestServer, em: EntityManager): Promise<UserActor> {
  const { auth, sessions } = server.keyward.services;
  const { token } = await auth.signIn(em, ADMIN_EMAIL, ADMIN_PASSWORD, TEST_META);
  const actor = await sessions.resolve(em, token);
  if (actor === null) throw new Error('the bootstrap admin could not sign in');
  return actor;
}

/** The bootstrap super admin acting in the organization with this name, created on first use. */
export async function adminIn(server: TestServer, em: EntityManager, organizationName: string): Promise<UserActor> {
  const { organizationAdmin } = server.keyward.services;
  const admin = await bootstrapAdmin(server, em);
  const known = (await organizationAdmin.list(em, admin)).find((o) => o.name === organizationName);
  const id = known?.id ?? (await organizationAdmin.create(em, admin, { name: organizationName }, TEST_META)).id;
  return organizationAdmin.switchTo(em, admin, id, TEST_META);
}

/**
 * Adds a member the way the product does: the bootstrap super admin invites them (optionally with
 * a new custom role) and they accept with MEMBER_PASSWORD (an existing account: its password, which
 * this helper also made MEMBER_PASSWORD); SUSPENDED members are then disabled, INVITED ones left
 * pending. `organizationName` builds (or reuses) another organization through the same services.
 */
export async function addMember(server: TestServer, options: AddMemberOptions): Promise<{ user: User; membership: Membership }> {
  const { roles, users, invitations } = server.keyward.services;
  const em = server.keyward.orm.em.fork();
  const admin = options.organizationName === undefined ? await bootstrapAdmin(server, em) : await adminIn(server, em, options.organizationName);
  const role =
    options.permissions !== undefined
      ? await roles.create(em, admin, { name: `Custom ${options.email}`, permissions: options.permissions }, TEST_META)
      : await roles.builtIn(em, options.role ?? 'MEMBER');
  const { record, token } = await invitations.invite(em, admin, { email: options.email, roleIds: [role.id] }, TEST_META);
  const userId = record.membership.user.id;
  const status = options.status ?? 'ACTIVE';
  if (status !== 'INVITED') await invitations.acceptInvitation(em, token, MEMBER_PASSWORD, TEST_META);
  if (status === 'SUSPENDED') await users.disable(em, admin, [userId], TEST_META);
  const membership = await server.keyward.orm.em
    .fork()
    .findOneOrFail(Membership, { user: userId, organization: admin.organization.id }, { populate: ['user', 'roles', 'organization'] });
  return { user: membership.user, membership };
}

/**
 * The member `options.email` as `addMember` makes them, added the first time a test asks: for the
 * few members several tests meet, each test leaving them as it found them.
 */
export async function sharedMember(server: TestServer, options: AddMemberOptions): Promise<User> {
  const existing = await server.keyward.orm.em.fork().findOne(User, { email: options.email });
  return existing ?? (await addMember(server, options)).user;
}

/** Changes a status behind the API's back, e.g. to show that sessions re-check it on every request. */
export async function setMembershipStatus(server: TestServer, membershipId: string, status: MembershipStatus): Promise<void> {
  const em = server.keyward.orm.em.fork();
  const membership = await em.findOneOrFail(Membership, { id: membershipId });
  membership.status = status;
  // As the users module does: the change reaches the authority caches in the same transaction.
  await server.keyward.services.authority.invalidation.flushChanged(em, [userScope(membership.user.id)]);
}
