import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/actor';
import { DomainError, forbidden, type FieldError } from '../../core/errors';
import type { Role } from '../roles/role.entity';
import type { RoleService } from '../roles/role.service';
import type { MemberDirectory } from '../users/member-directory';
import { Secret, type SecretUsePolicy } from './secret.entity';

/** The use policy as a create or update input gives it; omitted parts stay as they are. */
export interface UsePolicyData {
  usePolicy?: SecretUsePolicy | null;
  useRoleIds?: string[] | null;
}

/** A restricted secret and the names of the roles that may use it. */
interface Restriction {
  key: string;
  roleIds: string[];
  roleNames: string[];
}

const allowedText = (r: Restriction) => (r.roleNames.length === 0 ? 'no role (nobody may use it)' : `only ${r.roleNames.join(', ')}`);

/** A secret's use policy refused a substitution at resolution. Names the key and environment, never a value. */
export class SecretUseRefusedError extends DomainError {
  constructor(
    readonly key: string,
    readonly environment: string,
    message: string,
  ) {
    super('FORBIDDEN', message);
    this.name = 'SecretUseRefusedError';
  }
}

/** What the policy reads from other areas: roles through the roles service, memberships through users. */
export interface SecretUsePolicyLookups {
  roles: Pick<RoleService, 'rolesByIds' | 'rolesOfOrganization'>;
  members: MemberDirectory;
}

/*
 * The secret use policy: a secret with usePolicy EVERYONE may be referenced by every member of
 * its organization; one with ROLES only by holders of one of its roles (super admins hold
 * everything). Checked when a reference is saved (the saver) and again whenever a value is
 * substituted (the connection's owner, or whoever last saved an organization connection's
 * credential), so a role change applies at once. Messages name keys and roles, never values.
 */
export class SecretUsePolicyService {
  constructor(private readonly lookups: SecretUsePolicyLookups) {}

  /** The built-in roles and the organization's own with these ids (unknown ids are left out). */
  async rolesOf(em: EntityManager, organizationId: string, ids: readonly string[]): Promise<Role[]> {
    return this.lookups.roles.rolesByIds(em, organizationId, ids);
  }

  /** Every role a use policy may name: the built-ins and the organization's own. */
  async roleOptions(em: EntityManager, organizationId: string): Promise<Role[]> {
    return this.lookups.roles.rolesOfOrganization(em, organizationId);
  }

  /**
   * The policy after applying `data` to `current`: ROLES needs at least one role of the organization
   * or a built-in; EVERYONE keeps no roles. Problems name the field (usePolicy, useRoleIds).
   */
  async check(
    em: EntityManager,
    organizationId: string,
    data: UsePolicyData,
    current: { usePolicy: SecretUsePolicy; useRoleIds: string[] },
    problems: FieldError[],
  ): Promise<{ usePolicy: SecretUsePolicy; roles: Role[] }> {
    const usePolicy = data.usePolicy ?? current.usePolicy;
    if (usePolicy === 'EVERYONE') return { usePolicy, roles: [] };
    // Unchanged: a role deleted since grants nobody, and is no reason to refuse another change.
    if (data.usePolicy == null && data.useRoleIds == null) return { usePolicy, roles: await this.rolesOf(em, organizationId, current.useRoleIds) };
    const ids = [...new Set(data.useRoleIds ?? current.useRoleIds)];
    const roles = await this.rolesOf(em, organizationId, ids);
    if (ids.length === 0) problems.push({ field: 'useRoleIds', message: 'Choose at least one role that may use this secret.' });
    else if (roles.length !== ids.length) problems.push({ field: 'useRoleIds', message: 'Choose roles of this organization.' });
    return { usePolicy, roles };
  }

  /** The restricted secrets among `keys` in the organization (one or two queries; none for no keys). */
  private async restrictionsOf(em: EntityManager, organizationId: string, keys: readonly string[]): Promise<Restriction[]> {
    if (keys.length === 0) return [];
    const secrets = await em.find(Secret, { organization: organizationId, key: { $in: [...new Set(keys)] }, usePolicy: 'ROLES' }, { orderBy: { key: 'asc' } });
    if (secrets.length === 0) return [];
    const roles = await this.rolesOf(em, organizationId, secrets.flatMap((s) => s.useRoleIds));
    return secrets.map((secret) => {
      const known = roles.filter((r) => secret.useRoleIds.includes(r.id));
      return { key: secret.key, roleIds: known.map((r) => r.id), roleNames: known.map((r) => r.name) };
    });
  }

  /** The role ids the actor holds in its organization: a member's roles, or an API key's. */
  private async actorRoleIds(em: EntityManager, actor: Actor): Promise<Set<string> | 'all'> {
    if (actor.kind === 'user') {
      if (actor.user.isSuperAdmin) return 'all';
      // A super admin acting without a membership returned above; anyone else has one.
      const { membership } = actor;
      if (membership === null) return new Set();
      if (!membership.roles.isInitialized()) await em.populate(membership, ['roles']);
      return new Set(membership.roles.getItems().map((r) => r.id));
    }
    return new Set(actor.apiKey.roleIds);
  }

  /**
   * Refuses (FORBIDDEN, naming the key) saving values that reference a secret the actor may not use.
   * `keys` are the keys the saved values reference.
   */
  async assertActorMayUse(em: EntityManager, actor: Actor, keys: readonly string[]): Promise<void> {
    const restrictions = await this.restrictionsOf(em, actor.organization.id, keys);
    if (restrictions.length === 0) return;
    const held = await this.actorRoleIds(em, actor);
    if (held === 'all') return;
    const refused = restrictions.find((r) => !r.roleIds.some((id) => held.has(id)));
    if (refused === undefined) return;
    throw forbidden(`You may not use secret ${refused.key}: its use policy allows ${allowedText(refused)}.`);
  }

  /**
   * At resolution: the user on whose authority the values are used (a personal connection's owner,
   * or whoever last saved an organization connection's credential; null when nobody is known) must
   * be an active member of the organization holding one of each restricted secret's roles.
   * Throws SecretUseRefusedError naming the key and the environment.
   */
  async assertUserMayUse(
    em: EntityManager,
    organizationId: string,
    subject: { userId: string | null; description: string },
    keys: readonly string[],
    environment: string,
  ): Promise<void> {
    const restrictions = await this.restrictionsOf(em, organizationId, keys);
    if (restrictions.length === 0) return;
    const membership =
      subject.userId === null
        ? null
        : await this.lookups.members.activeMembership(em, organizationId, subject.userId, ['roles', 'user']);
    const superAdmin = membership?.user.isSuperAdmin === true;
    const held = new Set(membership?.roles.getItems().map((r) => r.id) ?? []);
    const refused = superAdmin ? undefined : restrictions.find((r) => !r.roleIds.some((id) => held.has(id)));
    if (refused === undefined) return;
    const why = membership === null ? `${subject.description} is not an active member` : `${subject.description} holds none of those roles`;
    throw new SecretUseRefusedError(
      refused.key,
      environment,
      `Secret ${refused.key} may not be used in ${environment}: its use policy allows ${allowedText(refused)}, and ${why}.`,
    );
  }
}
