import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Membership } from './membership.entity';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** The emailed link that lets an invited member set a password. Single use; only the token's SHA-256 is stored. */
@Entity({ tableName: 'invitation' })
export class Invitation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Membership, { deleteRule: 'cascade', index: true })
  membership!: Membership;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** When the email was sent. */
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;
}
