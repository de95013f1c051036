import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKeyring, parseKeyring } from './keyring';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');

describe('parseKeyring', () => {
  it('takes the first entry as current and keeps the others for unwrapping', () => {
    const ring = parseKeyring(`k2:${key(2)},k1:${key(1)}`);
    expect(ring.current.id).toBe('k2');
    expect(ring.get('k1')?.equals(Buffer.alloc(32, 1))).toBe(true);
  });
  it('refuses a key of the wrong length without echoing it', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => parseKeyring(`k1:${short}`)).toThrow(/"k1" must be 32 bytes/);
    try {
      parseKeyring(`k1:${short}`);
    } catch (error) {
      expect(String(error)).not.toContain(short);
    }
  });
  it('refuses an entry without an id', () => {
    expect(() => parseKeyring(key(1))).toThrow(/needs an id/);
  });
});

describe('loadKeyring', () => {
  it('creates a 0600 key file once and reads the same key back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyring-'));
    const warnings: string[] = [];
    const first = loadKeyring(undefined, dir, (m) => warnings.push(m));
    const second = loadKeyring(undefined, dir, (m) => warnings.push(m));
    expect(second.current.key.equals(first.current.key)).toBe(true);
    expect(statSync(join(dir, 'master.keys')).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
    expect(readFileSync(join(dir, 'master.keys'), 'utf8')).toMatch(/^k1:/);
  });
});
