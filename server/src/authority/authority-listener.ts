import pg from 'pg';
import type { Logger } from 'pino';
import type { AuthorityCache, AuthorityScope } from './authority-cache';

/** The PostgreSQL channel every change to an authority is announced on (payload: space-separated scopes). */
export const AUTHORITY_CHANNEL = 'keyward_authority';
/** How the listener's connection is named in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'keyward-listener';

const BACKOFF_MIN_MS = 100;
const BACKOFF_MAX_MS = 5_000;

export function parseAuthorityPayload(payload: string | undefined): AuthorityScope[] {
  return (payload ?? '')
    .split(' ')
    .filter((s): s is AuthorityScope => /^(key|user|org):[\w-]+$/.test(s));
}

/**
 * LISTENs on a dedicated connection (not the ORM pool) and evicts what each notification names.
 * While the connection is down the cache holds nothing (fail closed) and it reconnects with backoff.
 */
export class AuthorityListener {
  private client: pg.Client | null = null;
  private stopped = true;
  private backoffMs = BACKOFF_MIN_MS;
  private timer: NodeJS.Timeout | undefined;
  /** How many times it has started listening (1 once up; more after reconnections). */
  listens = 0;
  /** The PostgreSQL backend pid of the listening connection, null while down. */
  backendPid: number | null = null;

  constructor(
    private readonly cache: AuthorityCache,
    private readonly logger?: Logger,
  ) {}

  /** Starts listening; resolves once the first attempt is over (listening or retrying). */
  async start(databaseUrl: string): Promise<void> {
    this.stopped = false;
    await this.connect(databaseUrl);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    this.cache.setListening(false);
    await client?.end().catch(() => undefined);
  }

  private async connect(databaseUrl: string): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: databaseUrl, application_name: LISTENER_APPLICATION_NAME, connectionTimeoutMillis: 5000 });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) {
        this.client = null;
        this.backendPid = null;
      }
      this.cache.setListening(false);
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger?.warn({ err: error }, 'authority listener lost its database connection; verifying every request until it listens again');
      this.retry(databaseUrl);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === AUTHORITY_CHANNEL) this.cache.evict(parseAuthorityPayload(message.payload), 'notify');
    });
    try {
      await client.connect();
      await client.query(`listen ${AUTHORITY_CHANNEL}`);
      const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      this.backendPid = rows[0]?.pid ?? null;
    } catch (error) {
      onLost(error instanceof Error ? error : undefined);
      return;
    }
    if (this.stopped || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.backoffMs = BACKOFF_MIN_MS;
    this.listens += 1;
    this.cache.setListening(true);
  }

  private retry(databaseUrl: string): void {
    const delay = this.backoffMs;
    this.backoffMs = Math.min(BACKOFF_MAX_MS, this.backoffMs * 2);
    this.timer = setTimeout(() => void this.connect(databaseUrl), delay);
  }
}
