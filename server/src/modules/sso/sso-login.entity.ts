import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { SsoProvider } from './sso-provider.entity';

/**
 * A started SSO sign-in (the transaction between /start and the callback): only the SHA-256 of
 * the random `state` is stored; the PKCE verifier (and an invitation token being accepted) are
 * sealed with the envelope, bound to this row.
 * Single use, 10 minutes; the browser also holds the state in an httpOnly cookie.
 */
@Entity({ tableName: 'sso_login' })
@Unique({ properties: ['stateHash'] })
@Index({ properties: ['expiresAt'] })
export class SsoLogin {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SsoProvider, { deleteRule: 'cascade' })
  provider!: SsoProvider;

  @Property({ type: 'string', length: 64 })
  stateHash!: string;

  /** The OpenID `nonce` the ID token must carry. */
  @Property({ type: 'string', length: 128 })
  oidcNonce!: string;

  /** Sealed `{ verifier, invitation }`. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  ciphertext: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  nonce: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  wrappedKey: Buffer | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  keyId: string | null = null;

  /** Where to go after signing in: a safe relative path. */
  @Property({ type: 'string', length: 500 })
  next!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
