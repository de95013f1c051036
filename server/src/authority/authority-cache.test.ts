import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuthorityCache, keyScope, orgScope, type AuthorityFetch, type AuthorityScope } from './authority-cache';
import type { AuthorityCacheObserver, AuthorityEviction, AuthorityKind } from './authority-observer';

const KEYS = ['k1', 'k2', 'k3'] as const;
const ORG_OF: Record<(typeof KEYS)[number], string> = { k1: 'o1', k2: 'o1', k3: 'o2' };
const scopesOf = (id: (typeof KEYS)[number]): AuthorityScope[] => [keyScope(id), orgScope(ORG_OF[id])];

function listeningCache(options: { maxAgeMs?: number; now?: () => number; observer?: AuthorityCacheObserver } = {}): AuthorityCache {
  const cache = new AuthorityCache({ maxAgeMs: options.maxAgeMs ?? 60_000, now: options.now, observer: options.observer });
  cache.setListening(true);
  return cache;
}

describe('AuthorityCache', () => {
  it('holds nothing while not listening', () => {
    const cache = new AuthorityCache({ maxAgeMs: 60_000 });
    cache.set('apiKey', 'k1', cache.beginFetch(), 'grant', scopesOf('k1'), null);
    expect(cache.get('apiKey', 'k1')).toBeNull();
  });

  it('drops everything when the listener is lost', () => {
    const cache = listeningCache();
    cache.set('apiKey', 'k1', cache.beginFetch(), 'grant', scopesOf('k1'), null);
    cache.setListening(false);
    cache.setListening(true);
    expect(cache.get('apiKey', 'k1')).toBeNull();
  });

  it('does not store a read that overlapped an eviction', () => {
    const cache = listeningCache();
    const fetch = cache.beginFetch();
    cache.evict([keyScope('k1')], 'notify');
    cache.set('apiKey', 'k1', fetch, 'maybe stale', scopesOf('k1'), null);
    expect(cache.get('apiKey', 'k1')).toBeNull();
  });

  it('evicts by organization every key of it, and only those', () => {
    const cache = listeningCache();
    for (const id of KEYS) cache.set('apiKey', id, cache.beginFetch(), id, scopesOf(id), null);
    cache.evict([orgScope('o1')], 'notify');
    expect(KEYS.map((id) => cache.get('apiKey', id)?.value ?? null)).toEqual([null, null, 'k3']);
  });

  it('forgets an entry past its max-age and reports why', () => {
    let now = 0;
    const evictions: [AuthorityKind, AuthorityEviction][] = [];
    const observer: AuthorityCacheObserver = { lookup: () => undefined, evicted: (kind, reason) => evictions.push([kind, reason]), listenerState: () => undefined };
    const cache = listeningCache({ maxAgeMs: 1000, now: () => now, observer });
    cache.set('session', 's', cache.beginFetch(), 'grant', [], null);
    now = 999;
    expect(cache.get('session', 's')?.value).toBe('grant');
    now = 1000;
    expect(cache.get('session', 's')).toBeNull();
    expect(evictions).toEqual([['session', 'max-age']]);
  });

  it('never grants from a stale entry, whatever the interleaving of reads, changes and listener losses', () => {
    type Op =
      | { op: 'begin'; id: (typeof KEYS)[number] }
      | { op: 'end'; index: number }
      | { op: 'change'; scope: AuthorityScope }
      | { op: 'get'; id: (typeof KEYS)[number] }
      | { op: 'listener'; up: boolean };
    const id = fc.constantFrom(...KEYS);
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ op: fc.constant('begin' as const), id }),
      fc.record({ op: fc.constant('end' as const), index: fc.nat(5) }),
      fc.record({ op: fc.constant('change' as const), scope: fc.constantFrom<AuthorityScope>(...KEYS.map(keyScope), orgScope('o1'), orgScope('o2')) }),
      fc.record({ op: fc.constant('get' as const), id }),
      fc.record({ op: fc.constant('listener' as const), up: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 10, maxLength: 60, size: 'max' }), (ops) => {
        const cache = listeningCache();
        // The database: a version per key, advanced by every change touching one of its scopes.
        const db = new Map<string, number>(KEYS.map((k) => [k, 0]));
        const reads: { id: (typeof KEYS)[number]; fetch: AuthorityFetch; version: number }[] = [];
        for (const step of ops) {
          switch (step.op) {
            case 'begin':
              reads.push({ id: step.id, fetch: cache.beginFetch(), version: db.get(step.id) ?? 0 });
              break;
            case 'end': {
              const [read] = reads.splice(step.index % Math.max(1, reads.length), 1);
              if (read) cache.set('apiKey', read.id, read.fetch, read.version, scopesOf(read.id), null);
              break;
            }
            case 'change':
              for (const k of KEYS) if (scopesOf(k).includes(step.scope)) db.set(k, (db.get(k) ?? 0) + 1);
              cache.evict([step.scope], 'local');
              break;
            case 'get': {
              const hit = cache.get<number>('apiKey', step.id);
              if (hit !== null) expect(hit.value).toBe(db.get(step.id));
              break;
            }
            case 'listener':
              cache.setListening(step.up);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
