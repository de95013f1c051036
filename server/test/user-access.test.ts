import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/modules/users/user.entity';
import { ADMIN_EMAIL, Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD, sharedMember } from './members';
import { ACCEPT, builtInRoleIds, DELETE, DISABLE, ENABLE, field, INVITE, SET_ROLES, UPDATE, USER_FIELDS, userTestHelpers, USERS, VIEWER, type BuiltInRoleIds, type UserNode, type UsersPage } from './user-helpers';

// Who may change a user's roles and status, remove them, and what each change does to their access.

let server: TestServer;
let admin: Client;
let roleIds: BuiltInRoleIds;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  roleIds = await builtInRoleIds(admin);
});
afterAll(async () => {
  await server.close();
});

const { signedIn, loggedInvitationToken, userByEmail } = userTestHelpers(() => ({ server, admin }));

describe('setUserRoles', () => {
  it('replaces the roles and the new permissions apply to the next request', async () => {
    const { user } = await addMember(server, { email: 'promoted@keyward.test', role: 'MEMBER' });
    const member = await signedIn('promoted@keyward.test');
    expect(errorCode(await member.request('{ users { totalCount } }'))).toBe('FORBIDDEN');
    const res = await admin.request<{ setUserRoles: UserNode }>(SET_ROLES, { id: user.id, roleIds: [roleIds.READ_ONLY] });
    expect(res.data?.setUserRoles.roles.map((r) => r.name)).toEqual(['Read-only']);
    expect((await member.request('{ users { totalCount } }')).errors).toBeUndefined();
  });

  it('requires at least one role', async () => {
    const { user } = await addMember(server, { email: 'roleless@keyward.test' });
    const res = await admin.request(SET_ROLES, { id: user.id, roleIds: [] });
    expect(field(res)).toBe('roleIds');
  });

  it('makes a user a super admin only through the Super Admin role, granted by a super admin', async () => {
    const { user } = await addMember(server, { email: 'future-super@keyward.test' });
    const res = await admin.request<{ setUserRoles: UserNode }>(SET_ROLES, { id: user.id, roleIds: [roleIds.SUPER_ADMIN] });
    expect(res.data?.setUserRoles.isSuperAdmin).toBe(true);
    const back = await admin.request<{ setUserRoles: UserNode }>(SET_ROLES, { id: user.id, roleIds: [roleIds.MEMBER] });
    expect(back.data?.setUserRoles.isSuperAdmin).toBe(false);
  });
});

