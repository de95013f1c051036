import { describe, expect, it } from 'vitest';
import { Links } from './links';

describe('Links', () => {
  it('prefers PUBLIC_URL over the address the server listens on', () => {
    const links = new Links('https://keyward.example.com');
    links.listeningOn('http://localhost:4000');
    expect(links.invitation('abc_123')).toBe('https://keyward.example.com/invite/abc_123');
  });

  it('falls back to the listening address once known, and refuses to guess before', () => {
    const links = new Links(undefined);
    expect(() => links.invitation('abc')).toThrow(/not known/);
    links.listeningOn('http://localhost:4000/');
    expect(links.invitation('abc')).toBe('http://localhost:4000/invite/abc');
  });
});
