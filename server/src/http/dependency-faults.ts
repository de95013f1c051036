import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { RateLimitStore } from '../rate-limit/rate-limit-store';
import type { Orm } from '../db/orm';
import { isDependencyUnavailable } from '../core/unavailable';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../core/errors';
import { preExecutionGraphQLError, sendPreExecutionError, serviceUnavailableAnswer } from '../graphql/pre-execution-errors';

const RETRY_AFTER = String(UNAVAILABLE_RETRY_AFTER_SECONDS);
const HEALTH_TIMEOUT_MS = 2000;

/**
 * Wraps the GraphQL context function: when building the context (resolving a session) fails
 * because the database is unreachable, the answer is a 503 SERVICE_UNAVAILABLE, not a masked 500.
 */
export function withDependencyFaults<A extends unknown[], C>(logger: Logger, context: (...args: A) => Promise<C>): (...args: A) => Promise<C> {
  return async (...args: A) => {
    try {
      return await context(...args);
    } catch (error) {
      if (!isDependencyUnavailable(error)) throw error;
      logger.warn({ err: error }, 'answered 503: the database is unreachable');
      throw preExecutionGraphQLError(serviceUnavailableAnswer());
    }
  };
}

/**
 * After execution: a response carrying SERVICE_UNAVAILABLE is HTTP 503 with Retry-After; one
 * carrying RATE_LIMITED gets Retry-After (its status stays 200, as the SPA expects).
 */
export function dependencyStatusPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const retryAfter = (code: string) =>
            errors
              .filter((e) => e.extensions?.code === code)
              .map((e) => e.extensions?.retryAfter)
              .filter((s): s is number => typeof s === 'number');
          const unavailable = retryAfter('SERVICE_UNAVAILABLE');
          if (unavailable.length > 0) {
            logger.warn('answered 503: the database is unreachable');
            response.http.status = 503;
            response.http.headers.set('retry-after', String(Math.max(...unavailable)));
            return;
          }
          const limited = retryAfter('RATE_LIMITED');
          if (limited.length > 0) response.http.headers.set('retry-after', String(Math.max(...limited)));
        },
      };
    },
  };
}

/** Last Express error handler for dependency failures; anything else goes on to the next handler. */
export function dependencyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (!isDependencyUnavailable(error) || res.headersSent) {
      next(error);
      return;
    }
    logger.warn({ err: error }, 'answered 503: the database is unreachable');
    sendPreExecutionError(req, res, serviceUnavailableAnswer());
  };
}

async function within<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), HEALTH_TIMEOUT_MS);
  });
  const result = await Promise.race([work, timeout]);
  clearTimeout(timer);
  return result;
}

/**
 * `/healthz`: 200 when PostgreSQL (and Redis, when configured) answer; otherwise 503 naming the
 * dependency that is down, e.g. `{"status":"error","database":"ok","redis":"unreachable"}`
 * (`redis` only when REDIS_URL is set).
 */
export function healthz({ orm, store, logger }: { orm: Orm; store: RateLimitStore; logger: Logger }): RequestHandler {
  return async (_req, res) => {
    const database = within(
      orm.em
        .getConnection()
        .execute('select 1')
        .then(
          () => 'ok' as const,
          (error: unknown) => {
            logger.error({ err: error }, 'health check: database unreachable');
            return 'unreachable' as const;
          },
        ),
      'unreachable' as const,
    );
    const [db, redis] = await Promise.all([database, store.health()]);
    const down = db !== 'ok' || redis === 'unreachable';
    if (down) res.status(503).setHeader('Retry-After', RETRY_AFTER);
    // Redis is named only when configured; without it counters are in memory and nothing is down.
    res.json({ status: down ? 'error' : 'ok', database: db, ...(redis === 'not configured' ? {} : { redis }) });
  };
}
