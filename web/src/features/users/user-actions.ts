import type { UserRowFieldsFragment, ViewerFieldsFragment } from '../../graphql/generated';

export type UserAction = 'manageRoles' | 'edit' | 'disable' | 'enable' | 'resendInvitation' | 'resetPassword' | 'delete';

type Viewer = Pick<ViewerFieldsFragment, 'id' | 'isSuperAdmin' | 'permissions'>;
type Row = Pick<UserRowFieldsFragment, 'id' | 'isSuperAdmin' | 'status' | 'signInMethod'>;

/**
 * The row actions the viewer may take, mirroring the server's rules so nothing is offered that
 * would be refused: permissions, never yourself, super admins only by super admins.
 */
export function userActions(viewer: Viewer, user: Row): UserAction[] {
  if (user.isSuperAdmin && !viewer.isSuperAdmin) return [];
  const manage = viewer.permissions.includes('USERS_MANAGE');
  const self = viewer.id === user.id;
  const actions: UserAction[] = [];
  if (manage) actions.push('manageRoles', 'edit');
  if (manage && !self) {
    if (user.status === 'ACTIVE') actions.push('disable');
    if (user.status === 'SUSPENDED') actions.push('enable');
    if (user.status === 'INVITED') actions.push('resendInvitation');
  }
  if (viewer.permissions.includes('USERS_RESET_PASSWORD') && !self && user.status !== 'INVITED' && user.signInMethod === 'PASSWORD') {
    actions.push('resetPassword');
  }
  if (manage && !self) actions.push('delete');
  return actions;
}

/** Whether the row can be picked for bulk actions. */
export function canSelectUser(viewer: Viewer, user: Row): boolean {
  return viewer.permissions.includes('USERS_MANAGE') && viewer.id !== user.id && !(user.isSuperAdmin && !viewer.isSuperAdmin);
}
