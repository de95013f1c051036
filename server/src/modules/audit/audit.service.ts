import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RequestMeta } from '../../core/actor';
import { pageWindow, toPage, type Page, type PageArgs } from '../../core/pagination';
import { AuditEvent, type AuditActorType } from './audit-event.entity';
import { escapeLike } from '../../core/ids';

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

export interface AuditEventFilter {
  search?: string | null;
  action?: string | null;
  actorType?: AuditActorType | null;
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

  /** Whether an event with this action was ever recorded, in any organization (a one-time seeding). One query. */
  async hasRecorded(em: EntityManager, action: string): Promise<boolean> {
    return (await em.count(AuditEvent, { action })) > 0;
  }

  /** The actor's organization's events only, newest first. */
  async list(em: EntityManager, actor: Actor, filter: AuditEventFilter, page: PageArgs): Promise<Page<AuditEvent>> {
    const window = pageWindow(page);
    const where: FilterQuery<AuditEvent> = { organizationId: actor.organization.id };
    const action = filter.action?.trim();
    if (action) where.action = action;
    if (filter.actorType) where.actorType = filter.actorType;
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.$or = [
        { summary: { $ilike: pattern } },
        { action: { $ilike: pattern } },
        { actorLabel: { $ilike: pattern } },
        { targetType: { $ilike: pattern } },
        { targetId: { $ilike: pattern } },
      ];
    }
    const [events, total] = await em.findAndCount(AuditEvent, where, {
      orderBy: { at: 'desc', id: 'desc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toPage(events, total, window, (event) => event);
  }
}
