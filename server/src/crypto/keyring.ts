import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MasterKey {
  id: string;
  key: Buffer;
}

/** The master keys: the current one wraps new data keys, older ones still unwrap what they wrapped. */
export class Keyring {
  constructor(
    readonly current: MasterKey,
    private readonly keys: ReadonlyMap<string, Buffer>,
  ) {}

  get(id: string): Buffer | undefined {
    return this.keys.get(id);
  }

  get ids(): string[] {
    return [...this.keys.keys()];
  }
}

export class KeyringError extends Error {}

const KEY_ID = /^[A-Za-z0-9_.-]{1,32}$/;

/**
 * Parses `id:base64key,id:base64key` — the first entry is current. Each key must be 32 bytes.
 * Messages name the entry, never the key material.
 */
export function parseKeyring(spec: string, source = 'KEYWARD_MASTER_KEYS'): Keyring {
  const entries = spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (entries.length === 0) throw new KeyringError(`${source}: no keys`);
  const keys = new Map<string, Buffer>();
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id)) throw new KeyringError(`${source}: entry ${index + 1} needs an id like "k1:<base64 key>"`);
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32) throw new KeyringError(`${source}: key "${id}" must be 32 bytes, base64-encoded`);
    if (keys.has(id)) throw new KeyringError(`${source}: key id "${id}" appears twice`);
    keys.set(id, key);
  });
  const [firstId] = keys.keys();
  const first = firstId === undefined ? undefined : keys.get(firstId);
  if (firstId === undefined || first === undefined) throw new KeyringError(`${source}: no keys`);
  return new Keyring({ id: firstId, key: first }, keys);
}

export function formatKeyEntry(id: string, key: Buffer): string {
  return `${id}:${key.toString('base64')}`;
}

/** Where the generated keyring lives when KEYWARD_MASTER_KEYS is not set. */
export function masterKeyFile(dataDir: string): string {
  return join(dataDir, 'master.keys');
}

/**
 * The keyring from configuration, or — for a self-hosted default — from a 0600 file under the
 * data directory, created on first use.
 */
export function loadKeyring(
  configured: string | undefined,
  dataDir: string,
  warn: (message: string) => void,
): Keyring {
  if (configured !== undefined) return parseKeyring(configured);
  const file = masterKeyFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${formatKeyEntry('k1', randomBytes(32))}\n`, { mode: 0o600 });
    warn(`Created a master key file at ${file}; set KEYWARD_MASTER_KEYS in production and keep a backup.`);
  }
  chmodSync(file, 0o600);
  return parseKeyring(readFileSync(file, 'utf8'), file);
}
