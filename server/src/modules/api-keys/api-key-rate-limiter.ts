import type { RateLimitPair } from '@keyward/shared/organization-settings';
import type { Redis } from 'ioredis';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { RateLimitStore } from '../../rate-limit/rate-limit-store';

/** What one request may do, and what the RateLimit headers tell the caller. */
export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the exhausted window resets (only when refused). */
  retryAfterSeconds: number | null;
  /** The window with the fewest requests left. */
  limit: number;
  remaining: number;
  resetSeconds: number;
  /** `RateLimit-Policy`: every window, e.g. `60;w=60, 1000;w=3600`. */
  policy: string;
}

/** A charge, and the Redis versions of the scopes asked for (null when counted in memory). */
export interface RateCharge {
  decision: RateDecision;
  versions: string | null;
  /** The counts behind `decision`, to decide again under limits read afterwards (see `decideAgain`). */
  readonly counted: Counted;
}

type WindowName = 'minute' | 'hour';

const WINDOW_SECONDS: Record<WindowName, number> = { minute: 60, hour: 3600 };

/** A window's count after this request, and how long until it resets. */
interface WindowState {
  consumed: number;
  msBeforeNext: number;
}

export interface Counted {
  minute: WindowState;
  /** The hour window; `charged` false when the minute window refused (the hour is only looked at). */
  hour: WindowState | null;
  hourCharged: boolean;
  versions: string | null;
}

/**
 * Charges both windows and reads the authority versions in one round trip: the minute window
 * always, the hour window only when the minute allowed the request (else it is only read, for
 * Retry-After). KEYS: minute, hour, then the version keys. ARGV: cost, minute limit.
 */
const CHARGE_SCRIPT = `
local cost = tonumber(ARGV[1])
local minuteLimit = tonumber(ARGV[2])
local function charge(key, ms)
  local n = redis.call('INCRBY', key, cost)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, ms)
    ttl = ms
  end
  return n, ttl
end
local mn, mt = charge(KEYS[1], 60000)
local hn, ht, charged
if mn > minuteLimit then
  hn = tonumber(redis.call('GET', KEYS[2]) or '-1')
  ht = redis.call('PTTL', KEYS[2])
  charged = 0
else
  hn, ht = charge(KEYS[2], 3600000)
  charged = 1
end
local versions = {}
for i = 3, #KEYS do
  versions[#versions + 1] = redis.call('GET', KEYS[i]) or '0'
end
return {mn, mt, hn, ht, charged, table.concat(versions, ':')}
`;

interface ChargingRedis extends Redis {
  keywardChargeApiKey(...args: (string | number)[]): Promise<[number, number, number, number, number, string]>;
}

/**
 * Per-key budgets per minute and per hour, counted in operations. Each key has its own limits,
 * so the counters have no cap of their own and the comparison with the key's limits happens here.
 * In memory by default; in Redis when configured, which makes several instances share one budget
 * (one script call per request, which also returns the key's authority versions), with the
 * in-memory counters as fallback while Redis is away.
 */
export class ApiKeyRateLimiter {
  private readonly memory: Record<WindowName, RateLimiterMemory>;
  private readonly redis: ChargingRedis | null;
  /** The script's KEYS for a key and a list of scopes, built once per cached authority's list. */
  private readonly scriptKeys = new WeakMap<readonly string[], { keyId: string; keys: string[] }>();

  constructor(private readonly rateLimitStore: RateLimitStore) {
    const points = 1_000_000_000_000;
    const make = (name: WindowName) => rateLimitStore.memoryLimiter({ keyPrefix: `api-key:${name}`, points, duration: WINDOW_SECONDS[name] });
    this.memory = { minute: make('minute'), hour: make('hour') };
    const client = rateLimitStore.client;
    if (client !== null && !('keywardChargeApiKey' in client)) client.defineCommand('keywardChargeApiKey', { lua: CHARGE_SCRIPT });
    // defineCommand added the method to this client.
    this.redis = client as ChargingRedis | null;
  }

  get store(): 'memory' | 'redis' {
    return this.rateLimitStore.kind;
  }

