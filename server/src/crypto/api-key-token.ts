import { createHmac, createSecretKey, hkdfSync, timingSafeEqual, type KeyObject } from 'node:crypto';
import { API_KEY_ID_LENGTH, API_KEY_RANDOM_LENGTH, formatApiKey, parseApiKey } from '@keyward/shared/api-key-format';
import type { Keyring } from './keyring';
import { randomBase62 } from './random';

export interface GeneratedApiKey {
  /** The whole `apk_{id}_{secret}`: shown once, never stored. */
  token: string;
  publicId: string;
  secret: string;
  last4: string;
}

/** A fresh token from the CSPRNG; `publicId` may be given to roll a key under the same id. */
export function generateApiKey(publicId: string = randomBase62(API_KEY_ID_LENGTH)): GeneratedApiKey {
  const token = formatApiKey(publicId, randomBase62(API_KEY_RANDOM_LENGTH));
  const parsed = parseApiKey(token);
  if (!parsed.ok) throw new Error(`generated an API key that does not parse (${parsed.problem})`);
  return { token, publicId, secret: parsed.secret, last4: parsed.last4 };
}

export interface SecretHash {
  hash: string;
  keyId: string;
}

/**
 * HMAC-SHA-256 of API-key secrets under keys derived (HKDF) from the master keyring. The key id
 * is stored with each hash, so after the master key rotates old keys still verify — as long as
 * the old master key stays in the keyring. A fast keyed hash suits 256-bit random secrets.
 */
export class ApiKeyHasher {
  private readonly derived = new Map<string, KeyObject>();

  constructor(private readonly keyring: Keyring) {}

  hash(secret: string): SecretHash {
    const keyId = this.keyring.current.id;
    const mac = this.mac(keyId, secret);
    if (mac === null) throw new Error('the current master key is not in the keyring');
    return { hash: mac.toString('hex'), keyId };
  }

  /** Constant-time comparison; false when the master key is no longer in the keyring. */
  verify(secret: string, stored: SecretHash): boolean {
    const expected = Buffer.from(stored.hash, 'hex');
    const actual = this.mac(stored.keyId, secret);
    if (actual === null || expected.length !== actual.length) return false;
    return timingSafeEqual(expected, actual);
  }

  private mac(keyId: string, secret: string): Buffer | null {
    let key = this.derived.get(keyId);
    if (key === undefined) {
      const master = this.keyring.get(keyId);
      if (master === undefined) return null;
      key = createSecretKey(Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'keyward api-key secret hmac v1', 32)));
      this.derived.set(keyId, key);
    }
    return createHmac('sha256', key).update(secret).digest();
  }
}
