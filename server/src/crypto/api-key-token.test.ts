import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { API_KEY_LENGTH, parseApiKey } from '@keyward/shared/api-key-format';
import { ApiKeyHasher, generateApiKey } from './api-key-token';
import { formatKeyEntry, parseKeyring } from './keyring';

const keyring = (...ids: string[]) => parseKeyring(ids.map((id) => formatKeyEntry(id, randomBytes(32))).join(','));

describe('generateApiKey', () => {
  it('makes a token that parses, with ≥ 256 bits of randomness in its secret', () => {
    const key = generateApiKey();
    expect(key.token).toHaveLength(API_KEY_LENGTH);
    expect(parseApiKey(key.token)).toEqual({ ok: true, id: key.publicId, secret: key.secret, last4: key.last4 });
    expect(43 * Math.log2(62)).toBeGreaterThanOrEqual(256);
  });

  it('never repeats an id or a secret', () => {
    const keys = Array.from({ length: 200 }, () => generateApiKey());
    expect(new Set(keys.map((k) => k.publicId)).size).toBe(200);
    expect(new Set(keys.map((k) => k.secret)).size).toBe(200);
  });

  it('keeps the id when rolling', () => {
    const first = generateApiKey();
    const rolled = generateApiKey(first.publicId);
    expect(rolled.publicId).toBe(first.publicId);
    expect(rolled.secret).not.toBe(first.secret);
  });
});

describe('ApiKeyHasher', () => {
  it('verifies the secret it hashed and refuses any other', () => {
    const hasher = new ApiKeyHasher(keyring('k1'));
    const { secret } = generateApiKey();
    const stored = hasher.hash(secret);
    expect(stored.keyId).toBe('k1');
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hasher.verify(secret, stored)).toBe(true);
    expect(hasher.verify(generateApiKey().secret, stored)).toBe(false);
  });

  it('still verifies a hash made under a master key that is no longer current', () => {
    const old = keyring('k1');
    const stored = new ApiKeyHasher(old).hash('the-secret');
    const rotatedSpec = `${formatKeyEntry('k2', randomBytes(32))},${formatKeyEntry('k1', old.get('k1') ?? Buffer.alloc(0))}`;
    const rotated = new ApiKeyHasher(parseKeyring(rotatedSpec));
    expect(rotated.verify('the-secret', stored)).toBe(true);
    expect(rotated.hash('the-secret').keyId).toBe('k2');
  });

  it('refuses a hash whose master key has left the keyring', () => {
    const stored = new ApiKeyHasher(keyring('gone')).hash('the-secret');
    expect(new ApiKeyHasher(keyring('k1')).verify('the-secret', stored)).toBe(false);
  });
});
