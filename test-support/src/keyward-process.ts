import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';
import { scratchDatabaseEnv } from './scratch-database';

/** The workspace's server package, where `src/main.ts` lives. */
const SERVER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../server');

export interface KeywardProcessOptions {
  /** Names the scratch database (`<prefix>_<random>`) and the temporary data directory (`<prefix>-…`). */
  prefix: string;
  /** On top of this process's environment, the scratch database, PORT, HOST and KEYWARD_DATA_DIR. */
  env?: Record<string, string>;
  /** `capture` keeps stdout and stderr for `output()` and start-up errors; `inherit` prints them. */
  output: 'capture' | 'inherit';
  healthTimeoutMs?: number;
  /**
   * Join another process's database (its `databaseUrl`) instead of creating one, as a second
   * instance of one deployment does; `stop` then leaves the database to its owner. Needs
   * DATABASE_URL (an embedded PostgreSQL belongs to one process).
   */
  databaseUrl?: string;
  /** KEYWARD_MASTER_KEYS: give every instance sharing a database the same keyring (see `masterKeysEntry`). */
  masterKeys?: string;
}

export interface KeywardProcess {
  url: string;
  /** The server's process id (benchmarks read its CPU time). */
  pid: number;
  /** The database it uses, for a second instance to join; undefined with the embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** What the process wrote so far (empty with `output: 'inherit'`). */
  output: () => string;
  /** SIGTERM, wait for the exit, then drop the database (unless it joined another's) and remove the data directory. */
  stop: () => Promise<void>;
}

/**
 * `src/main.ts` of the server in a child process, the way `pnpm start` runs it, on a free port,
 * over a scratch database (or the embedded PostgreSQL) and a temporary data directory;
 * resolves once /healthz answers.
 */
export async function startKeywardProcess(options: KeywardProcessOptions): Promise<KeywardProcess> {
  const port = await freePort();
  const database = options.databaseUrl
    ? { env: { DATABASE_URL: options.databaseUrl }, embedded: false, drop: async () => {} }
    : await scratchDatabaseEnv(options.prefix.replaceAll('-', '_'));
  const dataDir = mkdtempSync(join(tmpdir(), `${options.prefix.replaceAll('_', '-')}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...database.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KEYWARD_DATA_DIR: dataDir,
    ...(options.masterKeys === undefined ? {} : { KEYWARD_MASTER_KEYS: options.masterKeys }),
    ...options.env,
  };
  if (database.embedded) delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env,
    stdio: options.output === 'capture' ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const timeoutMs = options.healthTimeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Keyward exited during start-up:\n${output}`);
      try {
        if ((await fetch(`${url}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`Keyward did not become healthy within ${timeoutMs / 1000} s:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid ?? 0, databaseUrl: database.embedded ? undefined : database.env.DATABASE_URL, output: () => output, stop };
}

/** A fresh one-key KEYWARD_MASTER_KEYS value (`id:base64`), for instances that must share a keyring. */
export function masterKeysEntry(id = 'shared'): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
