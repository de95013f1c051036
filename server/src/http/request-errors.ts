import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** A GraphQL-shaped error body, for requests refused before GraphQL could read them. */
export function sendRequestError(res: Response, status: number, message: string, code = 'BAD_REQUEST'): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** POST /graphql takes JSON only (GraphQL over HTTP); anything else is 415 before the body is read. */
export function requireJsonBody(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.is('application/json') === 'application/json') {
      next();
      return;
    }
    sendRequestError(res, 415, 'The request body must be JSON (Content-Type: application/json).', 'UNSUPPORTED_MEDIA_TYPE');
  };
}

interface HttpErrorLike {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
}

/** Messages for body-parser's refusals, by its error type; never the parser's own text, which may quote the body. */
const BODY_ERRORS: Record<string, { status: number; message: string; code?: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The request body is too large.', code: 'PAYLOAD_TOO_LARGE' },
  'entity.verify.failed': { status: 400, message: 'The request body could not be read.' },
  'encoding.unsupported': { status: 415, message: 'This Content-Encoding is not supported.', code: 'UNSUPPORTED_MEDIA_TYPE' },
  'charset.unsupported': { status: 415, message: 'This charset is not supported; send UTF-8.', code: 'UNSUPPORTED_MEDIA_TYPE' },
  'request.aborted': { status: 400, message: 'The request was aborted.' },
  'request.size.invalid': { status: 400, message: 'The request body does not match its Content-Length.' },
  'stream.encoding.set': { status: 500, message: 'Internal server error.', code: 'INTERNAL_SERVER_ERROR' },
};

/**
 * The error middleware for requests Express refused (body parsing, sizes, encodings): a GraphQL-shaped
 * JSON error with the right 4xx status and no stack, in every NODE_ENV. Other errors go on to the next handler.
 */
export function requestErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const http = (typeof error === 'object' && error !== null ? error : {}) as HttpErrorLike;
    const known = typeof http.type === 'string' ? BODY_ERRORS[http.type] : undefined;
    const status = typeof http.status === 'number' ? http.status : typeof http.statusCode === 'number' ? http.statusCode : undefined;
    if (res.headersSent || (known === undefined && (status === undefined || status < 400 || status >= 500))) {
      next(error);
      return;
    }
    if (known === undefined || known.status >= 500) logger.warn({ err: error }, 'request refused before GraphQL');
    sendRequestError(res, known?.status ?? status ?? 400, known?.message ?? 'The request could not be read.', known?.code);
  };
}

/** The last resort: anything unexpected is a masked 500 in the same shape, logged, never Express's HTML page. */
export function internalErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    logger.error({ err: error }, 'unexpected error in an HTTP handler');
    if (res.headersSent) {
      next(error);
      return;
    }
    sendRequestError(res, 500, 'Internal server error.', 'INTERNAL_SERVER_ERROR');
  };
}
