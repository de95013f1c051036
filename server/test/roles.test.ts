import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, BUILT_IN_ROLES } from '@keyward/shared/permissions';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Client, errorCode, signedInAdmin, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

interface RoleNode {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  permissions: string[];
}

const ROLE_FIELDS = 'id name description builtIn permissions';
const ROLES = `{ roles { ${ROLE_FIELDS} usage { members apiKeys } } }`;
const CREATE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { ${ROLE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { ${ROLE_FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteRole(id: $id) }';
const SET_ROLES = 'mutation($id: ID!, $roleIds: [ID!]!) { setUserRoles(id: $id, roleIds: $roleIds) { id } }';

let server: TestServer;
let admin: Client;
beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
});
afterAll(async () => {
  await server.close();
});

async function signedIn(email: string): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.signIn(email, MEMBER_PASSWORD);
  if (res.errors) throw new Error(res.errors[0]?.message);
  return client;
}

async function createRole(client: Client, input: Record<string, unknown>): Promise<RoleNode> {
  const res = await client.request<{ createRole: RoleNode }>(CREATE, { input });
  if (!res.data) throw new Error(res.errors?.[0]?.message);
  return res.data.createRole;
}

const field = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.field;

describe('roles', () => {
  it('lists the four built-in roles first, read-only, with the catalog permissions', async () => {
    const res = await admin.request<{ roles: RoleNode[] }>(ROLES);
    const builtIns = res.data?.roles.filter((r) => r.builtIn) ?? [];
    expect(builtIns.map((r) => r.name)).toEqual(['Super Admin', 'Org Admin', 'Member', 'Read-only']);
    expect(builtIns[0]?.permissions.sort()).toEqual([...ALL_PERMISSIONS].sort());
    expect(builtIns[2]?.permissions.sort()).toEqual([...BUILT_IN_ROLES.MEMBER.permissions].sort());
  });

  it('serves the permission catalog with labels, grouped by area', async () => {
    const res = await admin.request<{ permissions: { area: string; permissions: { name: string; label: string; superAdminOnly: boolean }[] }[] }>(
      '{ permissions { area permissions { name label superAdminOnly } } }',
    );
    const users = res.data?.permissions.find((g) => g.area === 'Users');
    expect(users?.permissions).toContainEqual({ name: 'USERS_RESET_PASSWORD', label: "Reset other users' passwords", superAdminOnly: true });
    expect(res.data?.permissions.flatMap((g) => g.permissions).length).toBe(ALL_PERMISSIONS.length);
  });

  it('counts how many members hold each role in this organization only', async () => {
    await addMember(server, { email: 'counted@keyward.test', role: 'READ_ONLY' });
    await addMember(server, { email: 'elsewhere@other.test', role: 'READ_ONLY', organizationName: 'Other' });
    const res = await admin.request<{ roles: (RoleNode & { usage: { members: number; apiKeys: number } })[] }>(ROLES);
    expect(res.data?.roles.find((r) => r.name === 'Read-only')?.usage).toEqual({ members: 1, apiKeys: 0 });
    expect(res.data?.roles.find((r) => r.name === 'Super Admin')?.usage.members).toBe(1);
  });
});

