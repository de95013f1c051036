import type { EntityManager } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_RANDOM_LENGTH, formatApiKey, parseApiKey } from '@keyward/shared/api-key-format';
import { randomBase62 } from '../src/crypto/random';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { AUTHENTICATION_REQUIRED } from '../src/modules/api-keys/api-key-authenticator';
import {
  CREATE_KEY,
  createKey,
  DELETE_KEY,
  firstError,
  KEY,
  keyClient,
  ORGANIZATION,
  RESUME_KEY,
  REVOKE_KEY,
  ROLL_KEY,
  roleId,
  signedInMember,
  SUSPEND_KEY,
  type KeyNode,
} from './api-key-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember } from './members';

let server: TestServer;
let admin: Client;
let orgAdminRole: string;
let memberRole: string;
let readOnlyRole: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  orgAdminRole = await roleId(admin, 'Org Admin');
  memberRole = await roleId(admin, 'Member');
  readOnlyRole = await roleId(admin, 'Read-only');
});
afterAll(async () => {
  await server.close();
});

const signedIn = (email: string): Promise<Client> => signedInMember(server, email);

const SET_LIMIT = 'mutation($id: ID!, $input: ApiKeyRateLimitInput!) { setApiKeyRateLimit(id: $id, input: $input) { rateLimit { perMinute perHour } rateLimitPerMinute rateLimitPerHour } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { name description roles { name } permissions scopes } }';

