import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The version of one authority scope (`key:<id>`, `user:<id>`, `org:<id>`): bumped, in the same
 * transaction, by every change that can reduce or alter what the scope's credentials may do.
 * Written with SQL by AuthorityInvalidation only; the entity exists for the schema.
 */
@Entity({ tableName: 'authority_version' })
export class AuthorityVersion {
  @PrimaryKey({ type: 'string', length: 64 })
  scope!: string;

  @Property({ type: 'bigint' })
  version!: string;

  @Property({ type: 'datetime' })
  changedAt!: Date;
}
