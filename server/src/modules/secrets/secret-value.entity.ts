import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Secret } from './secret.entity';

export type SecretChange = 'SET' | 'RESTORED' | 'REMOVED';
export const SECRET_CHANGES: readonly SecretChange[] = ['SET', 'RESTORED', 'REMOVED'];

/**
 * One version of a secret in one environment. Every change appends a row (a removal appends one
 * without a value) and moves `isCurrent`; earlier rows are the history. The encrypted columns
 * are lazy, so lists never load them, and no GraphQL type maps them.
 */
@Entity({ tableName: 'secret_value' })
@Unique({ properties: ['secret', 'environment', 'version'] })
// At most one current row per environment, also under concurrent writers.
@Unique({ properties: ['secret', 'environment'], where: { isCurrent: true } })
@Index({ properties: ['keyId'] })
export class SecretValue {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Secret, { deleteRule: 'cascade' })
  secret!: Secret;

  /** An environment slug of the organization. */
  @Property({ type: 'string', length: 32 })
  environment!: string;

  /** 1, 2, 3… per secret and environment; part of the encryption context. */
  @Property({ type: 'integer' })
  version!: number;

  @Enum({ items: () => SECRET_CHANGES, type: 'string' })
  change!: SecretChange;

  /** For a RESTORED version: the version whose value it brought back. */
  @Property({ type: 'integer', nullable: true })
  restoredFrom: number | null = null;

  @Property({ type: 'boolean' })
  isCurrent: Opt<boolean> = true;

  /** AES-256-GCM ciphertext ‖ tag; null for a removal. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  ciphertext: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  nonce: Buffer | null = null;

  /** This value's data key, wrapped by master key `keyId`. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  wrappedKey: Buffer | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  keyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdById: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  createdByName: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
