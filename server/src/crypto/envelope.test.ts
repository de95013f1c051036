import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { associatedData, DecryptionError, Envelope, type SealedValue } from './envelope';
import { formatKeyEntry, parseKeyring } from './keyring';

const k1 = formatKeyEntry('k1', randomBytes(32));
const k2 = formatKeyEntry('k2', randomBytes(32));
const context = { purpose: 'secret', organization: 'org-1', key: 'STRIPE_API_KEY', environment: 'production', version: 1 };
const PLAINTEXT = 'sk_live_correct-horse-battery-staple';

function failure(run: () => unknown): DecryptionError {
  try {
    run();
  } catch (error) {
    if (error instanceof DecryptionError) return error;
    throw error;
  }
  throw new Error('expected a DecryptionError');
}

const flipByte = (buffer: Buffer, index: number) => {
  const copy = Buffer.from(buffer);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
};

describe('Envelope', () => {
  const envelope = new Envelope(parseKeyring(k1));

  it('round-trips a value under the same context', () => {
    const sealed = envelope.seal(PLAINTEXT, context);
    expect(envelope.open(sealed, context)).toBe(PLAINTEXT);
    expect(sealed.keyId).toBe('k1');
  });

  it('uses a fresh data key and nonce for every value', () => {
    const a = envelope.seal(PLAINTEXT, context);
    const b = envelope.seal(PLAINTEXT, context);
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(a.wrappedKey.equals(b.wrappedKey)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it('never stores the plaintext in any part of the sealed value', () => {
    const sealed = envelope.seal(PLAINTEXT, context);
    const bytes = Buffer.concat([sealed.ciphertext, sealed.nonce, sealed.wrappedKey]);
    expect(bytes.includes(Buffer.from(PLAINTEXT))).toBe(false);
  });

  it.each([
    ['organization', { ...context, organization: 'org-2' }],
    ['secret key', { ...context, key: 'OTHER_KEY' }],
    ['environment', { ...context, environment: 'staging' }],
    ['version', { ...context, version: 2 }],
    ['purpose', { ...context, purpose: 'credential' }],
  ])('refuses to decrypt under another %s', (_what, other) => {
    const sealed = envelope.seal(PLAINTEXT, context);
    const error = failure(() => envelope.open(sealed, other));
    expect(error.code).toBe('CIPHERTEXT_REJECTED');
    expect(error.message).not.toContain(PLAINTEXT);
  });

  it('refuses a ciphertext swapped in from another value, even with its own data key', () => {
    const mine = envelope.seal(PLAINTEXT, context);
    const theirs = envelope.seal('another value', { ...context, environment: 'staging' });
    expect(failure(() => envelope.open({ ...mine, ciphertext: theirs.ciphertext, nonce: theirs.nonce }, context)).code).toBe('CIPHERTEXT_REJECTED');
    expect(failure(() => envelope.open({ ...theirs, wrappedKey: mine.wrappedKey }, { ...context, environment: 'staging' })).code).toBe(
      'CIPHERTEXT_REJECTED',
    );
  });

  it('refuses an altered ciphertext, nonce or tag', () => {
    const sealed = envelope.seal(PLAINTEXT, context);
    expect(failure(() => envelope.open({ ...sealed, ciphertext: flipByte(sealed.ciphertext, 0) }, context)).code).toBe('CIPHERTEXT_REJECTED');
    expect(failure(() => envelope.open({ ...sealed, ciphertext: flipByte(sealed.ciphertext, sealed.ciphertext.length - 1) }, context)).code).toBe(
      'CIPHERTEXT_REJECTED',
    );
    expect(failure(() => envelope.open({ ...sealed, nonce: flipByte(sealed.nonce, 3) }, context)).code).toBe('CIPHERTEXT_REJECTED');
    expect(failure(() => envelope.open({ ...sealed, ciphertext: Buffer.alloc(3) }, context)).code).toBe('CIPHERTEXT_REJECTED');
  });

  it('gives a clear error for a tampered wrapped key, naming the master key and nothing secret', () => {
    const sealed = envelope.seal(PLAINTEXT, context);
    for (const wrappedKey of [flipByte(sealed.wrappedKey, 20), sealed.wrappedKey.subarray(1), Buffer.alloc(0)]) {
      const error = failure(() => envelope.open({ ...sealed, wrappedKey }, context));
      expect(error.code).toBe('DATA_KEY_REJECTED');
      expect(error.message).toContain('"k1"');
      expect(error.message).not.toContain(PLAINTEXT);
      expect(error.message).not.toContain(k1.slice(3));
    }
  });

  it('refuses a wrapped key relabelled with another master key id', () => {
    const both = new Envelope(parseKeyring(`${k1},${formatKeyEntry('k0', parseKeyring(k1).current.key)}`));
    const sealed = both.seal(PLAINTEXT, context);
    expect(failure(() => both.open({ ...sealed, keyId: 'k0' }, context)).code).toBe('DATA_KEY_REJECTED');
  });

  it('names a master key that is no longer configured', () => {
    const sealed = new Envelope(parseKeyring(k2)).seal(PLAINTEXT, context);
    const error = failure(() => envelope.open(sealed, context));
    expect(error.code).toBe('MASTER_KEY_NOT_CONFIGURED');
    expect(error.message).toContain('"k2"');
  });
});

describe('master key rotation', () => {
  it('re-wraps the data key under the new current key without touching the ciphertext', () => {
    const before = new Envelope(parseKeyring(k1));
    const sealed: SealedValue = before.seal(PLAINTEXT, context);
    const during = new Envelope(parseKeyring(`${k2},${k1}`));
    expect(during.isCurrent(sealed.keyId)).toBe(false);
    const rewrapped = { ...sealed, ...during.rewrap(sealed) };
    expect(rewrapped.keyId).toBe('k2');
    expect(rewrapped.ciphertext.equals(sealed.ciphertext)).toBe(true);
    expect(rewrapped.nonce.equals(sealed.nonce)).toBe(true);
    const after = new Envelope(parseKeyring(k2));
    expect(after.open(rewrapped, context)).toBe(PLAINTEXT);
    expect(failure(() => after.open(sealed, context)).code).toBe('MASTER_KEY_NOT_CONFIGURED');
  });
});

describe('associatedData', () => {
  it('does not depend on the order of the context fields', () => {
    expect(associatedData({ a: 1, b: 'x' }).equals(associatedData({ b: 'x', a: 1 }))).toBe(true);
  });

  it('cannot be confused by a separator inside a field', () => {
    expect(associatedData({ key: 'A', environment: 'b' }).equals(associatedData({ key: 'A","environment', environment: '' }))).toBe(false);
  });
});
