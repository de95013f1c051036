import { describe, expect, it } from 'vitest';
import {
  API_KEY_LENGTH,
  API_KEY_PATTERN,
  apiKeyChecksum,
  crc32,
  formatApiKey,
  maskApiKey,
  parseApiKey,
  toBase62,
} from './api-key-format';

const ID = 'AbCdEfGh12345678';
const RANDOM = '0123456789abcdefghijABCDEFGHIJklmnopqrstuvw';
const TOKEN = formatApiKey(ID, RANDOM);

/** Replaces one character at `index` with a different base62 character. */
function flip(token: string, index: number): string {
  const current = token.charAt(index);
  return `${token.slice(0, index)}${current === 'a' ? 'b' : 'a'}${token.slice(index + 1)}`;
}

describe('crc32', () => {
  it('matches the standard check value for "123456789"', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });
  it('is zero for the empty string', () => {
    expect(crc32('')).toBe(0);
  });
});

describe('toBase62', () => {
  it('pads to the width', () => {
    expect(toBase62(0, 6)).toBe('000000');
    expect(toBase62(61, 2)).toBe('0z');
  });
  it('fits the largest CRC32 value in six characters', () => {
    expect(toBase62(0xffffffff, 6)).toHaveLength(6);
  });
});

describe('formatApiKey', () => {
  it('builds apk_{id}_{secret} with a six-character checksum of the rest', () => {
    expect(TOKEN).toHaveLength(API_KEY_LENGTH);
    expect(TOKEN.startsWith(`apk_${ID}_${RANDOM}`)).toBe(true);
    expect(TOKEN.slice(-6)).toBe(apiKeyChecksum(`apk_${ID}_${RANDOM}`));
  });
  it('refuses an id or random part of the wrong shape', () => {
    expect(() => formatApiKey('short', RANDOM)).toThrow(RangeError);
    expect(() => formatApiKey(ID, `${RANDOM.slice(1)}-`)).toThrow(RangeError);
  });
});

describe('parseApiKey', () => {
  it('accepts a well-formed key and returns its id, secret and last four characters', () => {
    expect(parseApiKey(TOKEN)).toEqual({ ok: true, id: ID, secret: TOKEN.slice(21), last4: TOKEN.slice(-4) });
  });

  it.each([
    ['an empty string', '', 'EMPTY'],
    ['a truncated key', TOKEN.slice(0, -1), 'LENGTH'],
    ['a key with an extra character', `${TOKEN}x`, 'LENGTH'],
    ['a key with surrounding whitespace', ` ${TOKEN.slice(1)}`, 'PREFIX'],
    ['another prefix', `sk_${TOKEN.slice(3)}x`.slice(0, TOKEN.length), 'PREFIX'],
    ['an uppercase prefix', `APK${TOKEN.slice(3)}`, 'PREFIX'],
    ['a missing separator', `apk_${ID}x${TOKEN.slice(21)}`, 'PARTS'],
    ['an extra separator', `apk_${ID.slice(0, 8)}_${ID.slice(9)}_${TOKEN.slice(21)}`, 'PARTS'],
    ['a non-base62 id', `apk_${ID.slice(0, 15)}-_${TOKEN.slice(21)}`, 'ID'],
    ['a short id and long secret', `apk_${ID.slice(0, 15)}_a${TOKEN.slice(21)}`, 'ID'],
    ['a non-base62 secret', `${TOKEN.slice(0, 30)}+${TOKEN.slice(31)}`, 'SECRET'],
    ['a Bearer-style paste', `Bearer ${TOKEN}`.slice(0, TOKEN.length), 'PREFIX'],
  ])('refuses %s', (_label, token, problem) => {
    expect(parseApiKey(token)).toEqual({ ok: false, problem });
  });

  it('refuses a key whose secret was mistyped (the checksum no longer matches)', () => {
    expect(parseApiKey(flip(TOKEN, 30))).toEqual({ ok: false, problem: 'CHECKSUM' });
  });

  it('refuses a key whose id was mistyped (the checksum covers the id)', () => {
    expect(parseApiKey(flip(TOKEN, 6))).toEqual({ ok: false, problem: 'CHECKSUM' });
  });

  it('refuses a key whose checksum was changed', () => {
    expect(parseApiKey(flip(TOKEN, TOKEN.length - 1))).toEqual({ ok: false, problem: 'CHECKSUM' });
  });

  it('refuses a made-up key of the right shape', () => {
    expect(parseApiKey(`apk_${'A'.repeat(16)}_${'B'.repeat(49)}`)).toEqual({ ok: false, problem: 'CHECKSUM' });
  });
});

describe('API_KEY_PATTERN', () => {
  it('finds a key inside text', () => {
    expect(`export KEY=${TOKEN} # prod`.match(API_KEY_PATTERN)).toEqual([TOKEN]);
  });
});

describe('maskApiKey', () => {
  it('shows the id and the last four characters only', () => {
    expect(maskApiKey(ID, 'wxyz')).toBe(`apk_${ID}_…wxyz`);
  });
});
