import type { EntityManager } from '@mikro-orm/postgresql';
import { BUILT_IN_ROLES, isSuperAdminOnly, type BuiltInRoleKey, type Permission } from '@keyward/shared/permissions';
import type { Actor, RequestMeta } from '../../core/actor';
import { badField, badInput, notFound, type FieldError } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { AuditService } from '../audit/audit.service';
import type { OrganizationService } from '../organizations/organization.service';
import { Role } from './role.entity';
import { RoleError } from './role.errors';
import type { AuthorityInvalidation } from '../../authority/authority-invalidation';
import { orgScope } from '../../authority/authority-cache';

const BUILT_IN_ORDER = Object.keys(BUILT_IN_ROLES) as BuiltInRoleKey[];

/** What can hold a role. Each kind's area registers a counter (see createServices). */
export type RoleHolderKind = 'members' | 'apiKeys';
export type RoleUsage = Record<RoleHolderKind, number>;
/** How many holders of one kind in the organization each of the given roles has (a missing id means 0). */
export type RoleHolderCounter = (em: EntityManager, organizationId: string, roleIds: string[]) => Promise<Map<string, number>>;

export interface RoleInput {
  name?: string | null;
  description?: string | null;
  permissions?: Permission[] | null;
}

/** Permissions in `wanted` the actor does not hold; nobody grants what they do not have. */
export function permissionsNotHeld(actor: Actor, wanted: Iterable<Permission>): Permission[] {
  return [...new Set(wanted)].filter((p) => !actor.permissions.has(p));
}

export class RoleService {
  private readonly holders = new Map<RoleHolderKind, RoleHolderCounter>();

  constructor(
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    /** A role's change reaches the authority caches of everyone holding it through this. */
    private readonly invalidation: AuthorityInvalidation,
  ) {}

  /** Areas whose records hold roles register a counter, so a role in use is never deleted. */
  registerHolders(kind: RoleHolderKind, counter: RoleHolderCounter): void {
    this.holders.set(kind, counter);
  }

  /** Creates the built-in roles, or brings their permissions in line with the catalog. Idempotent. */
  async ensureBuiltIns(em: EntityManager): Promise<void> {
    const existing = await em.find(Role, { builtInKey: { $ne: null } });
    for (const [key, spec] of Object.entries(BUILT_IN_ROLES) as [BuiltInRoleKey, (typeof BUILT_IN_ROLES)[BuiltInRoleKey]][]) {
      const role = existing.find((r) => r.builtInKey === key) ?? em.create(Role, { builtInKey: key, name: spec.name });
      role.name = spec.name;
      role.description = spec.description;
      role.permissions = [...spec.permissions];
    }
    await em.flush();
  }

  async builtIn(em: EntityManager, key: BuiltInRoleKey): Promise<Role> {
    return em.findOneOrFail(Role, { builtInKey: key });
  }

