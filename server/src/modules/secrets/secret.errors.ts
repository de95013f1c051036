import { AreaError } from '../../core/errors';

/** What is specific to secrets: a value changed by someone else meanwhile. */
export type SecretErrorCode = 'SECRET_CHANGED_MEANWHILE';

export class SecretError extends AreaError<SecretErrorCode> {}
