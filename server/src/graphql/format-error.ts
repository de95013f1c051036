import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { badInput, DomainError, serviceUnavailableFormatted, toGraphQLError, type FieldError } from '../core/errors';
import { isDependencyUnavailable } from '../core/unavailable';

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
