import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@keyward/test-support/free-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { EmbeddedPostgresError, preparePostgresLayout, systemClusterDir } from '../src/db/embedded-postgres-access';

const asRoot = process.getuid?.() === 0;

/** A private directory, like root's home (mode 0700), holding a fresh clone of this repository. */
let home: string;
let clone: string;
const clustersToRemove: string[] = [];

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'keyward-home-'));
  chmodSync(home, 0o700);
  clone = join(home, 'keyward');
  execFileSync('git', ['clone', '--quiet', REPO_ROOT, clone]);
  // From the local pnpm store: no network, and the clone gets its own node_modules inside the private directory.
  execFileSync('pnpm', ['install', '--offline', '--frozen-lockfile', '--reporter=silent'], { cwd: clone, stdio: 'ignore' });
}, 120_000);

afterAll(() => {
  for (const cluster of clustersToRemove) rmSync(cluster, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

interface Run {
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
}

/** `./keyward start` runs exactly this in the clone (API only here: building the SPA is not what is tested). */
async function startClone(port: number, pgPort: number): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    KEYWARD_EMBEDDED_PG_PORT: String(pgPort),
    KEYWARD_SERVE_WEB: 'false',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.KEYWARD_DATA_DIR;
  delete env.KEYWARD_MASTER_KEYS;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: join(clone, 'server'), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the clone's server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the clone's server did not answer /healthz within 90 s:\n${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('a fresh clone in a private (0700) directory', () => {
  it('starts with the embedded PostgreSQL, answers /healthz, shows the URL and setup link in a box, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const run = await startClone(port, await freePort());
    const dataDir = join(clone, '.keyward');
    if (asRoot) clustersToRemove.push(systemClusterDir(dataDir));

    const health = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', database: 'ok' });
    expect(run.output()).toContain(`│  Keyward is running at http://localhost:${port}`);
    expect(run.output()).toMatch(new RegExp(`│  http://localhost:${port}/setup\\?token=[\\w-]+ +│`));
    expect(await run.stop()).toBe(0);
    expect(run.output()).not.toMatch(/initdb|Error|ELIFECYCLE/);

    // Nothing in the private tree was opened up for PostgreSQL.
    expect(statSync(home).mode & 0o777).toBe(0o700);
    const pointer = join(dataDir, 'postgres');
    if (asRoot) {
      // PostgreSQL runs as the "postgres" system user, which cannot enter the private directory:
      // its cluster lives in a directory it owns, linked from the data directory.
      expect(lstatSync(pointer).isSymbolicLink()).toBe(true);
      expect(readlinkSync(pointer)).toBe(systemClusterDir(dataDir));
      expect(statSync(systemClusterDir(dataDir)).mode & 0o777).toBe(0o700);
    } else {
      expect(lstatSync(pointer).isDirectory()).toBe(true);
    }
  }, 150_000);

  it('starts again on the same database and master key file', async () => {
    const keyFile = readFileSync(join(clone, '.keyward', 'master.keys'), 'utf8');
    const port = await freePort();
    const run = await startClone(port, await freePort());

    expect(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json())).toEqual({ status: 'ok', database: 'ok' });
    expect(run.output()).not.toContain('Created a master key file');
    expect(run.output()).not.toContain('"migrations"');
    expect(await run.stop()).toBe(0);
    expect(readFileSync(join(clone, '.keyward', 'master.keys'), 'utf8')).toBe(keyFile);
  }, 150_000);
});

describe('the embedded PostgreSQL cluster for a private data directory', () => {
  it('as root, refuses a cluster in the system directory that the data directory no longer links to; otherwise keeps it in place', async () => {
    const dataDir = join(home, 'other-data');
    mkdirSync(dataDir, { recursive: true });
    if (!asRoot) {
      expect(preparePostgresLayout(dataDir, '/unused', '0').clusterDir).toBe(join(dataDir, 'postgres'));
      return;
    }
    const stale = systemClusterDir(dataDir);
    clustersToRemove.push(stale);
    mkdirSync(stale, { recursive: true });

    const failure = startEmbeddedPostgres(dataDir, await freePort());
    await expect(failure).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(failure).rejects.toThrow(`${stale} holds a database of an earlier ${dataDir} that is no longer linked from it. Remove it (rm -rf ${stale})`);
  });
});
