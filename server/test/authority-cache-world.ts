import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Permission } from '@keyward/shared/permissions';
import { formatKeyEntry } from '../src/crypto/keyring';
import { createKey, keyClient, signedInMember } from './api-key-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember } from './members';

/**
 * Two instances over one database (and, with `redis`, one Redis prefix), as a scaled deployment
 * runs: the world of the authority-cache tests. Credentials are warmed on both instances before a
 * change, so the old authority sits in both caches when the change returns.
 */
export interface Pair {
  a: TestServer;
  b: TestServer;
  adminA: Client;
  redis: boolean;
  close(): Promise<void>;
}

export async function startPair(options: { redis: boolean; env?: Record<string, string> }): Promise<Pair> {
  const env: Record<string, string> = {
    KEYWARD_MASTER_KEYS: formatKeyEntry('shared', randomBytes(32)),
    ...(options.redis ? { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', KEYWARD_REDIS_PREFIX: `keyward-test-${randomBytes(6).toString('hex')}` } : {}),
    ...options.env,
  };
  const a = await startTestServer({ env });
  const b = await startTestServer({ databaseUrl: a.databaseUrl, env });
  await listening(a);
  await listening(b);
  return {
    a,
    b,
    adminA: await signedInAdmin(a),
    redis: options.redis,
    close: async () => {
      await b.close();
      await a.close();
    },
  };
}

/** Waits (bounded) until the instance's authority listener is up, so it caches. */
export async function listening(server: TestServer): Promise<void> {
  await eventually(() => expect(server.keyward.services.authority.cache.listening).toBe(true));
}

/** Retries `check` until it passes, for at most `ms` (a bound, not a speed assertion). */
export async function eventually(check: () => unknown, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** What a credential gets for a query that needs ROLES_READ. */
export type Outcome = 'ok' | 'unauthenticated' | 'forbidden';

export const ROLES_QUERY = '{ roles { id } }';

export async function outcome(client: Client, query = ROLES_QUERY): Promise<Outcome> {
  const res = await client.request(query);
  if (res.status === 401 || errorCode(res) === 'UNAUTHENTICATED') return 'unauthenticated';
  if (errorCode(res) === 'FORBIDDEN') return 'forbidden';
  if (res.errors) throw new Error(`unexpected answer: ${res.errors[0]?.message ?? ''}`);
  return 'ok';
}

/**
 * Asserts the old authority is refused: on the changing instance at once; on the other at once
 * with Redis, else once the notification arrived (bounded wait).
 */
export async function expectRefusedOnBoth(pair: Pair, onA: Client, onB: Client, refused: Outcome, query = ROLES_QUERY): Promise<void> {
  expect(await outcome(onA, query)).toBe(refused);
  if (pair.redis) expect(await outcome(onB, query)).toBe(refused);
  else await eventually(async () => expect(await outcome(onB, query)).toBe(refused));
}

let counter = 0;
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${randomBytes(3).toString('hex')}`;
}

export async function createRole(admin: Client, permissions: Permission[]): Promise<string> {
  const res = await admin.request<{ createRole: { id: string } }>('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
    input: { name: unique('Role'), permissions },
  });
  if (!res.data) throw new Error(`createRole failed: ${res.errors?.[0]?.message ?? ''}`);
  return res.data.createRole.id;
}

/** A key holding a role with ROLES_READ (and SECRETS_READ), accepted and cached on both instances. */
export async function warmKey(pair: Pair, input: Record<string, unknown> = {}): Promise<{ id: string; token: string; onA: Client; onB: Client; roleId: string }> {
  const roleId = await createRole(pair.adminA, ['ROLES_READ', 'SECRETS_READ']);
  const { apiKey, token } = await createKey(pair.adminA, { name: unique('Key'), roleIds: [roleId], ...input });
  const onA = keyClient(pair.a.url, token);
  const onB = keyClient(pair.b.url, token);
  for (const client of [onA, onB, onA, onB]) expect(await outcome(client)).toBe('ok');
  return { id: apiKey.id, token, onA, onB, roleId };
}

/** The same browser session presented to the other instance. */
export function sameSessionOn(server: TestServer, client: Client): Client {
  const other = new Client(server.url);
  other.cookie = client.cookie;
  return other;
}

/** A member with a custom role holding ROLES_READ, signed in on A, the session cached on both instances. */
export async function warmMember(pair: Pair): Promise<{ userId: string; email: string; membershipId: string; onA: Client; onB: Client }> {
  const email = `${unique('member')}@keyward.test`;
  const { user, membership } = await addMember(pair.a, { email, permissions: ['ROLES_READ', 'SECRETS_READ'] });
  const onA = await signedInMember(pair.a, email);
  const onB = sameSessionOn(pair.b, onA);
  for (const client of [onA, onB, onA, onB]) expect(await outcome(client)).toBe('ok');
  return { userId: user.id, email, membershipId: membership.id, onA, onB };
}
