import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export type AuditActorType = 'USER' | 'API_KEY' | 'SYSTEM' | 'ANONYMOUS';
export const AUDIT_ACTOR_TYPES: readonly AuditActorType[] = ['USER', 'API_KEY', 'SYSTEM', 'ANONYMOUS'];

/**
 * Append-only. `organizationId` is a plain column (not a foreign key) so the trail outlives
 * what it describes. The summary never holds a secret, password or token.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['organizationId', 'at'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Enum({ items: () => AUDIT_ACTOR_TYPES, type: 'string' })
  actorType!: AuditActorType;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  /** Who it was, as shown then (an email or key name). */
  @Property({ type: 'string', length: 320, nullable: true })
  actorLabel: string | null = null;

  @Property({ type: 'string', length: 80 })
  action!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  targetType: string | null = null;

  @Property({ type: 'string', length: 120, nullable: true })
  targetId: string | null = null;

  @Property({ type: 'string', length: 1000 })
  summary!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();
}
