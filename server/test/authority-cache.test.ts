import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE_KEY, keyClient, REVOKE_KEY, RESUME_KEY, ROLL_KEY, SUSPEND_KEY, roleId as roleNamed } from './api-key-helpers';
import { ADMIN_PASSWORD, Client, errorCode } from './harness';
import { MEMBER_PASSWORD } from './members';
import { createRole, eventually, expectRefusedOnBoth, outcome, sameSessionOn, startPair, warmKey, warmMember, type Pair } from './authority-cache-world';

/**
 * Every change that reduces or alters an authority, made on instance A while the old authority is
 * cached on A and B: A refuses it on the very next request; B too with Redis (the version rides in
 * the rate limiter's round trip / one GET), and without Redis once PostgreSQL's notification arrived.
 */
describe.each([
  { redis: true, label: 'with Redis' },
  { redis: false, label: 'without Redis' },
])('two instances on one database, $label', ({ redis }) => {
  let pair: Pair;

  beforeAll(async () => {
    pair = await startPair({ redis });
  });
  afterAll(async () => {
    await pair?.close();
  });

  it('caches a verified key and a session on both instances', async () => {
    await warmKey(pair);
    await warmMember(pair);
    for (const server of [pair.a, pair.b]) {
      expect(server.keyward.services.authority.cache.size('apiKey')).toBeGreaterThan(0);
      expect(server.keyward.services.authority.cache.size('session')).toBeGreaterThan(0);
    }
  });

  describe('API keys', () => {
    it('refuses a revoked key on both instances', async () => {
      const key = await warmKey(pair);
      await pair.adminA.request(REVOKE_KEY, { id: key.id });
      await expectRefusedOnBoth(pair, key.onA, key.onB, 'unauthenticated');
    });

    it('refuses a suspended key on both instances, and accepts it again once resumed', async () => {
      const key = await warmKey(pair);
      await pair.adminA.request(SUSPEND_KEY, { id: key.id });
      await expectRefusedOnBoth(pair, key.onA, key.onB, 'unauthenticated');
      await pair.adminA.request(RESUME_KEY, { id: key.id });
      // A refusal is always checked against the database, so a resumed key works at once everywhere.
      expect(await outcome(key.onA)).toBe('ok');
      expect(await outcome(key.onB)).toBe('ok');
    });

    it('refuses a deleted key on both instances', async () => {
      const key = await warmKey(pair);
      await pair.adminA.request(DELETE_KEY, { id: key.id });
      await expectRefusedOnBoth(pair, key.onA, key.onB, 'unauthenticated');
    });

    it('refuses the old token of a key rolled without grace on both instances, and accepts the new one', async () => {
      const key = await warmKey(pair);
      const rolled = await pair.adminA.request<{ rollApiKey: { token: string } }>(ROLL_KEY, { id: key.id, grace: 0 });
      await expectRefusedOnBoth(pair, key.onA, key.onB, 'unauthenticated');
      const token = rolled.data?.rollApiKey.token ?? '';
      expect(await outcome(keyClient(pair.a.url, token))).toBe('ok');
      expect(await outcome(keyClient(pair.b.url, token))).toBe('ok');
    });

    it('applies narrowed scopes (updateApiKey) on both instances', async () => {
      const key = await warmKey(pair);
      const res = await pair.adminA.request('mutation($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { id } }', {
        id: key.id,
        input: { scopes: ['SECRETS_READ'] },
      });
      expect(res.errors).toBeUndefined();
      await expectRefusedOnBoth(pair, key.onA, key.onB, 'forbidden');
    });

    it('applies a new rate limit of the key (setApiKeyRateLimit) on both instances', async () => {
      const key = await warmKey(pair);
      await pair.adminA.request('mutation($id: ID!, $input: ApiKeyRateLimitInput!) { setApiKeyRateLimit(id: $id, input: $input) { id } }', {
        id: key.id,
        input: { perMinute: 7, perHour: 77 },
      });
      const policy = async (client: Client) => (await client.request('{ organization { name } }')).headers.get('ratelimit-policy');
      expect(await policy(key.onA)).toBe('7;w=60, 77;w=3600');
      if (redis) expect(await policy(key.onB)).toBe('7;w=60, 77;w=3600');
      else await eventually(async () => expect(await policy(key.onB)).toBe('7;w=60, 77;w=3600'));
    });
  });

  describe('roles', () => {
    it('applies a permission removed from a role to its keys and its members on both instances', async () => {
      const key = await warmKey(pair);
      await pair.adminA.request('mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }', {
        id: key.roleId,
        input: { permissions: ['SECRETS_READ'] },
      });
      await expectRefusedOnBoth(pair, key.onA, key.onB, 'forbidden');
    });

    it('applies a permission removed from a member’s role to their session on both instances', async () => {
      const member = await warmMember(pair);
      const roles = await pair.adminA.request<{ user: { roles: { id: string }[] } }>('query($id: ID!) { user(id: $id) { roles { id } } }', { id: member.userId });
      const custom = roles.data?.user.roles[0]?.id;
      await pair.adminA.request('mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }', {
        id: custom,
        input: { permissions: ['SECRETS_READ'] },
      });
      await expectRefusedOnBoth(pair, member.onA, member.onB, 'forbidden');
    });

    it('refuses to delete a role a key holds, so the key keeps exactly its authority', async () => {
      const key = await warmKey(pair);
      const res = await pair.adminA.request('mutation($id: ID!) { deleteRole(id: $id) }', { id: key.roleId });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(await outcome(key.onB)).toBe('ok');
    });
  });

  describe('memberships', () => {
    it('ends a suspended member’s session on both instances', async () => {
      const member = await warmMember(pair);
      await pair.adminA.request('mutation($ids: [ID!]!) { disableUsers(ids: $ids) { id } }', { ids: [member.userId] });
      await expectRefusedOnBoth(pair, member.onA, member.onB, 'unauthenticated');
    });

    it('applies a member’s new roles (setUserRoles) on both instances', async () => {
      const member = await warmMember(pair);
      const secretsOnly = await createRole(pair.adminA, ['SECRETS_READ']);
      const res = await pair.adminA.request('mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { id } }', { id: member.userId, r: [secretsOnly] });
      expect(res.errors).toBeUndefined();
      await expectRefusedOnBoth(pair, member.onA, member.onB, 'forbidden');
    });

    it('ends a deleted member’s session on both instances', async () => {
      const member = await warmMember(pair);
      await pair.adminA.request('mutation($ids: [ID!]!) { deleteUsers(ids: $ids) }', { ids: [member.userId] });
      await expectRefusedOnBoth(pair, member.onA, member.onB, 'unauthenticated');
    });

    it('takes the super-admin flag away on both instances when the Super Admin role is removed', async () => {
      const member = await warmMember(pair);
      const superAdmin = await roleNamed(pair.adminA, 'Super Admin');
      const reader = await createRole(pair.adminA, ['ROLES_READ']);
      const isSuperAdmin = async (client: Client) => (await client.request<{ viewer: { isSuperAdmin: boolean } }>('{ viewer { isSuperAdmin } }')).data?.viewer.isSuperAdmin;
      const setRoles = (roleIds: string[]) =>
        pair.adminA.request('mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { id } }', { id: member.userId, r: roleIds });
      expect((await setRoles([superAdmin])).errors).toBeUndefined();
      expect(await isSuperAdmin(member.onA)).toBe(true);
      await eventually(async () => expect(await isSuperAdmin(member.onB)).toBe(true));
      expect((await setRoles([reader])).errors).toBeUndefined();
      expect(await isSuperAdmin(member.onA)).toBe(false);
      if (redis) expect(await isSuperAdmin(member.onB)).toBe(false);
      else await eventually(async () => expect(await isSuperAdmin(member.onB)).toBe(false));
    });
  });

  describe('sessions', () => {
    it('ends a signed-out session on both instances', async () => {
      const member = await warmMember(pair);
      const copyOnA = sameSessionOn(pair.a, member.onA);
      await member.onA.request('mutation { signOut }');
      await expectRefusedOnBoth(pair, copyOnA, member.onB, 'unauthenticated');
    });

    it('ends the other sessions after a password change on both instances', async () => {
      const member = await warmMember(pair);
      const other = new Client(pair.a.url);
      await other.signIn(member.email, MEMBER_PASSWORD);
      const otherOnB = sameSessionOn(pair.b, other);
      expect(await outcome(other)).toBe('ok');
      expect(await outcome(otherOnB)).toBe('ok');
      const res = await member.onA.request('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', {
        c: MEMBER_PASSWORD,
        n: 'Changed-Password-2',
      });
      expect(res.errors).toBeUndefined();
      await expectRefusedOnBoth(pair, other, otherOnB, 'unauthenticated');
      expect(await outcome(member.onA)).toBe('ok');
    });
  });

  describe('organizations', () => {
    it('applies a lowered organization default rate limit to its keys on both instances', async () => {
      const key = await warmKey(pair);
      const settings = (limit: { perMinute: number; perHour: number }) =>
        pair.adminA.request('mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { id } }', {
          input: { defaultRateLimit: limit },
        });
      const before = await pair.adminA.request<{ organization: { defaultRateLimit: { perMinute: number; perHour: number } } }>(
        '{ organization { defaultRateLimit { perMinute perHour } } }',
      );
      const original = before.data?.organization.defaultRateLimit ?? { perMinute: 60, perHour: 1000 };
      try {
        expect((await settings({ perMinute: 9, perHour: 99 })).errors).toBeUndefined();
        const policy = async (client: Client) => (await client.request('{ organization { name } }')).headers.get('ratelimit-policy');
        expect(await policy(key.onA)).toBe('9;w=60, 99;w=3600');
        if (redis) expect(await policy(key.onB)).toBe('9;w=60, 99;w=3600');
        else await eventually(async () => expect(await policy(key.onB)).toBe('9;w=60, 99;w=3600'));
      } finally {
        await settings(original);
      }
    });

    it('refuses the keys and sessions of a deleted organization on both instances', async () => {
      const created = await pair.adminA.request<{ createOrganization: { id: string } }>(
        'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { name: `Doomed ${Date.now()}` } },
      );
      const orgId = created.data?.createOrganization.id ?? '';
      const adminThere = new Client(pair.a.url);
      await adminThere.signIn('admin@keyward.test', ADMIN_PASSWORD);
      await adminThere.request('mutation($id: ID!) { switchOrganization(id: $id) { id } }', { id: orgId });
      const key = await warmKey({ ...pair, adminA: adminThere });
      const name = await adminThere.request<{ organization: { name: string } }>('{ organization { name } }');
      const res = await pair.adminA.request('mutation($id: ID!, $c: String!) { deleteOrganization(id: $id, confirmName: $c) }', {
        id: orgId,
        c: name.data?.organization.name,
      });
      expect(res.errors).toBeUndefined();
      await expectRefusedOnBoth(pair, key.onA, key.onB, 'unauthenticated');
    });
  });
});
