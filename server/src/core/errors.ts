import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { isDependencyUnavailable } from './unavailable';

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

/**
 * Every error a service means the caller to see. Areas subclass it or use the helpers below;
 * anything else crossing the API is reported as an internal error without its message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const unauthenticated = (message = 'You must sign in.') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found.`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });

export function badInput(fields: FieldError[]): DomainError {
  const first = fields[0];
  const message = first === undefined ? 'Invalid input.' : fields.length === 1 ? first.message : `${first.message} (and ${fields.length - 1} more)`;
  return new DomainError('BAD_USER_INPUT', message, { fields });
}

export const badField = (field: string, message: string) => badInput([{ field, message }]);

/** The one place a domain error becomes a GraphQL error. */
export function toGraphQLError(error: DomainError): GraphQLError {
  const extensions: Record<string, unknown> = { code: error.code };
  const fields = error.details.fields;
  if (fields !== undefined && fields.length > 0) {
    extensions.field = fields[0]?.field;
    extensions.fields = fields;
  }
  if (error.details.retryAfterSeconds !== undefined) extensions.retryAfter = error.details.retryAfterSeconds;
  return new GraphQLError(error.message, { extensions });
}

function fromValidation(error: ArgumentValidationError): GraphQLFormattedError {
  const fields: FieldError[] = [];
  const walk = (items: ArgumentValidationError['extensions']['validationErrors'], prefix: string) => {
    for (const item of items) {
      const path = prefix ? `${prefix}.${item.property}` : item.property;
      for (const message of Object.values(item.constraints ?? {})) fields.push({ field: path, message });
      if (item.children) walk(item.children, path);
    }
  };
  walk(error.extensions.validationErrors, '');
  return toGraphQLError(badInput(fields)).toJSON();
}

const INVALID_VARIABLE = /^Variable "\$([A-Za-z_]\w*)" got invalid value /;
const SAFE_VARIABLE_PROBLEMS = [/Field "\w+" of required type "[\w![\]]+" was not provided\.$/, /Field "\w+" is not defined by type "\w+"\./];

/**
 * graphql-js quotes the offending input in variable and literal errors ("got invalid value { value: … }",
 * "found …"), which may be a secret value or a credential. Keep the variable, the path and the rule; drop the value.
 */
export function withoutInputValues(message: string): string {
  const variable = INVALID_VARIABLE.exec(message)?.[1];
  if (variable === undefined) {
    const literal = /^(Expected value of type "[^"]+"), found /.exec(message)?.[1] ?? /^([^:]{1,200} cannot represent [^:]*): /.exec(message)?.[1];
    return literal === undefined ? message : `${literal}.`;
  }
  const path = new RegExp(` at "(${variable}(?:\\.\\w+|\\[\\d+\\])*)"; `).exec(message)?.[1];
  const problem = SAFE_VARIABLE_PROBLEMS.map((rule) => rule.exec(message)?.[0]).find((m) => m !== undefined) ?? 'The value does not have the expected type.';
  return `Variable "$${variable}" got an invalid value${path === undefined ? '' : ` at "${path}"`}: ${problem}`;
}

/**
 * Apollo `formatError`: domain errors keep their code and message, validation errors become
 * BAD_USER_INPUT with their fields, Apollo's own coded errors pass, an unreachable database is
 * SERVICE_UNAVAILABLE (HTTP 503, see dependencyStatusPlugin), anything else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, onInternal: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { ...toGraphQLError(original).toJSON(), path: formatted.path, locations: formatted.locations };
  }
  if (original instanceof ArgumentValidationError) return { ...fromValidation(original), path: formatted.path };
  const code = formatted.extensions?.code;
  if (code === 'SERVICE_UNAVAILABLE') return { ...serviceUnavailableFormatted(), path: formatted.path };
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { field, fields } = formatted.extensions ?? {};
    const named = code === 'BAD_USER_INPUT' && typeof field === 'string' ? { field, fields } : {};
    return { message: withoutInputValues(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code, ...named } };
  }
  if (isDependencyUnavailable(original)) return { ...serviceUnavailableFormatted(), path: formatted.path };
  onInternal(original);
  return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
