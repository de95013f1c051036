import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitStore } from './rate-limit-store';
import { RateLimitError } from './rate-limit.errors';

const WINDOW_SECONDS = 15 * 60;
/** Attempts per account from one address, per window. */
export const ATTEMPTS_PER_ACCOUNT_AND_ADDRESS = 10;
/** Failed attempts per address over all accounts, per window. */
export const ATTEMPTS_PER_ADDRESS = 100;
/** Attempts on one account (from any address) before each further one is slowed down. */
export const ATTEMPTS_BEFORE_SLOWDOWN = 10;
const FIRST_DELAY_MS = 250;
/** The slowdown never grows past this: an account is slowed, never locked. */
export const MAX_DELAY_MS = 3000;

/** The wait before the `attempt`-th attempt on one account in the window (1-based). */
export function slowdownMs(attempt: number): number {
  const over = attempt - ATTEMPTS_BEFORE_SLOWDOWN;
  if (over <= 0) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (over - 1));
}

/** A reserved attempt: report a success so the caller's counters are cleared. */
export interface LoginAttempt {
  succeeded: () => Promise<void>;
}

/**
 * Sign-in, password, invitation and setup attempts. Each attempt is reserved (counted) before the
 * secret is checked, in one atomic step per counter, so parallel guesses cannot slip past the limit:
 * - per account and address: 10 per 15 minutes, then RATE_LIMITED;
 * - per address: 100 failures per 15 minutes, then RATE_LIMITED;
 * - per account over all addresses: after 10 attempts each further one waits longer (250 ms,
 *   doubling, at most 3 s), so guessing from many addresses is slow, and a stranger failing on
 *   purpose can slow the real user down a little but never lock them out.
 * A success clears the account's counters and gives the address its point back.
 * Counters live in Redis when configured (shared by every instance), in memory otherwise.
 */
export class LoginLimiter {
  private readonly perPair: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(store: RateLimitStore) {
    this.perPair = store.limiter({ keyPrefix: 'login:pair', points: ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, duration: WINDOW_SECONDS });
    this.perAddress = store.limiter({ keyPrefix: 'login:address', points: ATTEMPTS_PER_ADDRESS, duration: WINDOW_SECONDS });
    // Counts only; it never refuses.
    this.perAccount = store.limiter({ keyPrefix: 'login:account', points: Number.MAX_SAFE_INTEGER, duration: WINDOW_SECONDS });
  }

  /**
   * Counts one attempt on `account` from `ip` before anything is checked; throws RATE_LIMITED
   * when a budget is spent, otherwise waits the account's slowdown.
   */
  async reserve(account: string, ip: string | null): Promise<LoginAttempt> {
    const address = ip ?? 'unknown';
    const pairKey = `${address} ${account}`;
    const outcomes = await Promise.all([refusal(this.perPair.consume(pairKey)), refusal(this.perAddress.consume(address))]);
    const refusedMs = Math.max(...outcomes);
    if (refusedMs > 0) {
      const retryAfterSeconds = Math.max(1, Math.ceil(refusedMs / 1000));
      throw new RateLimitError('RATE_LIMIT_ATTEMPTS', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
    }
    const { consumedPoints } = await this.perAccount.consume(account);
    const delay = slowdownMs(consumedPoints);
    if (delay > 0) await sleep(delay);
    return {
      succeeded: async () => {
        await Promise.all([this.perPair.delete(pairKey), this.perAccount.delete(account), this.perAddress.reward(address)]);
      },
    };
  }
}

/** Milliseconds until a refusing limiter allows again, or 0 when the attempt was counted. */
async function refusal(consumption: Promise<RateLimiterRes>): Promise<number> {
  try {
    await consumption;
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, error.msBeforeNext);
    throw error;
  }
}
