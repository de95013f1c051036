import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/actor';
import { badField } from '../../core/errors';
import { ApiKey } from './api-key.entity';
import { apiKeyStatusCondition, DAY_MS } from './api-key.rules';
import { ApiKeyUsage } from './api-key-usage.entity';
import { utcDay, type ApiKeyUsageBuffer } from './api-key-usage.buffer';

export interface ApiKeyStats {
  total: number;
  active: number;
  suspended: number;
  revoked: number;
  expired: number;
  expiringSoon: number;
  callsToday: number;
}

export interface ApiKeyUsageDayData {
  day: string;
  requests: number;
  failures: number;
  rateLimited: number;
}

/**
 * What the organization's keys did: the stats cards and each key's daily usage history. Reads the
 * stored counters plus, for today, what the usage buffer has not written yet. Scoped to the
 * actor's organization like the key service.
 */
export class ApiKeyUsageService {
  constructor(
    private readonly deps: {
      usage: ApiKeyUsageBuffer;
    },
  ) {}

  async stats(em: EntityManager, actor: Actor, now = new Date()): Promise<ApiKeyStats> {
    const organization = actor.organization.id;
    const count = (where: FilterQuery<ApiKey>) => em.count(ApiKey, { $and: [{ organization }, where] });
    const [total, active, suspended, revoked, expired, expiringSoon] = await Promise.all([
      count({}),
      count(apiKeyStatusCondition('ACTIVE', now)),
      count(apiKeyStatusCondition('SUSPENDED', now)),
      count(apiKeyStatusCondition('REVOKED', now)),
      count(apiKeyStatusCondition('EXPIRED', now)),
      count({ status: { $ne: 'REVOKED' }, expiresAt: { $gt: now, $lte: new Date(now.getTime() + 7 * DAY_MS) } }),
    ]);
    const today = utcDay(now);
    const rows = await em.find(ApiKeyUsage, { day: today, apiKey: { organization } }, { fields: ['requests'] });
    const stored = rows.reduce((sum, row) => sum + row.requests, 0);
    return { total, active, suspended, revoked, expired, expiringSoon, callsToday: stored + this.deps.usage.pendingRequests(organization, today) };
  }

  /**
   * Each key's daily buckets for the last `days` days (oldest first, zeros where the key was not
   * called), with one query for all the keys: the API Keys list asks for every row's usage.
   * Keys outside the actor's organization get no rows, like keys never called.
   */
  async histories(em: EntityManager, actor: Actor, ids: readonly string[], days: number, now = new Date()): Promise<Map<string, ApiKeyUsageDayData[]>> {
    checkDays(days);
    const rows =
      ids.length === 0
        ? []
        : await em.find(ApiKeyUsage, { apiKey: { id: { $in: [...new Set(ids)] }, organization: actor.organization.id }, day: { $gte: firstDay(days, now) } });
    const byKey = new Map<string, ApiKeyUsage[]>();
    for (const row of rows) byKey.set(row.apiKey.id, [...(byKey.get(row.apiKey.id) ?? []), row]);
    return new Map(ids.map((id) => [id, buckets(byKey.get(id) ?? [], days, now)]));
  }

  /** The organization's calls per day over every key (deleted keys' history is gone with them), today's unwritten calls included. */
  async organizationHistory(em: EntityManager, actor: Actor, days: number, now = new Date()): Promise<ApiKeyUsageDayData[]> {
    checkDays(days);
    const organization = actor.organization.id;
    const rows = await em.find(ApiKeyUsage, { apiKey: { organization }, day: { $gte: firstDay(days, now) } });
    const today = utcDay(now);
    return buckets([...rows, { day: today, ...this.deps.usage.pendingCounts(organization, today) }], days, now);
  }
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 90) throw badField('days', 'days must be between 1 and 90.');
}

function firstDay(days: number, now: Date): string {
  return utcDay(new Date(now.getTime() - (days - 1) * DAY_MS));
}

/** One bucket per day, oldest first, summing the rows of each day; zeros where there are none. */
function buckets(rows: readonly ApiKeyUsageDayData[], days: number, now: Date): ApiKeyUsageDayData[] {
  const byDay = new Map<string, ApiKeyUsageDayData>();
  for (const row of rows) {
    const sum = byDay.get(row.day) ?? { day: row.day, requests: 0, failures: 0, rateLimited: 0 };
    byDay.set(row.day, { day: row.day, requests: sum.requests + row.requests, failures: sum.failures + row.failures, rateLimited: sum.rateLimited + row.rateLimited });
  }
  return Array.from({ length: days }, (_, i) => {
    const day = utcDay(new Date(now.getTime() - (days - 1 - i) * DAY_MS));
    return byDay.get(day) ?? { day, requests: 0, failures: 0, rateLimited: 0 };
  });
}
