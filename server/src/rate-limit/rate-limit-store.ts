import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from 'pino';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  /** Window in seconds. */
  duration: number;
}

/** What /healthz reports for the rate-limit store. */
export type StoreHealth = 'ok' | 'unreachable' | 'not configured';

const PING_TIMEOUT_MS = 1500;
/** Authority versions outlive any cached entry many times over (see AuthorityCache max-age). */
const VERSION_TTL_SECONDS = 24 * 60 * 60;

/**
 * Where rate-limit counters live: in memory, or in Redis when REDIS_URL is set so several
 * instances share one budget. Every Redis limiter has an in-memory insurance limiter: while Redis
 * is away counting goes on in memory (said once in the log, and once more when Redis is back).
 */
export class RateLimitStore {
  /** Prefix of every key this store writes (KEYWARD_REDIS_PREFIX). */
  readonly prefix: string;
  private readonly redis: Redis | null;
  private readonly logger: Logger | undefined;
  private down = false;
  private readonly versionKeys = new WeakMap<readonly string[], string[]>();

  constructor(options: { redisUrl?: string; prefix: string; logger?: Logger }) {
    this.prefix = options.prefix;
    this.redis = options.redisUrl ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000, enableAutoPipelining: true }) : null;
    const logger = options.logger;
    this.logger = logger;
    this.redis?.on('error', (error: Error) => {
      if (this.down) return;
      this.down = true;
      logger?.warn({ err: error }, 'rate-limit store (Redis) unreachable; counting in memory until it is back');
    });
    this.redis?.on('ready', () => {
      if (!this.down) return;
      this.down = false;
      logger?.info('rate-limit store (Redis) is back; counting in Redis again');
    });
  }

  get kind(): 'memory' | 'redis' {
    return this.redis ? 'redis' : 'memory';
  }

  /** A limiter that always counts in this instance's memory (the fallback of a Redis-backed counter). */
  memoryLimiter({ keyPrefix, points, duration }: LimiterOptions): RateLimiterMemory {
    return new RateLimiterMemory({ keyPrefix: `${this.prefix}:${keyPrefix}`, points, duration });
  }

  limiter({ keyPrefix, points, duration }: LimiterOptions): RateLimiterAbstract {
    const prefixed = `${this.prefix}:${keyPrefix}`;
    const memory = new RateLimiterMemory({ keyPrefix: prefixed, points, duration });
    if (this.redis === null) return memory;
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: prefixed,
      points,
      duration,
      insuranceLimiter: memory,
      // Straight to memory while disconnected, instead of waiting on the offline queue.
      rejectIfRedisNotReady: true,
    });
  }

  /** The Redis client while it is connected; null without Redis or while it is away (count in memory then). */
  connected(): Redis | null {
    return this.redis?.status === 'ready' ? this.redis : null;
  }

  /** The Redis client, to define scripts on (null without Redis). */
  get client(): Redis | null {
    return this.redis;
  }

  /** Where the version of an authority scope (`key:<id>`, `user:<id>`, `org:<id>`) lives in Redis. */
  versionKey(scope: string): string {
    return `${this.prefix}:authority:${scope}`;
  }

  /** The Redis keys of `scopes`' versions, built once per list (callers keep their lists). */
  versionKeysOf(scopes: readonly string[]): string[] {
    let keys = this.versionKeys.get(scopes);
    if (keys === undefined) {
      keys = scopes.map((s) => this.versionKey(s));
      this.versionKeys.set(scopes, keys);
    }
    return keys;
  }

  /** The current versions of `scopes`, joined; null when Redis is not configured or not reachable. */
  async versions(scopes: readonly string[]): Promise<string | null> {
    const redis = this.connected();
    if (redis === null) return null;
    try {
      const values = await redis.mget(this.versionKeysOf(scopes));
      return values.map((v) => v ?? '0').join(':');
    } catch {
      return null;
    }
  }

  /**
   * Advances the versions of `scopes` after a change committed, so every instance sees its cached
   * authority is stale on its next request. Without Redis, or while it is away, this does nothing:
   * the database notification still evicts.
   */
  async bumpVersions(scopes: readonly string[]): Promise<void> {
    const redis = this.connected();
    if (redis === null || scopes.length === 0) return;
    const pipeline = redis.multi();
    for (const scope of scopes) pipeline.incr(this.versionKey(scope)).expire(this.versionKey(scope), VERSION_TTL_SECONDS);
    try {
      await pipeline.exec();
    } catch (error) {
      this.logger?.warn({ err: error, scopes }, 'could not advance authority versions in Redis; other instances rely on the database notification');
    }
  }

  async health(): Promise<StoreHealth> {
    const redis = this.redis;
    if (redis === null) return 'not configured';
    if (redis.status !== 'ready') return 'unreachable';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<StoreHealth>((resolve) => {
      timer = setTimeout(() => resolve('unreachable'), PING_TIMEOUT_MS);
    });
    const ping = redis.ping().then(
      (): StoreHealth => 'ok',
      (): StoreHealth => 'unreachable',
    );
    const result = await Promise.race([ping, timeout]);
    clearTimeout(timer);
    return result;
  }

  async close(): Promise<void> {
    if (this.redis && this.redis.status !== 'end') await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
