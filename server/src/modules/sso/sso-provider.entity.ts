import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../organizations/organization.entity';

/**
 * An OpenID Connect identity provider of one organization. The client secret is sealed with the
 * envelope encryption, bound to the organization and the provider id; no GraphQL type maps the
 * sealed columns.
 */
@Entity({ tableName: 'sso_provider' })
@Index({ properties: ['keyId'] })
export class SsoProvider {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization!: Organization;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  @Property({ type: 'string', length: 500 })
  issuer!: string;

  @Property({ type: 'string', length: 255 })
  clientId!: string;

  /** Lower-case email domains (at least one). */
  @Property({ type: 'json' })
  allowedDomains!: string[];

  @Property({ type: 'boolean' })
  requireSso: Opt<boolean> = false;

  @Property({ type: 'blob', nullable: true, lazy: true })
  ciphertext: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  nonce: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  wrappedKey: Buffer | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  keyId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
