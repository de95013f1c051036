import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addMember } from './members';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { create, CREATE, defaultOrganizationId, DELETE, get, LIST, RESTORE, secretTestHelpers, UPDATE, type SecretResult } from './secret-helpers';

let server: TestServer;
let admin: Client;
let orgId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  orgId = await defaultOrganizationId(server);
});
afterAll(async () => {
  await server.close();
});

const { signedIn, resolve, auditEvents } = secretTestHelpers(() => ({ server, orgId }));

describe('createSecret', () => {
  it('stores a value per enabled environment and answers with versions, never values', async () => {
    const res = await create(admin, 'STRIPE_API_KEY', { production: 'sk_live_111', development: 'sk_test_111' }, 'Stripe');
    expect(res.errors).toBeUndefined();
    const secret = res.data?.createSecret;
    expect(secret?.key).toBe('STRIPE_API_KEY');
    expect(secret?.reference).toBe('@@SECRET:STRIPE_API_KEY@@');
    expect(secret?.description).toBe('Stripe');
    expect(secret?.createdBy).toBe('admin');
    expect(secret?.environments.map((e) => [e.environment, e.version])).toEqual([
      ['development', 1],
      ['production', 1],
    ]);
    expect(JSON.stringify(res.data)).not.toContain('sk_live_111');
    expect(await resolve('@@SECRET:STRIPE_API_KEY@@', 'production')).toBe('sk_live_111');
  });

  it.each([
    ['lowercase', 'stripe_key'],
    ['a leading digit', '1KEY'],
    ['a hyphen', 'MY-KEY'],
    ['nothing', ''],
  ])('refuses a key with %s, naming the key field', async (_what, key) => {
    const res = await create(admin, key, { development: 'x' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('key');
  });

  it('refuses a key that already exists in the organization', async () => {
    await create(admin, 'DUPLICATE_ME', { development: 'one' });
    const res = await create(admin, 'DUPLICATE_ME', { qa: 'two' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('key');
    expect(res.errors?.[0]?.message).toContain('already exists');
  });

  it('requires at least one environment', async () => {
    const res = await create(admin, 'NO_VALUES', {});
    expect(res.errors?.[0]?.extensions?.field).toBe('values');
  });

  it('refuses an environment the organization does not have and an empty value, field by field', async () => {
    const res = await admin.request(CREATE, {
      i: { key: 'BAD_VALUES', values: [{ environment: 'moon', value: 'x' }, { environment: 'qa', value: '' }] },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'values.0.environment', message: 'This organization has no environment "moon".' },
      { field: 'values.1.value', message: 'Enter a value.' },
    ]);
    expect(errorCode(await get(admin, 'BAD_VALUES'))).toBe('NOT_FOUND');
  });

  it('refuses the same environment twice', async () => {
    const res = await create(admin, 'TWICE', { qa: 'a' });
    expect(res.errors).toBeUndefined();
    const again = await admin.request(CREATE, {
      i: { key: 'TWICE_AGAIN', values: [{ environment: 'qa', value: 'a' }, { environment: 'qa', value: 'b' }] },
    });
    expect(again.errors?.[0]?.extensions?.field).toBe('values.1.environment');
  });

  it('audits the creation with its environments and without the values', async () => {
    await create(admin, 'AUDITED_CREATE', { staging: 'audit-me-not-1' });
    const [event] = await auditEvents('secret.created', 'AUDITED_CREATE');
    expect(event?.summary).toBe('Created secret AUDITED_CREATE with values in staging');
    expect(event?.actorLabel).toBe('admin@keyward.test');
    expect(JSON.stringify(event)).not.toContain('audit-me-not-1');
  });
});

describe('secrets', () => {
  beforeAll(async () => {
    await create(admin, 'LIST_ALPHA', { production: 'a', development: 'a', staging: 'a' }, 'First of the list');
    await create(admin, 'LIST_BETA', { qa: 'b' }, 'Second 100%_match');
    await create(admin, 'LIST_GAMMA', { qa: 'c' });
  });

  it('lists environments in the organization order', async () => {
    const res = await admin.request<{ secrets: { edges: { node: { key: string; environments: { environment: string }[] } }[] } }>(LIST, { s: 'LIST_ALPHA' });
    expect(res.data?.secrets.edges.map((e) => e.node.environments.map((v) => v.environment))).toEqual([['development', 'staging', 'production']]);
  });

  it('searches key and description case-insensitively, with LIKE wildcards taken literally', async () => {
    const byKey = await admin.request<{ secrets: { edges: { node: { key: string } }[] } }>(LIST, { s: 'list_' });
    expect(byKey.data?.secrets.edges.map((e) => e.node.key)).toEqual(['LIST_ALPHA', 'LIST_BETA', 'LIST_GAMMA']);
    const byDescription = await admin.request<{ secrets: { edges: { node: { key: string } }[] } }>(LIST, { s: 'first of' });
    expect(byDescription.data?.secrets.edges.map((e) => e.node.key)).toEqual(['LIST_ALPHA']);
    const literal = await admin.request<{ secrets: { edges: { node: { key: string } }[] } }>(LIST, { s: '100%_' });
    expect(literal.data?.secrets.edges.map((e) => e.node.key)).toEqual(['LIST_BETA']);
  });

  it('pages with a cursor and counts every match', async () => {
    const first = await admin.request<{ secrets: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { key: string } }[] } }>(
      LIST,
      { s: 'LIST_', f: 2 },
    );
    expect(first.data?.secrets.totalCount).toBe(3);
    expect(first.data?.secrets.pageInfo.hasNextPage).toBe(true);
    const next = await admin.request<{ secrets: { pageInfo: { hasNextPage: boolean }; edges: { node: { key: string } }[] } }>(LIST, {
      s: 'LIST_',
      f: 2,
      a: first.data?.secrets.pageInfo.endCursor,
    });
    expect(next.data?.secrets.edges.map((e) => e.node.key)).toEqual(['LIST_GAMMA']);
    expect(next.data?.secrets.pageInfo.hasNextPage).toBe(false);
  });
});

describe('updateSecret', () => {
  it('changes the description, adds, replaces and removes values as one change', async () => {
    await create(admin, 'EDIT_ME', { development: 'dev-1', qa: 'qa-1' }, 'before');
    const res = await admin.request<{ updateSecret: SecretResult }>(UPDATE, {
      k: 'EDIT_ME',
      i: { description: 'after', set: [{ environment: 'development', value: 'dev-2' }, { environment: 'production', value: 'prod-1' }], remove: ['qa'] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateSecret.description).toBe('after');
    expect(res.data?.updateSecret.environments.map((e) => [e.environment, e.version])).toEqual([
      ['development', 2],
      ['production', 1],
    ]);
    expect(await resolve('@@SECRET:EDIT_ME@@', 'development')).toBe('dev-2');
    await expect(resolve('@@SECRET:EDIT_ME@@', 'qa')).rejects.toThrow('Secret EDIT_ME has no value in qa.');
    const [event] = await auditEvents('secret.updated', 'EDIT_ME');
    expect(event?.summary).toBe('Secret EDIT_ME: changed the description; set the value in development, production; removed the value from qa');
    expect(event?.summary).not.toMatch(/dev-2|prod-1/);
  });

  it('has no way to rename the key', async () => {
    await create(admin, 'FIXED_NAME', { development: 'x' });
    const res = await admin.request(UPDATE, { k: 'FIXED_NAME', i: { key: 'NEW_NAME' } });
    expect(res.errors).toBeDefined();
    expect((await get(admin, 'FIXED_NAME')).data?.secret.key).toBe('FIXED_NAME');
    expect(errorCode(await get(admin, 'NEW_NAME'))).toBe('NOT_FOUND');
  });

  it('refuses to remove a value that is not there', async () => {
    await create(admin, 'REMOVE_NOTHING', { development: 'x' });
    const res = await admin.request(UPDATE, { k: 'REMOVE_NOTHING', i: { remove: ['production'] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('remove.0');
  });

  it('refuses to set and remove the same environment', async () => {
    await create(admin, 'SET_AND_REMOVE', { development: 'x' });
    const res = await admin.request(UPDATE, { k: 'SET_AND_REMOVE', i: { set: [{ environment: 'development', value: 'y' }], remove: ['development'] } });
    expect(res.errors?.[0]?.extensions?.field).toBe('remove.0');
  });

  it('answers CONFLICT instead of overwriting a value that changed since the editor saw it', async () => {
    await create(admin, 'RACE', { production: 'v1' });
    const seen = { environment: 'production', version: 1 };
    const first = await admin.request(UPDATE, { k: 'RACE', i: { set: [{ environment: 'production', value: 'v2-alice' }], expectedVersions: [seen] } });
    expect(first.errors).toBeUndefined();
    const second = await admin.request(UPDATE, { k: 'RACE', i: { set: [{ environment: 'production', value: 'v2-bob' }], expectedVersions: [seen] } });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toContain('RACE in production was changed by someone else');
    expect(await resolve('@@SECRET:RACE@@', 'production')).toBe('v2-alice');
  });

  it('answers CONFLICT when the editor saw no value but one was added meanwhile', async () => {
    await create(admin, 'RACE_ADD', { development: 'd' });
    await admin.request(UPDATE, { k: 'RACE_ADD', i: { set: [{ environment: 'qa', value: 'first' }] } });
    const res = await admin.request(UPDATE, {
      k: 'RACE_ADD',
      i: { set: [{ environment: 'qa', value: 'second' }], expectedVersions: [{ environment: 'qa', version: null }] },
    });
    expect(errorCode(res)).toBe('CONFLICT');
  });

  it('lets one of two simultaneous writers win and gives the other CONFLICT', async () => {
    await create(admin, 'SIMULTANEOUS', { production: 'v1' });
    const attempts = await Promise.all(
      ['a', 'b', 'c'].map((who) =>
        admin.request(UPDATE, { k: 'SIMULTANEOUS', i: { set: [{ environment: 'production', value: who }], expectedVersions: [{ environment: 'production', version: 1 }] } }),
      ),
    );
    expect(attempts.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(attempts.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(2);
    const secret = (await get(admin, 'SIMULTANEOUS')).data?.secret;
    expect(secret?.environments).toEqual([expect.objectContaining({ environment: 'production', version: 2 })]);
  });

  it('checks only the environments being changed', async () => {
    await create(admin, 'PARTIAL', { development: 'd1', production: 'p1' });
    await admin.request(UPDATE, { k: 'PARTIAL', i: { set: [{ environment: 'production', value: 'p2' }] } });
    const res = await admin.request(UPDATE, {
      k: 'PARTIAL',
      i: { set: [{ environment: 'development', value: 'd2' }], expectedVersions: [{ environment: 'development', version: 1 }, { environment: 'production', version: 1 }] },
    });
    expect(res.errors).toBeUndefined();
  });
});

describe('deleteSecret', () => {
  it('removes the secret from every environment, so references to it fail to resolve', async () => {
    await create(admin, 'DOOMED', { development: 'd', production: 'p' });
    const res = await admin.request<{ deleteSecret: { key: string; environments: { environment: string }[] } }>(DELETE, { k: 'DOOMED' });
    expect(res.data?.deleteSecret.environments.map((e) => e.environment)).toEqual(['development', 'production']);
    expect(errorCode(await get(admin, 'DOOMED'))).toBe('NOT_FOUND');
    await expect(resolve('@@SECRET:DOOMED@@', 'production')).rejects.toThrow('Secret DOOMED does not exist (needed in production).');
    const [event] = await auditEvents('secret.deleted', 'DOOMED');
    expect(event?.summary).toBe('Deleted secret DOOMED (it had values in development, production)');
  });

  it('frees the key for a new secret with fresh versions', async () => {
    await create(admin, 'REBORN', { qa: 'old' });
    await admin.request(UPDATE, { k: 'REBORN', i: { set: [{ environment: 'qa', value: 'older' }] } });
    await admin.request(DELETE, { k: 'REBORN' });
    const res = await create(admin, 'REBORN', { qa: 'new' });
    expect(res.data?.createSecret.environments).toEqual([expect.objectContaining({ environment: 'qa', version: 1 })]);
    expect(await resolve('@@SECRET:REBORN@@', 'qa')).toBe('new');
  });

  it('answers NOT_FOUND for a key that does not exist', async () => {
    expect(errorCode(await admin.request(DELETE, { k: 'NEVER_EXISTED' }))).toBe('NOT_FOUND');
  });
});

describe('authorization', () => {
  let member: Client;
  beforeAll(async () => {
    await create(admin, 'GUARDED', { production: 'guarded-value' });
    await addMember(server, { email: 'secrets-member@keyward.test', role: 'MEMBER' });
    await addMember(server, { email: 'secrets-reader@keyward.test', role: 'READ_ONLY' });
    await addMember(server, { email: 'no-secrets@keyward.test', permissions: ['FLOWS_READ'] });
    await addMember(server, { email: 'secrets-manager@keyward.test', permissions: ['SECRETS_READ', 'SECRETS_MANAGE'] });
    member = await signedIn('secrets-member@keyward.test');
  });

  it('lets a Member and a Read-only user read secret names but change nothing', async () => {
    for (const client of [member, await signedIn('secrets-reader@keyward.test')]) {
      expect((await get(client, 'GUARDED')).data?.secret.key).toBe('GUARDED');
      expect(errorCode(await create(client, 'SNEAKY', { development: 'x' }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(UPDATE, { k: 'GUARDED', i: { set: [{ environment: 'production', value: 'mine' }] } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(RESTORE, { k: 'GUARDED', e: 'production', v: 1 }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(DELETE, { k: 'GUARDED' }))).toBe('FORBIDDEN');
    }
    expect(await resolve('@@SECRET:GUARDED@@', 'production')).toBe('guarded-value');
  });

  it('hides secrets from a role without SECRETS_READ', async () => {
    const client = await signedIn('no-secrets@keyward.test');
    expect(errorCode(await client.request(LIST))).toBe('FORBIDDEN');
    expect(errorCode(await get(client, 'GUARDED'))).toBe('FORBIDDEN');
  });

  it('lets a custom role with SECRETS_MANAGE manage secrets', async () => {
    const client = await signedIn('secrets-manager@keyward.test');
    const res = await create(client, 'MANAGED_BY_ROLE', { qa: 'x' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createSecret.createdBy).toBe('secrets-manager');
    expect((await client.request(DELETE, { k: 'MANAGED_BY_ROLE' })).errors).toBeUndefined();
  });

  it('asks an anonymous caller to sign in', async () => {
    expect(errorCode(await new Client(server.url).request(LIST))).toBe('UNAUTHENTICATED');
  });
});

describe('tenant isolation', () => {
  let strangers = 0;
  let stranger: Client;
  let theirOrg: string;
  beforeAll(async () => {
    await create(admin, 'TENANT_SECRET', { production: 'ours' });
  });
  // Each test meets an organization of its own, with no secrets yet.
  beforeEach(async () => {
    strangers += 1;
    const { membership } = await addMember(server, { email: `stranger-admin-${strangers}@keyward.test`, role: 'ORG_ADMIN', organizationName: `Stranger Org ${strangers}` });
    theirOrg = membership.organization.id;
    stranger = await signedIn(`stranger-admin-${strangers}@keyward.test`);
  });

  it("answers NOT_FOUND for another organization's secret, whatever the operation", async () => {
    expect(errorCode(await get(stranger, 'TENANT_SECRET'))).toBe('NOT_FOUND');
    expect(errorCode(await stranger.request(UPDATE, { k: 'TENANT_SECRET', i: { description: 'mine now' } }))).toBe('NOT_FOUND');
    expect(errorCode(await stranger.request(RESTORE, { k: 'TENANT_SECRET', e: 'production', v: 1 }))).toBe('NOT_FOUND');
    expect(errorCode(await stranger.request(DELETE, { k: 'TENANT_SECRET' }))).toBe('NOT_FOUND');
    const list = await stranger.request<{ secrets: { totalCount: number } }>(LIST);
    expect(list.data?.secrets.totalCount).toBe(0);
    expect((await get(admin, 'TENANT_SECRET')).data?.secret.description).toBe('');
  });

  it('lets each organization have its own secret with the same key', async () => {
    expect((await create(stranger, 'TENANT_SECRET', { production: 'theirs' })).errors).toBeUndefined();
    expect(await resolve('@@SECRET:TENANT_SECRET@@', 'production', theirOrg)).toBe('theirs');
    expect(await resolve('@@SECRET:TENANT_SECRET@@', 'production')).toBe('ours');
  });

  it("does not show one organization's references to another", async () => {
    expect((await create(stranger, 'TENANT_SECRET', { production: 'theirs' })).errors).toBeUndefined();
    const em = server.keyward.orm.em.fork();
    await server.keyward.services.secretReferences.recordReferences(em, orgId, { type: 'CONNECTION', id: '0b9d5a8e-98f6-4f39-8a8e-2f7c4d1f1111', name: 'Ours' }, [
      '@@SECRET:TENANT_SECRET@@',
    ]);
    await em.flush();
    expect((await get(stranger, 'TENANT_SECRET')).data?.secret.references).toEqual([]);
    expect((await get(admin, 'TENANT_SECRET')).data?.secret.references?.map((r) => r.ownerName)).toEqual(['Ours']);
  });
});
