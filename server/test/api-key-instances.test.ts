import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKeyEntry } from '../src/crypto/keyring';
import { createKey, keyClient, ORGANIZATION, roleId } from './api-key-helpers';
import { signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

/**
 * Two server instances over one PostgreSQL and one Redis, as in a scaled deployment: they share
 * the master keyring (so either verifies the other's keys) and a Redis key prefix of their own.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const env = {
  KEYWARD_MASTER_KEYS: formatKeyEntry('shared', randomBytes(32)),
  REDIS_URL,
  KEYWARD_REDIS_PREFIX: `keyward-test-${randomBytes(6).toString('hex')}`,
};

let a: TestServer;
let b: TestServer;
let adminA: Client;
let adminB: Client;
let memberRole: string;

beforeAll(async () => {
  a = await startTestServer({ env });
  b = await startTestServer({ databaseUrl: a.databaseUrl, env });
  adminA = await signedInAdmin(a);
  adminB = await signedInAdmin(b);
  memberRole = await roleId(adminA, 'Member');
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('two instances sharing one database and one Redis', () => {
  it('counts rate limits in Redis', () => {
    expect(a.keyward.services.apiKeyRateLimiter.store).toBe('redis');
  });

  it('accept on one instance a key created on the other', async () => {
    const { token } = await createKey(adminA, { name: 'Shared', roleIds: [memberRole] });
    expect((await keyClient(b.url, token).request(ORGANIZATION)).status).toBe(200);
  });

  it('see a revocation made on one instance on the very next request to the other', async () => {
    const { apiKey, token } = await createKey(adminA, { name: 'Revoked across', roleIds: [memberRole] });
    const onB = keyClient(b.url, token);
    expect((await onB.request(ORGANIZATION)).status).toBe(200);
    await adminA.request('mutation($id: ID!) { revokeApiKey(id: $id) { status } }', { id: apiKey.id });
    expect((await onB.request(ORGANIZATION)).status).toBe(401);
  });

  it('see a suspension made on one instance on the very next request to the other', async () => {
    const { apiKey, token } = await createKey(adminA, { name: 'Suspended across', roleIds: [memberRole] });
    const onA = keyClient(a.url, token);
    expect((await onA.request(ORGANIZATION)).status).toBe(200);
    await adminB.request('mutation($id: ID!) { suspendApiKey(id: $id) { status } }', { id: apiKey.id });
    expect((await onA.request(ORGANIZATION)).status).toBe(401);
  });

  it('share one rate-limit budget per key', async () => {
    const { apiKey, token } = await createKey(adminA, { name: 'Budgeted', roleIds: [memberRole] });
    await adminA.request('mutation($id: ID!) { setApiKeyRateLimit(id: $id, input: { perMinute: 4, perHour: 100 }) { id } }', { id: apiKey.id });
    const onA = keyClient(a.url, token);
    const onB = keyClient(b.url, token);
    expect((await onA.request(ORGANIZATION)).status).toBe(200);
    expect((await onB.request(ORGANIZATION)).status).toBe(200);
    expect((await onA.request(ORGANIZATION)).status).toBe(200);
    const last = await onB.request(ORGANIZATION);
    expect(last.status).toBe(200);
    expect(last.headers.get('ratelimit-remaining')).toBe('0');
    expect((await onA.request(ORGANIZATION)).status).toBe(429);
    expect((await onB.request(ORGANIZATION)).status).toBe(429);
  });

  it('send each expiry reminder once, whichever instances run the job at the same time', async () => {
    const { apiKey } = await createKey(adminA, { name: 'Expiring across', roleIds: [memberRole], expiresInDays: 30 });
    const at = new Date(Date.now() + 23.5 * 86_400_000);
    const runs = await Promise.all([
      a.keyward.services.apiKeyExpiryReminders.send(a.keyward.orm.em.fork(), at),
      b.keyward.services.apiKeyExpiryReminders.send(b.keyward.orm.em.fork(), at),
      a.keyward.services.apiKeyExpiryReminders.send(a.keyward.orm.em.fork(), at),
    ]);
    expect(runs.reduce((x, y) => x + y, 0)).toBe(1);
    const logs = [...a.logs, ...b.logs].filter((line) => line.includes('Expiring across') && line.includes('expires in 7 days'));
    expect(logs).toHaveLength(1);
    expect(apiKey.expiringSoon).toBe(false);
  });

  it('add up usage recorded on both instances', async () => {
    const { apiKey, token } = await createKey(adminA, { name: 'Used on both', roleIds: [memberRole] });
    await keyClient(a.url, token).request(ORGANIZATION);
    await keyClient(b.url, token).request(ORGANIZATION);
    await keyClient(b.url, token).request(ORGANIZATION);
    await Promise.all([
      a.keyward.services.apiKeyUsage.flush(a.keyward.orm.em.fork()),
      b.keyward.services.apiKeyUsage.flush(b.keyward.orm.em.fork()),
    ]);
    const res = await adminA.request<{ apiKey: { usage: { requests: number }[] } }>('query($id: ID!) { apiKey(id: $id) { usage(days: 1) { requests } } }', {
      id: apiKey.id,
    });
    expect(res.data?.apiKey.usage).toEqual([{ requests: 3 }]);
  });
});
