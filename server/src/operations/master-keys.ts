import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config/config';
import { formatKeyEntry, loadKeyring, masterKeyFile, parseKeyring, type Keyring } from '../crypto/keyring';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';
import { ormConfig } from '../db/orm';
import { Envelope } from '../crypto/envelope';
import { MasterKeyRotation, type StoreStatus } from '../crypto/master-key-rotation';
import { masterKeyRotation } from '../services/services';

/**
 * The master-key operator flow:
 *   1. `new-master-key`     adds a key as current (key file) or prints one to put first in KEYWARD_MASTER_KEYS;
 *                           restart every instance so new values are wrapped by it.
 *   2. `rotate-master-key`  re-wraps every stored data key under the current key (ciphertexts untouched).
 *   3. `master-key-status`  shows which master key wraps how many data keys.
 *   4. `retire-master-key`  removes a key no data key uses any more (key file) or says it is safe to remove.
 */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export class CliError extends Error {}

interface KeyringSource {
  keyring: Keyring;
  /** The key file when KEYWARD_MASTER_KEYS is not set. */
  file: string | undefined;
}

function keyringSource(config: Config, io: CliIo): KeyringSource {
  const file = config.masterKeys === undefined ? masterKeyFile(config.dataDir) : undefined;
  return { keyring: loadKeyring(config.masterKeys, config.dataDir, (m) => io.err(m)), file };
}

function entriesOf(keyring: Keyring, ids: readonly string[]): string[] {
  return ids.map((id) => {
    const key = keyring.get(id);
    if (key === undefined) throw new CliError(`master key "${id}" is not in the keyring`);
    return formatKeyEntry(id, key);
  });
}

/** Replaces the key file atomically, mode 0600, current key first. */
function writeKeyFile(file: string, entries: readonly string[]): void {
  parseKeyring(entries.join(','), file);
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, `${entries.join(',')}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

/** The next `kN` id after the highest numbered one in the keyring. */
export function nextKeyId(ids: readonly string[]): string {
  const numbers = ids.map((id) => /^k(\d+)$/.exec(id)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  let next = Math.max(0, ...numbers) + 1;
  while (ids.includes(`k${next}`)) next += 1;
  return `k${next}`;
}

interface Database {
  orm: MikroORM;
  close: () => Promise<void>;
}

async function openDatabase(config: Config): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (url === undefined) {
    try {
      embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
    } catch {
      throw new CliError(
        `could not start the embedded PostgreSQL under ${config.dataDir}. If Keyward is running on it, stop Keyward first (or set DATABASE_URL).`,
      );
    }
    url = embedded.url;
  }
  const orm = await MikroORM.init(ormConfig(url));
  const pending = await orm.migrator.getPending();
  if (pending.length > 0) {
    await orm.close();
    await embedded?.stop();
    throw new CliError('the database has migrations that are not applied yet; start Keyward once (it applies them), then run this again.');
  }
  return {
    orm,
    close: async () => {
      await orm.close();
      await embedded?.stop();
    },
  };
}

async function withRotation<T>(
  config: Config,
  source: KeyringSource,
  run: (rotation: MasterKeyRotation, em: MikroORM['em']) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(config);
  try {
    return await run(masterKeyRotation(new Envelope(source.keyring)), database.orm.em.fork());
  } finally {
    await database.close();
  }
}

type Status = StoreStatus[];

function usageByKeyId(status: Status): Map<string, number> {
  const usage = new Map<string, number>();
  for (const store of status) for (const [id, count] of Object.entries(store.byKeyId)) usage.set(id, (usage.get(id) ?? 0) + count);
  return usage;
}

export async function newMasterKey(config: Config, io: CliIo, requestedId?: string): Promise<void> {
  const source = keyringSource(config, io);
  const id = requestedId ?? nextKeyId(source.keyring.ids);
  const entry = formatKeyEntry(id, randomBytes(32));
  parseKeyring(entry); // validates the id
  if (source.keyring.get(id) !== undefined) throw new CliError(`the keyring already has a key "${id}"`);
  if (source.file === undefined) {
    io.out('A new master key. Put it FIRST in KEYWARD_MASTER_KEYS, keeping the current keys after it:');
    io.out('');
    io.out(`  ${entry}`);
    io.out('');
    io.out('Then restart every Keyward instance and run `pnpm keyward rotate-master-key`.');
    return;
  }
  writeKeyFile(source.file, [entry, ...entriesOf(source.keyring, source.keyring.ids)]);
  io.out(`Added master key "${id}" to ${source.file} as the current key (kept: ${source.keyring.ids.join(', ')}).`);
  io.out('Restart Keyward so new values are wrapped by it, then run `pnpm keyward rotate-master-key`.');
}

export async function masterKeyStatus(config: Config, io: CliIo): Promise<number> {
  const source = keyringSource(config, io);
  const { keyring } = source;
  const status = await withRotation(config, source, (rotation, em) => rotation.status(em));
  const usage = usageByKeyId(status);
  io.out(`Keyring (${source.file ?? 'KEYWARD_MASTER_KEYS'}):`);
  for (const id of keyring.ids) {
    const count = usage.get(id) ?? 0;
    const note = id === keyring.current.id ? 'current' : count === 0 ? 'unused: can be retired' : 'still in use: run rotate-master-key';
    io.out(`  ${id}  ${count} data key(s)  (${note})`);
  }
  for (const store of status) {
    const parts = Object.entries(store.byKeyId).map(([id, count]) => `${id}: ${count}`);
    io.out(`${store.label}${store.rewrappable ? '' : ' (cannot be re-wrapped)'}: ${parts.length > 0 ? parts.join(', ') : 'none'}`);
  }
  const unknown = [...usage.keys()].filter((id) => keyring.get(id) === undefined);
  if (unknown.length > 0) {
    io.err(`Data keys are wrapped by master key(s) not in the keyring: ${unknown.join(', ')}. Those values cannot be decrypted until the key is added back.`);
    return 1;
  }
  return 0;
}

export async function rotateMasterKey(config: Config, io: CliIo): Promise<number> {
  const source = keyringSource(config, io);
  const current = source.keyring.current.id;
  const { report, after } = await withRotation(config, source, async (rotation, em) => {
    const result = await rotation.rewrapAll(em);
    return { report: result, after: await rotation.status(em) };
  });
  for (const [label, count] of Object.entries(report.rewrapped)) io.out(`Re-wrapped ${count} ${label} data key(s) under master key "${current}".`);
  for (const failure of report.failures) io.err(`Could not re-wrap ${failure.label} ${failure.id}: ${failure.code}: ${failure.message}`);
  for (const line of pinnedToOldKeys(after, current)) io.out(line);
  const retirable = source.keyring.ids.filter((id) => id !== current && (usageByKeyId(after).get(id) ?? 0) === 0);
  if (report.failures.length > 0) {
    io.err(`${report.failures.length} data key(s) could not be re-wrapped; the rest are done. Keep the old keys until this is resolved.`);
    return 1;
  }
  if (retirable.length > 0) {
    io.out(`Every data key is wrapped by "${current}". No data uses ${retirable.map((id) => `"${id}"`).join(', ')} any more:`);
    io.out(
      source.file === undefined
        ? '  remove it from KEYWARD_MASTER_KEYS and restart (keep a backup of the old key until your database backups no longer need it).'
        : `  retire it with \`pnpm keyward retire-master-key ${retirable[0]}\` (keep a backup of it until your database backups no longer need it).`,
    );
  } else {
    io.out(`Every data key is wrapped by "${current}".`);
  }
  return 0;
}

