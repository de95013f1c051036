import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../graphql/errors';

/**
 * Failed sign-in and password attempts, counted per account and per IP. Only failures
 * consume points; a success clears the account's counter.
 */
export class LoginLimiter {
  private readonly perAccount = new RateLimiterMemory({ keyPrefix: 'login-account', points: 10, duration: 15 * 60 });
  private readonly perIp = new RateLimiterMemory({ keyPrefix: 'login-ip', points: 100, duration: 15 * 60 });

  /** Throws RATE_LIMITED when either budget is spent. */
  async check(account: string, ip: string | null): Promise<void> {
    const [byAccount, byIp] = await Promise.all([this.perAccount.get(account), ip ? this.perIp.get(ip) : null]);
    const blocked = [
      { res: byAccount, points: 10 },
      { res: byIp, points: 100 },
    ].find(({ res, points }) => res !== null && res.consumedPoints >= points);
    if (blocked?.res) throw rateLimited(Math.max(1, Math.ceil(blocked.res.msBeforeNext / 1000)));
  }

  async fail(account: string, ip: string | null): Promise<void> {
    const swallow = (error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    };
    await Promise.all([this.perAccount.consume(account).catch(swallow), ip ? this.perIp.consume(ip).catch(swallow) : null]);
  }

  async succeed(account: string): Promise<void> {
    await this.perAccount.delete(account);
  }
}
