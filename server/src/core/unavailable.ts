import { ConnectionException } from '@mikro-orm/core';

/** Socket-level failures: the peer is down, unreachable or went away mid-request. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/**
 * PostgreSQL SQLSTATEs meaning "not available right now": class 08 (connection exception),
 * 57P01-57P03 (admin/crash shutdown, cannot connect now), 53300 (too many connections).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;
/** What `pg` says when a connection drops without a SQLSTATE. */
const DROPPED = /Connection terminated|connection error|timeout exceeded when trying to connect|Client was closed|Connection ended/i;

/**
 * Whether an error means a dependency (PostgreSQL) cannot be reached, as opposed to a bug or bad
 * input: such errors become 503 SERVICE_UNAVAILABLE instead of a masked 500. Follows `cause`.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof ConnectionException) return true;
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
    if (DROPPED.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
