import { AreaError } from '../../core/errors';

/** What is specific to API keys: a revoked key cannot be resumed or changed, an expired one not rolled, nobody empowers a key beyond themselves. */
export type ApiKeyErrorCode = 'API_KEY_REVOKED_FOR_GOOD' | 'API_KEY_REVOKED_ONLY_DELETABLE' | 'API_KEY_EXPIRED_NOT_ROLLABLE' | 'API_KEY_BEYOND_ACTOR';

export class ApiKeyError extends AreaError<ApiKeyErrorCode> {}
