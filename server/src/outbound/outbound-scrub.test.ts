import { describe, expect, it } from 'vitest';
import { Scrubber, substitutedValues, textsIn } from './outbound-scrub';

describe('substitutedValues', () => {
  it('is empty when nothing was substituted', () => {
    expect(substitutedValues('db.example.com', 'db.example.com')).toEqual([]);
  });

  it('finds each secret value between the literal parts, and keeps the whole result', () => {
    expect(substitutedValues('@@SECRET:HOST@@', 'db.internal')).toEqual(['db.internal']);
    expect(substitutedValues('https://@@SECRET:HOST@@:5432/@@SECRET:DB@@?x=1', 'https://db.internal:5432/orders?x=1')).toEqual([
      'https://db.internal:5432/orders?x=1',
      'db.internal',
      'orders',
    ]);
  });

  it('keeps adjacent references together, since they cannot be told apart', () => {
    expect(substitutedValues('a-@@SECRET:X@@@@SECRET:Y@@-b', 'a-onetwo-b')).toEqual(['a-onetwo-b', 'onetwo']);
  });

  it('ignores malformed references, which stay literal', () => {
    expect(substitutedValues('@@SECRET:bad key@@ @@SECRET:OK@@', '@@SECRET:bad key@@ value')).toEqual(['@@SECRET:bad key@@ value', 'value']);
  });
});

describe('Scrubber', () => {
  it('blanks values and their base64 and URL-encoded forms, longest first and in any case', () => {
    const scrubber = new Scrubber(['s3cret value', 'user:s3cret value', 'abc']);
    const base64 = Buffer.from('user:s3cret value').toString('base64');
    expect(scrubber.scrub(`Basic ${base64} / s3cret%20value / s3cret+value / S3CRET VALUE / abcdef`)).toBe('Basic •••• / •••• / •••• / •••• / ••••def');
  });

  it('blanks the host of a URL value', () => {
    expect(new Scrubber(['https://db.internal:8443/api']).scrub('getaddrinfo ENOTFOUND db.internal')).toBe('getaddrinfo ENOTFOUND ••••');
  });

  it('leaves values too short to blank safely', () => {
    expect(new Scrubber(['ab']).scrub('about')).toBe('about');
  });

  it('caps remote text after scrubbing and collapses whitespace', () => {
    const scrubber = new Scrubber(['token-123456']);
    expect(scrubber.remote(`a\n\n b token-123456 ${'x'.repeat(400)}`, 20)).toBe('a b •••• xxxxxxxxxxx…');
  });

  it('collects every string and number in nested values', () => {
    expect(textsIn({ a: 'x', b: [1, { c: 'y' }], d: true, e: null })).toEqual(['x', '1', 'y']);
  });
});
