import { HeaderMap } from '@apollo/server';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { serviceUnavailableFormatted, UNAVAILABLE_RETRY_AFTER_SECONDS, type ErrorCode } from '../core/errors';
import { AUTHENTICATION_REQUIRED } from '../modules/api-keys/api-key-authenticator';

/**
 * An answer to a request refused before its operation runs: the HTTP status, the headers and a
 * GraphQL-shaped body (`{ errors: [{ message, extensions: { code, … } }] }`). The HTTP gate sends
 * it with `sendPreExecutionError`; plugins throw it with `preExecutionGraphQLError`.
 */
export interface PreExecutionError {
  status: 401 | 403 | 429 | 500 | 503;
  code: ErrorCode | 'INTERNAL_SERVER_ERROR';
  message: string;
  headers: Record<string, string>;
  /** Extensions besides `code`, e.g. `retryAfter`. */
  extensions: Record<string, unknown>;
}

/** 401: nobody is authenticated (no actor, or a refused API key: `invalidToken`); the message never says which. */
export function unauthenticatedAnswer(invalidToken: boolean): PreExecutionError {
  const challenge = invalidToken ? 'Bearer realm="keyward", error="invalid_token"' : 'Bearer realm="keyward"';
  return { status: 401, code: 'UNAUTHENTICATED', message: AUTHENTICATION_REQUIRED, headers: { 'WWW-Authenticate': challenge }, extensions: {} };
}

/** 403: nothing of the operation may run for this actor. */
export function forbiddenAnswer(message: string): PreExecutionError {
  return { status: 403, code: 'FORBIDDEN', message, headers: {}, extensions: {} };
}

/** 429: the API key's budget is spent for `retryAfter` seconds. */
export function rateLimitedAnswer(retryAfter: number): PreExecutionError {
  return {
    status: 429,
    code: 'RATE_LIMITED',
    message: `Rate limit exceeded for this API key. Retry in ${retryAfter} seconds.`,
    headers: { 'Retry-After': String(retryAfter) },
    extensions: { retryAfter },
  };
}

/** 503: a dependency (PostgreSQL) is unreachable. */
export function serviceUnavailableAnswer(): PreExecutionError {
  const { message, extensions } = serviceUnavailableFormatted();
  const { code: _code, ...rest } = extensions ?? {};
  return {
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    message,
    headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    extensions: rest,
  };
}

/** 500: anything unexpected, masked. */
export function internalAnswer(): PreExecutionError {
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.', headers: {}, extensions: {} };
}

/** Sends the answer from Express (before Apollo runs), in the media type the client accepts. */
export function sendPreExecutionError(req: Request, res: Response, answer: PreExecutionError): void {
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  const body = { errors: [{ message: answer.message, extensions: { code: answer.code, ...answer.extensions } }] };
  res.status(answer.status).type(type).send(JSON.stringify(body));
}

/** The answer as an error an Apollo plugin throws (Apollo sends its status and headers). */
export function preExecutionGraphQLError(answer: PreExecutionError): GraphQLError {
  const headers = new HeaderMap(Object.entries(answer.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return new GraphQLError(answer.message, {
    extensions: { code: answer.code, ...answer.extensions, http: { status: answer.status, headers } },
  });
}
