import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organization } from '../organizations/organization.entity';

/** Who may use a secret's value through a reference: every member, or holders of chosen roles. */
export type SecretUsePolicy = 'EVERYONE' | 'ROLES';
export const SECRET_USE_POLICIES: readonly SecretUsePolicy[] = ['EVERYONE', 'ROLES'];

/**
 * A named secret of one organization. Its values live in SecretValue rows, one version per
 * change and environment; this row holds nothing secret. The key never changes: references
 * (`@@SECRET:KEY@@`) and the encryption context use it.
 */
@Entity({ tableName: 'secret' })
@Unique({ properties: ['organization', 'key'] })
export class Secret {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @Property({ type: 'string', length: 100 })
  key!: string;

  @Property({ type: 'string', length: 500 })
  description: Opt<string> = '';

  @Enum({ items: () => SECRET_USE_POLICIES, type: 'string' })
  usePolicy: Opt<SecretUsePolicy> = 'EVERYONE';

  /** With usePolicy ROLES: ids of the built-in or organization roles whose holders may use it. */
  @Property({ type: 'json' })
  useRoleIds: Opt<string[]> = [];

  /** Who created it, as shown then; a plain id (no foreign key) so the row outlives the account. */
  @Property({ type: 'uuid', nullable: true })
  createdById: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  createdByName: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
