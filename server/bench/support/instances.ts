import { randomBytes } from 'node:crypto';
import { masterKeysEntry, startKeywardProcess, type KeywardProcess } from '@keyward/test-support/keyward-process';
import { BENCH_ADMIN, BenchAdmin } from './api';

/** Several Keyward processes of one deployment: one database, one keyring, and Redis or not. */
export interface Deployment {
  instances: KeywardProcess[];
  /** The bootstrap admin, signed in on the first instance (the session is valid on every one). */
  admin: BenchAdmin;
  redis: boolean;
  stop: () => Promise<void>;
}

/** Whether the Redis figures can be measured (REDIS_URL set); otherwise those rows are skipped with a note. */
export const REDIS_URL = process.env.REDIS_URL;

/**
 * `count` server processes over one scratch database (the first creates it and drops it on stop),
 * sharing KEYWARD_MASTER_KEYS, and with `redis` a Redis key prefix of their own on REDIS_URL. The
 * organization's ceiling is raised so only the keys' own budgets count.
 */
export async function startDeployment(options: { count: number; redis: boolean; prefix: string }): Promise<Deployment> {
  if (options.count > 1 && !process.env.DATABASE_URL) throw new Error('several instances need DATABASE_URL (the embedded PostgreSQL belongs to one process)');
  if (options.redis && !REDIS_URL) throw new Error('a Redis deployment needs REDIS_URL');
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    KEYWARD_SERVE_WEB: 'false',
    KEYWARD_BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email,
    KEYWARD_BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
    LOG_LEVEL: 'warn',
    // Each instance's own environment decides; the parent's REDIS_URL must not leak into the memory-store ones.
    REDIS_URL: options.redis ? (REDIS_URL ?? '') : '',
    KEYWARD_REDIS_PREFIX: `keyward-bench-${randomBytes(6).toString('hex')}`,
  };
  const masterKeys = masterKeysEntry();
  const instances: KeywardProcess[] = [];
  const stop = async () => {
    // The first instance owns the database: stop it last.
    for (const instance of [...instances].reverse()) await instance.stop();
  };
  try {
    // One after the other: the first one migrates and creates the built-in roles and the admin.
    for (let i = 0; i < options.count; i += 1) {
      const databaseUrl = instances[0]?.databaseUrl;
      instances.push(await startKeywardProcess({ prefix: options.prefix, output: 'inherit', env, masterKeys, ...(databaseUrl ? { databaseUrl } : {}) }));
    }
    const first = instances[0];
    if (!first) throw new Error('no instance');
    const admin = await BenchAdmin.signIn(first.url);
    await admin.raiseCeiling();
    return { instances, admin, redis: options.redis, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
