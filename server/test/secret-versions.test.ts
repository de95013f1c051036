import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, signedInAdmin, startTestServer, type Client, type TestServer } from './harness';
import { create, defaultOrganizationId, DELETE, get, RESTORE, secretTestHelpers, UPDATE, type SecretResult } from './secret-helpers';

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

const { resolve, auditEvents } = secretTestHelpers(() => ({ server, orgId }));

describe('versions and restoreSecretVersion', () => {
  /** HISTORY, made afresh: production set twice ("first", then "second"), development once. */
  async function history(): Promise<void> {
    await admin.request(DELETE, { k: 'HISTORY' });
    expect((await create(admin, 'HISTORY', { production: 'first', development: 'dev' })).errors).toBeUndefined();
    expect((await admin.request(UPDATE, { k: 'HISTORY', i: { set: [{ environment: 'production', value: 'second' }] } })).errors).toBeUndefined();
  }

  it('keeps every earlier version with who and when, and no value', async () => {
    await history();
    const res = await get(admin, 'HISTORY');
    const production = res.data?.secret.versions?.filter((v) => v.environment === 'production');
    expect(production).toEqual([
      expect.objectContaining({ version: 2, change: 'SET', current: true, createdBy: 'admin' }),
      expect.objectContaining({ version: 1, change: 'SET', current: false, createdBy: 'admin' }),
    ]);
    expect(JSON.stringify(res.data)).not.toMatch(/first|second/);
  });

  it('makes an older value current again as a new version', async () => {
    await history();
    const res = await admin.request<{ restoreSecretVersion: SecretResult }>(RESTORE, { k: 'HISTORY', e: 'production', v: 1 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.restoreSecretVersion.environments.find((e) => e.environment === 'production')?.version).toBe(3);
    expect(await resolve('@@SECRET:HISTORY@@', 'production')).toBe('first');
    expect(await resolve('@@SECRET:HISTORY@@', 'development')).toBe('dev');
    const versions = (await get(admin, 'HISTORY')).data?.secret.versions?.filter((v) => v.environment === 'production');
    expect(versions?.[0]).toEqual(expect.objectContaining({ version: 3, change: 'RESTORED', restoredFrom: 1, current: true }));
    const [event] = await auditEvents('secret.version_restored', 'HISTORY');
    expect(event?.summary).toBe('Secret HISTORY: restored version 1 in production as version 3');
  });

  it('brings back a value that was removed', async () => {
    await create(admin, 'UNDO_REMOVE', { qa: 'keep-me' });
    await admin.request(UPDATE, { k: 'UNDO_REMOVE', i: { remove: ['qa'] } });
    expect((await get(admin, 'UNDO_REMOVE')).data?.secret.environments).toEqual([]);
    const res = await admin.request<{ restoreSecretVersion: SecretResult }>(RESTORE, { k: 'UNDO_REMOVE', e: 'qa', v: 1 });
    expect(res.data?.restoreSecretVersion.environments.map((e) => [e.environment, e.version])).toEqual([['qa', 3]]);
    expect(await resolve('@@SECRET:UNDO_REMOVE@@', 'qa')).toBe('keep-me');
  });

  it('refuses to restore the current version, a removal or a version that does not exist', async () => {
    await create(admin, 'NOT_RESTORABLE', { qa: 'x' });
    await admin.request(UPDATE, { k: 'NOT_RESTORABLE', i: { remove: ['qa'] } });
    await admin.request(UPDATE, { k: 'NOT_RESTORABLE', i: { set: [{ environment: 'qa', value: 'y' }] } });
    for (const v of [3, 2, 9]) {
      const res = await admin.request(RESTORE, { k: 'NOT_RESTORABLE', e: 'qa', v });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('version');
    }
  });
});
