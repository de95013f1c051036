import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../organizations/organization.entity';

export type SecretReferenceOwnerType = 'CONNECTION' | 'INTEGRATION';
export const SECRET_REFERENCE_OWNER_TYPES: readonly SecretReferenceOwnerType[] = ['CONNECTION', 'INTEGRATION'];

/**
 * "This owner's saved values contain `@@SECRET:KEY@@`". Credential values are encrypted and
 * cannot be searched, so whoever saves them records the referenced key names here (key names
 * are not secret). Keyed by name, not by secret id: a reference to a deleted secret stays
 * known and applies again if the secret is recreated.
 */
@Entity({ tableName: 'secret_reference' })
@Index({ properties: ['organization', 'secretKey'] })
@Index({ properties: ['ownerType', 'ownerId'] })
export class SecretReference {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @Property({ type: 'string', length: 100 })
  secretKey!: string;

  @Enum({ items: () => SECRET_REFERENCE_OWNER_TYPES, type: 'string' })
  ownerType!: SecretReferenceOwnerType;

  @Property({ type: 'uuid' })
  ownerId!: string;

  /** The owner's name when it last saved, for the delete confirmation. */
  @Property({ type: 'string', length: 200 })
  ownerName!: string;

  /** The environment whose values hold the reference; null when they apply to every environment. */
  @Property({ type: 'string', length: 32, nullable: true })
  environment: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
