import { randomUUID } from 'node:crypto';
import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, Enum, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organization } from '../organizations/organization.entity';
import { Role } from '../roles/role.entity';
import { User } from './user.entity';

export type MembershipStatus = 'ACTIVE' | 'SUSPENDED' | 'INVITED';
export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = ['ACTIVE', 'SUSPENDED', 'INVITED'];

/** A user's access to one organization: the row on the Users page. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'organization'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToMany(() => Role, undefined, { owner: true, pivotTable: 'membership_role' })
  roles = new Collection<Role>(this);

  @Enum({ items: () => MEMBERSHIP_STATUSES, type: 'string' })
  status: Opt<MembershipStatus> = 'ACTIVE';

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
