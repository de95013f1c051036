import type { EntityManager } from '@mikro-orm/postgresql';
import { BUILT_IN_ROLES, type BuiltInRoleKey } from '@keyward/shared/permissions';
import { Role } from './role.entity';

export class RoleService {
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
}