  /**
   * Charges `cost` operations to the key. The hour window is only charged once the minute window
   * allowed the request, so a burst refused per minute does not also spend the hour. With Redis,
   * the same round trip returns the current versions of `versionScopes`.
   */
  async consume(keyId: string, limits: RateLimitPair, cost: number, versionScopes: readonly string[] = []): Promise<RateCharge> {
    const inRedis = this.redis === null ? null : await this.countInRedis(this.redis, keyId, limits, cost, versionScopes);
    const counted = inRedis ?? (await this.countInMemory(keyId, limits, cost));
    return { decision: decide(counted, limits), versions: counted.versions, counted };
  }

  /** The same charge judged under the key's limits as just read again (they changed since it was cached). */
  decideAgain(charge: RateCharge, limits: RateLimitPair): RateDecision {
    return decide(charge.counted, limits);
  }

  private async countInRedis(redis: ChargingRedis, keyId: string, limits: RateLimitPair, cost: number, versionScopes: readonly string[]): Promise<Counted | null> {
    if (this.rateLimitStore.connected() === null) return null;
    const keys = this.keysFor(keyId, versionScopes);
    try {
      const [mn, mt, hn, ht, charged, versions] = await redis.keywardChargeApiKey(keys.length, ...keys, cost, limits.perMinute);
      const hour = hn < 0 || ht < 0 ? null : { consumed: hn, msBeforeNext: ht };
      return { minute: { consumed: mn, msBeforeNext: mt }, hour, hourCharged: charged === 1, versions };
    } catch {
      // Redis went away mid-call: count this request in memory, as the store's fallback does.
      return null;
    }
  }

  private keysFor(keyId: string, versionScopes: readonly string[]): string[] {
    const known = this.scriptKeys.get(versionScopes);
    if (known?.keyId === keyId) return known.keys;
    const prefix = this.rateLimitStore.prefix;
    const keys = [`${prefix}:api-key:minute:${keyId}`, `${prefix}:api-key:hour:${keyId}`, ...this.rateLimitStore.versionKeysOf(versionScopes)];
    this.scriptKeys.set(versionScopes, { keyId, keys });
    return keys;
  }

  private async countInMemory(keyId: string, limits: RateLimitPair, cost: number): Promise<Counted> {
    const minuteRes = await this.memory.minute.consume(keyId, cost);
    const minute = { consumed: minuteRes.consumedPoints, msBeforeNext: minuteRes.msBeforeNext };
    if (minute.consumed > limits.perMinute) {
      const hourRes = await this.memory.hour.get(keyId);
      const hour = hourRes === null ? null : { consumed: hourRes.consumedPoints, msBeforeNext: hourRes.msBeforeNext };
      return { minute, hour, hourCharged: false, versions: null };
    }
    const hourRes = await this.memory.hour.consume(keyId, cost);
    return { minute, hour: { consumed: hourRes.consumedPoints, msBeforeNext: hourRes.msBeforeNext }, hourCharged: true, versions: null };
  }
}

/** Whole seconds, at least 1, of a window's remaining milliseconds. */
function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Of two windows, the one with fewer requests left. */
function fewerLeft(a: { limit: number; state: WindowState }, b: { limit: number; state: WindowState }) {
  return b.limit - b.state.consumed < a.limit - a.state.consumed ? b : a;
}

function decide({ minute, hour, hourCharged }: Counted, limits: RateLimitPair): RateDecision {
  const seen: { limit: number; state: WindowState }[] = [{ limit: limits.perMinute, state: minute }];
  let refused: WindowState | null = minute.consumed > limits.perMinute ? minute : null;
  let retryAfterMs = refused?.msBeforeNext ?? 0;
  if (hourCharged && hour !== null) {
    seen.push({ limit: limits.perHour, state: hour });
    if (hour.consumed > limits.perHour) {
      refused = hour;
      retryAfterMs = hour.msBeforeNext;
    }
  } else if (refused !== null && hour !== null && hour.consumed >= limits.perHour) {
    // Retrying when the minute resets only helps if the hour is not spent too.
    retryAfterMs = Math.max(retryAfterMs, hour.msBeforeNext);
  }
  const tightest = seen.reduce(fewerLeft);
  return {
    allowed: refused === null,
    retryAfterSeconds: refused === null ? null : seconds(retryAfterMs),
    limit: tightest.limit,
    remaining: Math.max(0, tightest.limit - tightest.state.consumed),
    resetSeconds: seconds(tightest.state.msBeforeNext),
    policy: `${limits.perMinute};w=60, ${limits.perHour};w=3600`,
  };
}
