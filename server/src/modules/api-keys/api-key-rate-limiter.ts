import type { RateLimitPair } from '@keyward/shared/organization-settings';
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
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

interface Window {
  name: 'minute' | 'hour';
  seconds: number;
  limiter: RateLimiterAbstract;
}

/**
 * Per-key budgets per minute and per hour, counted in operations. Each key has its own limits,
 * so the limiters count without a cap of their own (points are effectively unlimited) and the
 * comparison with the key's limits happens here. In memory by default; in Redis when configured,
 * which makes several instances share one budget (with an in-memory fallback if Redis is down).
 */
export class ApiKeyRateLimiter {
  private readonly windows: Window[];

  constructor(private readonly rateLimitStore: RateLimitStore) {
    const points = 1_000_000_000_000;
    const make = (name: Window['name'], seconds: number): Window => ({
      name,
      seconds,
      limiter: rateLimitStore.limiter({ keyPrefix: `api-key:${name}`, points, duration: seconds }),
    });
    this.windows = [make('minute', 60), make('hour', 3600)];
  }

  get store(): 'memory' | 'redis' {
    return this.rateLimitStore.kind;
  }

  /**
   * Charges `cost` operations to the key. The hour window is only charged once the minute window
   * allowed the request, so a burst refused per minute does not also spend the hour.
   */
  async consume(keyId: string, limits: RateLimitPair, cost: number): Promise<RateDecision> {
    const seen: { window: Window; limit: number; res: RateLimiterRes }[] = [];
    let refused: { window: Window; res: RateLimiterRes } | null = null;
    for (const window of this.windows) {
      const limit = window.name === 'minute' ? limits.perMinute : limits.perHour;
      const res = await window.limiter.consume(keyId, cost);
      seen.push({ window, limit, res });
      if (res.consumedPoints > limit) {
        refused = { window, res };
        break;
      }
    }
    let retryAfterMs = refused?.res.msBeforeNext ?? 0;
    if (refused !== null) {
      // Retrying when the refusing window resets only helps if no later window is spent too.
      for (const window of this.windows.slice(seen.length)) {
        const limit = window.name === 'minute' ? limits.perMinute : limits.perHour;
        const res = await window.limiter.get(keyId);
        if (res !== null && res.consumedPoints >= limit) retryAfterMs = Math.max(retryAfterMs, res.msBeforeNext);
      }
    }
    const tightest = seen.reduce((a, b) => (b.limit - b.res.consumedPoints < a.limit - a.res.consumedPoints ? b : a));
    const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
    return {
      allowed: refused === null,
      retryAfterSeconds: refused === null ? null : seconds(retryAfterMs),
      limit: tightest.limit,
      remaining: Math.max(0, tightest.limit - tightest.res.consumedPoints),
      resetSeconds: seconds(tightest.res.msBeforeNext),
      policy: `${limits.perMinute};w=60, ${limits.perHour};w=3600`,
    };
  }
}