export async function retireMasterKey(config: Config, io: CliIo, id: string | undefined): Promise<number> {
  if (id === undefined) throw new CliError('name the key to retire: pnpm keyward retire-master-key <id>');
  const source = keyringSource(config, io);
  const { keyring } = source;
  if (keyring.get(id) === undefined) throw new CliError(`the keyring has no key "${id}" (it has ${keyring.ids.join(', ')})`);
  if (id === keyring.current.id) throw new CliError(`"${id}" is the current key; add a new one first (pnpm keyward new-master-key) and rotate`);
  const status = await withRotation(config, source, (rotation, em) => rotation.status(em));
  const inUse = status.filter((store) => (store.byKeyId[id] ?? 0) > 0);
  if (inUse.length > 0) {
    for (const store of inUse) {
      const count = store.byKeyId[id] ?? 0;
      io.err(
        store.rewrappable
          ? `"${id}" still wraps ${count} data key(s) of ${store.label}. Run \`pnpm keyward rotate-master-key\` first.`
          : `${count} ${store.label} still depend on "${id}". ${store.remedy ?? ''}`.trim(),
      );
    }
    return 1;
  }
  if (source.file === undefined) {
    io.out(`No data uses "${id}". Remove it from KEYWARD_MASTER_KEYS and restart every instance.`);
    return 0;
  }
  if (!existsSync(source.file)) throw new CliError(`${source.file} does not exist`);
  writeKeyFile(source.file, entriesOf(keyring, keyring.ids.filter((k) => k !== id)));
  io.out(`Removed "${id}" from ${source.file}. Restart Keyward.`);
  return 0;
}

/** Notes about rows that rotation cannot move off older master keys. */
function pinnedToOldKeys(status: Status, current: string): string[] {
  return status
    .filter((store) => !store.rewrappable)
    .flatMap((store) =>
      Object.entries(store.byKeyId)
        .filter(([id, count]) => id !== current && count > 0)
        .map(([id, count]) => `${count} ${store.label} still depend on "${id}" and cannot be re-wrapped. ${store.remedy ?? ''}`.trim()),
    );
}

/** For tests and operators: the ids in a key file, current first. */
export function keyFileIds(file: string): string[] {
  return parseKeyring(readFileSync(file, 'utf8'), file).ids;
}
