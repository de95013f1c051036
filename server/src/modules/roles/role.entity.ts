import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { BuiltInRoleKey, Permission } from '@keyward/shared/permissions';
import { Organization } from '../organizations/organization.entity';

/** A named set of permissions. Built-in roles have no organization and a `builtInKey`. */
@Entity({ tableName: 'role' })
export class Role {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'cascade' })
  organization: Organization | null = null;

  @Property({ type: 'string', length: 32, nullable: true, unique: true })
  builtInKey: BuiltInRoleKey | null = null;

  @Property({ type: 'string', length: 80 })
  name!: string;

  @Property({ type: 'string', length: 500 })
  description: Opt<string> = '';

  @Property({ type: 'json' })
  permissions: Opt<Permission[]> = [];

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
