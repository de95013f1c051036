import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { graphqlErrorCode, graphqlErrorMessage, graphqlFieldErrors } from '../src/components/graphql-errors';

function combined(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('graphqlFieldErrors', () => {
  it('lists every problem of extensions.fields', () => {
    const error = combined({
      message: 'Invalid settings.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'environments.0.slug',
        fields: [
          { field: 'environments.0.slug', message: 'Slug is used twice.' },
          { field: 'rateLimitCeiling.perHour', message: 'Too low.' },
        ],
      },
    });

    expect(graphqlFieldErrors(error)).toEqual([
      { field: 'environments.0.slug', message: 'Slug is used twice.' },
      { field: 'rateLimitCeiling.perHour', message: 'Too low.' },
    ]);
  });

  it('falls back to extensions.field with the error message', () => {
    const error = combined({ message: 'Too weak.', extensions: { code: 'BAD_USER_INPUT', field: 'password' } });

    expect(graphqlFieldErrors(error)).toEqual([{ field: 'password', message: 'Too weak.' }]);
  });

  it('ignores errors that are not BAD_USER_INPUT', () => {
    const error = combined({ message: 'No.', extensions: { code: 'FORBIDDEN', field: 'name' } });

    expect(graphqlFieldErrors(error)).toEqual([]);
    expect(graphqlFieldErrors(new Error('offline'))).toEqual([]);
  });
});

describe('graphqlErrorCode and graphqlErrorMessage', () => {
  it("reads the code and the server's message of a GraphQL error", () => {
    const error = combined({ message: 'Invalid email or password.', extensions: { code: 'UNAUTHENTICATED' } });

    expect(graphqlErrorCode(error)).toBe('UNAUTHENTICATED');
    expect(graphqlErrorMessage(error)).toBe('Invalid email or password.');
  });

  it('maps HTTP 429 to RATE_LIMITED', () => {
    const error = new ServerError('Too Many Requests', {
      response: new Response('', { status: 429 }),
      bodyText: '',
    });

    expect(graphqlErrorCode(error)).toBe('RATE_LIMITED');
    expect(graphqlErrorMessage(error)).toBe('Too many requests. Wait a moment and try again.');
  });
});
