import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AuthorityCache, AuthorityScope } from './authority-cache';
import { AUTHORITY_CHANNEL } from './authority-listener';

/** Where versions are shared between instances besides the database (Redis), if anywhere. */
export interface AuthorityVersionStore {
  bumpVersions(scopes: readonly string[]): Promise<void>;
}

/** NOTIFY payloads stay far below PostgreSQL's 8000-byte limit. */
const SCOPES_PER_NOTIFICATION = 100;

const BUMP = `with bumped as (
  insert into authority_version (scope, version, changed_at)
  select s, 1, now() from unnest(string_to_array(?, ' ')) as s
  on conflict (scope) do update set version = authority_version.version + 1, changed_at = now()
  returning scope)
select pg_notify('${AUTHORITY_CHANNEL}', (select string_agg(scope, ' ') from bumped)) as notified`;

/** How long a scope's version row is kept after its last change (nothing reads old rows; see `prune`). */
export const AUTHORITY_VERSION_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * The one way a change reaches the authority caches. Every change that can reduce or alter what a
 * credential may do calls `changed` with the scopes it touches, inside its transaction: the versions
 * are bumped and NOTIFY sent in that transaction (delivered at commit to every instance); this
 * instance evicts at once, and again after the commit, when it also advances the Redis versions —
 * all before the change returns, so no request answered after it sees the old authority here.
 */
export class AuthorityInvalidation {
  private readonly pending = new WeakMap<object, Set<AuthorityScope>>();

  constructor(
    private readonly cache: AuthorityCache,
    private readonly versions: AuthorityVersionStore,
    private readonly logger?: Logger,
  ) {}

  /** Finishes the changes of a transaction once it committed (register on the ORM's event manager). */
  readonly subscriber: EventSubscriber = {
    afterTransactionCommit: async ({ transaction }: TransactionEventArgs) => {
      const scopes = this.take(transaction);
      if (scopes !== null) await this.committed(scopes);
    },
    afterTransactionRollback: async ({ transaction }: TransactionEventArgs) => {
      // Nothing changed, but evicting once more costs one database read per entry.
      const scopes = this.take(transaction);
      if (scopes !== null) this.cache.evict(scopes, 'local');
    },
  };

  async changed(em: EntityManager, scopes: readonly AuthorityScope[]): Promise<void> {
    const unique = [...new Set(scopes)];
    if (unique.length === 0) return;
    const ctx: unknown = em.getTransactionContext();
    for (let i = 0; i < unique.length; i += SCOPES_PER_NOTIFICATION) {
      const chunk = unique.slice(i, i + SCOPES_PER_NOTIFICATION).join(' ');
      await em.getConnection().execute(BUMP, [chunk], 'all', em.getTransactionContext());
    }
    this.cache.evict(unique, 'local');
    if (typeof ctx !== 'object' || ctx === null) {
      await this.committed(unique);
      return;
    }
    const pending = this.pending.get(ctx) ?? new Set<AuthorityScope>();
    for (const scope of unique) pending.add(scope);
    this.pending.set(ctx, pending);
  }

  /** Flushes `em`'s pending changes and bumps `scopes` in one transaction (for services that flush without one). */
  async flushChanged(em: EntityManager, scopes: readonly AuthorityScope[]): Promise<void> {
    if (em.isInTransaction()) {
      await em.flush();
      await this.changed(em, scopes);
      return;
    }
    await em.begin();
    try {
      await em.flush();
      await this.changed(em, scopes);
      await em.commit();
    } catch (error) {
      await em.rollback();
      throw error;
    }
  }

  /**
   * Deletes the version rows of scopes unchanged for `retentionMs`: the rows only carry each bump
   * and its notification (caches compare Redis versions, which expire by themselves), so without
   * this every key, user and organization ever changed — deleted ones included — keeps a row.
   * A scope changed again starts a new row. Returns how many rows went.
   */
  async prune(em: EntityManager, retentionMs = AUTHORITY_VERSION_RETENTION_MS): Promise<number> {
    const result = await em.getConnection().execute<{ affectedRows: number }>(
      'delete from authority_version where changed_at < now() - make_interval(secs => ?)',
      [retentionMs / 1000],
      'run',
    );
    return result.affectedRows;
  }

  private take(transaction: unknown): AuthorityScope[] | null {
    if (typeof transaction !== 'object' || transaction === null) return null;
    const scopes = this.pending.get(transaction);
    if (scopes === undefined) return null;
    this.pending.delete(transaction);
    return [...scopes];
  }

  private async committed(scopes: readonly AuthorityScope[]): Promise<void> {
    this.cache.evict(scopes, 'local');
    try {
      await this.versions.bumpVersions(scopes);
    } catch (error) {
      this.logger?.warn({ err: error }, 'could not advance authority versions');
    }
  }
}