  /** The roles an organization can use: the built-ins in catalog order, then its custom roles by name. */
  /** The built-in roles and the organization's own with these ids (unknown ids are left out), by name. One query. */
  async rolesByIds(em: EntityManager, organizationId: string, ids: readonly string[]): Promise<Role[]> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (wanted.length === 0) return [];
    return em.find(Role, { id: { $in: wanted }, $or: [{ organization: null }, { organization: organizationId }] }, { orderBy: { name: 'asc' } });
  }

  /** The built-in roles and the organization's own, by name (e.g. what a secret's use policy may name). */
  async rolesOfOrganization(em: EntityManager, organizationId: string): Promise<Role[]> {
    return em.find(Role, { $or: [{ organization: null }, { organization: organizationId }] }, { orderBy: { name: 'asc' } });
  }

  async list(em: EntityManager, actor: Actor): Promise<Role[]> {
    const roles = await em.find(Role, { $or: [{ organization: null }, { organization: actor.organization.id }] }, { orderBy: { name: 'asc' } });
    const rank = (role: Role) => (role.builtInKey === null ? BUILT_IN_ORDER.length : BUILT_IN_ORDER.indexOf(role.builtInKey));
    return roles.sort((a, b) => rank(a) - rank(b));
  }

  /** A built-in or one of the organization's roles; another organization's role is NOT_FOUND. */
  async get(em: EntityManager, actor: Actor, id: string): Promise<Role> {
    if (!isUuid(id)) throw notFound('Role');
    const role = await em.findOne(Role, { id, $or: [{ organization: null }, { organization: actor.organization.id }] });
    if (role === null) throw notFound('Role');
    return role;
  }

  /** Resolves role ids for an assignment: every id visible to the organization, at least one. */
  async resolveForAssignment(em: EntityManager, actor: Actor, ids: readonly string[], field = 'roleIds'): Promise<Role[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) throw badField(field, 'Choose at least one role.');
    if (!unique.every(isUuid)) throw notFound('Role');
    const roles = await em.find(Role, { id: { $in: unique }, $or: [{ organization: null }, { organization: actor.organization.id }] });
    if (roles.length !== unique.length) throw notFound('Role');
    return roles;
  }

  /** How many members and API keys of the organization hold each role. */
  async usage(em: EntityManager, organizationId: string, roleIds: string[]): Promise<Map<string, RoleUsage>> {
    const counts = new Map<RoleHolderKind, Map<string, number>>();
    for (const [kind, counter] of this.holders) counts.set(kind, await counter(em, organizationId, roleIds));
    const of = (kind: RoleHolderKind, id: string) => counts.get(kind)?.get(id) ?? 0;
    return new Map(roleIds.map((id) => [id, { members: of('members', id), apiKeys: of('apiKeys', id) }]));
  }

  async usageInOrganization(em: EntityManager, actor: Actor, roleId: string): Promise<RoleUsage> {
    return (await this.usage(em, actor.organization.id, [roleId])).get(roleId) ?? { members: 0, apiKeys: 0 };
  }

  async create(em: EntityManager, actor: Actor, input: RoleInput, meta: RequestMeta): Promise<Role> {
    return em.transactional(async (tx) => {
      await this.organizations.lockForAccessChanges(tx, actor.organization.id);
      const fields = await this.validate(tx, actor, input, null);
      const role = tx.create(Role, { organization: actor.organization.id, ...fields });
      this.audit.record(tx, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'role.created',
        targetType: 'Role',
        targetId: role.id,
        summary: `Created role "${role.name}" with ${role.permissions.length} permission(s): ${role.permissions.join(', ')}`,
      });
      await tx.flush();
      return role;
    });
  }

  async update(em: EntityManager, actor: Actor, id: string, input: RoleInput, meta: RequestMeta): Promise<Role> {
    return em.transactional(async (tx) => {
      await this.organizations.lockForAccessChanges(tx, actor.organization.id);
      const role = await this.editable(tx, actor, id);
      const fields = await this.validate(tx, actor, input, role);
      const added = fields.permissions.filter((p) => !role.permissions.includes(p));
      const removed = role.permissions.filter((p) => !fields.permissions.includes(p));
      const changes = [
        fields.name !== role.name ? `renamed "${role.name}" to "${fields.name}"` : null,
        fields.description !== role.description ? 'changed the description' : null,
        added.length > 0 ? `added ${added.join(', ')}` : null,
        removed.length > 0 ? `removed ${removed.join(', ')}` : null,
      ].filter((c) => c !== null);
      Object.assign(role, fields);
      if (changes.length > 0) {
        this.audit.record(tx, meta, {
          organizationId: actor.organization.id,
          actor,
          action: 'role.updated',
          targetType: 'Role',
          targetId: role.id,
          summary: `Role "${role.name}": ${changes.join('; ')}`,
        });
      }
      await this.invalidation.changed(tx, [orgScope(actor.organization.id)]);
      await tx.flush();
      return role;
    });
  }

  /** Deletes a custom role nobody holds; a role in use is a CONFLICT that says who holds it. */
  async delete(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<void> {
    await em.transactional(async (tx) => {
      await this.organizations.lockForAccessChanges(tx, actor.organization.id);
      const role = await this.editable(tx, actor, id);
      const usage = await this.usageInOrganization(tx, actor, role.id);
      if (usage.members > 0 || usage.apiKeys > 0) {
        throw new RoleError(
          'ROLE_IN_USE',
          `Role "${role.name}" is held by ${plural(usage.members, 'member')} and ${plural(usage.apiKeys, 'API key')}. ` +
            'Remove it from them before deleting it.',
        );
      }
      tx.remove(role);
      this.audit.record(tx, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'role.deleted',
        targetType: 'Role',
        targetId: role.id,
        summary: `Deleted role "${role.name}"`,
      });
      await this.invalidation.changed(tx, [orgScope(actor.organization.id)]);
      await tx.flush();
    });
  }

  /** A custom role of the actor's organization that the actor may change. */
  private async editable(em: EntityManager, actor: Actor, id: string): Promise<Role> {
    const role = await this.get(em, actor, id);
    if (role.builtInKey !== null) throw new RoleError('ROLE_BUILT_IN', 'Built-in roles are read-only. Create a custom role instead.');
    const beyond = permissionsNotHeld(actor, role.permissions);
    if (beyond.length > 0) throw new RoleError('ROLE_BEYOND_ACTOR', `You cannot change a role that grants permissions you do not hold: ${beyond.join(', ')}.`);
    return role;
  }

  private async validate(
    em: EntityManager,
    actor: Actor,
    input: RoleInput,
    current: Role | null,
  ): Promise<{ name: string; description: string; permissions: Permission[] }> {
    const problems: FieldError[] = [];
    const name = (input.name ?? current?.name ?? '').trim();
    const description = (input.description ?? current?.description ?? '').trim();
    const permissions = [...new Set(input.permissions ?? current?.permissions ?? [])];
    if (name.length === 0 || name.length > 80) {
      problems.push({ field: 'name', message: 'Role name is required (at most 80 characters).' });
    } else {
      const taken = (await this.list(em, actor)).some((r) => r.id !== current?.id && r.name.toLowerCase() === name.toLowerCase());
      if (taken) problems.push({ field: 'name', message: `A role named "${name}" already exists.` });
    }
    if (description.length > 500) problems.push({ field: 'description', message: 'Use at most 500 characters.' });
    if (permissions.length === 0) problems.push({ field: 'permissions', message: 'Choose at least one permission.' });
    const superOnly = permissions.filter((p) => isSuperAdminOnly(p));
    if (superOnly.length > 0) {
      problems.push({ field: 'permissions', message: `Only the Super Admin role can hold ${superOnly.join(', ')}.` });
    }
    if (problems.length > 0) throw badInput(problems);
    const beyond = permissionsNotHeld(actor, permissions);
    if (beyond.length > 0) throw new RoleError('ROLE_BEYOND_ACTOR', `You can only grant permissions you hold yourself. You do not hold ${beyond.join(', ')}.`);
    return { name, description, permissions };
  }

  /** Deleting an organization: its custom roles (built-in roles are shared by every organization). */
  async deleteAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    return em.nativeDelete(Role, { organization: organizationId });
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

