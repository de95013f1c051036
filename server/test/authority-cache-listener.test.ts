import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyScope, userScope } from '../src/authority/authority-cache';
import { LISTENER_APPLICATION_NAME } from '../src/authority/authority-listener';
import { SUSPEND_KEY } from './api-key-helpers';
import type { TestServer } from './harness';
import { eventually, listening, outcome, startPair, warmKey, warmMember, type Pair } from './authority-cache-world';

/**
 * Changes the cache cannot hear of through NOTIFY: written to the database without a notification,
 * as if it had been sent while the instance's listener was down. Only the fail-safes can refuse
 * the old authority then: the cache dropped when the listener is lost, the Redis version, the max-age.
 */
async function withDatabase(databaseUrl: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

async function revokeSilently(databaseUrl: string, keyId: string): Promise<void> {
  await withDatabase(databaseUrl, async (client) => {
    await client.query(`update api_key set status = 'REVOKED' where id = $1`, [keyId]);
  });
}

async function terminateListener(server: TestServer): Promise<void> {
  const pid = server.keyward.services.authority.listener.backendPid;
  await withDatabase(server.databaseUrl, async (client) => {
    const { rows } = await client.query<{ application_name: string }>('select application_name from pg_stat_activity where pid = $1', [pid]);
    expect(rows[0]?.application_name).toBe(LISTENER_APPLICATION_NAME);
    await client.query('select pg_terminate_backend($1)', [pid]);
  });
}

describe('the listener connection killed (no Redis)', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ redis: false });
  });
  afterAll(async () => {
    await pair?.close();
  });

  it('drops the cache, so a change it did not hear of is refused on the next request, and caches again once listening', async () => {
    const key = await warmKey(pair);
    const { authority } = pair.b.keyward.services;
    expect(authority.cache.size('apiKey')).toBeGreaterThan(0);
    const listensBefore = authority.listener.listens;
    await revokeSilently(pair.a.databaseUrl, key.id);
    // Still cached on B: nothing told it.
    expect(await outcome(key.onB)).toBe('ok');
    await terminateListener(pair.b);
    await eventually(() => expect(authority.listener.listens).toBeGreaterThan(listensBefore));
    expect(await outcome(key.onB)).toBe('unauthenticated');

    await listening(pair.b);
    const fresh = await warmKey(pair);
    expect(authority.cache.size('apiKey')).toBeGreaterThan(0);
    expect(await outcome(fresh.onB)).toBe('ok');
  });

  it('verifies every request from the database while it is not listening', async () => {
    const key = await warmKey(pair);
    const { cache } = pair.b.keyward.services.authority;
    cache.setListening(false);
    try {
      expect(cache.size('apiKey')).toBe(0);
      expect(await outcome(key.onB)).toBe('ok');
      expect(cache.size('apiKey')).toBe(0);
      await revokeSilently(pair.a.databaseUrl, key.id);
      expect(await outcome(key.onB)).toBe('unauthenticated');
    } finally {
      cache.setListening(true);
    }
  });
});

describe('the version rows', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ redis: false });
  });
  afterAll(async () => {
    await pair?.close();
  });

  it('are pruned a day after their last change, and a change after that still reaches both instances', async () => {
    const versionOf = async (scope: string) => {
      let version: string | null = null;
      await withDatabase(pair.a.databaseUrl, async (client) => {
        const { rows } = await client.query<{ version: string }>('select version from authority_version where scope = $1', [scope]);
        version = rows[0]?.version ?? null;
      });
      return version;
    };
    const old = await warmKey(pair);
    const recent = await warmKey(pair);
    await pair.adminA.request(SUSPEND_KEY, { id: old.id });
    await pair.adminA.request(SUSPEND_KEY, { id: recent.id });
    await withDatabase(pair.a.databaseUrl, async (client) => {
      await client.query("update authority_version set changed_at = now() - interval '25 hours' where scope = $1", [keyScope(old.id)]);
    });
    const pruned = await pair.a.keyward.services.authority.invalidation.prune(pair.a.keyward.orm.em.fork());
    expect(pruned).toBeGreaterThanOrEqual(1);
    expect(await versionOf(keyScope(old.id))).toBeNull();
    expect(await versionOf(keyScope(recent.id))).toBe('1');

    const again = await warmKey(pair);
    await withDatabase(pair.a.databaseUrl, async (client) => {
      await client.query("update authority_version set changed_at = now() - interval '25 hours'");
    });
    await pair.a.keyward.services.authority.invalidation.prune(pair.a.keyward.orm.em.fork());
    await pair.adminA.request(SUSPEND_KEY, { id: again.id });
    expect(await versionOf(keyScope(again.id))).toBe('1');
    await eventually(async () => expect(await outcome(again.onB)).toBe('unauthenticated'));
    expect(await outcome(again.onA)).toBe('unauthenticated');
  });
});

describe('with Redis, a change whose notification has not arrived', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ redis: true });
  });
  afterAll(async () => {
    await pair?.close();
  });

  it('is refused on the very next request of the other instance, through the version in the rate limiter’s round trip', async () => {
    const key = await warmKey(pair);
    await revokeSilently(pair.a.databaseUrl, key.id);
    expect(await outcome(key.onB)).toBe('ok');
    await pair.a.keyward.services.rateLimitStore.bumpVersions([keyScope(key.id)]);
    expect(await outcome(key.onB)).toBe('unauthenticated');
  });

  it('ends a session on the very next request of the other instance, through the version it reads', async () => {
    const member = await warmMember(pair);
    await withDatabase(pair.a.databaseUrl, async (client) => {
      await client.query('delete from session where user_id = $1', [member.userId]);
    });
    expect(await outcome(member.onB)).toBe('ok');
    await pair.a.keyward.services.rateLimitStore.bumpVersions([userScope(member.userId)]);
    expect(await outcome(member.onB)).toBe('unauthenticated');
  });
});

describe('the max-age', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ redis: false, env: { KEYWARD_AUTHORITY_MAX_AGE_MS: '400' } });
  });
  afterAll(async () => {
    await pair?.close();
  });

  it('bounds how long a cached authority is used without the database', async () => {
    const key = await warmKey(pair);
    await revokeSilently(pair.a.databaseUrl, key.id);
    await eventually(async () => expect(await outcome(key.onB)).toBe('unauthenticated'), 5_000);
  });
});
