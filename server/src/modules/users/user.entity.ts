import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export type SignInMethod = 'PASSWORD' | 'SSO';
export const SIGN_IN_METHODS: readonly SignInMethod[] = ['PASSWORD', 'SSO'];

/** An account. Holds a password hash: never exposed as a GraphQL type (see users.types.ts). */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lowercased; unique across the installation. */
  @Property({ type: 'string', length: 320, unique: true })
  email!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  firstName: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  lastName: string | null = null;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Enum({ items: () => SIGN_IN_METHODS, type: 'string' })
  signInMethod: Opt<SignInMethod> = 'PASSWORD';

  @Property({ type: 'string', length: 100, nullable: true })
  ssoProvider: string | null = null;

  @Property({ type: 'text', nullable: true, lazy: true })
  passwordHash: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'boolean' })
  isSuperAdmin: Opt<boolean> = false;

  /** Set when an admin chose the password (createUser); cleared when the user changes it. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: Opt<boolean> = false;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
