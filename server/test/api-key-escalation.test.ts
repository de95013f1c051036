import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
import { Client, errorCode, signedInAdmin, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { addMember } from './members';

/*
 * Key takeover (issue 9): rolling, resuming, editing or re-limiting a key hands out or restores
 * its power, so it needs every permission the key holds. Suspend, revoke and delete stay open to
 * every key manager, so a leaked key can always be stopped.
 */

let server: TestServer;
let admin: Client;
let orgAdminRole: string;
let managerRole: string;
let sessionManager: Client;
let keyManager: Client;
let orgAdmin: Client;

const UPDATE = 'mutation($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { name } }';
const SET_LIMIT = 'mutation($id: ID!, $input: ApiKeyRateLimitInput!) { setApiKeyRateLimit(id: $id, input: $input) { rateLimitPerMinute } }';
const VIEWER_FIELDS = 'query($id: ID!) { apiKey(id: $id) { viewerCanManage viewerMissingPermissions } }';

const signedIn = (email: string): Promise<Client> => signedInMember(server, email);

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  orgAdminRole = await roleId(admin, 'Org Admin');
  await addMember(server, { email: 'key-manager@keyward.test', permissions: ['API_KEYS_READ', 'API_KEYS_MANAGE'] });
  managerRole = await roleId(admin, 'Custom key-manager@keyward.test');
  sessionManager = await signedIn('key-manager@keyward.test');
  keyManager = keyClient(server.url, (await createKey(admin, { name: 'Key manager key', roleIds: [managerRole] })).token);
  await addMember(server, { email: 'org-admin@keyward.test', role: 'ORG_ADMIN' });
  orgAdmin = await signedIn('org-admin@keyward.test');
});
afterAll(async () => {
  await server.close();
});

async function adminKey(name: string): Promise<{ apiKey: KeyNode; token: string }> {
  return createKey(admin, { name, roleIds: [orgAdminRole] });
}

async function current(id: string): Promise<KeyNode | undefined> {
  return (await admin.request<{ apiKey: KeyNode }>(KEY, { id })).data?.apiKey;
}

function expectRefused(res: GraphQLResponse, action: string): void {
  expect(firstError(res).code).toBe('FORBIDDEN');
  expect(firstError(res).message).toContain(`You cannot ${action} API key`);
  expect(firstError(res).message).toContain('SECRETS_MANAGE');
  expect(res.data).toBeNull();
}

describe.each(['session', 'key'] as const)('a key manager holding only API_KEYS_MANAGE + API_KEYS_READ (as a %s)', (kind) => {
  const actor = () => (kind === 'session' ? sessionManager : keyManager);

  it('cannot roll an Org Admin key: FORBIDDEN naming what it lacks, no new token, the old token unaffected', async () => {
    const victim = await adminKey(`Roll target ${kind}`);
    const res = await actor().request<{ rollApiKey: { token: string } | null }>(ROLL_KEY, { id: victim.apiKey.id, grace: 0 });
    expectRefused(res, 'roll');
    expect(JSON.stringify(res)).not.toContain('apk_');
    expect(await current(victim.apiKey.id)).toMatchObject({ maskedKey: victim.apiKey.maskedKey });
    expect((await keyClient(server.url, victim.token).request(ORGANIZATION)).status).toBe(200);
  });

  it('cannot resume a suspended Org Admin key: it stays suspended', async () => {
    const victim = await adminKey(`Resume target ${kind}`);
    await admin.request(SUSPEND_KEY, { id: victim.apiKey.id });
    expectRefused(await actor().request(RESUME_KEY, { id: victim.apiKey.id }), 'resume');
    expect((await current(victim.apiKey.id))?.status).toBe('SUSPENDED');
    expect((await keyClient(server.url, victim.token).request(ORGANIZATION)).status).toBe(401);
  });

  it('cannot edit or re-limit an Org Admin key: nothing changes', async () => {
    const victim = await adminKey(`Edit target ${kind}`);
    expectRefused(await actor().request(UPDATE, { id: victim.apiKey.id, input: { name: 'Renamed' } }), 'edit');
    expectRefused(await actor().request(UPDATE, { id: victim.apiKey.id, input: { scopes: ['API_KEYS_READ'] } }), 'edit');
    expectRefused(await actor().request(SET_LIMIT, { id: victim.apiKey.id, input: { perMinute: 600, perHour: 20000 } }), 'change the rate limit of');
    expect(await current(victim.apiKey.id)).toMatchObject({ name: `Edit target ${kind}`, scopes: null, rateLimitPerMinute: null, rateLimitPerHour: null });
  });

  it('can still suspend, revoke and delete an Org Admin key', async () => {
    const victim = await adminKey(`Stop target ${kind}`);
    const suspended = await actor().request<{ suspendApiKey: { status: string } }>(SUSPEND_KEY, { id: victim.apiKey.id });
    expect(suspended.data?.suspendApiKey.status).toBe('SUSPENDED');
    const revoked = await actor().request<{ revokeApiKey: { status: string } }>(REVOKE_KEY, { id: victim.apiKey.id });
    expect(revoked.data?.revokeApiKey.status).toBe('REVOKED');
    const deleted = await actor().request<{ deleteApiKey: string }>(DELETE_KEY, { id: victim.apiKey.id });
    expect(deleted.data?.deleteApiKey).toBe(victim.apiKey.id);
    expect((await keyClient(server.url, victim.token).request(ORGANIZATION)).status).toBe(401);
  });

  it('may roll, resume, edit and re-limit a key within its own permissions', async () => {
    const own = await createKey(admin, { name: `Within reach ${kind}`, roleIds: [managerRole], scopes: ['API_KEYS_READ'] });
    expect((await actor().request(SET_LIMIT, { id: own.apiKey.id, input: { perMinute: 10 } })).errors).toBeUndefined();
    expect((await actor().request(UPDATE, { id: own.apiKey.id, input: { name: `Renamed ${kind}` } })).errors).toBeUndefined();
    await actor().request(SUSPEND_KEY, { id: own.apiKey.id });
    expect((await actor().request(RESUME_KEY, { id: own.apiKey.id })).errors).toBeUndefined();
    const rolled = await actor().request<{ rollApiKey: { token: string } }>(ROLL_KEY, { id: own.apiKey.id, grace: 0 });
    expect(rolled.data?.rollApiKey.token).toMatch(/^apk_/);
  });

  it('is told per key that it may not take the power-restoring actions, and why', async () => {
    const victim = await adminKey(`Viewer target ${kind}`);
    const res = await actor().request<{ apiKey: { viewerCanManage: boolean; viewerMissingPermissions: string[] } }>(VIEWER_FIELDS, { id: victim.apiKey.id });
    expect(res.data?.apiKey.viewerCanManage).toBe(false);
    expect(res.data?.apiKey.viewerMissingPermissions).toContain('SECRETS_MANAGE');
    expect(res.data?.apiKey.viewerMissingPermissions).not.toContain('API_KEYS_MANAGE');
  });
});

