import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/actor';
import { notFound, type FieldError } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { Role } from '../roles/role.entity';
import { permissionsNotHeld } from '../roles/role.service';
import type { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { UserError } from './user.errors';

/*
 * Module-internal: what UserService (member management) and InvitationService share — the record
 * both return, the tenant-scoped member lookup, and who may change or assign what.
 */

/** A row of the Users page: the membership with its user and roles, and the pending invitation if any. */
export interface MemberRecord {
  membership: Membership;
  invitation: Invitation | null;
}

/** The member with this user id in the actor's organization; any other user is NOT_FOUND. */
export async function findMember(em: EntityManager, actor: Actor, userId: string): Promise<Membership> {
  const membership = isUuid(userId)
    ? await em.findOne(Membership, { user: userId, organization: actor.organization.id }, { populate: ['user', 'roles'] })
    : null;
  if (membership === null) throw notFound('User');
  return membership;
}

/** Only a super admin may change a super admin: super-admin powers never fall within an org admin's reach. */
export function assertCanManage(actor: Actor, membership: Membership): void {
  const superAdmin = actor.kind === 'user' && actor.user.isSuperAdmin;
  if (membership.user.isSuperAdmin && !superAdmin) throw new UserError('USER_SUPER_ADMIN_ONLY', 'Only a super admin can change a super admin.');
}

/** Nobody grants (or takes away) a role whose permissions they do not hold themselves. */
export function assertCanAssign(actor: Actor, roles: readonly Role[]): void {
  const beyond = permissionsNotHeld(actor, roles.flatMap((r) => r.permissions));
  if (beyond.length === 0) return;
  const names = roles.filter((r) => r.permissions.some((p) => beyond.includes(p))).map((r) => r.name);
  throw new UserError('USER_ROLES_NOT_HELD', `You can only assign or remove roles whose permissions you hold. You cannot assign ${names.join(', ')}.`);
}

/**
 * Enabling a member, renewing their invitation or changing their roles hands out or brings back
 * what their roles grant, so only someone holding all of it may (the rule for resuming or
 * editing an API key). Disabling and deleting stay open.
 */
export function assertCanRestore(actor: Actor, membership: Membership, action: 'enable' | 'send a new invitation to' | 'change the roles of'): void {
  const beyond = permissionsNotHeld(actor, membership.roles.getItems().flatMap((r) => r.permissions));
  if (beyond.length === 0) return;
  throw new UserError('USER_BEYOND_ACTOR', `You cannot ${action} ${membership.user.email}: their roles grant permissions you do not hold (${beyond.join(', ')}).`);
}

export function cleanName(value: string | null | undefined, field: string, problems: FieldError[]): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > 100) problems.push({ field, message: 'Use at most 100 characters.' });
  return trimmed.length === 0 ? null : trimmed;
}

export function roleNames(roles: readonly Role[]): string {
  return roles.map((r) => r.name).join(', ') || 'none';
}
