import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES } from '@keyward/shared/permissions';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { MASK } from '../src/modules/connections/connection-resolution';
import { Role } from '../src/modules/roles/role.entity';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { createConnection, createIntegration, createSecret, restIntegration, saveCredentials, SAVE_CREDENTIALS, type IntegrationNode } from './connection-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

/*
 * Finding 2 of issue 9: secret values reach only what may use them. Plaintexts leave only to an
 * API key; personal connections resolve only on behalf of a member who may use them; each secret
 * has a use policy, checked when a reference is saved and again at every resolution.
 */

const RESOLVE_FULL =
  'query($id: ID!, $env: String!, $as: ID) { resolveConnection(id: $id, environment: $env, onBehalfOf: $as) { connectionId environment masked fields references { key environment present } integration { baseUrl authType settings } } }';
const DB_PASSWORD = 'db-password-plaintext-7f3a';
const RESTRICTED_VALUE = 'restricted-plaintext-91c4';

type Resolved = {
  resolveConnection: {
    masked: boolean;
    fields: Record<string, unknown>;
    references: { key: string; environment: string; present: boolean }[];
    integration: { baseUrl: string | null; authType: string; settings: Record<string, unknown> };
  };
};

let server: TestServer;
let admin: Client;
/** Org Admin role: holds CONNECTIONS_RESOLVE_ON_BEHALF. */
let runtime: Client;
/** Member role: resolves organization connections only. */
let memberKey: Client;
let postgres: IntegrationNode;
let basic: IntegrationNode;
const users: Record<string, { id: string; client: Client }> = {};

async function signedIn(email: string): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.signIn(email, MEMBER_PASSWORD);
  if (res.errors) throw new Error(`sign-in failed for ${email}: ${res.errors[0]?.message}`);
  return client;
}

const resolve = (client: Client, id: string, env = 'development', as?: string) => client.request<Resolved>(RESOLVE_FULL, { id, env, as: as ?? null });
const user = (name: string) => {
  const found = users[name];
  if (found === undefined) throw new Error(`no user ${name}`);
  return found;
};

/** Users with a custom role: CONNECTIONS_* and INTEGRATIONS_MANAGE, to show the policy, not the permission, refusing. */
const DB_TEAM_PERMISSIONS = ['SECRETS_READ', 'INTEGRATIONS_READ', 'INTEGRATIONS_MANAGE', 'CONNECTIONS_READ', 'CONNECTIONS_MANAGE', 'CONNECTIONS_RESOLVE'] as const;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  for (const name of ['mallory', 'owner', 'sharee', 'stranger', 'leaver']) {
    const { user: created } = await addMember(server, { email: `${name}@keyward.test`, role: 'MEMBER' });
    users[name] = { id: created.id, client: await signedIn(`${name}@keyward.test`) };
  }
  for (const name of ['dba', 'dev']) {
    const { user: created } = await addMember(server, { email: `${name}@keyward.test`, permissions: [...DB_TEAM_PERMISSIONS] });
    users[name] = { id: created.id, client: await signedIn(`${name}@keyward.test`) };
  }
  runtime = keyClient(server.url, (await createKey(admin, { name: 'runtime', roleIds: [await roleId(admin, 'Org Admin')] })).token);
  memberKey = keyClient(server.url, (await createKey(admin, { name: 'member runtime', roleIds: [await roleId(admin, 'Member')] })).token);
  await createSecret(admin, 'DB_PASSWORD', [
    { environment: 'development', value: DB_PASSWORD },
    { environment: 'production', value: 'db-password-prod-plaintext' },
  ]);
  const list = await admin.request<{ integrations: { edges: { node: IntegrationNode }[] } }>('{ integrations(first: 30) { edges { node { id name } } } }');
  const pg = list.data?.integrations.edges.find((e) => e.node.name === 'PostgreSQL')?.node;
  if (!pg) throw new Error('no PostgreSQL starter');
  postgres = pg;
  basic = await createIntegration(admin, restIntegration({ name: 'Basic API', configs: [{ baseUrl: 'https://basic.example.com', authType: 'BASIC', settings: {} }] }));
});
afterAll(async () => server.close());

