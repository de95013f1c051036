import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { ADMIN_EMAIL, Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';
import { ACCEPT, builtInRoleIds, DELETE, DISABLE, ENABLE, field, INVITE, RESET, SET_ROLES, UPDATE, USER_FIELDS, userTestHelpers, USERS, VIEWER, type BuiltInRoleIds, type UserNode, type UsersPage } from './user-helpers';

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
