import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCapture, type SmtpCapture } from '@keyward/test-support/smtp-capture';
import { ApiKeyUsage } from '../src/modules/api-keys/api-key-usage.entity';
import { createKey, keyClient, ORGANIZATION, roleId } from './api-key-helpers';
import { ADMIN_EMAIL, createTestDatabase, signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

const USAGE = 'query($id: ID!) { apiKey(id: $id) { lastUsedAt usage(days: 30) { day requests failures rateLimited } } }';

interface UsageDay {
  day: string;
  requests: number;
  failures: number;
  rateLimited: number;
}

let smtp: SmtpCapture;
let server: TestServer;
let admin: Client;
let memberRole: string;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  admin = await signedInAdmin(server);
  memberRole = await roleId(admin, 'Member');
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const today = () => new Date().toISOString().slice(0, 10);

describe('API-key usage', () => {
  it('reaches the database after a flush: requests, failures, last used', async () => {
    const { apiKey, token } = await createKey(admin, { name: 'Busy', roleIds: [memberRole] });
    const client = keyClient(server.url, token);
    const before = Date.now();
    await client.request(ORGANIZATION);
    await client.request(ORGANIZATION);
    await client.request('{ organization { name } apiKeys { totalCount } }');
    await server.keyward.services.apiKeyUsage.flush(server.keyward.orm.em.fork());

    const rows = await server.keyward.orm.em.fork().find(ApiKeyUsage, { apiKey: apiKey.id });
    expect(rows.map((r) => ({ day: r.day, requests: r.requests, failures: r.failures, rateLimited: r.rateLimited }))).toEqual([
      { day: today(), requests: 3, failures: 1, rateLimited: 0 },
    ]);
    const res = await admin.request<{ apiKey: { lastUsedAt: string; usage: UsageDay[] } }>(USAGE, { id: apiKey.id });
    expect(Date.parse(res.data?.apiKey.lastUsedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    const usage = res.data?.apiKey.usage ?? [];
    expect(usage).toHaveLength(30);
    expect(usage.at(-1)).toEqual({ day: today(), requests: 3, failures: 1, rateLimited: 0 });
    expect(usage.slice(0, -1).every((d) => d.requests === 0)).toBe(true);
  });

  it('shows each key of the list its own usage, for the days each field asks', async () => {
    const keys = [];
    // One after the other: the list is newest first, and keys created in parallel could share a creation time.
    for (const name of ['List one', 'List two', 'List three']) keys.push(await createKey(admin, { name, roleIds: [memberRole] }));
    for (const [i, { token }] of keys.entries()) {
      for (let call = 0; call <= i; call += 1) await keyClient(server.url, token).request(ORGANIZATION);
    }
    await server.keyward.services.apiKeyUsage.flush(server.keyward.orm.em.fork());
    const res = await admin.request<{ apiKeys: { edges: { node: { name: string; month: UsageDay[]; week: UsageDay[] } }[] } }>(
      '{ apiKeys(filter: { search: "List " }, first: 10) { edges { node { name month: usage(days: 30) { day requests } week: usage(days: 7) { day requests } } } } }',
    );
    const rows = (res.data?.apiKeys.edges ?? []).map(({ node }) => ({
      name: node.name,
      days: [node.month.length, node.week.length],
      today: [node.month.at(-1)?.requests, node.week.at(-1)?.requests],
    }));
    expect(rows).toEqual([
      { name: 'List three', days: [30, 7], today: [3, 3] },
      { name: 'List two', days: [30, 7], today: [2, 2] },
      { name: 'List one', days: [30, 7], today: [1, 1] },
    ]);
    const tooMany = await admin.request('{ apiKeys(first: 1) { edges { node { usage(days: 91) { day } } } } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('days');
  });

  it('adds later flushes to the same daily bucket', async () => {
    const { apiKey, token } = await createKey(admin, { name: 'Twice', roleIds: [memberRole] });
    const flush = () => server.keyward.services.apiKeyUsage.flush(server.keyward.orm.em.fork());
    await keyClient(server.url, token).request(ORGANIZATION);
    await flush();
    await keyClient(server.url, token).request(ORGANIZATION);
    await flush();
    const res = await admin.request<{ apiKey: { usage: UsageDay[] } }>(USAGE, { id: apiKey.id });
    expect(res.data?.apiKey.usage.at(-1)?.requests).toBe(2);
  });

  it('counts today’s calls of the organization for the stats card, flushed or not', async () => {
    const read = async () => (await admin.request<{ apiKeyStats: { callsToday: number } }>('{ apiKeyStats { callsToday } }')).data?.apiKeyStats.callsToday ?? 0;
    const { token } = await createKey(admin, { name: 'Counted', roleIds: [memberRole] });
    const start = await read();
    await keyClient(server.url, token).request(ORGANIZATION);
    expect(await read()).toBe(start + 1);
    await server.keyward.services.apiKeyUsage.flush(server.keyward.orm.em.fork());
    expect(await read()).toBe(start + 1);
  });

  it('reaches the database on graceful shutdown', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startTestServer({ databaseUrl: database.url, env: { KEYWARD_MASTER_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}` } });
      const firstAdmin = await signedInAdmin(first);
      const { apiKey, token } = await createKey(firstAdmin, { name: 'Shut down', roleIds: [await roleId(firstAdmin, 'Member')] });
      await keyClient(first.url, token).request(ORGANIZATION);
      await keyClient(first.url, token).request(ORGANIZATION);
      await first.close();

      const second = await startTestServer({ databaseUrl: database.url });
      try {
        const res = await (await signedInAdmin(second)).request<{ apiKey: { lastUsedAt: string | null; usage: UsageDay[] } }>(USAGE, { id: apiKey.id });
        expect(res.data?.apiKey.usage.at(-1)).toEqual({ day: today(), requests: 2, failures: 0, rateLimited: 0 });
        expect(res.data?.apiKey.lastUsedAt).not.toBeNull();
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('expiry reminders', () => {
  const DAY = 86_400_000;

  it('email the creator 7 days and 1 day before the key expires, once each', async () => {
    const { apiKey } = await createKey(admin, { name: 'Reminded', roleIds: [memberRole], expiresInDays: 30 });
    const run = (at: number) => server.keyward.services.apiKeyExpiryReminders.send(server.keyward.orm.em.fork(), new Date(at));
    const now = Date.now();

    expect(await run(now + 20 * DAY)).toBe(0);
    expect(await run(now + 23.5 * DAY)).toBe(1);
    const week = await smtp.waitFor(ADMIN_EMAIL);
    expect(week.body).toContain('Reminded');
    expect(week.body).toContain('expires in 7 days');
    expect(week.body).toContain(apiKey.maskedKey.split('…')[0]);
    expect(week.body).toContain('/admin/security/api-keys');
    expect(await run(now + 23.6 * DAY)).toBe(0);

    expect(await run(now + 29.5 * DAY)).toBe(1);
    const day = await smtp.waitFor(ADMIN_EMAIL);
    expect(day.body).toContain('expires tomorrow');
    expect(await run(now + 29.6 * DAY)).toBe(0);
  });

  it('skip keys that are revoked, and reminders already past when the key was created', async () => {
    const revoked = await createKey(admin, { name: 'Revoked soon', roleIds: [memberRole], expiresInDays: 30 });
    await admin.request('mutation($id: ID!) { revokeApiKey(id: $id) { status } }', { id: revoked.apiKey.id });
    const short = await createKey(admin, { name: 'Short', roleIds: [memberRole], expiresInDays: 3 });
    const sent = await server.keyward.services.apiKeyExpiryReminders.send(server.keyward.orm.em.fork(), new Date(Date.now() + 2.5 * DAY));
    expect(sent).toBe(1);
    const mail = await smtp.waitFor(ADMIN_EMAIL);
    expect(mail.body).toContain('Short');
    expect(mail.body).toContain('expires tomorrow');
    expect(short.apiKey.expiringSoon).toBe(true);
  });
});
