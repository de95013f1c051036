import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes of requests refused before execution: by the HTTP layer or while parsing and validating the operation. */
export const REQUEST_ERROR_CODES = ['BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'] as const;

/** How long a client is told to wait when a dependency (PostgreSQL) is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = 'Keyward is temporarily unavailable. Try again in a few seconds.';

/** The SERVICE_UNAVAILABLE error body (also answered before GraphQL runs, with HTTP 503). */
export function serviceUnavailableFormatted(): GraphQLFormattedError {
  return { message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS } };
}

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorDetails {
  fields?: FieldError[];
  retryAfterSeconds?: number;
  /** More for the client to act on (e.g. `reason` and `provider` of an SSO-only account); never a secret. */
  extensions?: Record<string, unknown>;
}

/**
 * Every generic error a service means the caller to see (not found, bad input, …): the helpers
 * below. A specific error of an area is an `AreaError`; anything else crossing the API is
 * reported as an internal error without its message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

/**
 * A specific error of one area, with the area's own code (e.g. `ApiKeyError('API_KEY_REVOKED')`):
 * each area subclasses it with a union of its codes, and graphql/format-error.ts gives every area
 * code its GraphQL code in one exhaustive switch (list a new subclass in `AnyAreaError` there).
 */
export abstract class AreaError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

export const unauthenticated = (message = 'You must sign in.') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found.`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);

export function badInput(fields: FieldError[]): DomainError {
  const first = fields[0];
  const message = first === undefined ? 'Invalid input.' : fields.length === 1 ? first.message : `${first.message} (and ${fields.length - 1} more)`;
  return new DomainError('BAD_USER_INPUT', message, { fields });
}

export const badField = (field: string, message: string) => badInput([{ field, message }]);

/** The one place a domain error becomes a GraphQL error. */
export function toGraphQLError(error: DomainError): GraphQLError {
  const extensions: Record<string, unknown> = { ...error.details.extensions, code: error.code };
  const fields = error.details.fields;
  if (fields !== undefined && fields.length > 0) {
    extensions.field = fields[0]?.field;
    extensions.fields = fields;
  }
  if (error.details.retryAfterSeconds !== undefined) extensions.retryAfter = error.details.retryAfterSeconds;
  return new GraphQLError(error.message, { extensions });
}
