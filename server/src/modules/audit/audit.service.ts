import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RequestMeta } from '../../auth/actor';
import { AuditEvent, type AuditActorType } from './audit-event.entity';

export interface AuditEntry {
  organizationId: string | null;
  action: string;
  summary: string;
  targetType?: string;
  targetId?: string;
  /** Who acted; omit for anonymous attempts (a failed sign-in) and give `actorLabel` instead. */
  actor?: Actor | null;
  actorLabel?: string;
  actorType?: AuditActorType;
}

/** Appends audit events. The caller's flush writes them with the change they describe. */
export class AuditService {
  record(em: EntityManager, meta: RequestMeta, entry: AuditEntry): AuditEvent {
    const event = new AuditEvent();
    event.organizationId = entry.organizationId;
    event.action = entry.action;
    event.summary = entry.summary;
    event.targetType = entry.targetType ?? null;
    event.targetId = entry.targetId ?? null;
    event.ip = meta.ip;
    event.userAgent = meta.userAgent;
    if (entry.actor?.kind === 'user') {
      event.actorType = 'USER';
      event.actorId = entry.actor.user.id;
      event.actorLabel = entry.actor.user.email;
    } else if (entry.actor?.kind === 'apiKey') {
      event.actorType = 'API_KEY';
      event.actorId = entry.actor.apiKey.id;
      event.actorLabel = `${entry.actor.apiKey.name} (apk_${entry.actor.apiKey.publicId})`.slice(0, 320);
    } else {
      event.actorType = entry.actorType ?? 'ANONYMOUS';
      event.actorLabel = entry.actorLabel ?? null;
    }
    em.persist(event);
    return event;
  }
}
