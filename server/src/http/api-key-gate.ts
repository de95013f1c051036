import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { effectiveRateLimit } from '@keyward/shared/api-keys';
import { rememberApiKeyRequest, type ApiKeyRequest } from '../modules/api-keys/api-key-request';
import { AUTHENTICATION_REQUIRED, presentedApiKey } from '../modules/api-keys/api-key-authenticator';
import type { ErrorCode } from '../core/errors';
import { isDependencyUnavailable } from '../core/unavailable';
import { sendServiceUnavailable } from './dependency-faults';
import type { Orm } from '../db/orm';
import type { Services } from '../services';

/** A GraphQL-shaped error answer for requests refused before GraphQL runs. */
export function sendGraphQLError(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode | 'INTERNAL_SERVER_ERROR',
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  res.status(status).type(type).send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/**
 * Authenticates `X-API-Key` / `Authorization: Bearer` requests to /graphql and applies the key's
 * rate limits, all before execution: a refused key gets 401 and an exhausted budget 429 without
 * the operation starting. Requests without a key pass through to the session cookie.
 */
export function apiKeyGate({ orm, services, logger }: { orm: Orm; services: Services; logger: Logger }): RequestHandler {
  const { apiKeyAuth, apiKeyRateLimiter, apiKeyUsage, operationCounter } = services;
  return (req: Request, res: Response, next: NextFunction) => {
    const token = presentedApiKey(req.headers);
    if (token === undefined) {
      next();
      return;
    }
    const em = orm.em.fork();
    (async () => {
      const result = await apiKeyAuth.authenticate(em, token);
      if (!result.ok) {
        if (result.key) apiKeyUsage.record(result.key.id, result.key.organization.id, 'failed', false);
        req.log.info({ apiKey: result.key?.publicId ?? null, refusal: result.refusal }, 'API key refused');
        res.setHeader('WWW-Authenticate', 'Bearer realm="keyward", error="invalid_token"');
        sendGraphQLError(req, res, 401, 'UNAUTHENTICATED', AUTHENTICATION_REQUIRED);
        return;
      }
      const { actor } = result;
      const key = actor.apiKey;
      const org = actor.organization;
      const limits = effectiveRateLimit(
        { perMinute: key.rateLimitPerMinute, perHour: key.rateLimitPerHour },
        {
          defaultRateLimit: { perMinute: org.defaultRateLimitPerMinute, perHour: org.defaultRateLimitPerHour },
          rateLimitCeiling: { perMinute: org.rateLimitCeilingPerMinute, perHour: org.rateLimitCeilingPerHour },
        },
      );
      const body: unknown = req.method === 'GET' ? req.query : req.body;
      const decision = await apiKeyRateLimiter.consume(key.id, limits, operationCounter.count(body));
      res.setHeader('RateLimit-Policy', decision.policy);
      res.setHeader('RateLimit-Limit', String(decision.limit));
      res.setHeader('RateLimit-Remaining', String(decision.remaining));
      res.setHeader('RateLimit-Reset', String(decision.resetSeconds));
      if (!decision.allowed) {
        const retryAfter = decision.retryAfterSeconds ?? decision.resetSeconds;
        apiKeyUsage.record(key.id, org.id, 'rateLimited', true);
        res.setHeader('Retry-After', String(retryAfter));
        sendGraphQLError(req, res, 429, 'RATE_LIMITED', `Rate limit exceeded for this API key. Retry in ${retryAfter} seconds.`, { retryAfter });
        return;
      }
      const state: ApiKeyRequest = { em, actor, hadErrors: false };
      rememberApiKeyRequest(req, state);
      res.on('finish', () => {
        apiKeyUsage.record(key.id, org.id, res.statusCode >= 400 || state.hadErrors ? 'failed' : 'ok', true);
      });
      next();
    })().catch((error: unknown) => {
      if (res.headersSent) {
        next(error);
      } else if (isDependencyUnavailable(error)) {
        logger.warn({ err: error }, 'API-key request answered 503: the database is unreachable');
        sendServiceUnavailable(req, res);
      } else {
        logger.error({ err: error }, 'API-key authentication failed unexpectedly');
        sendGraphQLError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      }
    });
  };
}
