import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FieldProblem } from '@keyward/shared/organization-settings';

/** The codes the Keyward API puts in `extensions.code`. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED';

const API_ERROR_CODES: readonly ApiErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
];

const HTTP_STATUS_CODES: Partial<Record<number, ApiErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  429: 'RATE_LIMITED',
};

/** `extensions.fields` as field problems, or null when it is not a list of `{ field, message }` strings. */
function listedFieldProblems(value: unknown): FieldProblem[] | null {
  if (!Array.isArray(value)) return null;
  const problems: FieldProblem[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { field, message } = item as Record<string, unknown>;
    if (typeof field !== 'string' || typeof message !== 'string') return null;
    problems.push({ field, message });
  }
  return problems;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/** The API error code of the first GraphQL error (or of the HTTP status), if any. */
export function graphqlErrorCode(error: unknown): ApiErrorCode | null {
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const code = graphQLError.extensions?.['code'];
      if (isApiErrorCode(code)) return code;
    }
    return null;
  }
  if (ServerError.is(error)) return HTTP_STATUS_CODES[error.statusCode] ?? null;
  return null;
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === code);
  }
  return graphqlErrorCode(error) === code;
}

/** A message fit to show a person: the server's own words for GraphQL errors, a plain sentence otherwise. */
export function graphqlErrorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first && first.message.length > 0) return first.message;
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return 'Too many requests. Wait a moment and try again.';
    return `The server answered with an error (HTTP ${error.statusCode}). Try again in a moment.`;
  }
  if (error instanceof TypeError) return 'Could not reach Keyward. Check your connection and try again.';
  return 'Something went wrong. Try again in a moment.';
}

/**
 * Every field problem a BAD_USER_INPUT error carries: `extensions.fields` when present,
 * otherwise the single `extensions.field` with the error's message.
 */
export function graphqlFieldErrors(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const problems: FieldProblem[] = [];
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions;
    if (extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const listed = listedFieldProblems(extensions['fields']);
    if (listed && listed.length > 0) {
      problems.push(...listed);
      continue;
    }
    const field = extensions['field'];
    if (typeof field === 'string') problems.push({ field, message: graphQLError.message });
  }
  return problems;
}
