import { AreaError } from '../core/errors';

/** Too many attempts (sign-in, invitation, setup) from one address or on one account. */
export type RateLimitErrorCode = 'RATE_LIMIT_ATTEMPTS';

export class RateLimitError extends AreaError<RateLimitErrorCode> {}
