import { hash, randomBytes, randomInt } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A uniformly random base62 string from the CSPRNG (no modulo bias). */
export function randomBase62(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += BASE62.charAt(randomInt(62));
  return out;
}

/** An opaque token with `bytes` bytes of entropy, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens with ≥ 256 bits of entropy need a fast hash, not a password hash. */
export function sha256Hex(value: string): string {
  return hash('sha256', value, 'hex');
}
