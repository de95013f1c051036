import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { freePort } from './free-port';

export interface ScratchDatabase {
  url: string;
  /** Drops the database, closing whatever connections are still open on it. */
  drop: () => Promise<void>;
}

async function run(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of its own (`<prefix>_<random>`), created on the PostgreSQL server `baseUrl` names. */
export async function createScratchDatabase(baseUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await run(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface ScratchDatabaseEnv {
  /** What to give a Keyward process: DATABASE_URL, or KEYWARD_EMBEDDED_PG_PORT for its embedded PostgreSQL. */
  env: Record<string, string>;
  embedded: boolean;
  drop: () => Promise<void>;
}

/**
 * The database for a Keyward child process: a scratch database on the server DATABASE_URL names,
 * or, without it, a free port for the embedded PostgreSQL Keyward starts in its data directory.
 */
export async function scratchDatabaseEnv(prefix: string, baseUrl = process.env.DATABASE_URL): Promise<ScratchDatabaseEnv> {
  if (!baseUrl) return { env: { KEYWARD_EMBEDDED_PG_PORT: String(await freePort()) }, embedded: true, drop: async () => {} };
  const database = await createScratchDatabase(baseUrl, prefix);
  return { env: { DATABASE_URL: database.url }, embedded: false, drop: database.drop };
}
