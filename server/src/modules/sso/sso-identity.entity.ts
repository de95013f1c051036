import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../users/user.entity';
import { SsoProvider } from './sso-provider.entity';

/**
 * A person at a provider (`iss` + `sub`) linked to a Keyward account at their first SSO sign-in:
 * later sign-ins find the account by it, so an email change at the provider does not lock them out.
 */
@Entity({ tableName: 'sso_identity' })
@Unique({ properties: ['issuer', 'subject'] })
export class SsoIdentity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @ManyToOne(() => SsoProvider, { deleteRule: 'cascade', index: true })
  provider!: SsoProvider;

  @Property({ type: 'string', length: 500 })
  issuer!: string;

  @Property({ type: 'string', length: 255 })
  subject!: string;

  /** The verified email at the last sign-in (for the audit trail; never used to find the account). */
  @Property({ type: 'string', length: 320 })
  lastEmail!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
