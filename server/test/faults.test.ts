import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, ORGANIZATION, roleId } from './api-key-helpers';
import { createTestDatabase, signedInAdmin, startTestServer, type TestServer } from './harness';
import { TcpProxy } from './tcp-proxy';

/**
 * The server reaches PostgreSQL and Redis through TCP proxies this file controls, so it can cut
 * either dependency (and bring it back) without touching the machine's shared services.
 */
const REDIS_URL = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const PREFIX = `keyward-test-${randomBytes(6).toString('hex')}`;

let database: { url: string; drop: () => Promise<void> };
let pgProxy: TcpProxy;
let redisProxy: TcpProxy;
let server: TestServer;
let cookie: string;
let apiKey: string;
let limitedKey: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const direct = new URL(database.url);
  pgProxy = await TcpProxy.start(direct.hostname, Number(direct.port || 5432));
  redisProxy = await TcpProxy.start(REDIS_URL.hostname, Number(REDIS_URL.port || 6379));
  const proxied = new URL(database.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(pgProxy.port);
  server = await startTestServer({
    databaseUrl: proxied.toString(),
    env: { REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`, KEYWARD_REDIS_PREFIX: PREFIX },
  });
  const admin = await signedInAdmin(server);
  cookie = admin.cookie ?? '';
  const memberRole = await roleId(admin, 'Member');
  apiKey = (await createKey(admin, { name: 'Faults', roleIds: [memberRole] })).token;
  const limited = await createKey(admin, { name: 'Faults limited', roleIds: [memberRole] });
  limitedKey = limited.token;
  const set = await admin.request('mutation($id: ID!, $input: ApiKeyRateLimitInput!) { setApiKeyRateLimit(id: $id, input: $input) { id } }', {
    id: limited.apiKey.id,
    input: { perMinute: 3, perHour: 1000 },
  });
  if (set.errors) throw new Error(set.errors[0]?.message);
});
afterAll(async () => {
  await pgProxy?.open();
  await redisProxy?.open();
  await server?.close();
  await pgProxy?.close();
  await redisProxy?.close();
  await database?.drop();
});

interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

async function post(headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = undefined;
  }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text, body };
}

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';

/** One request of each kind of caller, each needing the database (the anonymous one: a fresh stranger, so never rate limited). */
const requests = {
  anonymous: () =>
    post({ 'x-forwarded-for': `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}` }, SIGN_IN, {
      e: `stranger-${randomBytes(4).toString('hex')}@keyward.test`,
      p: 'Not-The-Password-1',
    }),
  session: () => post({ cookie }, '{ viewer { email } }'),
  apiKey: () => post({ 'x-api-key': apiKey }, ORGANIZATION),
};
const KINDS = Object.keys(requests) as (keyof typeof requests)[];

async function health(): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}/healthz`);
  return { status: res.status, body: await res.json() };
}

function expectUnavailable(answer: Answer): void {
  expect(answer.status, answer.text).toBe(503);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  expect(answer.body?.errors).toHaveLength(1);
  expect(answer.body?.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfter: Number(answer.retryAfter) });
  expect(answer.body?.errors?.[0]?.message).toBe('Keyward is temporarily unavailable. Try again in a few seconds.');
  expect(answer.text).not.toMatch(/ at |\/work\/|node_modules|ECONNREFUSED|Connection terminated|<html/i);
}

/** What each kind answers when all is well (the anonymous one: a wrong password). */
function expectNormal(kind: keyof typeof requests, answer: Answer): void {
  expect(answer.status, answer.text).toBe(200);
  if (kind === 'anonymous') expect(answer.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  else expect(answer.body?.errors, answer.text).toBeUndefined();
}

async function eventually(check: () => Promise<void>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function expectRecovered(): Promise<void> {
  await eventually(async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'ok', redis: 'ok' } });
    for (const kind of KINDS) expectNormal(kind, await requests[kind]());
  });
}

describe('all well', () => {
  it('answers /healthz 200 naming both dependencies', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'ok', redis: 'ok' } });
  });
});

describe('database connections terminated', () => {
  it('answers each request normally or with a 503, never a 500, and recovers by itself', async () => {
    const admin = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    const name = new URL(database.url).pathname.slice(1);
    let unavailable = 0;
    try {
      // Until some request has met a killed connection (it takes one round or two).
      for (let round = 0; round < 10 && unavailable === 0; round += 1) {
        // Requests in flight while every connection of the server is killed.
        const inFlight = Promise.all(KINDS.flatMap((kind) => [kind, kind]).map(async (kind) => ({ kind, answer: await requests[kind]() })));
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        for (const { kind, answer } of await inFlight) {
          if (answer.status === 503) {
            unavailable += 1;
            expectUnavailable(answer);
          } else expectNormal(kind, answer);
        }
      }
    } finally {
      await admin.end();
    }
    expect(unavailable).toBeGreaterThan(0);
    await expectRecovered();
  });
});

describe('database port closed', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After to every kind of caller, /healthz names the database, and recovers when it is back', async () => {
    await pgProxy.close();
    try {
      for (const kind of KINDS) expectUnavailable(await requests[kind]());
      expectUnavailable(await post({ authorization: `Bearer ${apiKey}` }, ORGANIZATION));
      expect(await health()).toEqual({ status: 503, body: { status: 'error', database: 'unreachable', redis: 'ok' } });
    } finally {
      await pgProxy.open();
    }
    await expectRecovered();
    expect(server.logs.join('\n')).not.toMatch(/unexpected error in a resolver|failed unexpectedly/);
  });
});

describe('database host not answering', () => {
  it('answers 503 once the connection attempt times out, instead of holding requests, and recovers', async () => {
    pgProxy.stall();
    try {
      const answers = await Promise.all(KINDS.map((kind) => requests[kind]()));
      for (const answer of answers) expectUnavailable(answer);
      expect(await health()).toEqual({ status: 503, body: { status: 'error', database: 'unreachable', redis: 'ok' } });
    } finally {
      pgProxy.resume();
    }
    await expectRecovered();
  });
});

describe('Redis stopped and restarted', () => {
  it('keeps serving and counting in memory, says so once in the log, /healthz names Redis, and goes back to Redis', async () => {
    const logged = (pattern: RegExp) => server.logs.filter((line) => pattern.test(line)).length;
    const wentAway = /rate-limit store \(Redis\) unreachable/;
    const cameBack = /rate-limit store \(Redis\) is back/;
    const before = { away: logged(wentAway), back: logged(cameBack) };
    await redisProxy.close();
    try {
      await eventually(async () => expect(await health()).toEqual({ status: 503, body: { status: 'error', database: 'ok', redis: 'unreachable' } }));
      for (const kind of KINDS) expectNormal(kind, await requests[kind]());
      // The key's 3 per minute are still enforced, counted in memory.
      const answers = [];
      for (let i = 0; i < 4; i += 1) answers.push(await post({ 'x-api-key': limitedKey }, ORGANIZATION));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      // Let ioredis retry a few times: still one log line.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(logged(wentAway) - before.away).toBe(1);
    } finally {
      await redisProxy.open();
    }
    await expectRecovered();
    expect(logged(cameBack) - before.back).toBe(1);
    const redis = new Redis(REDIS_URL.toString());
    try {
      await post({ 'x-forwarded-for': '203.0.113.99' }, 'mutation { signIn(email: "after-redis@keyward.test", password: "Wrong-Password-99") { id } }');
      expect(await redis.keys(`${PREFIX}:login:pair:*after-redis@keyward.test`)).toHaveLength(1);
    } finally {
      redis.disconnect();
    }
  });
});
