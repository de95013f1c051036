import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { badInput, DomainError, serviceUnavailableFormatted, toGraphQLError, type ErrorCode, type FieldError } from '../core/errors';
import { isDependencyUnavailable } from '../core/unavailable';
import { ApiKeyError } from '../modules/api-keys/api-key.errors';
import { AuthError } from '../modules/auth/auth.errors';
import { RoleError } from '../modules/roles/role.errors';
import { SecretError } from '../modules/secrets/secret.errors';
import { SetupError } from '../modules/setup/setup.errors';
import { UserError } from '../modules/users/user.errors';
import { RateLimitError } from '../rate-limit/rate-limit.errors';

/** Every area's error class: a new `AreaError` subclass goes here and its codes into `graphQLCodeOf`. */
const AREA_ERRORS = [ApiKeyError, AuthError, RoleError, SecretError, SetupError, UserError, RateLimitError] as const;
export type AnyAreaError = InstanceType<(typeof AREA_ERRORS)[number]>;

function isKnownAreaError(error: unknown): error is AnyAreaError {
  return AREA_ERRORS.some((kind) => error instanceof kind);
}

/** The one place an area code gets its GraphQL code; the compiler refuses a code left out. */
export function graphQLCodeOf(code: AnyAreaError['code']): ErrorCode {
  switch (code) {
    case 'AUTH_INVALID_CREDENTIALS':
    case 'AUTH_ACCOUNT_DISABLED':
    case 'AUTH_SSO_REQUIRED':
      return 'UNAUTHENTICATED';
    case 'API_KEY_BEYOND_ACTOR':
    case 'ROLE_BUILT_IN':
    case 'ROLE_BEYOND_ACTOR':
    case 'USER_OWN_ACCOUNT':
    case 'USER_SUPER_ADMIN_ONLY':
    case 'USER_ROLES_NOT_HELD':
    case 'USER_BEYOND_ACTOR':
      return 'FORBIDDEN';
    case 'AUTH_WRONG_PASSWORD':
      return 'BAD_USER_INPUT';
    case 'API_KEY_REVOKED_FOR_GOOD':
    case 'API_KEY_REVOKED_ONLY_DELETABLE':
    case 'API_KEY_EXPIRED_NOT_ROLLABLE':
    case 'ROLE_IN_USE':
    case 'SECRET_CHANGED_MEANWHILE':
    case 'SETUP_DONE':
    case 'USER_INVITATION_PENDING':
    case 'USER_INVITATION_ACCEPTED':
    case 'USER_SSO_ACCOUNT':
    case 'USER_LAST_ADMIN':
      return 'CONFLICT';
    case 'RATE_LIMIT_ATTEMPTS':
      return 'RATE_LIMITED';
    default: {
      const unmapped: never = code;
      throw new Error(`Area error code without a GraphQL code: ${String(unmapped)}`);
    }
  }
}

/** An area error as the generic domain error the API answers with (same message and details). */
export function asDomainError(error: AnyAreaError): DomainError {
  return new DomainError(graphQLCodeOf(error.code), error.message, error.details);
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
  const unwrapped = unwrapResolverError(error);
  const original = isKnownAreaError(unwrapped) ? asDomainError(unwrapped) : unwrapped;
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
