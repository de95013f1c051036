import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTEMPTS_BEFORE_SLOWDOWN, ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, ATTEMPTS_PER_ADDRESS, MAX_DELAY_MS, slowdownMs } from '../src/rate-limit/login-limiter';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Client, errorCode, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

/**
 * The server trusts X-Forwarded-For from loopback (a local reverse proxy), which is where these
 * requests come from, so each test picks the client addresses it needs (documentation ranges).
 */
const from = (server: TestServer, address: string) => new Client(server.url, { 'x-forwarded-for': address });
const WRONG = 'Wrong-Password-99';
const ACCEPT = 'mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { email } }';
const CREATE = 'mutation($i: CreateFirstAdminInput!) { createFirstAdmin(input: $i) { email } }';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisEnv = { REDIS_URL, KEYWARD_REDIS_PREFIX: `keyward-test-${randomBytes(6).toString('hex')}` };

let server: TestServer;
let memory: TestServer;
beforeAll(async () => {
  [server, memory] = await Promise.all([startTestServer({ env: redisEnv }), startTestServer()]);
});
afterAll(async () => {
  await Promise.all([server?.close(), memory?.close()]);
});

function tally(responses: GraphQLResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const res of responses) {
    const code = String(errorCode(res) ?? 'OK');
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

async function auditCount(on: TestServer, action: string, actorLabel?: string): Promise<number> {
  return on.keyward.orm.em.fork().count(AuditEvent, actorLabel === undefined ? { action } : { action, actorLabel });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

describe('sign-in attempts are reserved before the password is checked', () => {
  it.each([
    ['Redis', () => server],
    ['memory', () => memory],
  ])('checks at most 10 of 40 parallel wrong passwords for one account from one address (%s store)', async (_store, target) => {
    const on = target();
    const { user } = await addMember(on, { email: `parallel-${randomBytes(3).toString('hex')}@keyward.test` });
    const responses = await Promise.all(Array.from({ length: 40 }, () => from(on, '203.0.113.10').signIn(user.email, WRONG)));
    expect(tally(responses)).toEqual({ UNAUTHENTICATED: ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, RATE_LIMITED: 40 - ATTEMPTS_PER_ACCOUNT_AND_ADDRESS });
    expect(responses.filter((r) => r.errors?.[0]?.message === 'Invalid email or password.')).toHaveLength(ATTEMPTS_PER_ACCOUNT_AND_ADDRESS);
    for (const refused of responses.filter((r) => errorCode(r) === 'RATE_LIMITED')) {
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    }
    expect(await auditCount(on, 'auth.sign_in_failed', user.email)).toBe(ATTEMPTS_PER_ACCOUNT_AND_ADDRESS);
  });

  it('does not let failures from one address stop the real user signing in from another', async () => {
    const { user } = await addMember(server, { email: 'not-locked@keyward.test' });
    const attacker = from(server, '198.51.100.7');
    for (let i = 0; i < ATTEMPTS_PER_ACCOUNT_AND_ADDRESS; i += 1) expect(errorCode(await attacker.signIn(user.email, WRONG))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attacker.signIn(user.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
    const real = await from(server, '192.0.2.44').signIn(user.email, MEMBER_PASSWORD);
    expect(real.errors).toBeUndefined();
    expect(errorCode(await attacker.signIn(user.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
  });

  it('clears the account-and-address count once the right password is given', async () => {
    const { user } = await addMember(server, { email: 'clears@keyward.test' });
    const client = from(server, '192.0.2.45');
    for (let i = 0; i < ATTEMPTS_PER_ACCOUNT_AND_ADDRESS - 1; i += 1) await client.signIn(user.email, WRONG);
    expect((await client.signIn(user.email, MEMBER_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < ATTEMPTS_PER_ACCOUNT_AND_ADDRESS - 1; i += 1) expect(errorCode(await client.signIn(user.email, WRONG))).toBe('UNAUTHENTICATED');
  });

  it('shares the budget between instances through Redis', async () => {
    const other = await startTestServer({ databaseUrl: server.databaseUrl, env: redisEnv });
    try {
      const { user } = await addMember(server, { email: 'two-instances@keyward.test' });
      for (let i = 0; i < ATTEMPTS_PER_ACCOUNT_AND_ADDRESS; i += 1) await from(server, '203.0.113.20').signIn(user.email, WRONG);
      expect(errorCode(await from(other, '203.0.113.20').signIn(user.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
    } finally {
      await other.close();
    }
  });

  it(`refuses an address after ${ATTEMPTS_PER_ADDRESS} failures over any accounts, and only that address`, async () => {
    const { user } = await addMember(memory, { email: 'per-address@keyward.test' });
    const address = '203.0.113.30';
    for (let batch = 0; batch < ATTEMPTS_PER_ADDRESS / 10; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => from(memory, address).signIn(`guess-${batch}-${i}@keyward.test`, WRONG)),
      );
      expect(tally(answers)).toEqual({ UNAUTHENTICATED: 10 });
    }
    const refused = await from(memory, address).signIn(user.email, MEMBER_PASSWORD);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await from(memory, '203.0.113.31').signIn(user.email, MEMBER_PASSWORD)).errors).toBeUndefined();
  });
});

describe('client addresses', () => {
  it('ignores X-Forwarded-For when no proxy is trusted, so a client cannot pick a fresh address per guess', async () => {
    const direct = await startTestServer({ env: { KEYWARD_TRUST_PROXY: 'false' } });
    try {
      const { user } = await addMember(direct, { email: 'spoofer-target@keyward.test' });
      const answers = [];
      for (let i = 0; i <= ATTEMPTS_PER_ACCOUNT_AND_ADDRESS; i += 1) answers.push(await from(direct, `198.51.100.${200 + i}`).signIn(user.email, WRONG));
      expect(tally(answers)).toEqual({ UNAUTHENTICATED: ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, RATE_LIMITED: 1 });
    } finally {
      await direct.close();
    }
  });
});

describe('per account over all addresses: slowed down, never locked', () => {
  it('waits nothing at first, then longer each attempt, never more than the cap', () => {
    // Every attempt count up to far past the cap (the delay is constant beyond it).
    const delays = Array.from({ length: 1000 }, (_, i) => slowdownMs(i + 1));
    expect(delays.slice(0, ATTEMPTS_BEFORE_SLOWDOWN).every((ms) => ms === 0)).toBe(true);
    expect(delays[ATTEMPTS_BEFORE_SLOWDOWN]).toBeGreaterThan(0);
    delays.forEach((ms, i) => expect(ms).toBeGreaterThanOrEqual(delays[i - 1] ?? 0));
    expect(Math.max(...delays)).toBe(MAX_DELAY_MS);
    expect(slowdownMs(Number.MAX_SAFE_INTEGER)).toBe(MAX_DELAY_MS);
  });

  it('slows guesses spread over many addresses, and the real user still gets in within the cap', async () => {
    const { user } = await addMember(server, { email: 'slowed@keyward.test' });
    for (let i = 0; i < ATTEMPTS_BEFORE_SLOWDOWN; i += 1) await from(server, `198.51.100.${100 + i}`).signIn(user.email, WRONG);
    const guesses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => timed(() => from(server, `198.51.100.${120 + i}`).signIn(user.email, WRONG))),
    );
    expect(tally(guesses.map((g) => g.result))).toEqual({ UNAUTHENTICATED: 6 });
    // Uncapped, the 16th attempt would wait 8 s; capped, no attempt waits much past 3 s.
    const slowest = Math.max(...guesses.map((g) => g.ms));
    expect(slowest).toBeGreaterThanOrEqual(MAX_DELAY_MS - 100);
    expect(slowest).toBeLessThan(MAX_DELAY_MS + 4000);

    const real = await timed(() => from(server, '192.0.2.80').signIn(user.email, MEMBER_PASSWORD));
    expect(real.result.errors).toBeUndefined();
    expect(real.ms).toBeGreaterThanOrEqual(MAX_DELAY_MS - 100);
    expect(real.ms).toBeLessThan(MAX_DELAY_MS + 4000);
    // Signing in cleared the account's count: the next attempt is not slowed.
    const after = await timed(() => from(server, '192.0.2.81').signIn(user.email, MEMBER_PASSWORD));
    expect(after.result.errors).toBeUndefined();
    expect(after.ms).toBeLessThan(MAX_DELAY_MS - 100);
  });
});

describe('invitation acceptance is limited the same way', () => {
  it('checks at most 10 of 40 parallel uses of one token from one address', async () => {
    const token = randomBytes(24).toString('base64url');
    const responses = await Promise.all(Array.from({ length: 40 }, () => from(server, '203.0.113.40').request(ACCEPT, { token, password: 'Some-Password-12' })));
    expect(tally(responses)).toEqual({ BAD_USER_INPUT: ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, RATE_LIMITED: 40 - ATTEMPTS_PER_ACCOUNT_AND_ADDRESS });
    expect(Number(responses.find((r) => errorCode(r) === 'RATE_LIMITED')?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it(`refuses an address after ${ATTEMPTS_PER_ADDRESS} made-up tokens`, async () => {
    const address = '203.0.113.41';
    for (let batch = 0; batch < ATTEMPTS_PER_ADDRESS / 20; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => from(memory, address).request(ACCEPT, { token: randomBytes(24).toString('base64url'), password: 'Some-Password-12' })),
      );
      expect(tally(answers)).toEqual({ BAD_USER_INPUT: 20 });
    }
    const refused = await from(memory, address).request(ACCEPT, { token: randomBytes(24).toString('base64url'), password: 'Some-Password-12' });
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    const elsewhere = await from(memory, '203.0.113.42').request(ACCEPT, { token: randomBytes(24).toString('base64url'), password: 'Some-Password-12' });
    expect(errorCode(elsewhere)).toBe('BAD_USER_INPUT');
  });
});

describe('first-admin setup is limited the same way', () => {
  let fresh: TestServer;
  beforeAll(async () => {
    fresh = await startTestServer({ bootstrap: false });
  });
  afterAll(async () => {
    await fresh?.close();
  });
  const input = (token: string) => ({
    i: { token, email: 'first@keyward.test', password: 'First-Admin-Pass-1', displayName: 'First Admin', organizationName: 'Acme' },
  });

  it('checks at most 10 of 40 parallel made-up setup tokens from one address, audits them, and the real link still works elsewhere', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => from(fresh, '203.0.113.50').request(CREATE, input(`made-up-${i}`))));
    expect(tally(responses)).toEqual({ BAD_USER_INPUT: ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, RATE_LIMITED: 40 - ATTEMPTS_PER_ACCOUNT_AND_ADDRESS });
    expect(await auditCount(fresh, 'setup.token_refused')).toBe(ATTEMPTS_PER_ACCOUNT_AND_ADDRESS);
    const token = await fresh.keyward.services.setup.issueSetupToken(fresh.keyward.orm.em.fork());
    expect(errorCode(await from(fresh, '203.0.113.50').request(CREATE, input(token)))).toBe('RATE_LIMITED');
    const created = await from(fresh, '203.0.113.51').request(CREATE, input(token));
    expect(created.errors).toBeUndefined();
    expect(created.data).toEqual({ createFirstAdmin: { email: 'first@keyward.test' } });
  });
});
