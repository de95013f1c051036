import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { ApiKeyRequest, type ApiKeyAdmission } from '../modules/api-keys/api-key-request';
import { presentedApiKey } from '../modules/api-keys/api-key-authenticator';
import type { RateDecision } from '../modules/api-keys/api-key-rate-limiter';
import { isDependencyUnavailable } from '../core/unavailable';
import {
  internalAnswer,
  rateLimitedAnswer,
  sendPreExecutionError,
  serviceUnavailableAnswer,
  unauthenticatedAnswer,
} from '../graphql/pre-execution-errors';
import type { Orm } from '../db/orm';
import type { Services } from '../services/services';

function setRateLimitHeaders(res: Response, rate: RateDecision): void {
  res.setHeader('RateLimit-Policy', rate.policy);
  res.setHeader('RateLimit-Limit', String(rate.limit));
  res.setHeader('RateLimit-Remaining', String(rate.remaining));
  res.setHeader('RateLimit-Reset', String(rate.resetSeconds));
}

/** Records an admitted request's outcome once its response is sent (a `finish` listener: `this` is the response). */
function finishKeyedRequest(this: Response): void {
  this.locals.apiKeyRequest?.finish(this.statusCode);
}

interface GateDeps {
  orm: Orm;
  services: Services;
  logger: Logger;
}

/**
 * Admits `X-API-Key` / `Authorization: Bearer` requests to /graphql before execution (see
 * ApiKeyRequest): a refused key gets 401 and an exhausted budget 429 without the operation
 * starting. Requests without a key pass through to the session cookie.
 */
export function apiKeyGate(deps: GateDeps): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = presentedApiKey(req.headers);
    if (token === undefined) {
      next();
      return;
    }
    void admitKeyed(deps, token, req, res, next);
  };
}

/** The gate's answer to a request presenting `token` (a function of the module: no closures made per request). */
async function admitKeyed({ orm, services, logger }: GateDeps, token: string, req: Request, res: Response, next: NextFunction): Promise<void> {
  let admission: ApiKeyAdmission;
  try {
    const body: unknown = req.method === 'GET' ? req.query : req.body;
    admission = await ApiKeyRequest.admit(services, orm.em.fork(), token, body);
  } catch (error) {
    if (isDependencyUnavailable(error)) {
      logger.warn({ err: error }, 'API-key request answered 503: the database is unreachable');
      sendPreExecutionError(req, res, serviceUnavailableAnswer());
    } else {
      logger.error({ err: error }, 'API-key authentication failed unexpectedly');
      sendPreExecutionError(req, res, internalAnswer());
    }
    return;
  }
  const { metrics } = services;
  switch (admission.outcome) {
    case 'refused':
      metrics.apiKeyAuthentication({ outcome: 'refused', reason: admission.refusal });
      req.log.info({ apiKey: admission.apiKey, refusal: admission.refusal }, 'API key refused');
      sendPreExecutionError(req, res, unauthenticatedAnswer(true));
      return;
    case 'rateLimited':
      metrics.apiKeyAuthentication({ outcome: 'rate_limited' });
      metrics.rateLimitDecision('limited', services.rateLimitStore.kind);
      setRateLimitHeaders(res, admission.rate);
      sendPreExecutionError(req, res, rateLimitedAnswer(admission.retryAfter));
      return;
    case 'admitted':
      metrics.apiKeyAuthentication({ outcome: 'admitted' });
      metrics.rateLimitDecision('allowed', services.rateLimitStore.kind);
      setRateLimitHeaders(res, admission.rate);
      res.locals.apiKeyRequest = admission.request;
      res.on('finish', finishKeyedRequest);
      // Outside the try: what the rest of the request throws is Express's to handle, never answered twice.
      next();
  }
}
