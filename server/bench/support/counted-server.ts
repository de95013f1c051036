import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@keyward/test-support/free-port';
import { startKeywardProcess } from '@keyward/test-support/keyward-process';
import { createScratchDatabase } from '@keyward/test-support/scratch-database';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { StatementCounter } from '../../test/statement-counter';

export const BENCH_ADMIN = { email: 'bench@keyward.test', password: 'Bench-Password-1' };

/** One GraphQL call; throws on errors. */
export type BenchRequest = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface CountedServer {
  url: string;
  /** Sees every statement the server sends to PostgreSQL. */
  counter: StatementCounter;
  /** Calls as the signed-in bootstrap super admin. */
  admin: BenchRequest;
  /** Calls with these headers (an API key, say). */
  requestWith: (headers: Record<string, string>) => BenchRequest;
  stop: () => Promise<void>;
}

function caller(url: string, headers: Record<string, string>): BenchRequest {
  return async (query, variables) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${body.errors[0]?.message ?? 'error'}`);
    return body.data ?? {};
  };
}

/**
 * A Keyward process (`src/main.ts`) whose database connection runs through a StatementCounter:
 * a scratch database on the PostgreSQL at DATABASE_URL, or on an embedded one started here.
 * Counting on the wire sees what PostgreSQL receives, not what the ORM says it sent.
 */
export async function startCountedServer(prefix: string): Promise<CountedServer> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    let baseUrl = process.env.DATABASE_URL;
    if (!baseUrl) {
      const dir = mkdtempSync(join(tmpdir(), `${prefix}-pg-`));
      const embedded = await startEmbeddedPostgres(dir, await freePort());
      cleanups.push(async () => {
        await embedded.stop();
        rmSync(embedded.clusterDir, { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
      });
      baseUrl = embedded.url;
      // startKeywardProcess then makes (and drops) a scratch database there instead of its own embedded server.
      process.env.DATABASE_URL = baseUrl;
    }
    const database = await createScratchDatabase(baseUrl, prefix.replaceAll('-', '_'));
    cleanups.push(database.drop);
    const target = new URL(database.url);
    const counter = await StatementCounter.start(target.hostname, Number(target.port || 5432));
    cleanups.push(() => counter.close());
    const server = await startKeywardProcess({
      prefix,
      output: 'inherit',
      env: {
        NODE_ENV: 'production',
        DATABASE_URL: StatementCounter.throughProxy(database.url, counter),
        KEYWARD_SERVE_WEB: 'false',
        KEYWARD_BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email,
        KEYWARD_BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
        LOG_LEVEL: 'warn',
      },
    });
    cleanups.push(server.stop);
    const url = server.url;
    // The bootstrap admin is created just after the server starts listening: retry briefly.
    let cookie = '';
    for (let attempt = 0; cookie === ''; attempt += 1) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: BENCH_ADMIN.email, p: BENCH_ADMIN.password } }),
      });
      cookie = (res.headers.getSetCookie().find((c) => c.startsWith('keyward_session=')) ?? '').split(';')[0] ?? '';
      if (cookie === '') {
        if (attempt >= 40) throw new Error(`the bench admin could not sign in: ${await res.text()}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    const admin = caller(url, { cookie });
    // Raise the ceiling: the benchmark measures statements, not 429s.
    await admin('mutation { updateOrganizationSettings(input: { rateLimitCeiling: { perMinute: 1000000, perHour: 1000000 } }) { id } }');
    return { url, counter, admin, requestWith: (headers) => caller(url, headers), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
