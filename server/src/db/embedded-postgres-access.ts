import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** A problem starting the embedded PostgreSQL, worded for the operator: which directory, and what to do. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/** The system user PostgreSQL runs as when Keyward runs as root (PostgreSQL refuses to run as root). */
export interface PostgresUser {
  name: string;
  uid: number;
  gid: number;
}

/** Where the binaries and the cluster live, and as whom PostgreSQL runs (undefined: as the current user). */
export interface PostgresLayout {
  binDir: string;
  clusterDir: string;
  user: PostgresUser | undefined;
}

/** Directories owned by root, readable by all, for what the PostgreSQL user cannot reach inside a private tree. */
export const SYSTEM_DIR = '/var/lib/keyward';
const USER_NAME = 'postgres';
const ADVICE =
  'Set KEYWARD_DATA_DIR to a directory the "postgres" user can enter (e.g. under /var/lib or /srv), ' +
  'clone Keyward outside the private directory, or set DATABASE_URL to your own PostgreSQL.';

function idOf(flag: '-u' | '-g'): number {
  return Number.parseInt(execFileSync('id', [flag, USER_NAME], { encoding: 'utf8' }), 10);
}

function postgresUser(): PostgresUser {
  try {
    return { name: USER_NAME, uid: idOf('-u'), gid: idOf('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['--system', USER_NAME], { stdio: 'ignore' });
      execFileSync('useradd', ['--system', '--gid', USER_NAME, '--no-create-home', USER_NAME], { stdio: 'ignore' });
      return { name: USER_NAME, uid: idOf('-u'), gid: idOf('-g') };
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Keyward runs as root, so the embedded PostgreSQL needs a "${USER_NAME}" system user, and creating it failed ` +
          `(${error instanceof Error ? error.message : String(error)}). Create it (useradd --system ${USER_NAME}) or set DATABASE_URL.`,
      );
    }
  }
}

/** Whether `user` passes `test <flags> path`: every parent must be searchable by it, as for PostgreSQL itself. */
export function userCan(user: PostgresUser, flags: string[], path: string): boolean {
  return spawnSync('test', [...flags, path], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

function ensureSystemDir(path: string, purpose: string): void {
  try {
    mkdirSync(path, { recursive: true, mode: 0o755 });
    chmodSync(SYSTEM_DIR, 0o755);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The "${USER_NAME}" user cannot reach ${purpose}, and Keyward could not create ${path} for it ` +
        `(${error instanceof Error ? error.message : String(error)}). ${ADVICE}`,
    );
  }
}

/**
 * The binaries ship inside node_modules. When the repository sits in a private directory (root's
 * home, mode 0700) the PostgreSQL user cannot execute them there, so they are copied once per
 * version into SYSTEM_DIR; nothing in the private tree is opened up.
 */
function reachableBinaries(user: PostgresUser, nativeDir: string, version: string): string {
  if (userCan(user, ['-x'], join(nativeDir, 'bin', 'postgres'))) return join(nativeDir, 'bin');
  const target = join(SYSTEM_DIR, `postgres-${version}-${process.platform}-${process.arch}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    ensureSystemDir(SYSTEM_DIR, `the PostgreSQL binaries in ${nativeDir}`);
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    renameSync(partial, target);
  }
  if (!userCan(user, ['-x'], join(target, 'bin', 'postgres'))) {
    throw new EmbeddedPostgresError(`The "${USER_NAME}" user cannot execute the PostgreSQL binaries in ${target}. ${ADVICE}`);
  }
  return join(target, 'bin');
}

/** The cluster outside a private tree: one directory per data directory, named by a hash of its real path. */
export function systemClusterDir(dataDir: string): string {
  const hash = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
  return join(SYSTEM_DIR, 'clusters', hash);
}

function ownedBy(user: PostgresUser, dir: string): void {
  mkdirSync(dir, { recursive: true });
  chownSync(dir, user.uid, user.gid);
  chmodSync(dir, 0o700);
}

/**
 * `<dataDir>/postgres` holds the cluster, or, when the PostgreSQL user cannot enter dataDir, is a
 * symlink to the cluster kept in SYSTEM_DIR. The symlink is the record that the cluster belongs
 * to this data directory: a cluster there without it (its data directory was deleted and made
 * again) is never reused silently, since the master key file that encrypted its data is gone.
 */
function reachableCluster(user: PostgresUser, dataDir: string): string {
  const pointer = join(dataDir, 'postgres');
  const entry = lstatSync(pointer, { throwIfNoEntry: false });
  if (entry?.isSymbolicLink()) {
    const target = resolve(dataDir, readlinkSync(pointer));
    if (!existsSync(target)) {
      throw new EmbeddedPostgresError(
        `${pointer} points to ${target}, which does not exist. Remove ${pointer} to start with an empty database, ` +
          `or restore ${target}.`,
      );
    }
    return target;
  }
  if (userCan(user, ['-x'], dataDir)) {
    ownedBy(user, pointer);
    return pointer;
  }
  if (entry) {
    throw new EmbeddedPostgresError(
      `The "${USER_NAME}" user cannot enter ${dataDir}, where the database ${pointer} is. Move it out of the private ` +
        `directory (mv ${pointer} ${systemClusterDir(dataDir)} && ln -s ${systemClusterDir(dataDir)} ${pointer}). ${ADVICE}`,
    );
  }
  const cluster = systemClusterDir(dataDir);
  if (existsSync(cluster)) {
    throw new EmbeddedPostgresError(
      `${cluster} holds a database of an earlier ${dataDir} that is no longer linked from it. Remove it ` +
        `(rm -rf ${cluster}) to start with an empty database, or link it back (ln -s ${cluster} ${pointer}).`,
    );
  }
  ensureSystemDir(dirname(cluster), dataDir);
  ownedBy(user, cluster);
  symlinkSync(cluster, pointer);
  return cluster;
}

/**
 * Lays out the binaries and the cluster so PostgreSQL can use them. As a normal user it runs as
 * that user, in place. As root it runs as the "postgres" system user; whatever that user cannot
 * reach in place goes to SYSTEM_DIR instead of loosening the permissions of the private tree.
 */
export function preparePostgresLayout(dataDir: string, nativeDir: string, version: string): PostgresLayout {
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() !== 0) {
    return { binDir: join(nativeDir, 'bin'), clusterDir: join(dataDir, 'postgres'), user: undefined };
  }
  const user = postgresUser();
  return { binDir: reachableBinaries(user, nativeDir, version), clusterDir: reachableCluster(user, dataDir), user };
}
