import { AreaError } from '../../core/errors';

/** What is specific to signing in: wrong credentials, a disabled account, a wrong current password. */
export type AuthErrorCode = 'AUTH_INVALID_CREDENTIALS' | 'AUTH_ACCOUNT_DISABLED' | 'AUTH_WRONG_PASSWORD';

export class AuthError extends AreaError<AuthErrorCode> {}
