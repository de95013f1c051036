import type { BuiltInRoleKey, Permission } from '@keyward/shared/permissions';
import { hashPassword } from '../src/auth/password';
import { Organization } from '../src/modules/organizations/organization.entity';
import { Role } from '../src/modules/roles/role.entity';
import { Membership, type MembershipStatus } from '../src/modules/users/membership.entity';
import { User } from '../src/modules/users/user.entity';
import type { TestServer } from './harness';

export const MEMBER_PASSWORD = 'Member-Password-1';

/**
 * Adds a member to the bootstrap organization (or a new one). Until the users module offers
 * invitations this goes through the entities; it uses the same password hashing as sign-in.
 */
export async function addMember(
  server: TestServer,
  options: { email: string; role?: BuiltInRoleKey; permissions?: Permission[]; status?: MembershipStatus; organizationName?: string },
): Promise<{ user: User; membership: Membership }> {
  const em = server.keyward.orm.em.fork();
  const organization = options.organizationName
    ? await server.keyward.services.organizations.create(em, options.organizationName)
    : await em.findOneOrFail(Organization, { slug: 'default' });
  const role =
    options.permissions !== undefined
      ? em.create(Role, { organization, name: `Custom ${options.email}`, permissions: options.permissions })
      : await server.keyward.services.roles.builtIn(em, options.role ?? 'MEMBER');
  const user = em.create(User, {
    email: options.email,
    displayName: options.email.split('@')[0] ?? options.email,
    passwordHash: await hashPassword(MEMBER_PASSWORD),
  });
  const membership = em.create(Membership, { user, organization, status: options.status ?? 'ACTIVE' });
  membership.roles.add(role);
  await em.flush();
  return { user, membership };
}

export async function setMembershipStatus(server: TestServer, membershipId: string, status: MembershipStatus): Promise<void> {
  const em = server.keyward.orm.em.fork();
  const membership = await em.findOneOrFail(Membership, { id: membershipId });
  membership.status = status;
  await em.flush();
}
