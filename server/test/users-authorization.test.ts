import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltInRoleKey } from '@keyward/shared/permissions';
import { Membership } from '../src/modules/users/membership.entity';
import { Client, errorCode, signedInAdmin, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { addMember, bootstrapAdmin, MEMBER_PASSWORD, TEST_META } from './members';

/**
 * The authorization table of the users and roles API: every operation, run by a member holding
 * exactly one built-in role, is either allowed (no error at all) or FORBIDDEN.
 */

type Outcome = 'allowed' | 'FORBIDDEN';
const ROLES: BuiltInRoleKey[] = ['SUPER_ADMIN', 'ORG_ADMIN', 'MEMBER', 'READ_ONLY'];

let server: TestServer;
let admin: Client;
const actors = new Map<BuiltInRoleKey, Client>();
let memberRoleId = '';
let sequence = 0;

const unique = (prefix: string) => `${prefix}-${(sequence += 1)}@table.test`;

async function memberId(status: 'ACTIVE' | 'INVITED' | 'SUSPENDED' = 'ACTIVE'): Promise<string> {
  const { user } = await addMember(server, { email: unique(status.toLowerCase()), status });
  return user.id;
}

async function customRoleId(): Promise<string> {
  const em = server.keyward.orm.em.fork();
  const role = await server.keyward.services.roles.create(em, await bootstrapAdmin(server, em), { name: `Role ${(sequence += 1)}`, permissions: ['FLOWS_READ'] }, TEST_META);
  return role.id;
}

interface Operation {
  name: string;
  expected: Record<BuiltInRoleKey, Outcome>;
  run: (client: Client) => Promise<GraphQLResponse>;
}

const everyone = { SUPER_ADMIN: 'allowed', ORG_ADMIN: 'allowed', MEMBER: 'allowed', READ_ONLY: 'allowed' } as const;
const readers = { SUPER_ADMIN: 'allowed', ORG_ADMIN: 'allowed', MEMBER: 'FORBIDDEN', READ_ONLY: 'allowed' } as const;
const managers = { SUPER_ADMIN: 'allowed', ORG_ADMIN: 'allowed', MEMBER: 'FORBIDDEN', READ_ONLY: 'FORBIDDEN' } as const;
const superAdmins = { SUPER_ADMIN: 'allowed', ORG_ADMIN: 'FORBIDDEN', MEMBER: 'FORBIDDEN', READ_ONLY: 'FORBIDDEN' } as const;

const OPERATIONS: Operation[] = [
  { name: 'users', expected: readers, run: (c) => c.request('{ users { totalCount } }') },
  { name: 'user', expected: readers, run: async (c) => c.request('query($id: ID!) { user(id: $id) { id } }', { id: await memberId() }) },
  { name: 'roles', expected: readers, run: (c) => c.request('{ roles { id usage { members } } }') },
  { name: 'permissions', expected: everyone, run: (c) => c.request('{ permissions { area } }') },
  { name: 'signInMethods', expected: everyone, run: (c) => c.request('{ signInMethods { method } }') },
  {
    name: 'inviteUser',
    expected: managers,
    run: (c) => c.request('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: { email: unique('invitee'), roleIds: [memberRoleId] } }),
  },
  { name: 'resendInvitation', expected: managers, run: async (c) => c.request('mutation($id: ID!) { resendInvitation(id: $id) { id } }', { id: await memberId('INVITED') }) },
  {
    name: 'updateUser',
    expected: managers,
    run: async (c) => c.request('mutation($id: ID!) { updateUser(id: $id, input: { displayName: "Renamed" }) { id } }', { id: await memberId() }),
  },
  {
    name: 'setUserRoles',
    expected: managers,
    run: async (c) => c.request('mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { id } }', { id: await memberId(), r: [memberRoleId] }),
  },
  {
    name: 'setUsersRoles',
    expected: managers,
    run: async (c) => c.request('mutation($ids: [ID!]!, $r: [ID!]!) { setUsersRoles(ids: $ids, roleIds: $r) { id } }', { ids: [await memberId()], r: [memberRoleId] }),
  },
  { name: 'disableUser', expected: managers, run: async (c) => c.request('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: await memberId() }) },
  { name: 'disableUsers', expected: managers, run: async (c) => c.request('mutation($ids: [ID!]!) { disableUsers(ids: $ids) { id } }', { ids: [await memberId()] }) },
  { name: 'enableUser', expected: managers, run: async (c) => c.request('mutation($id: ID!) { enableUser(id: $id) { id } }', { id: await memberId('SUSPENDED') }) },
  { name: 'enableUsers', expected: managers, run: async (c) => c.request('mutation($ids: [ID!]!) { enableUsers(ids: $ids) { id } }', { ids: [await memberId('SUSPENDED')] }) },
  { name: 'deleteUser', expected: managers, run: async (c) => c.request('mutation($id: ID!) { deleteUser(id: $id) }', { id: await memberId() }) },
  { name: 'deleteUsers', expected: managers, run: async (c) => c.request('mutation($ids: [ID!]!) { deleteUsers(ids: $ids) }', { ids: [await memberId()] }) },
  {
    name: 'resetUserPassword',
    expected: superAdmins,
    run: async (c) => c.request('mutation($id: ID!) { resetUserPassword(id: $id, password: "Table-Reset-Password-1") { id } }', { id: await memberId() }),
  },
  {
    name: 'createRole',
    expected: managers,
    run: (c) => c.request('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { name: `Created ${(sequence += 1)}`, permissions: ['FLOWS_READ'] } }),
  },
  {
    name: 'updateRole',
    expected: managers,
    run: async (c) => c.request('mutation($id: ID!) { updateRole(id: $id, input: { description: "Changed" }) { id } }', { id: await customRoleId() }),
  },
  { name: 'deleteRole', expected: managers, run: async (c) => c.request('mutation($id: ID!) { deleteRole(id: $id) }', { id: await customRoleId() }) },
];

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  const roles = await admin.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
  memberRoleId = roles.data?.roles.find((r) => r.name === 'Member')?.id ?? '';
  for (const role of ROLES) {
    const email = `actor-${role.toLowerCase()}@table.test`;
    await addMember(server, { email, role });
    const client = new Client(server.url);
    const res = await client.signIn(email, MEMBER_PASSWORD);
    if (res.errors) throw new Error(res.errors[0]?.message);
    actors.set(role, client);
  }
});
afterAll(async () => {
  await server.close();
});

describe('authorization table: operation × built-in role', () => {
  for (const operation of OPERATIONS) {
    for (const role of ROLES) {
      const expected = operation.expected[role];
      it(`${operation.name} as ${role}: ${expected}`, async () => {
        const client = actors.get(role);
        if (!client) throw new Error(`no ${role} actor`);
        const res = await operation.run(client);
        if (expected === 'allowed') expect(res.errors).toBeUndefined();
        else expect(errorCode(res)).toBe('FORBIDDEN');
      });
    }
  }
});

describe('tenant isolation', () => {
  let strangerId = '';
  let invitedStrangerId = '';

  beforeAll(async () => {
    strangerId = (await addMember(server, { email: 'stranger@globex.test', role: 'MEMBER', organizationName: 'Globex' })).user.id;
    invitedStrangerId = (await addMember(server, { email: 'invited-stranger@globex.test', status: 'INVITED', organizationName: 'Globex' })).user.id;
  });

  const byId: [string, string, (id: string) => Record<string, unknown>][] = [
    ['user', 'query($id: ID!) { user(id: $id) { id } }', (id) => ({ id })],
    ['updateUser', 'mutation($id: ID!) { updateUser(id: $id, input: { displayName: "Mine" }) { id } }', (id) => ({ id })],
    ['setUserRoles', 'mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { id } }', (id) => ({ id, r: [memberRoleId] })],
    ['setUsersRoles', 'mutation($ids: [ID!]!, $r: [ID!]!) { setUsersRoles(ids: $ids, roleIds: $r) { id } }', (id) => ({ ids: [id], r: [memberRoleId] })],
    ['disableUser', 'mutation($id: ID!) { disableUser(id: $id) { id } }', (id) => ({ id })],
    ['disableUsers', 'mutation($ids: [ID!]!) { disableUsers(ids: $ids) { id } }', (id) => ({ ids: [id] })],
    ['enableUser', 'mutation($id: ID!) { enableUser(id: $id) { id } }', (id) => ({ id })],
    ['enableUsers', 'mutation($ids: [ID!]!) { enableUsers(ids: $ids) { id } }', (id) => ({ ids: [id] })],
    ['deleteUser', 'mutation($id: ID!) { deleteUser(id: $id) }', (id) => ({ id })],
    ['deleteUsers', 'mutation($ids: [ID!]!) { deleteUsers(ids: $ids) }', (id) => ({ ids: [id] })],
    ['resetUserPassword', 'mutation($id: ID!) { resetUserPassword(id: $id, password: "Stolen-Password-1") { id } }', (id) => ({ id })],
    ['resendInvitation', 'mutation($id: ID!) { resendInvitation(id: $id) { id } }', (id) => ({ id })],
  ];

  for (const [name, query, variables] of byId) {
    it(`${name} with another organization's user id is NOT_FOUND, even for a super admin`, async () => {
      const id = name === 'resendInvitation' ? invitedStrangerId : strangerId;
      const res = await admin.request(query, variables(id));
      expect(errorCode(res)).toBe('NOT_FOUND');
    });
  }

  it('a bulk action mixing own and foreign users is NOT_FOUND and changes nobody', async () => {
    const own = await memberId();
    const res = await admin.request('mutation($ids: [ID!]!) { disableUsers(ids: $ids) { id } }', { ids: [own, strangerId] });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const mine = await admin.request<{ user: { status: string } }>('query($id: ID!) { user(id: $id) { status } }', { id: own });
    expect(mine.data?.user.status).toBe('ACTIVE');
  });

  it('never lists another organization\'s users, and leaves them untouched', async () => {
    const res = await admin.request<{ users: { totalCount: number } }>('{ users(filter: { search: "globex" }) { totalCount } }');
    expect(res.data?.users.totalCount).toBe(0);
    const stranger = await server.keyward.orm.em.fork().findOneOrFail(Membership, { user: strangerId }, { populate: ['user', 'roles'] });
    expect(stranger.status).toBe('ACTIVE');
    expect(stranger.user.displayName).toBe('stranger');
    const signIn = await new Client(server.url).signIn('stranger@globex.test', MEMBER_PASSWORD);
    expect(signIn.errors).toBeUndefined();
  });
});
