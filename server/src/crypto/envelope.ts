import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring';

/**
 * What a ciphertext is bound to, e.g. `{ purpose: 'secret', organization, key, environment, version }`.
 * It is authenticated (associated data), not stored: the caller rebuilds it from the row, so a
 * ciphertext copied to another row — or a row whose columns were changed — fails to decrypt.
 */
export type EncryptionContext = Readonly<Record<string, string | number>>;

/** One encrypted value, as stored: only `keyId` and `wrappedKey` change when the master key rotates. */
export interface SealedValue {
  /** AES-256-GCM ciphertext followed by its 16-byte tag. */
  ciphertext: Buffer;
  /** 12 bytes, fresh for every value. */
  nonce: Buffer;
  /** The value's own data key, encrypted under master key `keyId` (nonce ‖ encrypted key ‖ tag). */
  wrappedKey: Buffer;
  keyId: string;
}

export type DecryptionErrorCode =
  /** The master key that wrapped the data key is not in the keyring (retired too early?). */
  | 'MASTER_KEY_NOT_CONFIGURED'
  /** The wrapped data key fails authentication under its master key: altered, or moved from another key id. */
  | 'DATA_KEY_REJECTED'
  /** The ciphertext fails authentication: altered, or read with another record's context. */
  | 'CIPHERTEXT_REJECTED';

/** A value that cannot be decrypted. Its message names the cause and never holds key material or plaintext. */
export class DecryptionError extends Error {
  constructor(
    readonly code: DecryptionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DecryptionError';
  }
}

const ALGORITHM = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;
const WRAPPED_KEY_BYTES = NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES;

/** Canonical bytes of a context: sorted names, so `{a, b}` and `{b, a}` agree. */
export function associatedData(context: EncryptionContext): Buffer {
  const entries = Object.keys(context)
    .sort()
    .map((name) => [name, context[name]]);
  return Buffer.from(`keyward/value/v1 ${JSON.stringify(entries)}`, 'utf8');
}

// The wrapping is bound to the master key id, so a wrapped key moved under another id is rejected.
const wrapAad = (keyId: string) => Buffer.from(`keyward/data-key/v1 ${keyId}`, 'utf8');

function gcmEncrypt(key: Buffer, nonce: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The plaintext, or null when authentication fails (wrong key, altered bytes or other associated data). */
function gcmDecrypt(key: Buffer, nonce: Buffer, sealed: Buffer, aad: Buffer): Buffer | null {
  if (nonce.length !== NONCE_BYTES || sealed.length < TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/**
 * Envelope encryption with AES-256-GCM: each value gets a fresh data key and nonce; the data key
 * is wrapped by the keyring's current master key. Used for secrets and, later, connection
 * credentials and integration auth settings — each with its own context.
 */
export class Envelope {
  constructor(private readonly keyring: Keyring) {}

  get currentKeyId(): string {
    return this.keyring.current.id;
  }

  seal(plaintext: string, context: EncryptionContext): SealedValue {
    const dataKey = randomBytes(DATA_KEY_BYTES);
    try {
      const nonce = randomBytes(NONCE_BYTES);
      const ciphertext = gcmEncrypt(dataKey, nonce, Buffer.from(plaintext, 'utf8'), associatedData(context));
      return { ciphertext, nonce, ...this.wrap(dataKey) };
    } finally {
      dataKey.fill(0);
    }
  }

  open(sealed: SealedValue, context: EncryptionContext): string {
    const dataKey = this.unwrap(sealed);
    try {
      const plaintext = gcmDecrypt(dataKey, sealed.nonce, sealed.ciphertext, associatedData(context));
      if (plaintext === null) {
        throw new DecryptionError(
          'CIPHERTEXT_REJECTED',
          'The ciphertext failed authentication: it was altered, or it belongs to another record than the one it was read for.',
        );
      }
      return plaintext.toString('utf8');
    } finally {
      dataKey.fill(0);
    }
  }

  /** True when the value's data key is wrapped by the current master key already. */
  isCurrent(keyId: string): boolean {
    return keyId === this.keyring.current.id;
  }

  /** The same data key wrapped by the current master key; the ciphertext and nonce stay as they are. */
  rewrap(wrapped: Pick<SealedValue, 'wrappedKey' | 'keyId'>): Pick<SealedValue, 'wrappedKey' | 'keyId'> {
    const dataKey = this.unwrap(wrapped);
    try {
      return this.wrap(dataKey);
    } finally {
      dataKey.fill(0);
    }
  }

  private wrap(dataKey: Buffer): Pick<SealedValue, 'wrappedKey' | 'keyId'> {
    const { id, key } = this.keyring.current;
    const nonce = randomBytes(NONCE_BYTES);
    return { wrappedKey: Buffer.concat([nonce, gcmEncrypt(key, nonce, dataKey, wrapAad(id))]), keyId: id };
  }

  private unwrap({ wrappedKey, keyId }: Pick<SealedValue, 'wrappedKey' | 'keyId'>): Buffer {
    const masterKey = this.keyring.get(keyId);
    if (masterKey === undefined) {
      throw new DecryptionError(
        'MASTER_KEY_NOT_CONFIGURED',
        `The data key is wrapped by master key "${keyId}", which is not in the keyring (KEYWARD_MASTER_KEYS or the key file).`,
      );
    }
    const dataKey =
      wrappedKey.length === WRAPPED_KEY_BYTES
        ? gcmDecrypt(masterKey, wrappedKey.subarray(0, NONCE_BYTES), wrappedKey.subarray(NONCE_BYTES), wrapAad(keyId))
        : null;
    if (dataKey === null || dataKey.length !== DATA_KEY_BYTES) {
      throw new DecryptionError(
        'DATA_KEY_REJECTED',
        `The wrapped data key failed authentication under master key "${keyId}": it was altered or wrapped by another key.`,
      );
    }
    return dataKey;
  }
}
