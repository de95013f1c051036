import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AreaError } from '../core/errors';
import { ApiKeyError } from '../modules/api-keys/api-key.errors';
import { AuthError } from '../modules/auth/auth.errors';
import { UserError } from '../modules/users/user.errors';
import { RateLimitError } from '../rate-limit/rate-limit.errors';
import { formatError } from './format-error';

function format(error: Error): { formatted: ReturnType<typeof formatError>; internal: unknown[] } {
  const internal: unknown[] = [];
  const wrapped = new GraphQLError(error.message, { path: ['field'], originalError: error });
  return { formatted: formatError(wrapped.toJSON(), wrapped, (e) => internal.push(e)), internal };
}

class UnlistedError extends AreaError<'UNLISTED_SOMETHING'> {}

describe('formatError with area errors', () => {
  it('answers an area error with the GraphQL code of its area code and its own message', () => {
    const { formatted, internal } = format(new ApiKeyError('API_KEY_REVOKED_FOR_GOOD', 'A revoked API key can never be resumed.'));
    expect(formatted).toMatchObject({ message: 'A revoked API key can never be resumed.', path: ['field'], extensions: { code: 'CONFLICT' } });
    expect(internal).toEqual([]);
    expect(format(new UserError('USER_OWN_ACCOUNT', 'You cannot delete your own account.')).formatted.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(format(new AuthError('AUTH_INVALID_CREDENTIALS', 'Invalid email or password.')).formatted.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('keeps the details of an area error: the fields of bad input, the wait of a rate limit', () => {
    const fields = [{ field: 'currentPassword', message: 'The current password is not correct.' }];
    expect(format(new AuthError('AUTH_WRONG_PASSWORD', 'The current password is not correct.', { fields })).formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      fields,
    });
    expect(format(new RateLimitError('RATE_LIMIT_ATTEMPTS', 'Too many attempts. Try again in 7 seconds.', { retryAfterSeconds: 7 })).formatted.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfter: 7,
    });
  });

  it('masks an area error whose class is not listed, and reports it', () => {
    const error = new UnlistedError('UNLISTED_SOMETHING', 'a message the caller must not see');
    const { formatted, internal } = format(error);
    expect(formatted).toEqual({ message: 'Internal server error.', path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(internal).toEqual([error]);
  });
});
