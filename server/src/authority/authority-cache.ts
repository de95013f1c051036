import { LRUCache } from 'lru-cache';
import { NO_AUTHORITY_OBSERVER, type AuthorityCacheObserver, type AuthorityEviction, type AuthorityKind } from './authority-observer';

/**
 * What an authority depends on: `key:<id>`, `user:<id>` or `org:<id>`. A change bumps the version
 * of every scope it touches; cached authority naming that scope is dropped.
 */
export type AuthorityScope = `key:${string}` | `user:${string}` | `org:${string}`;

export const keyScope = (id: string): AuthorityScope => `key:${id}`;
export const userScope = (id: string): AuthorityScope => `user:${id}`;
export const orgScope = (id: string): AuthorityScope => `org:${id}`;

interface Entry {
  value: unknown;
  scopes: readonly AuthorityScope[];
  fetchedAt: number;
  /** The Redis versions of `scopes` read before the row was read; null = not known (next use rechecks). */
  versions: string | null;
}

/** A cached authority, with the Redis versions it was read under. */
export interface CachedAuthority<T> {
  value: T;
  versions: string | null;
}

/** A read from the database about to be cached: stored only if nothing was evicted while it ran. */
export interface AuthorityFetch {
  readonly generation: number;
}

export interface AuthorityCacheOptions {
  /** Entries older than this are read again from the database; 0 turns caching off. */
  maxAgeMs: number;
  /** Entries per kind (LRU beyond). */
  maxEntries?: number;
  observer?: AuthorityCacheObserver;
  now?: () => number;
}

/**
 * Verified authority per instance, as plain objects: API keys by public id, sessions by token
 * hash. Bounded (LRU) and aged (max-age). It only caches while the instance listens for
 * invalidations (`listening`); while it does not, every request is verified from the database.
 * Each eviction advances `generation`, so a database read that overlapped one is not stored
 * (it may predate the change that caused it).
 */
export class AuthorityCache {
  readonly maxAgeMs: number;
  private readonly observer: AuthorityCacheObserver;
  private readonly now: () => number;
  private readonly stores: Record<AuthorityKind, LRUCache<string, Entry>>;
  private generation = 0;
  private listeningNow = false;

  constructor(options: AuthorityCacheOptions) {
    this.maxAgeMs = options.maxAgeMs;
    this.observer = options.observer ?? NO_AUTHORITY_OBSERVER;
    this.now = options.now ?? Date.now;
    const make = (kind: AuthorityKind) =>
      new LRUCache<string, Entry>({
        max: options.maxEntries ?? 10_000,
        dispose: (_value, _key, reason) => {
          if (reason === 'evict') this.observer.evicted(kind, 'lru', 1);
        },
      });
    this.stores = { apiKey: make('apiKey'), session: make('session') };
  }

  get listening(): boolean {
    return this.listeningNow;
  }

  get enabled(): boolean {
    return this.maxAgeMs > 0 && this.listeningNow;
  }

  /** The listener's state: going down drops everything (fail closed); coming up starts caching again. */
  setListening(up: boolean): void {
    if (up === this.listeningNow) return;
    this.listeningNow = up;
    this.generation += 1;
    if (!up) this.clear('listener-lost');
    this.observer.listenerState(up);
  }

  get<T>(kind: AuthorityKind, id: string): CachedAuthority<T> | null {
    const store = this.stores[kind];
    const entry = this.enabled ? store.get(id) : undefined;
    if (entry === undefined) {
      this.observer.lookup(kind, 'miss');
      return null;
    }
    if (this.now() - entry.fetchedAt >= this.maxAgeMs) {
      store.delete(id);
      this.observer.evicted(kind, 'max-age', 1);
      this.observer.lookup(kind, 'miss');
      return null;
    }
    this.observer.lookup(kind, 'hit');
    // The entry's value is whatever `set` stored under this kind and id.
    return { value: entry.value as T, versions: entry.versions };
  }

  /** Call before reading from the database what `set` will store. */
  beginFetch(): AuthorityFetch {
    return { generation: this.generation };
  }

  set<T>(kind: AuthorityKind, id: string, fetch: AuthorityFetch, value: T, scopes: readonly AuthorityScope[], versions: string | null): void {
    if (!this.enabled || fetch.generation !== this.generation) return;
    this.stores[kind].set(id, { value, scopes, fetchedAt: this.now(), versions });
  }

  /** Drops one entry whose authority turned out stale (its Redis version moved). */
  drop(kind: AuthorityKind, id: string): void {
    this.generation += 1;
    if (this.stores[kind].delete(id)) this.observer.evicted(kind, 'version', 1);
  }

  /** Drops every entry naming one of `scopes`. */
  evict(scopes: readonly AuthorityScope[], reason: AuthorityEviction): void {
    this.generation += 1;
    if (scopes.length === 0) return;
    const wanted = new Set(scopes);
    for (const kind of ['apiKey', 'session'] as const) {
      const store = this.stores[kind];
      const doomed: string[] = [];
      for (const [id, entry] of store.entries()) {
        if (entry.scopes.some((s) => wanted.has(s))) doomed.push(id);
      }
      for (const id of doomed) store.delete(id);
      if (doomed.length > 0) this.observer.evicted(kind, reason, doomed.length);
    }
  }

  clear(reason: AuthorityEviction): void {
    this.generation += 1;
    for (const kind of ['apiKey', 'session'] as const) {
      const count = this.stores[kind].size;
      this.stores[kind].clear();
      if (count > 0) this.observer.evicted(kind, reason, count);
    }
  }

  size(kind: AuthorityKind): number {
    return this.stores[kind].size;
  }
}
