import { describe, expect, it } from 'vitest';
import {
  findSecretReferences,
  referencedSecretKeys,
  secretKeyProblem,
  secretReference,
  secretValueProblem,
  SECRET_KEY_PATTERN,
  SECRET_VALUE_MAX_LENGTH,
  substituteSecretReferences,
} from './secret-reference';

describe('secretKeyProblem', () => {
  it('accepts uppercase letters, digits and underscores starting with a letter', () => {
    expect(secretKeyProblem('STRIPE_API_KEY')).toBeNull();
    expect(secretKeyProblem('A')).toBeNull();
    expect(secretKeyProblem('OPENAI_KEY_2')).toBeNull();
  });

  it.each(['', 'stripe_key', 'Stripe', '1KEY', '_KEY', 'MY-KEY', 'MY KEY', 'KEY!', 'ÄKEY'])('refuses %j', (key) => {
    expect(secretKeyProblem(key)).not.toBeNull();
  });

  it('refuses a key longer than 100 characters', () => {
    expect(secretKeyProblem('A'.repeat(100))).toBeNull();
    expect(secretKeyProblem('A'.repeat(101))).toMatch(/at most 100/);
  });

  it('is the documented pattern', () => {
    expect(SECRET_KEY_PATTERN.source).toBe('^[A-Z][A-Z0-9_]*$');
  });
});

describe('secretValueProblem', () => {
  it('refuses an empty value and an oversized one, without quoting it', () => {
    expect(secretValueProblem('')).toBe('Enter a value.');
    const long = 'x'.repeat(SECRET_VALUE_MAX_LENGTH + 1);
    expect(secretValueProblem(long)).not.toContain('xxx');
    expect(secretValueProblem('x'.repeat(SECRET_VALUE_MAX_LENGTH))).toBeNull();
  });
});

describe('secretReference', () => {
  it('wraps the key in the reference syntax', () => expect(secretReference('STRIPE_API_KEY')).toBe('@@SECRET:STRIPE_API_KEY@@'));
});

describe('findSecretReferences', () => {
  it('finds references anywhere in a value, with their position', () => {
    expect(findSecretReferences('Bearer @@SECRET:TOKEN@@')).toEqual([
      { key: 'TOKEN', text: '@@SECRET:TOKEN@@', index: 7, valid: true },
    ]);
  });

  it('reports a malformed key as invalid instead of skipping it', () => {
    expect(findSecretReferences('@@SECRET:lower@@ and @@SECRET:@@')).toEqual([
      { key: 'lower', text: '@@SECRET:lower@@', index: 0, valid: false },
      { key: '', text: '@@SECRET:@@', index: 21, valid: false },
    ]);
  });

  it('ignores text that only looks similar', () => {
    expect(findSecretReferences('@@SECRET:KEY@ @SECRET:KEY@@ @@secret:KEY@@ @@SECRET:MY KEY@@')).toEqual([]);
  });
});

describe('referencedSecretKeys', () => {
  it('lists distinct valid keys across texts in order of appearance', () => {
    expect(referencedSecretKeys(['@@SECRET:B@@/@@SECRET:A@@', 'x@@SECRET:B@@y', '@@SECRET:bad@@', 'plain'])).toEqual(['B', 'A']);
  });

  it('takes a single string too', () => expect(referencedSecretKeys('@@SECRET:ONE@@@@SECRET:TWO@@')).toEqual(['ONE', 'TWO']));
});

describe('substituteSecretReferences', () => {
  const values: Record<string, string> = { USER: 'alice', PASS: 's3cr$&t', LOOP: '@@SECRET:USER@@' };
  const lookup = (key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`missing ${key}`);
    return value;
  };

  it('replaces every reference, several per value', () => {
    expect(substituteSecretReferences('postgres://@@SECRET:USER@@:@@SECRET:PASS@@@db', lookup)).toBe('postgres://alice:s3cr$&t@db');
  });

  it('does not expand references that appear inside a substituted value', () => {
    expect(substituteSecretReferences('@@SECRET:LOOP@@', lookup)).toBe('@@SECRET:USER@@');
  });

  it('leaves malformed references and plain text untouched', () => {
    expect(substituteSecretReferences('@@SECRET:user@@ plain', lookup)).toBe('@@SECRET:user@@ plain');
  });

  it('lets a missing key fail through the lookup', () => {
    expect(() => substituteSecretReferences('@@SECRET:NOPE@@', lookup)).toThrow('missing NOPE');
  });
});