describe('createRole', () => {
  it('creates a custom role whose permissions its holders get on their next request', async () => {
    const role = await createRole(admin, { name: 'Secrets keeper', description: 'Looks after secrets', permissions: ['SECRETS_READ', 'SECRETS_MANAGE', 'USERS_READ'] });
    expect(role).toMatchObject({ name: 'Secrets keeper', builtIn: false });
    const { user } = await addMember(server, { email: 'keeper@keyward.test' });
    const keeper = await signedIn('keeper@keyward.test');
    expect(errorCode(await keeper.request('{ users { totalCount } }'))).toBe('FORBIDDEN');
    await admin.request(SET_ROLES, { id: user.id, roleIds: [role.id] });
    expect((await keeper.request('{ users { totalCount } }')).errors).toBeUndefined();
  });

  it('requires a name that no other role uses, including the built-ins', async () => {
    expect(field(await admin.request(CREATE, { input: { name: '  ', permissions: ['FLOWS_READ'] } }))).toBe('name');
    expect(field(await admin.request(CREATE, { input: { name: 'org admin', permissions: ['FLOWS_READ'] } }))).toBe('name');
    await createRole(admin, { name: 'Flow runner', permissions: ['FLOWS_EXECUTE'] });
    expect(field(await admin.request(CREATE, { input: { name: 'FLOW RUNNER', permissions: ['FLOWS_READ'] } }))).toBe('name');
  });

  it('requires at least one permission and refuses super-admin-only ones', async () => {
    expect(field(await admin.request(CREATE, { input: { name: 'Empty', permissions: [] } }))).toBe('permissions');
    const res = await admin.request(CREATE, { input: { name: 'Sneaky', permissions: ['USERS_READ', 'ORGANIZATIONS_MANAGE'] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(field(res)).toBe('permissions');
  });

  it('never lets a role manager grant a permission they do not hold', async () => {
    await addMember(server, { email: 'role-manager@keyward.test', permissions: ['ROLES_READ', 'ROLES_MANAGE', 'FLOWS_READ'] });
    const manager = await signedIn('role-manager@keyward.test');
    const res = await manager.request(CREATE, { input: { name: 'Escalation', permissions: ['FLOWS_READ', 'USERS_MANAGE'] } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toContain('USERS_MANAGE');
    const ok = await manager.request(CREATE, { input: { name: 'Flow viewer', permissions: ['FLOWS_READ'] } });
    expect(ok.errors).toBeUndefined();
  });
});

describe('updateRole', () => {
  it('renames a custom role and replaces its permissions', async () => {
    const role = await createRole(admin, { name: 'Auditor', permissions: ['AUDIT_READ'] });
    const res = await admin.request<{ updateRole: RoleNode }>(UPDATE, { id: role.id, input: { name: 'Auditors', permissions: ['AUDIT_READ', 'USERS_READ'] } });
    expect(res.data?.updateRole).toMatchObject({ name: 'Auditors', permissions: ['AUDIT_READ', 'USERS_READ'] });
    const events = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'role.updated', targetId: role.id });
    expect(events[0]?.summary).toContain('added USERS_READ');
  });

  it('keeps built-in roles read-only', async () => {
    const roles = await admin.request<{ roles: RoleNode[] }>(ROLES);
    const member = roles.data?.roles.find((r) => r.name === 'Member');
    expect(errorCode(await admin.request(UPDATE, { id: member?.id, input: { permissions: ['FLOWS_READ'] } }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.request(DELETE, { id: member?.id }))).toBe('FORBIDDEN');
  });

  it('does not let a role manager add a permission they lack to an existing role', async () => {
    const role = await createRole(admin, { name: 'Readers', permissions: ['FLOWS_READ'] });
    const manager = await signedIn('role-manager@keyward.test');
    expect(errorCode(await manager.request(UPDATE, { id: role.id, input: { permissions: ['FLOWS_READ', 'SECRETS_MANAGE'] } }))).toBe('FORBIDDEN');
  });
});

describe('deleteRole', () => {
  it('refuses to delete a role in use with the count of members and keys holding it, then deletes it once unused', async () => {
    const role = await createRole(admin, { name: 'Temporary', permissions: ['FLOWS_READ'] });
    const { user } = await addMember(server, { email: 'temp-holder@keyward.test' });
    await admin.request(SET_ROLES, { id: user.id, roleIds: [role.id] });
    const res = await admin.request(DELETE, { id: role.id });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('1 member and 0 API keys');
    await admin.request(SET_ROLES, { id: user.id, roleIds: [(await admin.request<{ roles: RoleNode[] }>(ROLES)).data?.roles.find((r) => r.name === 'Member')?.id] });
    const deleted = await admin.request<{ deleteRole: string }>(DELETE, { id: role.id });
    expect(deleted.data?.deleteRole).toBe(role.id);
    const after = await admin.request<{ roles: RoleNode[] }>(ROLES);
    expect(after.data?.roles.some((r) => r.id === role.id)).toBe(false);
  });
});

describe('tenant isolation of roles', () => {
  it("answers NOT_FOUND for another organization's role, whatever the operation", async () => {
    await addMember(server, { email: 'other-role-admin@other.test', role: 'ORG_ADMIN', organizationName: 'Other' });
    const otherAdmin = await signedIn('other-role-admin@other.test');
    const theirs = await createRole(otherAdmin, { name: 'Theirs', permissions: ['FLOWS_READ'] });
    expect(errorCode(await admin.request(UPDATE, { id: theirs.id, input: { name: 'Mine now' } }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(DELETE, { id: theirs.id }))).toBe('NOT_FOUND');
    const { user } = await addMember(server, { email: 'target-of-foreign-role@keyward.test' });
    expect(errorCode(await admin.request(SET_ROLES, { id: user.id, roleIds: [theirs.id] }))).toBe('NOT_FOUND');
    const invite = await admin.request('mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
      input: { email: 'foreign-role@keyward.test', roleIds: [theirs.id] },
    });
    expect(errorCode(invite)).toBe('NOT_FOUND');
    const mine = await admin.request<{ roles: RoleNode[] }>(ROLES);
    expect(mine.data?.roles.some((r) => r.id === theirs.id)).toBe(false);
    const filtered = await admin.request<{ users: { totalCount: number } }>('query($f: UserFilter) { users(filter: $f) { totalCount } }', { f: { roleId: theirs.id } });
    expect(filtered.data?.users.totalCount).toBe(0);
  });
});