describe('guardrails', () => {
  /** Acme, whose only active Org Admin is acme-admin@acme.test, and acme-manager@acme.test who manages its users. */
  async function acmeWithOneAdmin(): Promise<User> {
    const lastAdmin = await sharedMember(server, { email: 'acme-admin@acme.test', role: 'ORG_ADMIN', organizationName: 'Acme' });
    await sharedMember(server, { email: 'acme-manager@acme.test', permissions: ['USERS_READ', 'USERS_MANAGE'], organizationName: 'Acme' });
    return lastAdmin;
  }

  it('never lets anyone grant a role with permissions they do not hold (Org Admin → Super Admin)', async () => {
    await sharedMember(server, { email: 'org-admin@keyward.test', role: 'ORG_ADMIN' });
    const orgAdmin = await signedIn('org-admin@keyward.test');
    const { user } = await addMember(server, { email: 'climber@keyward.test' });
    const set = await orgAdmin.request(SET_ROLES, { id: user.id, roleIds: [roleIds.SUPER_ADMIN] });
    expect(errorCode(set)).toBe('FORBIDDEN');
    const invite = await orgAdmin.request(INVITE, { input: { email: 'super-invite@keyward.test', roleIds: [roleIds.SUPER_ADMIN] } });
    expect(errorCode(invite)).toBe('FORBIDDEN');
    expect(await userByEmail('super-invite@keyward.test')).toBeUndefined();
    const self = await orgAdmin.request<UsersPage>(USERS, { filter: { search: 'org-admin@' } });
    const selfId = self.data?.users.edges[0]?.node.id;
    expect(errorCode(await orgAdmin.request(SET_ROLES, { id: selfId, roleIds: [roleIds.SUPER_ADMIN] }))).toBe('FORBIDDEN');
  });

  it('keeps super admins out of an Org Admin\'s reach', async () => {
    await sharedMember(server, { email: 'org-admin@keyward.test', role: 'ORG_ADMIN' });
    const orgAdmin = await signedIn('org-admin@keyward.test');
    const me = await userByEmail(ADMIN_EMAIL);
    for (const [query, variables] of [
      [DISABLE, { id: me?.id }],
      [DELETE, { id: me?.id }],
      [SET_ROLES, { id: me?.id, roleIds: [roleIds.MEMBER] }],
      [UPDATE, { id: me?.id, input: { displayName: 'Pwned' } }],
    ] as const) {
      expect(errorCode(await orgAdmin.request(query, variables))).toBe('FORBIDDEN');
    }
    expect(await userByEmail(ADMIN_EMAIL)).toMatchObject({ status: 'ACTIVE', roles: [{ name: 'Super Admin' }] });
  });

  it('never lets a user disable or delete themselves', async () => {
    const me = await userByEmail(ADMIN_EMAIL);
    expect(errorCode(await admin.request(DISABLE, { id: me?.id }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.request(DELETE, { id: me?.id }))).toBe('FORBIDDEN');
  });

  it('protects the last Org Admin from being demoted by themselves', async () => {
    const me = await userByEmail(ADMIN_EMAIL);
    await sharedMember(server, { email: 'org-admin@keyward.test', role: 'ORG_ADMIN' });
    await addMember(server, { email: 'ex-admin@keyward.test', role: 'ORG_ADMIN' });
    const exAdmin = await userByEmail('ex-admin@keyward.test');
    await admin.request(SET_ROLES, { id: exAdmin?.id, roleIds: [roleIds.MEMBER] });
    const orgAdmin = await userByEmail('org-admin@keyward.test');
    await admin.request(SET_ROLES, { id: orgAdmin?.id, roleIds: [roleIds.MEMBER] });
    const res = await admin.request(SET_ROLES, { id: me?.id, roleIds: [roleIds.MEMBER] });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('last Org Admin');
    await admin.request(SET_ROLES, { id: orgAdmin?.id, roleIds: [roleIds.ORG_ADMIN] });
  });

  it('protects the last Org Admin of an organization from being disabled or deleted by a user manager', async () => {
    const lastAdmin = await acmeWithOneAdmin();
    const manager = await signedIn('acme-manager@acme.test');
    const disabled = await manager.request(DISABLE, { id: lastAdmin.id });
    expect(errorCode(disabled)).toBe('CONFLICT');
    expect(disabled.errors?.[0]?.message).toContain('acme-admin@acme.test is the last Org Admin');
    expect(errorCode(await manager.request(DELETE, { id: lastAdmin.id }))).toBe('CONFLICT');
    expect(errorCode(await manager.request(SET_ROLES, { id: lastAdmin.id, roleIds: [roleIds.MEMBER] }))).toBe('FORBIDDEN');
  });

  it('applies the rule to a bulk action as a whole: disabling both remaining admins at once changes nobody', async () => {
    await acmeWithOneAdmin();
    const { user: second } = await addMember(server, { email: 'acme-admin-2@acme.test', role: 'ORG_ADMIN', organizationName: 'Acme' });
    const manager = await signedIn('acme-manager@acme.test');
    const first = await manager.request<UsersPage>(USERS, { filter: { search: 'acme-admin@' } });
    const firstId = first.data?.users.edges[0]?.node.id;
    const res = await manager.request('mutation($ids: [ID!]!) { disableUsers(ids: $ids) { id } }', { ids: [firstId, second.id] });
    expect(errorCode(res)).toBe('CONFLICT');
    const after = await manager.request<UsersPage>(USERS, { filter: { search: 'acme-admin' } });
    expect(after.data?.users.edges.map((e) => e.node.status)).toEqual(['ACTIVE', 'ACTIVE']);
    const one = await manager.request('mutation($ids: [ID!]!) { disableUsers(ids: $ids) { id status } }', { ids: [second.id] });
    expect(one.errors).toBeUndefined();
  });
});

describe('disableUser / enableUser', () => {
  it('ends the user\'s sessions at once, refuses their sign-in, and enabling restores access', async () => {
    const { user } = await addMember(server, { email: 'to-disable@keyward.test' });
    const member = await signedIn('to-disable@keyward.test');
    expect((await member.request(VIEWER)).errors).toBeUndefined();
    const res = await admin.request<{ disableUser: { status: string } }>(DISABLE, { id: user.id });
    expect(res.data?.disableUser.status).toBe('SUSPENDED');
    expect(errorCode(await member.request(VIEWER))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new Client(server.url).signIn('to-disable@keyward.test', MEMBER_PASSWORD))).toBe('UNAUTHENTICATED');
    const enabled = await admin.request<{ enableUser: { status: string } }>(ENABLE, { id: user.id });
    expect(enabled.data?.enableUser.status).toBe('ACTIVE');
    await signedIn('to-disable@keyward.test');
  });

  it('refuses to disable a user who has not accepted the invitation yet', async () => {
    const { user } = await addMember(server, { email: 'pending-disable@keyward.test', status: 'INVITED' });
    expect(errorCode(await admin.request(DISABLE, { id: user.id }))).toBe('CONFLICT');
    expect(errorCode(await admin.request(ENABLE, { id: user.id }))).toBe('CONFLICT');
  });

  it('disables and enables several users with one request', async () => {
    const a = await addMember(server, { email: 'bulk-a@keyward.test' });
    const b = await addMember(server, { email: 'bulk-b@keyward.test' });
    const ids = [a.user.id, b.user.id];
    const disabled = await admin.request<{ disableUsers: { status: string }[] }>('mutation($ids: [ID!]!) { disableUsers(ids: $ids) { status } }', { ids });
    expect(disabled.data?.disableUsers.map((u) => u.status)).toEqual(['SUSPENDED', 'SUSPENDED']);
    const enabled = await admin.request<{ enableUsers: { status: string }[] }>('mutation($ids: [ID!]!) { enableUsers(ids: $ids) { status } }', { ids });
    expect(enabled.data?.enableUsers.map((u) => u.status)).toEqual(['ACTIVE', 'ACTIVE']);
    const roles = await admin.request<{ setUsersRoles: UserNode[] }>(
      `mutation($ids: [ID!]!, $roleIds: [ID!]!) { setUsersRoles(ids: $ids, roleIds: $roleIds) { ${USER_FIELDS} } }`,
      { ids, roleIds: [roleIds.READ_ONLY] },
    );
    expect(roles.data?.setUsersRoles.map((u) => u.roles.map((r) => r.name))).toEqual([['Read-only'], ['Read-only']]);
  });

  it('lets a user manager disable an Org Admin but not enable one: enabling restores permissions they do not hold', async () => {
    await addMember(server, { email: 'user-manager@keyward.test', permissions: ['USERS_READ', 'USERS_MANAGE', 'ROLES_READ'] });
    const manager = await signedIn('user-manager@keyward.test');
    const { user } = await addMember(server, { email: 'stopped-admin@keyward.test', role: 'ORG_ADMIN' });
    expect((await manager.request<{ disableUser: { status: string } }>(DISABLE, { id: user.id })).data?.disableUser.status).toBe('SUSPENDED');
    const refused = await manager.request(ENABLE, { id: user.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('API_KEYS_MANAGE');
    expect((await userByEmail('stopped-admin@keyward.test'))?.status).toBe('SUSPENDED');
    expect((await admin.request<{ enableUser: { status: string } }>(ENABLE, { id: user.id })).data?.enableUser.status).toBe('ACTIVE');
  });

  it('refuses a user manager changes to the roles of an Org Admin, even adding a role they hold', async () => {
    const managerRole = await admin.request<{ createRole: { id: string } }>(
      'mutation { createRole(input: { name: "Role shapers", permissions: [USERS_READ, USERS_MANAGE, ROLES_READ] }) { id } }',
    );
    const shaperRole = managerRole.data?.createRole.id ?? '';
    const { user: shaper } = await addMember(server, { email: 'role-shaper@keyward.test' });
    await admin.request(SET_ROLES, { id: shaper.id, roleIds: [shaperRole] });
    const manager = await signedIn('role-shaper@keyward.test');
    const { user } = await addMember(server, { email: 'reshaped-admin@keyward.test', role: 'ORG_ADMIN' });
    const refused = await manager.request(SET_ROLES, { id: user.id, roleIds: [roleIds.ORG_ADMIN, shaperRole] });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('You cannot change the roles of reshaped-admin@keyward.test');
    expect((await userByEmail('reshaped-admin@keyward.test'))?.roles.map((r) => r.name)).toEqual(['Org Admin']);
  });

  it('refuses a user manager a new invitation link for an Org Admin invitation; an admin may send it', async () => {
    await addMember(server, { email: 'invite-manager@keyward.test', permissions: ['USERS_READ', 'USERS_MANAGE', 'ROLES_READ'] });
    const manager = await signedIn('invite-manager@keyward.test');
    const { user } = await addMember(server, { email: 'pending-admin@keyward.test', role: 'ORG_ADMIN', status: 'INVITED' });
    const refused = await manager.request('mutation($id: ID!) { resendInvitation(id: $id) { id } }', { id: user.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('SECRETS_MANAGE');
    expect((await admin.request('mutation($id: ID!) { resendInvitation(id: $id) { id } }', { id: user.id })).errors).toBeUndefined();
  });
});

describe('deleteUser', () => {
  it('removes the user permanently: gone from the list, sessions ended, sign-in refused', async () => {
    const { user } = await addMember(server, { email: 'to-delete@keyward.test' });
    const member = await signedIn('to-delete@keyward.test');
    const res = await admin.request<{ deleteUser: string }>(DELETE, { id: user.id });
    expect(res.data?.deleteUser).toBe(user.id);
    expect(await userByEmail('to-delete@keyward.test')).toBeUndefined();
    expect(errorCode(await member.request(VIEWER))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new Client(server.url).signIn('to-delete@keyward.test', MEMBER_PASSWORD))).toBe('UNAUTHENTICATED');
    expect(errorCode(await admin.request(DELETE, { id: user.id }))).toBe('NOT_FOUND');
  });

  it('withdraws a pending invitation: its link stops working', async () => {
    await admin.request(INVITE, { input: { email: 'withdrawn@keyward.test', roleIds: [roleIds.MEMBER] } });
    const token = loggedInvitationToken('withdrawn@keyward.test');
    const pending = await userByEmail('withdrawn@keyward.test');
    await admin.request(DELETE, { id: pending?.id });
    expect(field(await new Client(server.url).request(ACCEPT, { token, password: 'Strong-Enough-1' }))).toBe('token');
  });

  it('deletes several users at once', async () => {
    const a = await addMember(server, { email: 'bulk-del-a@keyward.test' });
    const b = await addMember(server, { email: 'bulk-del-b@keyward.test', status: 'INVITED' });
    const res = await admin.request<{ deleteUsers: string[] }>('mutation($ids: [ID!]!) { deleteUsers(ids: $ids) }', { ids: [a.user.id, b.user.id] });
    expect(res.data?.deleteUsers.sort()).toEqual([a.user.id, b.user.id].sort());
    expect(await userByEmail('bulk-del-a@keyward.test')).toBeUndefined();
  });
});

describe('memberships in several organizations', () => {
  it('deletes a membership, not the account: the other organization keeps it; the last membership takes the account with it', async () => {
    const { user } = await addMember(server, { email: 'two-homes@keyward.test', role: 'MEMBER' });
    await addMember(server, { email: 'two-homes@keyward.test', role: 'READ_ONLY', organizationName: 'Second Home' });
    expect((await admin.request(DELETE, { id: user.id })).errors).toBeUndefined();
    expect(await userByEmail('two-homes@keyward.test')).toBeUndefined();
    const person = await signedIn('two-homes@keyward.test');
    expect((await person.request('{ viewer { organization { name } roles { name } } }')).data).toEqual({
      viewer: { organization: { name: 'Second Home' }, roles: [{ name: 'Read-only' }] },
    });
    const elsewhere = await admin.request<{ organizations: { id: string; name: string }[] }>('{ organizations { id name } }');
    const secondHome = elsewhere.data?.organizations.find((o) => o.name === 'Second Home')?.id;
    const inside = await signedIn(ADMIN_EMAIL, 'Admin-Password-1');
    await inside.request('mutation($id: ID!) { switchOrganization(id: $id) { id } }', { id: secondHome });
    expect((await inside.request(DELETE, { id: user.id })).errors).toBeUndefined();
    expect(errorCode(await new Client(server.url).signIn('two-homes@keyward.test', MEMBER_PASSWORD))).toBe('UNAUTHENTICATED');
    expect(errorCode(await person.request(VIEWER))).toBe('UNAUTHENTICATED');
  });
});
