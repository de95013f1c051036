import { AreaError } from '../../core/errors';

/** What is specific to signing in: wrong credentials, a disabled account, a wrong current password, an account that signs in with SSO. */
export type AuthErrorCode = 'AUTH_INVALID_CREDENTIALS' | 'AUTH_ACCOUNT_DISABLED' | 'AUTH_WRONG_PASSWORD' | 'AUTH_SSO_REQUIRED';

export class AuthError extends AreaError<AuthErrorCode> {}
