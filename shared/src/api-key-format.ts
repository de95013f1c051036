/**
 * The API-key token format, `apk_{id}_{secret}`, as pure functions both sides agree on.
 *
 * - `id`: 16 base62 characters, random, the key's public identifier (indexed, shown masked).
 * - `secret`: 43 base62 characters from a CSPRNG (62^43 > 2^256) followed by a 6-character
 *   base62 CRC32 of everything before it (`apk_{id}_{random}`), so a mistyped, truncated or
 *   made-up key is refused offline — a scanner can tell a real-looking key without a database.
 *
 * The checksum is not a secret and proves nothing about authenticity; only the stored HMAC does.
 */
export const API_KEY_PREFIX = 'apk';
export const API_KEY_ID_LENGTH = 16;
export const API_KEY_RANDOM_LENGTH = 43;
export const API_KEY_CHECKSUM_LENGTH = 6;
export const API_KEY_SECRET_LENGTH = API_KEY_RANDOM_LENGTH + API_KEY_CHECKSUM_LENGTH;
export const API_KEY_LENGTH = API_KEY_PREFIX.length + 1 + API_KEY_ID_LENGTH + 1 + API_KEY_SECRET_LENGTH;

/** Finds API keys in text (logs, repositories); confirm each candidate with `parseApiKey`. */
export const API_KEY_PATTERN = new RegExp(
  `\\b${API_KEY_PREFIX}_[0-9A-Za-z]{${API_KEY_ID_LENGTH}}_[0-9A-Za-z]{${API_KEY_SECRET_LENGTH}}\\b`,
  'g',
);

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE62_ONLY = /^[0-9A-Za-z]*$/;

const CRC32_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and zlib) of an ASCII string. */
export function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i += 1) {
    crc = (CRC32_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A non-negative integer in base62, left-padded with zeros to `width`. */
export function toBase62(value: number, width: number): string {
  let out = '';
  let rest = value;
  do {
    out = BASE62.charAt(rest % 62) + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}

/** The 6-character checksum of everything in a token before it. */
export function apiKeyChecksum(body: string): string {
  return toBase62(crc32(body), API_KEY_CHECKSUM_LENGTH);
}

/** Builds a token from its id and random part, appending the checksum. */
export function formatApiKey(id: string, random: string): string {
  if (id.length !== API_KEY_ID_LENGTH || !BASE62_ONLY.test(id)) throw new RangeError('an API key id is 16 base62 characters');
  if (random.length !== API_KEY_RANDOM_LENGTH || !BASE62_ONLY.test(random)) throw new RangeError('an API key random part is 43 base62 characters');
  const body = `${API_KEY_PREFIX}_${id}_${random}`;
  return `${body}${apiKeyChecksum(body)}`;
}

export type ApiKeyFormatProblem =
  | 'EMPTY'
  | 'LENGTH'
  | 'PREFIX'
  | 'PARTS'
  | 'ID'
  | 'SECRET'
  | 'CHECKSUM';

export type ParsedApiKey =
  | { ok: true; id: string; secret: string; last4: string }
  | { ok: false; problem: ApiKeyFormatProblem };

/**
 * Splits a presented token into its id and secret, or says what is wrong with its shape.
 * Callers that answer strangers must not reveal the problem (every failure is one 401).
 */
export function parseApiKey(token: string): ParsedApiKey {
  if (token.length === 0) return { ok: false, problem: 'EMPTY' };
  if (token.length !== API_KEY_LENGTH) return { ok: false, problem: 'LENGTH' };
  if (!token.startsWith(`${API_KEY_PREFIX}_`)) return { ok: false, problem: 'PREFIX' };
  const parts = token.split('_');
  if (parts.length !== 3) return { ok: false, problem: 'PARTS' };
  const [, id = '', secret = ''] = parts;
  if (id.length !== API_KEY_ID_LENGTH || !BASE62_ONLY.test(id)) return { ok: false, problem: 'ID' };
  if (secret.length !== API_KEY_SECRET_LENGTH || !BASE62_ONLY.test(secret)) return { ok: false, problem: 'SECRET' };
  const body = token.slice(0, token.length - API_KEY_CHECKSUM_LENGTH);
  if (apiKeyChecksum(body) !== secret.slice(API_KEY_RANDOM_LENGTH)) return { ok: false, problem: 'CHECKSUM' };
  return { ok: true, id, secret, last4: secret.slice(-4) };
}

/** How a key is shown after creation: `apk_{id}_…{last4}`. */
export function maskApiKey(id: string, last4: string): string {
  return `${API_KEY_PREFIX}_${id}_…${last4}`;
}
