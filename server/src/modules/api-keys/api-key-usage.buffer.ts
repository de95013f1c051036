import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** How one call that presented a known key ended. */
export type ApiKeyCallOutcome = 'ok' | 'failed' | 'rateLimited';

interface DayCounts {
  requests: number;
  failures: number;
  rateLimited: number;
}

interface PendingKey {
  organizationId: string;
  /** Set when the call authenticated (a wrong secret does not count as use). */
  lastUsedAt: Date | null;
  days: Map<string, DayCounts>;
}

export const USAGE_FLUSH_INTERVAL_MS = 5000;

const DAY_MS = 24 * 60 * 60 * 1000;
/** The last day `utcDay` formatted: every call of a day formats it once. */
let lastDay = { number: Number.NaN, text: '' };

export function utcDay(at: Date): string {
  const number = Math.floor(at.getTime() / DAY_MS);
  if (number !== lastDay.number) lastDay = { number, text: at.toISOString().slice(0, 10) };
  return lastDay.text;
}

/**
 * Usage counters kept in memory and written in one batch every few seconds and on shutdown, so
 * a busy key costs no database write per request. A failed write keeps the counts for the next
 * flush; counts of a key deleted meanwhile are dropped.
 */
export class ApiKeyUsageBuffer {
  private pending = new Map<string, PendingKey>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  /** `onFlush`: told the number of usage rows (key and day) each successful write stored (the metrics). */
  constructor(private readonly onFlush: (rows: number) => void = () => undefined) {}

  record(keyId: string, organizationId: string, outcome: ApiKeyCallOutcome, authenticated: boolean, at = new Date()): void {
    let entry = this.pending.get(keyId);
    if (entry === undefined) {
      entry = { organizationId, lastUsedAt: null, days: new Map() };
      this.pending.set(keyId, entry);
    }
    if (authenticated && (entry.lastUsedAt === null || entry.lastUsedAt < at)) entry.lastUsedAt = at;
    const day = utcDay(at);
    const counts = entry.days.get(day) ?? { requests: 0, failures: 0, rateLimited: 0 };
    counts.requests += 1;
    if (outcome === 'failed') counts.failures += 1;
    if (outcome === 'rateLimited') counts.rateLimited += 1;
    entry.days.set(day, counts);
  }

  /** Calls of the organization's keys on `day` recorded here but not yet written. */
  pendingRequests(organizationId: string, day: string): number {
    return this.pendingCounts(organizationId, day).requests;
  }

  /** The organization's calls, failures and rate-limited calls on `day` not yet written. */
  pendingCounts(organizationId: string, day: string): { requests: number; failures: number; rateLimited: number } {
    const total = { requests: 0, failures: 0, rateLimited: 0 };
    for (const entry of this.pending.values()) {
      const counts = entry.organizationId === organizationId ? entry.days.get(day) : undefined;
      if (counts === undefined) continue;
      total.requests += counts.requests;
      total.failures += counts.failures;
      total.rateLimited += counts.rateLimited;
    }
    return total;
  }

  /** Writes everything recorded so far. Flushes never overlap. */
  flush(em: EntityManager): Promise<void> {
    this.flushing = this.flushing.catch(() => undefined).then(() => this.write(em));
    return this.flushing;
  }

  start(fork: () => EntityManager, logger: Logger, intervalMs = USAGE_FLUSH_INTERVAL_MS): void {
    if (this.timer !== null) return;
    this.timer = setInterval(() => {
      this.flush(fork()).catch((error: unknown) => logger.error({ err: error }, 'could not write API-key usage; will retry'));
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and writes what is left (graceful shutdown). */
  async stop(em: EntityManager): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.flush(em);
  }

  private async write(em: EntityManager): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    let rows: number;
    try {
      const usageRows: unknown[] = [];
      const usageValues: string[] = [];
      const usedRows: unknown[] = [];
      const usedValues: string[] = [];
      for (const [keyId, entry] of batch) {
        for (const [day, c] of entry.days) {
          usageValues.push('(?::uuid, ?::date, ?::int, ?::int, ?::int)');
          usageRows.push(keyId, day, c.requests, c.failures, c.rateLimited);
        }
        if (entry.lastUsedAt !== null) {
          usedValues.push('(?::uuid, ?::timestamptz)');
          usedRows.push(keyId, entry.lastUsedAt.toISOString());
        }
      }
      rows = usageValues.length;
      await em.transactional(async (tx) => {
        const connection = tx.getConnection();
        const ctx = tx.getTransactionContext();
        if (usageValues.length > 0) {
          await connection.execute(
            `insert into api_key_usage (id, api_key_id, day, requests, failures, rate_limited)
             select gen_random_uuid(), v.key_id, v.day, v.requests, v.failures, v.rate_limited
             from (values ${usageValues.join(', ')}) as v(key_id, day, requests, failures, rate_limited)
             join api_key k on k.id = v.key_id
             on conflict (api_key_id, day) do update set
               requests = api_key_usage.requests + excluded.requests,
               failures = api_key_usage.failures + excluded.failures,
               rate_limited = api_key_usage.rate_limited + excluded.rate_limited`,
            usageRows,
            'run',
            ctx,
          );
        }
        if (usedValues.length > 0) {
          await connection.execute(
            `update api_key set last_used_at = v.at
             from (values ${usedValues.join(', ')}) as v(id, at)
             where api_key.id = v.id and (api_key.last_used_at is null or api_key.last_used_at < v.at)`,
            usedRows,
            'run',
            ctx,
          );
        }
      });
    } catch (error) {
      this.mergeBack(batch);
      throw error;
    }
    this.onFlush(rows);
  }

  private mergeBack(batch: Map<string, PendingKey>): void {
    for (const [keyId, old] of batch) {
      const current = this.pending.get(keyId);
      if (current === undefined) {
        this.pending.set(keyId, old);
        continue;
      }
      if (old.lastUsedAt !== null && (current.lastUsedAt === null || current.lastUsedAt < old.lastUsedAt)) current.lastUsedAt = old.lastUsedAt;
      for (const [day, c] of old.days) {
        const into = current.days.get(day) ?? { requests: 0, failures: 0, rateLimited: 0 };
        into.requests += c.requests;
        into.failures += c.failures;
        into.rateLimited += c.rateLimited;
        current.days.set(day, into);
      }
    }
  }
}
