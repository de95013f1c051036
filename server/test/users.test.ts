import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import type { User } from '../src/modules/users/user.entity';
import { ADMIN_EMAIL, Client, errorCode, signedInAdmin, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD, sharedMember } from './members';

const USER_FIELDS = 'id email firstName lastName displayName signInMethod status isSuperAdmin lastLoginAt roles { id name } invitation { sentAt expiresAt expired }';

interface UserNode {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  signInMethod: string;
  status: string;
  isSuperAdmin: boolean;
  lastLoginAt: string | null;
  roles: { id: string; name: string }[];
  invitation: { sentAt: string; expiresAt: string; expired: boolean } | null;
}

interface UsersPage {
  users: { edges: { cursor: string; node: UserNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

const USERS = `query($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) { edges { cursor node { ${USER_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount }
}`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { ${USER_FIELDS} } }`;
const SET_ROLES = `mutation($id: ID!, $roleIds: [ID!]!) { setUserRoles(id: $id, roleIds: $roleIds) { ${USER_FIELDS} } }`;
const DISABLE = `mutation($id: ID!) { disableUser(id: $id) { id status } }`;
const ENABLE = `mutation($id: ID!) { enableUser(id: $id) { id status } }`;
const DELETE = `mutation($id: ID!) { deleteUser(id: $id) }`;
const RESET = `mutation($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER_FIELDS} } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { email } }`;
const VIEWER = '{ viewer { email } }';

let server: TestServer;
let admin: Client;
let roleIds: Record<'SUPER_ADMIN' | 'ORG_ADMIN' | 'MEMBER' | 'READ_ONLY', string>;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  const res = await admin.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
  const byName = (name: string) => res.data?.roles.find((r) => r.name === name)?.id ?? '';
  roleIds = { SUPER_ADMIN: byName('Super Admin'), ORG_ADMIN: byName('Org Admin'), MEMBER: byName('Member'), READ_ONLY: byName('Read-only') };
});
afterAll(async () => {
  await server.close();
});

async function signedIn(email: string, password = MEMBER_PASSWORD): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.signIn(email, password);
  if (res.errors) throw new Error(`${email}: ${res.errors[0]?.message}`);
  return client;
}

function field(res: GraphQLResponse): unknown {
  return res.errors?.[0]?.extensions?.field;
}

/** The link LogMailer wrote for the last invitation to `email` (no SMTP_URL in this file). */
function loggedInvitationToken(email: string): string {
  const lines = server.logs.filter((l) => l.includes('"mail"') && l.includes(email));
  const match = /\/invite\/([A-Za-z0-9_-]+)/.exec(lines.at(-1) ?? '');
  if (!match?.[1]) throw new Error(`no invitation mail logged for ${email}`);
  return match[1];
}

async function userByEmail(email: string): Promise<UserNode | undefined> {
  const res = await admin.request<UsersPage>(USERS, { filter: { search: email } });
  return res.data?.users.edges.map((e) => e.node).find((u) => u.email === email);
}

describe('users', () => {
  it('lists members with name, email, roles, status, sign-in method and last login', async () => {
    await addMember(server, { email: 'listed@keyward.test', role: 'READ_ONLY' });
    await signedIn('listed@keyward.test');
    const listed = await userByEmail('listed@keyward.test');
    expect(listed).toMatchObject({ displayName: 'listed', status: 'ACTIVE', signInMethod: 'PASSWORD', roles: [{ name: 'Read-only' }], invitation: null });
    expect(Date.parse(listed?.lastLoginAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const me = await userByEmail(ADMIN_EMAIL);
    expect(me).toMatchObject({ isSuperAdmin: true, roles: [{ name: 'Super Admin' }] });
  });

  it('searches by name or email, case-insensitively, and treats % and _ literally', async () => {
    await admin.request(INVITE, { input: { email: 'grace.hopper@navy.test', firstName: 'Grace', lastName: 'Hopper', roleIds: [roleIds.MEMBER] } });
    const byName = await admin.request<UsersPage>(USERS, { filter: { search: 'HOPPER' } });
    expect(byName.data?.users.edges.map((e) => e.node.email)).toEqual(['grace.hopper@navy.test']);
    const byEmail = await admin.request<UsersPage>(USERS, { filter: { search: 'navy.test' } });
    expect(byEmail.data?.users.totalCount).toBe(1);
    const wildcard = await admin.request<UsersPage>(USERS, { filter: { search: '%' } });
    expect(wildcard.data?.users.totalCount).toBe(0);
  });

  it('filters by role, status and sign-in method', async () => {
    await addMember(server, { email: 'filter-suspended@keyward.test', role: 'READ_ONLY', status: 'SUSPENDED' });
    const suspended = await admin.request<UsersPage>(USERS, { filter: { status: 'SUSPENDED' } });
    expect(suspended.data?.users.edges.map((e) => e.node.email)).toContain('filter-suspended@keyward.test');
    expect(suspended.data?.users.edges.every((e) => e.node.status === 'SUSPENDED')).toBe(true);
    const readOnly = await admin.request<UsersPage>(USERS, { filter: { roleId: roleIds.READ_ONLY } });
    expect(readOnly.data?.users.edges.length).toBeGreaterThan(0);
    expect(readOnly.data?.users.edges.every((e) => e.node.roles.some((r) => r.id === roleIds.READ_ONLY))).toBe(true);
    expect(readOnly.data?.users.totalCount).toBe(readOnly.data?.users.edges.length);
    const sso = await admin.request<UsersPage>(USERS, { filter: { signInMethod: 'SSO' } });
    expect(sso.data?.users.totalCount).toBe(0);
    const password = await admin.request<UsersPage>(USERS, { filter: { signInMethod: 'PASSWORD' } });
    const all = await admin.request<UsersPage>(USERS);
    expect(password.data?.users.totalCount).toBe(all.data?.users.totalCount);
  });

  it('keeps every role of a member in the list when filtering by one of them', async () => {
    const { user } = await addMember(server, { email: 'two-roles@keyward.test', role: 'MEMBER' });
    await admin.request(SET_ROLES, { id: user.id, roleIds: [roleIds.MEMBER, roleIds.READ_ONLY] });
    const res = await admin.request<UsersPage>(USERS, { filter: { roleId: roleIds.READ_ONLY, search: 'two-roles' } });
    expect(res.data?.users.edges[0]?.node.roles.map((r) => r.name).sort()).toEqual(['Member', 'Read-only']);
  });

  it('pages through the list with cursors', async () => {
    for (const n of [1, 2]) await addMember(server, { email: `paged-${n}@keyward.test` });
    const first = await admin.request<UsersPage>(USERS, { first: 2 });
    expect(first.data?.users.edges).toHaveLength(2);
    expect(first.data?.users.pageInfo.hasNextPage).toBe(true);
    const second = await admin.request<UsersPage>(USERS, { first: 2, after: first.data?.users.pageInfo.endCursor });
    const firstIds = first.data?.users.edges.map((e) => e.node.id) ?? [];
    expect(second.data?.users.edges.map((e) => e.node.id).some((id) => firstIds.includes(id))).toBe(false);
  });

  it('reads one user by id and answers NOT_FOUND for an unknown or malformed id', async () => {
    const { user } = await addMember(server, { email: 'one@keyward.test' });
    const res = await admin.request<{ user: UserNode }>(`query($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`, { id: user.id });
    expect(res.data?.user.email).toBe('one@keyward.test');
    const unknown = await admin.request('query($id: ID!) { user(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const malformed = await admin.request('query($id: ID!) { user(id: $id) { id } }', { id: 'not-a-uuid' });
    expect(errorCode(malformed)).toBe('NOT_FOUND');
  });
});

describe('inviteUser', () => {
  it('creates an INVITED user showing when the invitation was sent and when it expires (7 days)', async () => {
    const res = await admin.request<{ inviteUser: UserNode }>(INVITE, {
      input: { email: '  New.Person@Keyward.test ', firstName: 'New', lastName: 'Person', signInMethod: 'PASSWORD', roleIds: [roleIds.MEMBER] },
    });
    expect(res.errors).toBeUndefined();
    const user = res.data?.inviteUser;
    expect(user).toMatchObject({ email: 'new.person@keyward.test', displayName: 'New Person', status: 'INVITED', lastLoginAt: null, roles: [{ name: 'Member' }] });
    const sent = Date.parse(user?.invitation?.sentAt ?? '');
    expect(sent).toBeGreaterThan(Date.now() - 60_000);
    expect(Date.parse(user?.invitation?.expiresAt ?? '') - sent).toBe(7 * 24 * 60 * 60 * 1000);
    expect(user?.invitation?.expired).toBe(false);
  });

  it('names the email field when it is missing or not an address', async () => {
    const res = await admin.request(INVITE, { input: { email: 'not-an-email', roleIds: [roleIds.MEMBER] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(field(res)).toBe('email');
  });

  it('requires at least one role', async () => {
    const res = await admin.request(INVITE, { input: { email: 'no-role@keyward.test', roleIds: [] } });
    expect(field(res)).toBe('roleIds');
  });

  it('refuses SSO while no SSO provider is configured, and offers only passwords', async () => {
    const res = await admin.request(INVITE, { input: { email: 'sso@keyward.test', signInMethod: 'SSO', ssoProvider: 'okta', roleIds: [roleIds.MEMBER] } });
    expect(field(res)).toBe('signInMethod');
    const methods = await admin.request<{ signInMethods: { method: string }[] }>('{ signInMethods { method provider label } }');
    expect(methods.data?.signInMethods.map((m) => m.method)).toEqual(['PASSWORD']);
  });

  it('refuses an email that is already a member, on the email field', async () => {
    await addMember(server, { email: 'taken@keyward.test' });
    const res = await admin.request(INVITE, { input: { email: 'TAKEN@keyward.test', roleIds: [roleIds.MEMBER] } });
    expect(field(res)).toBe('email');
    expect(res.errors?.[0]?.message).toContain('already a member');
  });

  it('says an email only invited so far is already invited, not already a member', async () => {
    await addMember(server, { email: 'pending@keyward.test', status: 'INVITED' });
    const res = await admin.request(INVITE, { input: { email: 'pending@keyward.test', roleIds: [roleIds.MEMBER] } });
    expect(field(res)).toBe('email');
    expect(res.errors?.[0]?.message).toContain('already invited');
    expect(res.errors?.[0]?.message).not.toContain('member');
  });

  it('without SMTP_URL writes the invitation link to the log, and the request log never shows the token', async () => {
    await admin.request(INVITE, { input: { email: 'logged@keyward.test', roleIds: [roleIds.MEMBER] } });
    const token = loggedInvitationToken('logged@keyward.test');
    const preview = await new Client(server.url).request<{ invitation: { email: string; organizationName: string } }>(
      'query($t: String!) { invitation(token: $t) { email organizationName expiresAt } }',
      { t: token },
    );
    expect(preview.data?.invitation).toMatchObject({ email: 'logged@keyward.test', organizationName: 'Default' });
    const requestLines = server.logs.filter((l) => l.includes('"req"'));
    expect(requestLines.some((l) => l.includes(token))).toBe(false);
  });
});

describe('acceptInvitation', () => {
  it('sets the password, activates the member and signs them in', async () => {
    await admin.request(INVITE, { input: { email: 'joiner@keyward.test', roleIds: [roleIds.MEMBER] } });
    const joiner = new Client(server.url);
    const res = await joiner.request<{ acceptInvitation: { email: string } }>(ACCEPT, { token: loggedInvitationToken('joiner@keyward.test'), password: 'Joiner-Password-1' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.acceptInvitation.email).toBe('joiner@keyward.test');
    const viewer = await joiner.request<{ viewer: { email: string } }>(VIEWER);
    expect(viewer.data?.viewer.email).toBe('joiner@keyward.test');
    expect(await userByEmail('joiner@keyward.test')).toMatchObject({ status: 'ACTIVE', invitation: null });
    await signedIn('joiner@keyward.test', 'Joiner-Password-1');
  });

  it('explains a weak password on the password field and leaves the link usable', async () => {
    await admin.request(INVITE, { input: { email: 'weak@keyward.test', roleIds: [roleIds.MEMBER] } });
    const token = loggedInvitationToken('weak@keyward.test');
    const weak = await new Client(server.url).request(ACCEPT, { token, password: 'short' });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(field(weak)).toBe('password');
    const strong = await new Client(server.url).request(ACCEPT, { token, password: 'Strong-Enough-1' });
    expect(strong.errors).toBeUndefined();
  });

  it('refuses an unknown token on the token field and audits the attempt', async () => {
    const res = await new Client(server.url).request(ACCEPT, { token: 'made-up-token', password: 'Strong-Enough-1' });
    expect(field(res)).toBe('token');
    const events = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'user.invitation_accept_failed' });
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain('made-up-token');
  });
});

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

describe('updateUser', () => {
  it('changes the names and display name, and clears a name with null', async () => {
    const { user } = await addMember(server, { email: 'rename@keyward.test' });
    const res = await admin.request<{ updateUser: UserNode }>(UPDATE, { id: user.id, input: { firstName: 'Ada', lastName: 'Lovelace', displayName: 'Ada L.' } });
    expect(res.data?.updateUser).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', displayName: 'Ada L.' });
    const cleared = await admin.request<{ updateUser: UserNode }>(UPDATE, { id: user.id, input: { lastName: null } });
    expect(cleared.data?.updateUser).toMatchObject({ firstName: 'Ada', lastName: null, displayName: 'Ada L.' });
    expect(field(await admin.request(UPDATE, { id: user.id, input: { displayName: '  ' } }))).toBe('displayName');
  });
});

describe('resetUserPassword', () => {
  it('lets a super admin set a new password: the old one and the user\'s sessions stop working', async () => {
    const { user } = await addMember(server, { email: 'forgetful@keyward.test' });
    const member = await signedIn('forgetful@keyward.test');
    const res = await admin.request(RESET, { id: user.id, password: 'Brand-New-Password-2' });
    expect(res.errors).toBeUndefined();
    expect(errorCode(await member.request(VIEWER))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new Client(server.url).signIn('forgetful@keyward.test', MEMBER_PASSWORD))).toBe('UNAUTHENTICATED');
    await signedIn('forgetful@keyward.test', 'Brand-New-Password-2');
  });

  it('never resets your own password (use changePassword)', async () => {
    const me = await userByEmail(ADMIN_EMAIL);
    expect(errorCode(await admin.request(RESET, { id: me?.id, password: 'Brand-New-Password-2' }))).toBe('FORBIDDEN');
  });

  it('checks the password rules and refuses a user who has not accepted their invitation', async () => {
    const { user } = await addMember(server, { email: 'reset-weak@keyward.test' });
    expect(field(await admin.request(RESET, { id: user.id, password: 'weak' }))).toBe('password');
    const pending = await addMember(server, { email: 'reset-pending@keyward.test', status: 'INVITED' });
    expect(errorCode(await admin.request(RESET, { id: pending.user.id, password: 'Brand-New-Password-2' }))).toBe('CONFLICT');
  });
});

describe('audit', () => {
  it('records every user action with actor, target, IP and user agent, and never a password or token', async () => {
    const client = new Client(server.url, { 'user-agent': 'audit-check/1.0' });
    await client.signIn(ADMIN_EMAIL, 'Admin-Password-1');
    const invited = await client.request<{ inviteUser: UserNode }>(INVITE, { input: { email: 'audited@keyward.test', roleIds: [roleIds.MEMBER] } });
    const id = invited.data?.inviteUser.id;
    await client.request('mutation($id: ID!) { resendInvitation(id: $id) { id } }', { id });
    const token = loggedInvitationToken('audited@keyward.test');
    await new Client(server.url).request(ACCEPT, { token, password: 'Audited-Password-1' });
    await client.request(UPDATE, { id, input: { firstName: 'Audrey' } });
    await client.request(SET_ROLES, { id, roleIds: [roleIds.READ_ONLY] });
    await client.request(DISABLE, { id });
    await client.request(ENABLE, { id });
    await client.request(RESET, { id, password: 'Reset-Password-99' });
    await client.request(DELETE, { id });

    const events = await server.keyward.orm.em.fork().find(AuditEvent, { targetId: id }, { orderBy: { at: 'asc' } });
    expect(events.map((e) => e.action)).toEqual([
      'user.invited',
      'user.invitation_resent',
      'user.invitation_accepted',
      'user.updated',
      'user.roles_changed',
      'user.disabled',
      'user.enabled',
      'user.password_reset',
      'user.deleted',
    ]);
    const byAdmin = events.filter((e) => e.action !== 'user.invitation_accepted');
    expect(byAdmin.every((e) => e.actorLabel === ADMIN_EMAIL && e.userAgent === 'audit-check/1.0' && e.ip !== null)).toBe(true);
    const serialized = JSON.stringify(events);
    for (const secret of ['Audited-Password-1', 'Reset-Password-99', token]) expect(serialized).not.toContain(secret);
  });
});

describe('createUser (super admins: a user with an initial password)', () => {
  const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
  const MUST_CHANGE = '{ viewer { mustChangePassword } }';

  it('creates an Active member at once who must change the initial password at first sign-in', async () => {
    const res = await admin.request<{ createUser: UserNode }>(CREATE, {
      input: { email: 'Created@Keyward.test', firstName: 'Cree', lastName: 'Ated', password: 'Initial-Password-1', roleIds: [roleIds.MEMBER] },
    });
    expect(res.data?.createUser).toMatchObject({ email: 'created@keyward.test', displayName: 'Cree Ated', status: 'ACTIVE', invitation: null, roles: [{ name: 'Member' }] });
    const user = await signedIn('created@keyward.test', 'Initial-Password-1');
    expect((await user.request(MUST_CHANGE)).data).toEqual({ viewer: { mustChangePassword: true } });
    const changed = await user.request('mutation { changePassword(currentPassword: "Initial-Password-1", newPassword: "My-Own-Password-2") }');
    expect(changed.errors).toBeUndefined();
    expect((await user.request(MUST_CHANGE)).data).toEqual({ viewer: { mustChangePassword: false } });
    expect((await signedIn('created@keyward.test', 'My-Own-Password-2').then((c) => c.request(MUST_CHANGE))).data).toEqual({ viewer: { mustChangePassword: false } });
    expect(errorCode(await new Client(server.url).signIn('created@keyward.test', 'Initial-Password-1'))).toBe('UNAUTHENTICATED');
  });

  it('checks the password policy, the email and the roles, naming each field', async () => {
    const res = await admin.request(CREATE, { input: { email: 'not-an-email', password: 'short', roleIds: [] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'roleIds']));
    const taken = await admin.request(CREATE, { input: { email: ADMIN_EMAIL, password: 'Initial-Password-1', roleIds: [roleIds.MEMBER] } });
    expect({ code: errorCode(taken), field: field(taken) }).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await userByEmail('not-an-email')).toBeUndefined();
  });

  it('refuses an Org Admin (they invite instead) and changes nothing', async () => {
    await addMember(server, { email: 'creating-org-admin@keyward.test', role: 'ORG_ADMIN' });
    const orgAdmin = await signedIn('creating-org-admin@keyward.test');
    const res = await orgAdmin.request(CREATE, { input: { email: 'by-org-admin@keyward.test', password: 'Initial-Password-1', roleIds: [roleIds.MEMBER] } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await userByEmail('by-org-admin@keyward.test')).toBeUndefined();
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