describe('an Org Admin', () => {
  it('may roll, resume, edit and re-limit an Org Admin key', async () => {
    const key = await adminKey('Org Admin managed');
    expect((await orgAdmin.request(UPDATE, { id: key.apiKey.id, input: { name: 'Org Admin renamed' } })).errors).toBeUndefined();
    expect((await orgAdmin.request(SET_LIMIT, { id: key.apiKey.id, input: { perMinute: 20 } })).errors).toBeUndefined();
    await orgAdmin.request(SUSPEND_KEY, { id: key.apiKey.id });
    expect((await orgAdmin.request(RESUME_KEY, { id: key.apiKey.id })).errors).toBeUndefined();
    const rolled = await orgAdmin.request<{ rollApiKey: { token: string } }>(ROLL_KEY, { id: key.apiKey.id, grace: 0 });
    const token = rolled.data?.rollApiKey.token ?? '';
    expect((await keyClient(server.url, token).request(ORGANIZATION)).status).toBe(200);
    expect(await current(key.apiKey.id)).toMatchObject({ name: 'Org Admin renamed', rateLimitPerMinute: 20, status: 'ACTIVE' });
    const viewer = await orgAdmin.request<{ apiKey: { viewerCanManage: boolean; viewerMissingPermissions: string[] } }>(VIEWER_FIELDS, { id: key.apiKey.id });
    expect(viewer.data?.apiKey).toEqual({ viewerCanManage: true, viewerMissingPermissions: [] });
  });

  it('may suspend, revoke and delete an Org Admin key', async () => {
    const key = await adminKey('Org Admin stopped');
    expect((await orgAdmin.request(SUSPEND_KEY, { id: key.apiKey.id })).errors).toBeUndefined();
    expect((await orgAdmin.request(REVOKE_KEY, { id: key.apiKey.id })).errors).toBeUndefined();
    expect((await orgAdmin.request(DELETE_KEY, { id: key.apiKey.id })).errors).toBeUndefined();
  });
});

describe('another organization’s key', () => {
  it('stays NOT_FOUND for rolling, resuming, editing and re-limiting, and is not changed', async () => {
    await addMember(server, { email: 'stranger-admin@keyward.test', role: 'ORG_ADMIN', organizationName: 'Stranger Org' });
    const stranger = await signedIn('stranger-admin@keyward.test');
    const key = await adminKey('Not theirs');
    for (const res of [
      await stranger.request(ROLL_KEY, { id: key.apiKey.id, grace: 0 }),
      await stranger.request(RESUME_KEY, { id: key.apiKey.id }),
      await stranger.request(UPDATE, { id: key.apiKey.id, input: { name: 'Taken' } }),
      await stranger.request(SET_LIMIT, { id: key.apiKey.id, input: { perMinute: 5 } }),
    ]) {
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    expect(await current(key.apiKey.id)).toMatchObject({ name: 'Not theirs', maskedKey: key.apiKey.maskedKey, rateLimitPerMinute: null });
  });
});
