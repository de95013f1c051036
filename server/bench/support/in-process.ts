import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase } from '@keyward/test-support/scratch-database';
import pg from 'pg';
import { loadConfig } from '../../src/config/config';
import { ApiKeyHasher, generateApiKey } from '../../src/crypto/api-key-token';
import { formatKeyEntry } from '../../src/crypto/keyring';
import { createLogger } from '../../src/logging/logger';
import { ApiKeyRequest } from '../../src/modules/api-keys/api-key-request';
import { startKeyward, type RunningKeyward } from '../../src/server';
import { BENCH_ADMIN, BenchAdmin, SETUP_STATUS } from './api';

/**
 * The tokens a warm loop presents: one key again and again, moving to the next key before one has
 * spent its budget (a bench key's is 1,000,000 operations a minute and an hour, the highest
 * ceiling), so a fast loop measures verification, never a 429.
 */
export class WarmKeys {
  static readonly CALLS_PER_KEY = 900_000;
  private used = 0;

  constructor(private readonly tokens: readonly string[]) {}

  next(): string {
    const token = this.tokens[Math.floor(this.used / WarmKeys.CALLS_PER_KEY)];
    if (token === undefined) throw new Error(`the warm loop used all ${this.tokens.length} keys; give it more`);
    this.used += 1;
    return token;
  }
}

/**
 * The server built by its own bootstrap code (`startKeyward`, as `src/main.ts` does) inside the
 * benchmark process, over a scratch database, so API-key verification can be timed call by call
 * without HTTP in between. Keys are written straight into the tables (real HMACs from the
 * server's hasher), which makes thousands of them, or a million filler rows, cheap to set up.
 */
export class InProcessKeyward {
  private readonly hasher: ApiKeyHasher;

  private constructor(
    readonly keyward: RunningKeyward,
    private readonly db: pg.Client,
    private readonly organizationId: string,
    private readonly memberRoleId: string,
    private readonly cleanup: () => Promise<void>,
  ) {
    this.hasher = new ApiKeyHasher(keyward.keyring);
  }

