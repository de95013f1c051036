/** Which cached authority an event is about: an API key (by public id) or a session (by token hash). */
export type AuthorityKind = 'apiKey' | 'session';

/** Why cached authority left the cache. */
export type AuthorityEviction = 'local' | 'notify' | 'listener-lost' | 'max-age' | 'lru' | 'version';

/**
 * What the per-instance authority cache reports as it works; the metrics module implements it
 * (cache hits, misses, evictions and the listener's state on /metrics). Methods must not throw.
 */
export interface AuthorityCacheObserver {
  lookup(kind: AuthorityKind, outcome: 'hit' | 'miss'): void;
  evicted(kind: AuthorityKind, reason: AuthorityEviction, count: number): void;
  listenerState(up: boolean): void;
}

export const NO_AUTHORITY_OBSERVER: AuthorityCacheObserver = {
  lookup: () => undefined,
  evicted: () => undefined,
  listenerState: () => undefined,
};
