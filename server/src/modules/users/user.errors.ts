import { AreaError } from '../../core/errors';

/** What is specific to members: your own account, super admins, roles beyond you, pending invitations, SSO accounts, the last admin. */
export type UserErrorCode =
  | 'USER_OWN_ACCOUNT'
  | 'USER_SUPER_ADMIN_ONLY'
  | 'USER_ROLES_NOT_HELD'
  | 'USER_BEYOND_ACTOR'
  | 'USER_INVITATION_PENDING'
  | 'USER_INVITATION_ACCEPTED'
  | 'USER_SSO_ACCOUNT'
  | 'USER_LAST_ADMIN';

export class UserError extends AreaError<UserErrorCode> {}
