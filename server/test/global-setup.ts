import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@keyward/test-support/free-port';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Tests use the PostgreSQL named by DATABASE_URL (CI points it at the machine's server) and
 * otherwise start the embedded one, so they pass on a laptop with nothing installed.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    project.provide('databaseUrl', configured);
    return async () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'keyward-test-pg-'));
  const embedded = await startEmbeddedPostgres(dir, await freePort());
  project.provide('databaseUrl', embedded.url);
  return async () => {
    await embedded.stop();
    // As root the cluster may live outside `dir` (see embedded-postgres-access.ts).
    rmSync(embedded.clusterDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
}