  static async start(prefix: string): Promise<InProcessKeyward> {
    const base = process.env.DATABASE_URL;
    if (!base) throw new Error('the in-process benchmarks need DATABASE_URL (a PostgreSQL they can create scratch databases on)');
    const database = await createScratchDatabase(base, prefix);
    const dataDir = mkdtempSync(join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      KEYWARD_DATA_DIR: dataDir,
      KEYWARD_MASTER_KEYS: formatKeyEntry('bench', randomBytes(32)),
      KEYWARD_SERVE_WEB: 'false',
      KEYWARD_BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email,
      KEYWARD_BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
      LOG_LEVEL: 'warn',
    });
    const keyward = await startKeyward(config, createLogger(config.logLevel));
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const cleanup = async () => {
      await db.end();
      await keyward.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    };
    try {
      const admin = await BenchAdmin.signIn(keyward.url);
      await admin.raiseCeiling();
      const memberRoleId = await admin.roleId('Member');
      const organization = await db.query<{ id: string }>('select id from organization order by created_at limit 1');
      const organizationId = organization.rows[0]?.id;
      if (!organizationId) throw new Error('no organization after bootstrap');
      return new InProcessKeyward(keyward, db, organizationId, memberRoleId, cleanup);
    } catch (error) {
      await cleanup();
      throw error;
    }
  }

  /**
   * `count` active Member keys with budgets that never run out, as createApiKey would store
   * them (HMAC of the secret under the current master key); returns their tokens.
   */
  async insertKeys(count: number): Promise<string[]> {
    const generated = Array.from({ length: count }, () => generateApiKey());
    const hashes = generated.map((g) => this.hasher.hash(g.secret));
    await this.db.query(
      `with k as (
         insert into api_key (id, organization_id, public_id, name, secret_hash, secret_key_id, last4, status, rate_limit_per_minute, rate_limit_per_hour, created_at, updated_at)
         select gen_random_uuid(), $1, t.public_id, 'Bench ' || t.public_id, t.hash, t.key_id, t.last4, 'ACTIVE', 1000000, 1000000, now(), now()
         from unnest($2::text[], $3::text[], $4::text[], $5::text[]) as t(public_id, hash, key_id, last4)
         returning id)
       insert into api_key_role (api_key_id, role_id) select id, $6 from k`,
      [this.organizationId, generated.map((g) => g.publicId), hashes.map((h) => h.hash), hashes.map((h) => h.keyId), generated.map((g) => g.last4), this.memberRoleId],
    );
    return generated.map((g) => g.token);
  }

  /**
   * Valid filler keys numbered `from`..`to` (public ids `F000…`, a role each, secrets nobody
   * knows), in batches, then ANALYZE so the planner sees the table as it is. Their ids count up
   * (in UUID v4 form), so the primary-key index fills in order, which loads about twice as fast.
   */
  async insertFiller(from: number, to: number, batch = 250_000): Promise<void> {
    const keyId = this.keyward.keyring.current.id;
    // A bulk load of rows known to be valid: skip the per-row foreign-key triggers (superuser only).
    const bypass = await this.db.query("set session_replication_role = 'replica'").then(() => true, () => false);
    for (let start = from; start <= to; start += batch) {
      const end = Math.min(to, start + batch - 1);
      await this.db.query(
        `with k as (
           insert into api_key (id, organization_id, public_id, name, secret_hash, secret_key_id, last4, status, created_at, updated_at)
           select ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, $1, 'F' || lpad(i::text, 15, '0'), 'Filler ' || i, md5(i::text) || md5((-i)::text), $2,
             right(lpad(i::text, 4, '0'), 4), 'ACTIVE', now() - i * interval '1 second', now()
           from generate_series($3::int, $4::int) as i
           returning id)
         insert into api_key_role (api_key_id, role_id) select id, $5 from k`,
        [this.organizationId, keyId, start, end, this.memberRoleId],
      );
    }
    if (bypass) await this.db.query("set session_replication_role = 'origin'");
    await this.db.query('analyze api_key');
    await this.db.query('analyze api_key_role');
  }

  async keyCount(): Promise<number> {
    const result = await this.db.query<{ n: string }>('select count(*) as n from api_key');
    return Number(result.rows[0]?.n ?? 0);
  }

  /** One verification the way the HTTP gate does it: `ApiKeyRequest.admit` with a fresh entity manager. */
  async verify(token: string): Promise<boolean> {
    const admission = await ApiKeyRequest.admit(this.keyward.services, this.keyward.orm.em.fork(), token, { query: SETUP_STATUS });
    return admission.outcome === 'admitted';
  }

  /** The authority caches the server has, for a report ("`services.authority.cache`"); null before one exists. */
  get authorityCacheLabel(): string | null {
    const paths = [...authorityCaches(this.keyward.services).keys()];
    return paths.length === 0 ? null : paths.map((path) => `\`services.${path}\``).join(', ');
  }

  /** Empties whatever per-instance authority cache the server has, as a local eviction would. */
  clearAuthorityCaches(): void {
    for (const cache of authorityCaches(this.keyward.services).values()) cache.clear('local');
  }

  stop(): Promise<void> {
    return this.cleanup();
  }
}

interface Clearable {
  clear: (reason?: string) => unknown;
}

function isClearable(value: unknown): value is Clearable {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Clearable>).clear === 'function';
}

/**
 * The per-instance authority caches among the services, by path (`authority.cache`), found by
 * name so the benchmarks run the same before and after one exists: a service whose name mentions
 * "authority" with a `clear()`, or a property named like a cache inside it or inside the key
 * authenticator or the sessions service. (Other caches, e.g. the operation counter's parsed
 * queries, are not authority.)
 */
export function authorityCaches(services: object): Map<string, Clearable> {
  const found = new Map<string, Clearable>();
  // The authority service first, so a cache it shares with the authenticator is named after it.
  const entries = Object.entries(services).sort(([x], [y]) => Number(/authorit/i.test(y)) - Number(/authorit/i.test(x)));
  for (const [name, service] of entries) {
    const authority = /authorit/i.test(name);
    if (authority && isClearable(service)) found.set(name, service);
    if (!(authority || name === 'apiKeyAuth' || name === 'sessions') || typeof service !== 'object' || service === null) continue;
    for (const [inner, value] of Object.entries(service as Record<string, unknown>)) {
      if (/cache/i.test(inner) && isClearable(value) && ![...found.values()].includes(value)) found.set(`${name}.${inner}`, value);
    }
  }
  return found;
}
