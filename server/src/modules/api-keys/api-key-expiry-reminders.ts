import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { maskApiKey } from '@keyward/shared/api-key-format';
import type { RequestMeta } from '../../core/actor';
import type { Links } from '../../mail/links';
import type { Mailer } from '../../mail/mailer';
import type { AuditService } from '../audit/audit.service';
import { ApiKey } from './api-key.entity';
import { DAY_MS } from './api-key.rules';

const SYSTEM_META: RequestMeta = { ip: null, userAgent: 'keyward-server', requestId: 'api-key-reminders' };
export const REMINDER_INTERVAL_MS = 15 * 60 * 1000;

/** The reminder stage a key starts in, so a key created close to its expiry is not reminded of what its creator just chose. */
export function initialReminderStage(expiresAt: Date | null, now: Date): number | null {
  if (expiresAt === null) return null;
  const left = expiresAt.getTime() - now.getTime();
  if (left <= DAY_MS) return 1;
  if (left <= 7 * DAY_MS) return 7;
  return null;
}

/**
 * Emails the creator of each active key 7 days and 1 day before it expires, on a timer of each
 * instance. Each reminder is claimed by one atomic UPDATE … RETURNING, so with several instances
 * exactly one sends it (at most once: a failed send is logged, not retried).
 */
export class ApiKeyExpiryReminders {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: {
      audit: AuditService;
      mailer: Mailer;
      links: Links;
      logger: Logger;
    },
  ) {}

  /** Sends the reminders due at `now`; returns how many were sent. */
  async send(em: EntityManager, now = new Date()): Promise<number> {
    const inOneDay = new Date(now.getTime() + DAY_MS).toISOString();
    const inSevenDays = new Date(now.getTime() + 7 * DAY_MS).toISOString();
    const claimed = await em.getConnection().execute<{ id: string; expiry_reminder_stage: number }[]>(
      `update api_key set expiry_reminder_stage = case when expires_at <= ?::timestamptz then 1 else 7 end
       where status = 'ACTIVE' and expires_at > ?::timestamptz and expires_at <= ?::timestamptz
         and (expiry_reminder_stage is null or (expiry_reminder_stage > 1 and expires_at <= ?::timestamptz))
       returning id, expiry_reminder_stage`,
      [inOneDay, now.toISOString(), inSevenDays, inOneDay],
    );
    if (claimed.length === 0) return 0;
    const keys = await em.find(ApiKey, { id: { $in: claimed.map((c) => c.id) } }, { populate: ['createdBy', 'organization'] });
    let sent = 0;
    for (const key of keys) {
      const days = claimed.find((c) => c.id === key.id)?.expiry_reminder_stage === 1 ? 1 : 7;
      const when = days === 1 ? 'tomorrow' : 'in 7 days';
      const recipient = key.createdBy?.email;
      if (recipient === undefined || key.expiresAt === null) {
        this.deps.logger.warn({ apiKey: key.publicId }, 'API key expires soon but has no creator to remind');
        continue;
      }
      try {
        await this.deps.mailer.send({
          to: recipient,
          subject: `Your Keyward API key "${key.name}" expires ${when}`,
          text: [
            `The API key "${key.name}" (${maskApiKey(key.publicId, key.last4)}) in ${key.organization.name} expires ${when}, on ${key.expiresAt.toUTCString()}.`,
            'Applications using it will be refused from then on. Create a new key and switch them over before that:',
            `${this.deps.links.baseUrl}/admin/security/api-keys`,
          ].join('\n\n'),
        });
        sent += 1;
        this.deps.audit.record(em, SYSTEM_META, {
          organizationId: key.organization.id,
          actorType: 'SYSTEM',
          actorLabel: 'Keyward',
          action: 'api_key.expiry_reminder_sent',
          targetType: 'ApiKey',
          targetId: key.id,
          summary: `Reminded ${recipient} that API key "${key.name}" expires ${when}`,
        });
      } catch (error) {
        this.deps.logger.error({ err: error, apiKey: key.publicId }, 'could not send an API-key expiry reminder');
      }
    }
    await em.flush();
    return sent;
  }

  /** Runs `send` every `intervalMs` (and once shortly after start) until `stop`. */
  start(fork: () => EntityManager, intervalMs = REMINDER_INTERVAL_MS): void {
    if (this.timer !== null) return;
    const run = () => {
      this.send(fork()).catch((error: unknown) => this.deps.logger.error({ err: error }, 'API-key expiry reminders failed'));
    };
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
    setTimeout(run, 5000).unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
