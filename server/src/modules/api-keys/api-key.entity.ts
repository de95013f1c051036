import { randomUUID } from 'node:crypto';
import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Permission } from '@keyward/shared/permissions';
import { Organization } from '../organizations/organization.entity';
import { Role } from '../roles/role.entity';
import { User } from '../users/user.entity';

/** Stored status; EXPIRED is derived from `expiresAt` (see `apiKeyStatus`). */
export type ApiKeyStoredStatus = 'ACTIVE' | 'SUSPENDED' | 'REVOKED';
export const API_KEY_STORED_STATUSES: readonly ApiKeyStoredStatus[] = ['ACTIVE', 'SUSPENDED', 'REVOKED'];

/**
 * A credential for a program. Holds only an HMAC of the secret (and which master key made it),
 * never the token: never exposed as a GraphQL type (see api-key.types.ts).
 */
@Entity({ tableName: 'api_key' })
@Index({ properties: ['organization', 'createdAt'] })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  /** The random `{id}` of `apk_{id}_{secret}`; how a presented token finds its row. */
  @Property({ type: 'string', length: 16, unique: true })
  publicId!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 500 })
  description: Opt<string> = '';

  /** HMAC-SHA-256 (hex) of the secret under a key derived from master key `secretKeyId`. */
  @Property({ type: 'string', length: 64, lazy: true })
  secretHash!: string;

  @Property({ type: 'string', length: 32 })
  secretKeyId!: string;

  @Property({ type: 'string', length: 4 })
  last4!: string;

  /** After a roll: the previous secret's HMAC, accepted until `previousSecretValidUntil`. */
  @Property({ type: 'string', length: 64, nullable: true, lazy: true })
  previousSecretHash: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  previousSecretKeyId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  previousSecretValidUntil: Date | null = null;

  @ManyToMany(() => Role, undefined, { owner: true, pivotTable: 'api_key_role' })
  roles = new Collection<Role>(this);

  /** Narrows the roles' permissions; null = everything the roles grant. */
  @Property({ type: 'json', nullable: true })
  scopes: Permission[] | null = null;

  @Enum({ items: () => API_KEY_STORED_STATUSES, type: 'string' })
  status: Opt<ApiKeyStoredStatus> = 'ACTIVE';

  /** Own limits; null = the organization default (always capped by its ceiling). */
  @Property({ type: 'integer', nullable: true })
  rateLimitPerMinute: number | null = null;

  @Property({ type: 'integer', nullable: true })
  rateLimitPerHour: number | null = null;

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  /** The last expiry reminder sent (7 or 1 days before), claimed atomically so one instance sends it. */
  @Property({ type: 'smallint', nullable: true })
  expiryReminderStage: number | null = null;

  /** The person responsible: the creator, or the creator of the key that created it. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  rolledAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  suspendedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

export type ApiKeyStatus = ApiKeyStoredStatus | 'EXPIRED';

/** REVOKED is final; otherwise a key past its expiry is EXPIRED whatever else it is. */
export function apiKeyStatus(key: Pick<ApiKey, 'status' | 'expiresAt'>, now: Date): ApiKeyStatus {
  if (key.status === 'REVOKED') return 'REVOKED';
  if (key.expiresAt !== null && key.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return key.status;
}
