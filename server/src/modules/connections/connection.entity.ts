import { Collection, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Integration } from '../integrations/integration.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';

export type ConnectionVisibility = 'ORGANIZATION' | 'PERSONAL';
export const CONNECTION_VISIBILITIES: readonly ConnectionVisibility[] = ['ORGANIZATION', 'PERSONAL'];

/** A configured instance of an integration in one organization. Its credentials are Credential rows. */
@Entity({ tableName: 'connection' })
@Index({ properties: ['organization', 'name'] })
export class Connection {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToOne(() => Integration, { deleteRule: 'cascade' })
  integration!: Integration;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Enum({ items: () => CONNECTION_VISIBILITIES, type: 'string' })
  visibility!: ConnectionVisibility;

  /** Who created it; null when an API key did, or the account is gone. */
  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  owner: User | null = null;

  @OneToMany(() => ConnectionShare, (share) => share.connection)
  shares = new Collection<ConnectionShare>(this);

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}

/** A member a personal connection is shared with: they may use it, never see its values. */
@Entity({ tableName: 'connection_share' })
@Unique({ properties: ['connection', 'user'] })
export class ConnectionShare {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Connection, { deleteRule: 'cascade' })
  connection!: Connection;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;
}

/**
 * The credentials of a connection in one environment. Non-secret field values are plain JSON
 * (the edit form shows them); secret ones are sealed together as one JSON object bound to the
 * organization, connection and environment. No GraphQL type maps the sealed columns.
 */
@Entity({ tableName: 'credential' })
@Unique({ properties: ['connection', 'environment'] })
@Index({ properties: ['keyId'] })
export class Credential {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Connection, { deleteRule: 'cascade' })
  connection!: Connection;

  @Property({ type: 'string', length: 32 })
  environment!: string;

  @Property({ type: 'json' })
  values: Opt<Record<string, unknown>> = {};

  /** Keys of secret fields with a stored value. */
  @Property({ type: 'json' })
  secretKeys: Opt<string[]> = [];

  @Property({ type: 'blob', nullable: true, lazy: true })
  ciphertext: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  nonce: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  wrappedKey: Buffer | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  keyId: string | null = null;

  /** When the OAuth2 access token (a sealed field) expires; null when unknown or not OAuth2. */
  @Property({ type: 'datetime', nullable: true })
  tokenExpiresAt: Date | null = null;

  /** The scopes the provider granted with the stored OAuth2 access token, when it said. */
  @Property({ type: 'string', length: 2000, nullable: true })
  tokenScopes: string | null = null;

  /** The connected account (email, name or subject from the user-info endpoint): plain identity, not a secret. */
  @Property({ type: 'string', length: 320, nullable: true })
  connectedAs: string | null = null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  updatedBy: User | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  updatedByName: string | null = null;

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();

  /** The last testConnection of this environment (see connection-test-results.ts); null until tested. */
  @Property({ type: 'boolean', nullable: true })
  lastTestOk: boolean | null = null;

  /** Its already-scrubbed message: never a credential value. */
  @Property({ type: 'string', length: 500, nullable: true })
  lastTestMessage: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastTestAt: Date | null = null;
}