describe('resolveConnection by a signed-in person', () => {
  it('masks a secret a member smuggled into the host field of their own connection (the attack of issue 9)', async () => {
    const mallory = user('mallory').client;
    const c = await createConnection(mallory, { integrationId: postgres.id, name: 'Smuggler', visibility: 'PERSONAL' });
    await saveCredentials(mallory, c.id, 'development', { host: '@@SECRET:DB_PASSWORD@@', port: 5432, database: 'x-@@SECRET:DB_PASSWORD@@', username: 'me', password: 'my-own-password-5521' });
    const res = await resolve(mallory, c.id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.resolveConnection).toMatchObject({
      masked: true,
      fields: { host: MASK, port: 5432, database: MASK, username: 'me', password: MASK },
      references: [{ key: 'DB_PASSWORD', environment: 'development', present: true }],
    });
    const body = JSON.stringify(res);
    expect(body).not.toContain(DB_PASSWORD);
    expect(body).not.toContain('my-own-password-5521');
  });

  it('masks values for an admin too, and reports a reference without a value as missing instead of failing', async () => {
    const c = await createConnection(admin, { integrationId: basic.id, name: 'Half wired', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'staging', { username: '@@SECRET:DB_PASSWORD@@', password: '@@SECRET:NOT_THERE@@' });
    const res = await resolve(admin, c.id, 'staging');
    expect(res.errors).toBeUndefined();
    expect(res.data?.resolveConnection.fields).toEqual({ username: MASK, password: MASK });
    expect(res.data?.resolveConnection.references).toEqual([
      { key: 'DB_PASSWORD', environment: 'staging', present: false },
      { key: 'NOT_THERE', environment: 'staging', present: false },
    ]);
    // The runtime gets the error naming the key and environment, never an empty string.
    expect((await resolve(runtime, c.id, 'staging')).errors?.[0]?.message).toBe('Secret DB_PASSWORD has no value in staging. (and 1 more)');
  });

  it('refuses onBehalfOf from a session with BAD_USER_INPUT on that argument', async () => {
    const c = await createConnection(admin, { integrationId: basic.id, name: 'Session on behalf', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, c.id, 'development', { username: 'u', password: 'p' });
    const res = await resolve(admin, c.id, 'development', user('owner').id);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onBehalfOf' });
  });
});

describe('resolveConnection by an API key', () => {
  it('gets plaintexts for an organization connection, unmasked', async () => {
    const c = await createConnection(user('mallory').client, { integrationId: basic.id, name: 'Org basic', visibility: 'ORGANIZATION' });
    await saveCredentials(user('mallory').client, c.id, 'development', { username: 'svc', password: '@@SECRET:DB_PASSWORD@@' });
    for (const key of [runtime, memberKey]) {
      const res = await resolve(key, c.id);
      expect(res.data?.resolveConnection).toMatchObject({ masked: false, fields: { username: 'svc', password: DB_PASSWORD }, references: [{ key: 'DB_PASSWORD', present: true }] });
    }
  });

  describe('on behalf of a user', () => {
    let personalId: string;
    beforeAll(async () => {
      const owner = user('owner').client;
      const c = await createConnection(owner, { integrationId: basic.id, name: 'Owner personal', visibility: 'PERSONAL' });
      await saveCredentials(owner, c.id, 'development', { username: 'owner', password: '@@SECRET:DB_PASSWORD@@' });
      const shared = await owner.request('mutation($id: ID!, $u: [ID!]!) { shareConnection(id: $id, userIds: $u) { id } }', { id: c.id, u: [user('sharee').id] });
      expect(shared.errors).toBeUndefined();
      personalId = c.id;
    });

    it('never reaches a personal connection without onBehalfOf', async () => {
      expect(errorCode(await resolve(runtime, personalId))).toBe('NOT_FOUND');
    });

    it('resolves for the owner and for a member it is shared with, audited with both identities and no value', async () => {
      for (const name of ['owner', 'sharee']) {
        const res = await resolve(runtime, personalId, 'development', user(name).id);
        expect(res.data?.resolveConnection).toMatchObject({ masked: false, fields: { username: 'owner', password: DB_PASSWORD } });
      }
      const events = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'connection.resolved', targetId: personalId }, { orderBy: { at: 'asc' } });
      const onBehalf = events.filter((e) => e.summary.includes('on behalf of'));
      expect(onBehalf.map((e) => [e.actorType, e.actorLabel])).toEqual([
        ['API_KEY', expect.stringContaining('runtime')],
        ['API_KEY', expect.stringContaining('runtime')],
      ]);
      expect(onBehalf[0]?.summary).toContain(`owner@keyward.test (user ${user('owner').id})`);
      expect(onBehalf[1]?.summary).toContain(`sharee@keyward.test (user ${user('sharee').id})`);
      expect(events.every((e) => !JSON.stringify(e).includes(DB_PASSWORD))).toBe(true);
    });

    it('is NOT_FOUND on behalf of a member it is not shared with, an unknown id or a non-id', async () => {
      for (const as of [user('stranger').id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        expect(errorCode(await resolve(runtime, personalId, 'development', as))).toBe('NOT_FOUND');
      }
    });

    it('is NOT_FOUND on behalf of a user of another organization', async () => {
      const { user: outsider } = await addMember(server, { email: 'outsider@elsewhere.test', role: 'ORG_ADMIN', organizationName: 'Elsewhere' });
      expect(errorCode(await resolve(runtime, personalId, 'development', outsider.id))).toBe('NOT_FOUND');
    });

    it('needs CONNECTIONS_RESOLVE_ON_BEHALF, which only the admin roles hold', async () => {
      const res = await resolve(memberKey, personalId, 'development', user('owner').id);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('CONNECTIONS_RESOLVE_ON_BEHALF') });
      expect(BUILT_IN_ROLES.ORG_ADMIN.permissions).toContain('CONNECTIONS_RESOLVE_ON_BEHALF');
      expect(BUILT_IN_ROLES.SUPER_ADMIN.permissions).toContain('CONNECTIONS_RESOLVE_ON_BEHALF');
      expect(BUILT_IN_ROLES.MEMBER.permissions).not.toContain('CONNECTIONS_RESOLVE_ON_BEHALF');
      expect(BUILT_IN_ROLES.READ_ONLY.permissions).not.toContain('CONNECTIONS_RESOLVE_ON_BEHALF');
    });

    it('stops resolving a personal connection, for everyone, once its owner is suspended', async () => {
      const leaver = user('leaver');
      const c = await createConnection(leaver.client, { integrationId: basic.id, name: 'Leaver personal', visibility: 'PERSONAL' });
      await saveCredentials(leaver.client, c.id, 'development', { username: 'leaver', password: 'leaver-pass-3311' });
      await leaver.client.request('mutation($id: ID!, $u: [ID!]!) { shareConnection(id: $id, userIds: $u) { id } }', { id: c.id, u: [user('sharee').id] });
      expect((await resolve(runtime, c.id, 'development', user('sharee').id)).data?.resolveConnection.fields.password).toBe('leaver-pass-3311');
      expect((await admin.request('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: leaver.id })).errors).toBeUndefined();
      for (const as of [leaver.id, user('sharee').id]) {
        const res = await resolve(runtime, c.id, 'development', as);
        expect(errorCode(res)).toBe('NOT_FOUND');
        expect(JSON.stringify(res)).not.toContain('leaver-pass-3311');
      }
    });
  });
});

describe('on-behalf resolution over every combination', () => {
  // Every combination of key permission × whom it acts for × visibility × owner status: only
  // the listed cases return plaintext; the rest are NOT_FOUND or FORBIDDEN and never carry it.
  // Exhaustive rather than sampled: the space is small (2 × 5 × 2 × 2), so no case is missed.
  type Relation = 'none' | 'owner' | 'sharee' | 'stranger' | 'foreign';
  type Case = { permission: boolean; relation: Relation; visibility: 'PERSONAL' | 'ORGANIZATION'; ownerActive: boolean };
  const PLAIN = 'combination-plaintext-4e1d';
  const connections = new Map<string, string>();
  const owners: Record<'active' | 'suspended', string> = { active: '', suspended: '' };
  let sharee = '';
  let stranger = '';
  let foreign = '';

  function expected(c: Case): 'PLAINTEXT' | 'NOT_FOUND' | 'FORBIDDEN' {
    if (c.relation === 'none') return c.visibility === 'ORGANIZATION' ? 'PLAINTEXT' : 'NOT_FOUND';
    if (!c.permission) return 'FORBIDDEN';
    if (c.relation === 'foreign' || (c.relation === 'owner' && !c.ownerActive)) return 'NOT_FOUND';
    if (c.visibility === 'ORGANIZATION') return 'PLAINTEXT';
    if (c.relation === 'stranger' || !c.ownerActive) return 'NOT_FOUND';
    return 'PLAINTEXT';
  }

  beforeAll(async () => {
    await createSecret(admin, 'COMBO_SECRET', [{ environment: 'development', value: PLAIN }]);
    for (const status of ['active', 'suspended'] as const) {
      const email = `combo-${status}@keyward.test`;
      const { user: owner } = await addMember(server, { email, role: 'MEMBER' });
      owners[status] = owner.id;
      const client = await signedIn(email);
      for (const visibility of ['PERSONAL', 'ORGANIZATION'] as const) {
        const c = await createConnection(client, { integrationId: basic.id, name: `Combo ${status} ${visibility}`, visibility });
        await saveCredentials(client, c.id, 'development', { username: 'combo', password: '@@SECRET:COMBO_SECRET@@' });
        connections.set(`${status}:${visibility}`, c.id);
      }
    }
    sharee = (await addMember(server, { email: 'combo-sharee@keyward.test', role: 'MEMBER' })).user.id;
    stranger = (await addMember(server, { email: 'combo-stranger@keyward.test', role: 'MEMBER' })).user.id;
    foreign = (await addMember(server, { email: 'combo-foreign@elsewhere.test', role: 'MEMBER', organizationName: 'Elsewhere' })).user.id;
    for (const status of ['active', 'suspended'] as const) {
      const client = await signedIn(`combo-${status}@keyward.test`);
      const res = await client.request('mutation($id: ID!, $u: [ID!]!) { shareConnection(id: $id, userIds: $u) { id } }', { id: connections.get(`${status}:PERSONAL`), u: [sharee] });
      expect(res.errors).toBeUndefined();
    }
    expect((await admin.request('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: owners.suspended })).errors).toBeUndefined();
  });

  it('returns plaintext exactly where the rule allows it', async () => {
    const cases: Case[] = [];
    for (const permission of [true, false])
      for (const relation of ['none', 'owner', 'sharee', 'stranger', 'foreign'] as const)
        for (const visibility of ['PERSONAL', 'ORGANIZATION'] as const)
          for (const ownerActive of [true, false]) cases.push({ permission, relation, visibility, ownerActive });
    const outcomes: string[] = [];
    for (const c of cases) {
      const id = connections.get(`${c.ownerActive ? 'active' : 'suspended'}:${c.visibility}`) ?? '';
      const as = { none: undefined, owner: owners[c.ownerActive ? 'active' : 'suspended'], sharee, stranger, foreign }[c.relation];
      const res = await resolve(c.permission ? runtime : memberKey, id, 'development', as);
      const got = res.data?.resolveConnection.fields.password === PLAIN ? 'PLAINTEXT' : String(errorCode(res));
      if (got !== 'PLAINTEXT') expect(JSON.stringify(res)).not.toContain(PLAIN);
      outcomes.push(`${JSON.stringify(c)} → ${got}`);
    }
    expect(outcomes).toEqual(cases.map((c) => `${JSON.stringify(c)} → ${expected(c)}`));
  });
});

const CREATE_SECRET_POLICY = 'mutation($input: CreateSecretInput!) { createSecret(input: $input) { key usePolicy useRoles { id name } } }';
const UPDATE_SECRET_POLICY = 'mutation($key: String!, $input: UpdateSecretInput!) { updateSecret(key: $key, input: $input) { key usePolicy useRoles { id name } } }';

describe('secret use policy', () => {
  let dbaRole: string;
  beforeAll(async () => {
    dbaRole = await roleId(admin, 'Custom dba@keyward.test');
    const res = await admin.request(CREATE_SECRET_POLICY, {
      input: { key: 'RESTRICTED', values: [{ environment: 'development', value: RESTRICTED_VALUE }], usePolicy: 'ROLES', useRoleIds: [dbaRole] },
    });
    expect(res.errors).toBeUndefined();
  });

  it('defaults to everyone in the organization and shows the chosen roles', async () => {
    const res = await admin.request<{ secrets: { edges: { node: { key: string; usePolicy: string; useRoles: { name: string }[] } }[] } }>(
      '{ secrets(first: 50) { edges { node { key usePolicy useRoles { name } } } } }',
    );
    const byKey = Object.fromEntries((res.data?.secrets.edges ?? []).map((e) => [e.node.key, e.node]));
    expect(byKey.DB_PASSWORD).toMatchObject({ usePolicy: 'EVERYONE', useRoles: [] });
    expect(byKey.RESTRICTED).toMatchObject({ usePolicy: 'ROLES', useRoles: [{ name: 'Custom dba@keyward.test' }] });
  });

  it('refuses a roles policy without roles, or with a role of another organization, naming useRoleIds', async () => {
    const none = await admin.request(CREATE_SECRET_POLICY, { input: { key: 'NO_ROLES', values: [{ environment: 'development', value: 'v' }], usePolicy: 'ROLES', useRoleIds: [] } });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'useRoleIds' });
    await addMember(server, { email: 'foreign@elsewhere.test', permissions: ['SECRETS_READ'], organizationName: 'Elsewhere' });
    const foreignRole = await server.keyward.orm.em.fork().findOneOrFail(Role, { name: 'Custom foreign@elsewhere.test' });
    const foreign = await admin.request(UPDATE_SECRET_POLICY, { key: 'RESTRICTED', input: { usePolicy: 'ROLES', useRoleIds: [foreignRole.id] } });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'useRoleIds' });
  });

  it('refuses saving a credential that references a secret the saver may not use, naming the key', async () => {
    const mallory = user('mallory').client;
    const c = await createConnection(mallory, { integrationId: basic.id, name: 'Wants restricted', visibility: 'PERSONAL' });
    const res = await mallory.request(SAVE_CREDENTIALS, { id: c.id, env: 'development', fields: { username: 'u', password: 'x @@SECRET:RESTRICTED@@' } });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('RESTRICTED') });
    expect(JSON.stringify(res)).not.toContain(RESTRICTED_VALUE);
    const after = await mallory.request<{ connection: { environments: { environment: string; configured: boolean }[] } }>(
      'query($id: ID!) { connection(id: $id) { environments { environment configured } } }',
      { id: c.id },
    );
    expect(after.data?.connection.environments.find((e) => e.environment === 'development')?.configured).toBe(false);
  });

  it('refuses integration settings that reference a secret the saver may not use', async () => {
    const res = await user('dev').client.request('mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { id } }', {
      input: restIntegration({ name: 'Sneaky', configs: [{ baseUrl: 'https://s.example.com', authType: 'OAUTH2', settings: { authorizationUrl: 'https://s.example.com/a', tokenUrl: 'https://s.example.com/t', clientId: 'c', clientSecret: '@@SECRET:RESTRICTED@@' } }] }),
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('RESTRICTED') });
    const allowed = await user('dba').client.request('mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { id } }', {
      input: restIntegration({ name: 'Allowed', configs: [{ baseUrl: 'https://s.example.com', authType: 'OAUTH2', settings: { authorizationUrl: 'https://s.example.com/a', tokenUrl: 'https://s.example.com/t', clientId: 'c', clientSecret: '@@SECRET:RESTRICTED@@' } }] }),
    });
    expect(allowed.errors).toBeUndefined();
  });

  it('re-checks a personal connection against its owner’s current roles at resolution', async () => {
    const dba = user('dba');
    const c = await createConnection(dba.client, { integrationId: basic.id, name: 'DBA personal', visibility: 'PERSONAL' });
    await saveCredentials(dba.client, c.id, 'development', { username: 'dba', password: '@@SECRET:RESTRICTED@@' });
    expect((await resolve(runtime, c.id, 'development', dba.id)).data?.resolveConnection.fields.password).toBe(RESTRICTED_VALUE);

    const demoted = await admin.request('mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { id } }', { id: dba.id, r: [await roleId(admin, 'Member')] });
    expect(demoted.errors).toBeUndefined();
    const refused = await resolve(runtime, c.id, 'development', dba.id);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(refused.errors?.[0]?.message).toMatch(/RESTRICTED.*development/);
    expect(JSON.stringify(refused)).not.toContain(RESTRICTED_VALUE);
    expect(refused.data?.resolveConnection ?? null).toBeNull();

    await admin.request('mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { id } }', { id: dba.id, r: [dbaRole] });
    expect((await resolve(runtime, c.id, 'development', dba.id)).data?.resolveConnection.fields.password).toBe(RESTRICTED_VALUE);
  });

  it('re-checks an organization connection against whoever last saved the credential, so a policy change applies at once', async () => {
    const dba = user('dba');
    const c = await createConnection(dba.client, { integrationId: basic.id, name: 'DBA org', visibility: 'ORGANIZATION' });
    await saveCredentials(dba.client, c.id, 'development', { username: 'dba', password: '@@SECRET:RESTRICTED@@' });
    expect((await resolve(runtime, c.id)).data?.resolveConnection.fields.password).toBe(RESTRICTED_VALUE);

    const narrowed = await admin.request(UPDATE_SECRET_POLICY, { key: 'RESTRICTED', input: { usePolicy: 'ROLES', useRoleIds: [await roleId(admin, 'Org Admin')] } });
    expect(narrowed.errors).toBeUndefined();
    const refused = await resolve(runtime, c.id);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/RESTRICTED.*development/) });
    expect(JSON.stringify(refused)).not.toContain(RESTRICTED_VALUE);
    // A person still sees the wiring, masked.
    expect((await resolve(admin, c.id)).data?.resolveConnection).toMatchObject({ masked: true, fields: { password: MASK } });

    await admin.request(UPDATE_SECRET_POLICY, { key: 'RESTRICTED', input: { usePolicy: 'EVERYONE' } });
    expect((await resolve(runtime, c.id)).data?.resolveConnection.fields.password).toBe(RESTRICTED_VALUE);
    await admin.request(UPDATE_SECRET_POLICY, { key: 'RESTRICTED', input: { usePolicy: 'ROLES', useRoleIds: [dbaRole] } });
  });

  it('offers the built-in and organization roles to choose from, to secret managers only', async () => {
    const res = await admin.request<{ secretUseRoleOptions: { name: string }[] }>('{ secretUseRoleOptions { id name } }');
    const names = (res.data?.secretUseRoleOptions ?? []).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Super Admin', 'Org Admin', 'Member', 'Read-only', 'Custom dba@keyward.test']));
    expect(names).not.toContain('Custom foreign@elsewhere.test');
    expect(errorCode(await user('mallory').client.request('{ secretUseRoleOptions { id } }'))).toBe('FORBIDDEN');
  });

  it('checks an API key that saves a reference against the key’s roles', async () => {
    const c = await createConnection(admin, { integrationId: basic.id, name: 'Saved by keys', visibility: 'ORGANIZATION' });
    const fields = { username: 'k', password: '@@SECRET:RESTRICTED@@' };
    const outsider = keyClient(server.url, (await createKey(admin, { name: 'org admin saver', roleIds: [await roleId(admin, 'Org Admin')] })).token);
    const refused = await outsider.request(SAVE_CREDENTIALS, { id: c.id, env: 'development', fields });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('RESTRICTED') });
    const insider = keyClient(server.url, (await createKey(admin, { name: 'dba saver', roleIds: [dbaRole, await roleId(admin, 'Org Admin')] })).token);
    expect((await insider.request(SAVE_CREDENTIALS, { id: c.id, env: 'development', fields })).errors).toBeUndefined();
    // Saved by a key, not a member: nobody whose roles could be checked, so the restricted secret does not resolve.
    const res = await resolve(runtime, c.id);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/RESTRICTED.*development/) });
    expect(JSON.stringify(res)).not.toContain(RESTRICTED_VALUE);
  });

  it('records policy changes in the audit log without values', async () => {
    // Narrowed to Org Admin, opened to everyone, then back to the dba role RESTRICTED started with.
    for (const input of [{ usePolicy: 'ROLES', useRoleIds: [await roleId(admin, 'Org Admin')] }, { usePolicy: 'EVERYONE' }, { usePolicy: 'ROLES', useRoleIds: [dbaRole] }]) {
      expect((await admin.request(UPDATE_SECRET_POLICY, { key: 'RESTRICTED', input })).errors).toBeUndefined();
    }
    const events = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'secret.updated', targetId: 'RESTRICTED' });
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Secret RESTRICTED: made it usable only by Org Admin', 'Secret RESTRICTED: made it usable by everyone in the organization']),
    );
    expect(events.every((e) => !e.summary.includes(RESTRICTED_VALUE))).toBe(true);
  });
});