describe('creating API keys', () => {
  it('returns an apk_{id}_{secret} token once, and the record only masked', async () => {
    const { apiKey, token } = await createKey(admin, { name: 'CI/CD Pipeline', description: 'Deploys', roleIds: [memberRole] });
    const parsed = parseApiKey(token);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(apiKey.maskedKey).toBe(`apk_${parsed.id}_…${parsed.last4}`);
    expect(apiKey.status).toBe('ACTIVE');
    expect(apiKey.roles.map((r) => r.name)).toEqual(['Member']);
    expect(apiKey.scopePreset).toBe('ADMIN');
    expect(apiKey.rateLimit).toEqual({ perMinute: 60, perHour: 1000 });
    expect(apiKey.rateLimitPerMinute).toBeNull();
    expect(apiKey.expiresAt).toBeNull();
  });

  it('never returns the token again: the ApiKey type has no field that could hold it', async () => {
    const res = await admin.request<{ __type: { fields: { name: string }[] } }>('{ __type(name: "ApiKey") { fields { name } } }');
    const names = res.data?.__type.fields.map((f) => f.name) ?? [];
    expect(names).toContain('maskedKey');
    expect(names.filter((n) => /token|secret|hash/i.test(n))).toEqual([]);
  });

  it('never writes a token to the log', async () => {
    const { token } = await createKey(admin, { name: 'Logged?', roleIds: [memberRole] });
    await keyClient(server.url, token).request(ORGANIZATION);
    expect(server.logs.join('\n')).not.toContain(parseApiKey(token).ok ? token.slice(21) : token);
  });

  it('requires a name and at least one role, with field errors', async () => {
    const noName = await admin.request(CREATE_KEY, { input: { name: '  ', roleIds: [memberRole] } });
    expect(firstError(noName)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const noRole = await admin.request(CREATE_KEY, { input: { name: 'No role', roleIds: [] } });
    expect(firstError(noRole)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleIds' });
  });

  it('expires after 30/60/90 days or on a date, and refuses a date in the past', async () => {
    const { apiKey } = await createKey(admin, { name: 'Thirty', roleIds: [memberRole], expiresInDays: 30 });
    const days = (Date.parse(apiKey.expiresAt ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    const past = await admin.request(CREATE_KEY, { input: { name: 'Past', roleIds: [memberRole], expiresAt: '2020-01-01T00:00:00.000Z' } });
    expect(firstError(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  });

  it('flags a key expiring within seven days', async () => {
    const { apiKey } = await createKey(admin, { name: 'Soon', roleIds: [memberRole], expiresInDays: 3 });
    expect(apiKey.expiringSoon).toBe(true);
  });

  it('narrows the roles by scopes, shown as a preset', async () => {
    const readScopes = ['SETTINGS_READ', 'USERS_READ', 'ROLES_READ', 'API_KEYS_READ', 'SECRETS_READ', 'INTEGRATIONS_READ', 'CONNECTIONS_READ', 'FLOWS_READ', 'AUDIT_READ'];
    const { apiKey } = await createKey(admin, { name: 'Read only', roleIds: [orgAdminRole], scopes: readScopes });
    expect(apiKey.scopePreset).toBe('READ');
    expect(apiKey.permissions.sort()).toEqual([...readScopes].sort());
    const custom = await createKey(admin, { name: 'Flows', roleIds: [memberRole], scopes: ['FLOWS_EXECUTE'] });
    expect(custom.apiKey.scopePreset).toBe('CUSTOM');
    expect(custom.apiKey.permissions).toEqual(['FLOWS_EXECUTE']);
  });

  it('refuses scopes the roles do not grant', async () => {
    const res = await admin.request(CREATE_KEY, { input: { name: 'Wider', roleIds: [memberRole], scopes: ['USERS_MANAGE'] } });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
  });

  it('refuses the Super Admin role: keys act inside one organization', async () => {
    const res = await admin.request(CREATE_KEY, { input: { name: 'Root', roleIds: [await roleId(admin, 'Super Admin')] } });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleIds' });
  });

  it('refuses a rate limit above the organization ceiling', async () => {
    const res = await admin.request(CREATE_KEY, { input: { name: 'Greedy', roleIds: [memberRole], rateLimit: { perMinute: 601 } } });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rateLimit.perMinute' });
  });

  it('never lets anyone give a key a permission they do not hold', async () => {
    await addMember(server, { email: 'key-maker@keyward.test', permissions: ['API_KEYS_READ', 'API_KEYS_MANAGE', 'FLOWS_READ', 'FLOWS_EXECUTE'] });
    const maker = await signedIn('key-maker@keyward.test');
    const wide = await maker.request(CREATE_KEY, { input: { name: 'Escalate', roleIds: [orgAdminRole] } });
    expect(firstError(wide)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleIds' });
    expect(firstError(wide).message).toContain('SECRETS_MANAGE');
    const narrowed = await createKey(maker, { name: 'Narrowed', roleIds: [orgAdminRole], scopes: ['FLOWS_READ', 'FLOWS_EXECUTE'] });
    expect(narrowed.apiKey.permissions).toEqual(['FLOWS_READ', 'FLOWS_EXECUTE']);
  });

  it('records who created the key in the audit trail, never the token', async () => {
    const { apiKey, token } = await createKey(admin, { name: 'Audited', roleIds: [memberRole] });
    const em = server.keyward.orm.em.fork();
    const event = await em.findOneOrFail(AuditEvent, { action: 'api_key.created', targetId: apiKey.id });
    expect(event.actorType).toBe('USER');
    expect(event.summary).toContain(apiKey.maskedKey);
    expect(event.summary).not.toContain(token.slice(21));
  });
});

describe('authenticating with an API key', () => {
  let token: string;
  beforeAll(async () => {
    const created = await createKey(admin, { name: 'Integrator', roleIds: [memberRole] });
    token = created.token;
  });

  it('accepts the key in X-API-Key', async () => {
    const res = await keyClient(server.url, token, 'x-api-key').request<{ organization: { name: string } }>(ORGANIZATION);
    expect(res.status).toBe(200);
    expect(res.data?.organization.name).toBe('Default');
  });

  it('accepts the key as Authorization: Bearer', async () => {
    const res = await keyClient(server.url, token, 'bearer').request<{ organization: { name: string } }>(ORGANIZATION);
    expect(res.status).toBe(200);
    expect(res.data?.organization.name).toBe('Default');
  });

  it('acts with its roles: a Member key may resolve connections but not read API keys (FORBIDDEN, HTTP 403)', async () => {
    const res = await keyClient(server.url, token).request('{ apiKeys { totalCount } }');
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('answers 200 with a FORBIDDEN field error when part of the operation could run', async () => {
    const res = await keyClient(server.url, token).request('{ organization { name } apiKeys { totalCount } }');
    expect(res.status).toBe(200);
    expect(res.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([['apiKeys', 'FORBIDDEN']]);
  });

  it('answers 403 when every top-level field of the operation is forbidden, aliases included', async () => {
    const res = await keyClient(server.url, token).request('{ a: apiKeys { totalCount } b: apiKeyStats { total } }');
    expect(res.status).toBe(403);
    expect(res.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('is narrowed by its scopes: a read-scoped admin key can read but not write (403)', async () => {
    const scoped = await createKey(admin, { name: 'Reader', roleIds: [orgAdminRole], scopes: ['API_KEYS_READ', 'SETTINGS_READ'] });
    const client = keyClient(server.url, scoped.token);
    const read = await client.request('{ apiKeys { totalCount } }');
    expect(read.status).toBe(200);
    expect(read.errors).toBeUndefined();
    const write = await client.request(CREATE_KEY, { input: { name: 'Child', roleIds: [memberRole] } });
    expect(write.status).toBe(403);
    expect(errorCode(write)).toBe('FORBIDDEN');
  });

  it('is not a user: viewer answers FORBIDDEN with a message saying so', async () => {
    const res = await keyClient(server.url, token).request('{ viewer { id } }');
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/API key/);
  });

  it('is recorded as the API key in the audit trail when it changes something', async () => {
    const manager = await createKey(admin, { name: 'Settings bot', roleIds: [orgAdminRole], scopes: ['SETTINGS_READ', 'SETTINGS_MANAGE'] });
    const res = await keyClient(server.url, manager.token).request('mutation { updateOrganizationSettings(input: { name: "Default" , defaultRateLimit: { perMinute: 60, perHour: 1000 } }) { name } }');
    expect(res.errors).toBeUndefined();
    await keyClient(server.url, manager.token).request('mutation { updateOrganizationSettings(input: { name: "Renamed by key" }) { name } }');
    await admin.request('mutation { updateOrganizationSettings(input: { name: "Default" }) { name } }');
    const em = server.keyward.orm.em.fork();
    const event = await em.findOneOrFail(AuditEvent, { action: 'organization.settings_updated', actorId: manager.apiKey.id });
    expect(event.actorType).toBe('API_KEY');
    expect(event.actorLabel).toContain('Settings bot');
  });

  describe('refuses with HTTP 401, UNAUTHENTICATED and one generic message, before execution', () => {
    async function expectRefused(client: Client): Promise<void> {
      const res = await client.request(ORGANIZATION);
      expect(res.status).toBe(401);
      expect(res.data ?? null).toBeNull();
      expect(res.errors).toEqual([{ message: AUTHENTICATION_REQUIRED, extensions: { code: 'UNAUTHENTICATED' } }]);
    }

    it('a missing key on an operation that needs one', async () => {
      await expectRefused(new Client(server.url));
    });

    it('a malformed key', async () => {
      await expectRefused(keyClient(server.url, 'not-a-key'));
      await expectRefused(keyClient(server.url, `${token}x`));
      await expectRefused(new Client(server.url, { 'x-api-key': '' }));
    });

    it('a key with a bad checksum', async () => {
      const broken = `${token.slice(0, 30)}${token[30] === 'a' ? 'b' : 'a'}${token.slice(31)}`;
      expect(parseApiKey(broken)).toEqual({ ok: false, problem: 'CHECKSUM' });
      await expectRefused(keyClient(server.url, broken));
    });

    it('an unknown key of the right shape', async () => {
      await expectRefused(keyClient(server.url, formatApiKey(randomBase62(16), randomBase62(43))));
    });

    it('a known id with the wrong secret', async () => {
      const parsed = parseApiKey(token);
      if (!parsed.ok) throw new Error('bad token');
      await expectRefused(keyClient(server.url, formatApiKey(parsed.id, randomBase62(43))));
    });

    it('any other token that differs from a cached key’s in one character (property, in process)', async () => {
      const auth = server.keyward.services.apiKeyAuth;
      const em = () => server.keyward.orm.em.fork() as EntityManager;
      await auth.authenticate(em(), token);
      expect(await auth.authenticate(em(), token)).toMatchObject({ ok: true, fromCache: true });
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: token.length - 1 }), fc.constantFrom(...'0aZz_-.'), async (at, character) => {
          fc.pre(token[at] !== character);
          const forged = `${token.slice(0, at)}${character}${token.slice(at + 1)}`;
          expect(await auth.authenticate(em(), forged)).toMatchObject({ ok: false });
        }),
        { numRuns: 150 },
      );
      expect(await auth.authenticate(em(), token)).toMatchObject({ ok: true, fromCache: true });
    });

    it('two different keys in the two headers', async () => {
      const other = await createKey(admin, { name: 'Other', roleIds: [memberRole] });
      await expectRefused(new Client(server.url, { 'x-api-key': token, authorization: `Bearer ${other.token}` }));
    });

    it('an expired key, from the moment it expires', async () => {
      const expiresAt = new Date(Date.now() + 1500).toISOString();
      const short = await createKey(admin, { name: 'Short-lived', roleIds: [memberRole], expiresAt });
      const client = keyClient(server.url, short.token);
      expect((await client.request(ORGANIZATION)).status).toBe(200);
      await new Promise((r) => setTimeout(r, Date.parse(expiresAt) - Date.now() + 50));
      await expectRefused(client);
      const res = await admin.request<{ apiKey: KeyNode }>(KEY, { id: short.apiKey.id });
      expect(res.data?.apiKey.status).toBe('EXPIRED');
    });

    it('a suspended key on the next request, and the resumed key again after', async () => {
      const key = await createKey(admin, { name: 'Pausable', roleIds: [memberRole] });
      const client = keyClient(server.url, key.token);
      expect((await client.request(ORGANIZATION)).status).toBe(200);
      expect((await admin.request(SUSPEND_KEY, { id: key.apiKey.id })).data).toEqual({ suspendApiKey: { status: 'SUSPENDED' } });
      await expectRefused(client);
      expect((await admin.request(RESUME_KEY, { id: key.apiKey.id })).data).toEqual({ resumeApiKey: { status: 'ACTIVE' } });
      expect((await client.request(ORGANIZATION)).status).toBe(200);
    });

    it('a revoked key on the next request, for good', async () => {
      const key = await createKey(admin, { name: 'Revocable', roleIds: [memberRole] });
      const client = keyClient(server.url, key.token);
      expect((await client.request(ORGANIZATION)).status).toBe(200);
      expect((await admin.request(REVOKE_KEY, { id: key.apiKey.id })).data).toEqual({ revokeApiKey: { status: 'REVOKED' } });
      await expectRefused(client);
      const resume = await admin.request(RESUME_KEY, { id: key.apiKey.id });
      expect(errorCode(resume)).toBe('CONFLICT');
      await expectRefused(client);
    });

    it('a deleted key on the next request', async () => {
      const key = await createKey(admin, { name: 'Deletable', roleIds: [memberRole] });
      const client = keyClient(server.url, key.token);
      expect((await client.request(ORGANIZATION)).status).toBe(200);
      expect((await admin.request(DELETE_KEY, { id: key.apiKey.id })).data).toEqual({ deleteApiKey: key.apiKey.id });
      await expectRefused(client);
    });
  });

  it('counts a refused known key as a failure of that key', async () => {
    const key = await createKey(admin, { name: 'Failing', roleIds: [memberRole] });
    const parsed = parseApiKey(key.token);
    if (!parsed.ok) throw new Error('bad token');
    await keyClient(server.url, formatApiKey(parsed.id, randomBase62(43))).request(ORGANIZATION);
    await server.keyward.services.apiKeyUsage.flush(server.keyward.orm.em.fork());
    const res = await admin.request<{ apiKey: { lastUsedAt: string | null; usage: { requests: number; failures: number }[] } }>(
      'query($id: ID!) { apiKey(id: $id) { lastUsedAt usage(days: 1) { requests failures } } }',
      { id: key.apiKey.id },
    );
    expect(res.data?.apiKey.usage).toEqual([{ requests: 1, failures: 1 }]);
    expect(res.data?.apiKey.lastUsedAt).toBeNull();
  });

  it('still lets anonymous callers reach public operations', async () => {
    const res = await new Client(server.url).request('{ setupStatus { needsFirstAdmin } }');
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });
});

describe('rolling a key', () => {
  it('keeps the previous token working for the grace period, with the same id and settings', async () => {
    const key = await createKey(admin, { name: 'Rolling', roleIds: [memberRole], rateLimit: { perMinute: 30 } });
    const rolled = await admin.request<{ rollApiKey: { token: string; apiKey: { maskedKey: string } } }>(ROLL_KEY, { id: key.apiKey.id, grace: 60 });
    const fresh = rolled.data?.rollApiKey.token ?? '';
    const [oldId, newId] = [parseApiKey(key.token), parseApiKey(fresh)].map((p) => (p.ok ? p.id : null));
    expect(newId).toBe(oldId);
    expect(fresh).not.toBe(key.token);
    expect((await keyClient(server.url, fresh).request(ORGANIZATION)).status).toBe(200);
    expect((await keyClient(server.url, key.token).request(ORGANIZATION)).status).toBe(200);
    const after = await admin.request<{ apiKey: KeyNode }>(KEY, { id: key.apiKey.id });
    expect(after.data?.apiKey.rateLimitPerMinute).toBe(30);
    expect(after.data?.apiKey.maskedKey).toBe(rolled.data?.rollApiKey.apiKey.maskedKey);
  });

  it('stops the previous token when its grace period ends, though this instance already accepted it', async () => {
    const key = await createKey(admin, { name: 'Rolling out', roleIds: [memberRole] });
    const rolled = await admin.request<{ rollApiKey: { token: string } }>(ROLL_KEY, { id: key.apiKey.id, grace: 1 });
    const fresh = rolled.data?.rollApiKey.token ?? '';
    // Accepted twice each: the authority is cached and both secrets have been verified once.
    for (const token of [key.token, fresh, key.token, fresh]) expect((await keyClient(server.url, token).request(ORGANIZATION)).status).toBe(200);
    const later = { now: new Date(Date.now() + 2 * 60 * 1000) };
    const auth = server.keyward.services.apiKeyAuth;
    const em = () => server.keyward.orm.em.fork() as EntityManager;
    expect(await auth.authenticate(em(), key.token, later)).toMatchObject({ ok: false, refusal: 'WRONG_SECRET' });
    expect(await auth.authenticate(em(), fresh, later)).toMatchObject({ ok: true });
    const wrong = parseApiKey(fresh);
    if (!wrong.ok) throw new Error('the rolled token does not parse');
    expect(await auth.authenticate(em(), formatApiKey(wrong.id, randomBase62(API_KEY_RANDOM_LENGTH)))).toMatchObject({ ok: false, refusal: 'WRONG_SECRET' });
  });

  it('stops the previous token at once without a grace period', async () => {
    const key = await createKey(admin, { name: 'Rolling now', roleIds: [memberRole] });
    const rolled = await admin.request<{ rollApiKey: { token: string } }>(ROLL_KEY, { id: key.apiKey.id, grace: 0 });
    expect((await keyClient(server.url, key.token).request(ORGANIZATION)).status).toBe(401);
    expect((await keyClient(server.url, rolled.data?.rollApiKey.token ?? '').request(ORGANIZATION)).status).toBe(200);
  });

  it('refuses a grace period longer than 24 hours', async () => {
    const key = await createKey(admin, { name: 'Too long', roleIds: [memberRole] });
    const res = await admin.request(ROLL_KEY, { id: key.apiKey.id, grace: 1441 });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gracePeriodMinutes' });
  });
});

describe('managing keys', () => {
  it('updates name, description, roles and scopes', async () => {
    const key = await createKey(admin, { name: 'Before', roleIds: [memberRole] });
    const res = await admin.request<{ updateApiKey: { name: string; description: string; roles: { name: string }[]; permissions: string[]; scopes: string[] | null } }>(
      UPDATE,
      { id: key.apiKey.id, input: { name: 'After', description: 'Now read-only', roleIds: [readOnlyRole] } },
    );
    expect(res.data?.updateApiKey).toMatchObject({ name: 'After', description: 'Now read-only', roles: [{ name: 'Read-only' }], scopes: null });
    const narrowed = await admin.request<{ updateApiKey: { permissions: string[] } }>(UPDATE, { id: key.apiKey.id, input: { scopes: ['FLOWS_READ'] } });
    expect(narrowed.data?.updateApiKey.permissions).toEqual(['FLOWS_READ']);
  });

  it('sets and clears a key’s own rate limits within the ceiling', async () => {
    const key = await createKey(admin, { name: 'Limited', roleIds: [memberRole] });
    const set = await admin.request<{ setApiKeyRateLimit: { rateLimit: { perMinute: number; perHour: number } } }>(SET_LIMIT, {
      id: key.apiKey.id,
      input: { perMinute: 100, perHour: 5000 },
    });
    expect(set.data?.setApiKeyRateLimit.rateLimit).toEqual({ perMinute: 100, perHour: 5000 });
    const over = await admin.request(SET_LIMIT, { id: key.apiKey.id, input: { perMinute: 100, perHour: 20001 } });
    expect(firstError(over)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perHour' });
    const cleared = await admin.request<{ setApiKeyRateLimit: { rateLimitPerMinute: number | null; rateLimit: { perMinute: number } } }>(SET_LIMIT, {
      id: key.apiKey.id,
      input: { perMinute: null, perHour: null },
    });
    expect(cleared.data?.setApiKeyRateLimit).toMatchObject({ rateLimitPerMinute: null, rateLimit: { perMinute: 60 } });
  });

  it('filters by status and searches by name', async () => {
    const key = await createKey(admin, { name: 'Findable Zebra', roleIds: [memberRole] });
    await admin.request(SUSPEND_KEY, { id: key.apiKey.id });
    const res = await admin.request<{ apiKeys: { totalCount: number; edges: { node: { name: string } }[] } }>(
      '{ apiKeys(filter: { status: SUSPENDED, search: "zebra" }) { totalCount edges { node { name } } } }',
    );
    expect(res.data?.apiKeys.edges.map((e) => e.node.name)).toEqual(['Findable Zebra']);
    const none = await admin.request<{ apiKeys: { totalCount: number } }>('{ apiKeys(filter: { status: ACTIVE, search: "zebra" }) { totalCount } }');
    expect(none.data?.apiKeys.totalCount).toBe(0);
  });

  it('counts keys by status for the stats cards', async () => {
    // A key in each state the cards count, and a call made today.
    const revoked = await createKey(admin, { name: 'Stats revoked', roleIds: [memberRole] });
    expect((await admin.request(REVOKE_KEY, { id: revoked.apiKey.id })).errors).toBeUndefined();
    const suspended = await createKey(admin, { name: 'Stats suspended', roleIds: [memberRole] });
    expect((await admin.request(SUSPEND_KEY, { id: suspended.apiKey.id })).errors).toBeUndefined();
    const expiring = await createKey(admin, { name: 'Stats expiring', roleIds: [memberRole], expiresAt: new Date(Date.now() + 2 * 86_400_000).toISOString() });
    expect((await keyClient(server.url, expiring.token).request('{ organization { name } }')).errors).toBeUndefined();
    const res = await admin.request<{ apiKeyStats: Record<string, number> }>('{ apiKeyStats { total active suspended revoked expired expiringSoon callsToday } }');
    const stats = res.data?.apiKeyStats;
    expect(stats).toBeDefined();
    if (!stats) return;
    expect(stats.total).toBe((stats.active ?? 0) + (stats.suspended ?? 0) + (stats.revoked ?? 0) + (stats.expired ?? 0));
    expect(stats.revoked).toBeGreaterThanOrEqual(1);
    expect(stats.suspended).toBeGreaterThanOrEqual(1);
    expect(stats.expiringSoon).toBeGreaterThanOrEqual(1);
    expect(stats.callsToday).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for another organization’s key', async () => {
    await addMember(server, { email: 'elsewhere-admin@keyward.test', role: 'ORG_ADMIN', organizationName: 'Elsewhere' });
    const stranger = await signedIn('elsewhere-admin@keyward.test');
    const key = await createKey(admin, { name: 'Ours', roleIds: [memberRole] });
    expect(errorCode(await stranger.request(KEY, { id: key.apiKey.id }))).toBe('NOT_FOUND');
    expect(errorCode(await stranger.request(REVOKE_KEY, { id: key.apiKey.id }))).toBe('NOT_FOUND');
    const list = await stranger.request<{ apiKeys: { totalCount: number } }>('{ apiKeys { totalCount } }');
    expect(list.data?.apiKeys.totalCount).toBe(0);
  });

  it('counts keys holding a role, so a role in use by a key is not deleted', async () => {
    const role = await admin.request<{ createRole: { id: string } }>('mutation { createRole(input: { name: "Key role", permissions: [FLOWS_READ] }) { id } }');
    const id = role.data?.createRole.id ?? '';
    await createKey(admin, { name: 'Holder', roleIds: [id] });
    const usage = await admin.request<{ roles: { id: string; usage: { apiKeys: number } }[] }>('{ roles { id usage { apiKeys } } }');
    expect(usage.data?.roles.find((r) => r.id === id)?.usage.apiKeys).toBe(1);
    const deleted = await admin.request('mutation($id: ID!) { deleteRole(id: $id) }', { id });
    expect(errorCode(deleted)).toBe('CONFLICT');
  });

  it('needs API_KEYS_MANAGE to create a key', async () => {
    await addMember(server, { email: 'key-reader@keyward.test', permissions: ['API_KEYS_READ', 'FLOWS_READ'] });
    const reader = await signedIn('key-reader@keyward.test');
    const res = await reader.request(CREATE_KEY, { input: { name: 'Nope', roleIds: [memberRole] } });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});
