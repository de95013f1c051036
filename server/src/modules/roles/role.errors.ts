import { AreaError } from '../../core/errors';

/** What is specific to roles: built-in roles are read-only, a role in use cannot be deleted, nobody grants beyond themselves. */
export type RoleErrorCode = 'ROLE_BUILT_IN' | 'ROLE_IN_USE' | 'ROLE_BEYOND_ACTOR';

export class RoleError extends AreaError<RoleErrorCode> {}
