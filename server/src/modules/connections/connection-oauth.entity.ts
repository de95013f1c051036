import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Connection } from './connection.entity';

/**
 * A pending OAuth2 authorization of one connection's environment, started by a user. Only the
 * SHA-256 of the random `state` is stored; the PKCE verifier is encrypted under a key derived from
 * the state, so only the callback that presents the state can recover it. Single use, 10 minutes.
 */
@Entity({ tableName: 'connection_oauth_state' })
@Unique({ properties: ['stateHash'] })
@Index({ properties: ['expiresAt'] })
export class ConnectionOAuthState {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToOne(() => Connection, { deleteRule: 'cascade' })
  connection!: Connection;

  @Property({ type: 'string', length: 32 })
  environment!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 64 })
  stateHash!: string;

  /** AES-256-GCM of the PKCE verifier: iv (12) ‖ tag (16) ‖ ciphertext. */
  @Property({ type: 'blob' })
  sealedVerifier!: Buffer;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
