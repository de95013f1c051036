import pg from 'pg';
import type { Logger } from 'pino';

/** The prefix of `application_name` on every connection an instance opens: `keyward:<instance id>`. */
export const APPLICATION_NAME_PREFIX = 'keyward:';
export const INSTANCE_CHECK_INTERVAL_MS = 60_000;

export function applicationName(instanceId: string): string {
  return `${APPLICATION_NAME_PREFIX}${instanceId}`;
}

const COUNT_INSTANCES = `
  select count(distinct application_name)::int as instances
  from pg_stat_activity
  where datname = current_database() and starts_with(application_name, $1)`;

/**
 * Counts the Keyward instances sharing this database (distinct `keyward:<id>` application names
 * in `pg_stat_activity`) at start-up and every minute, and warns — once per change — when there
 * is more than one and Redis is not configured: each instance then counts rate limits in its own
 * memory, so every instance allows a key its full budget.
 *
 * The watch keeps one connection of its own open (named like the pool's), so an idle instance,
 * whose pool may have closed every connection, still counts.
 */
export class InstanceWatch {
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private warnedFor: number | null = null;
  private checking: Promise<number | null> = Promise.resolve(null);

  constructor(
    private readonly options: { databaseUrl: string; instanceId: string; redis: boolean; logger: Logger; intervalMs?: number },
  ) {}

  /** The first check (awaited), then one per interval. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.options.intervalMs ?? INSTANCE_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  /** Counts the instances now and logs what changed; `null` when the database could not be asked. */
  check(): Promise<number | null> {
    this.checking = this.checking.then(() => this.count().then((count) => this.report(count)));
    return this.checking;
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    // Ending the connection also ends a check in flight (it counts as not asked).
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async count(): Promise<number | null> {
    try {
      const client = await this.connection();
      const result = await client.query<{ instances: number }>(COUNT_INSTANCES, [APPLICATION_NAME_PREFIX]);
      return result.rows[0]?.instances ?? null;
    } catch (error) {
      // The database's own faults are reported by /healthz and the requests that meet them.
      this.options.logger.debug({ err: error }, 'could not count the Keyward instances sharing the database');
      const client = this.client;
      this.client = null;
      await client?.end().catch(() => undefined);
      return null;
    }
  }

  private async connection(): Promise<pg.Client> {
    if (this.client !== null) return this.client;
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: applicationName(this.options.instanceId),
      connectionTimeoutMillis: 5000,
      // A database that stops answering must not hold the check (and shutdown) forever.
      query_timeout: 5000,
    });
    // A dropped connection is replaced at the next check; without a listener it would crash the process.
    client.on('error', () => {
      if (this.client === client) this.client = null;
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private report(count: number | null): number | null {
    if (count === null || this.options.redis) return count;
    const { logger } = this.options;
    if (count > 1 && this.warnedFor !== count) {
      logger.warn(
        { instances: count },
        `${count} Keyward instances share this database but REDIS_URL is not set: each counts API-key and sign-in rate limits in its own memory, so each allows the full budget. Set REDIS_URL on every instance (README: Running several instances).`,
      );
      this.warnedFor = count;
    } else if (count <= 1 && this.warnedFor !== null) {
      logger.info({ instances: count }, 'this is the only Keyward instance on the database again: rate limits in memory are exact');
      this.warnedFor = null;
    }
    return count;
  }
}
