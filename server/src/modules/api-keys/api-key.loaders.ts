import type DataLoader from 'dataloader';
import { requireActor, type GraphQLContext } from '../../core/context';
import type { ApiKeyUsageDayData } from './api-key-usage.service';

/** Each key's usage over the last `days` days, for every row of the request in one query (see ApiKeyUsageService.histories). */
export function apiKeyUsageLoader(ctx: GraphQLContext, days: number): DataLoader<string, ApiKeyUsageDayData[]> {
  const actor = requireActor(ctx);
  return ctx.loaders.get<string, ApiKeyUsageDayData[]>(`api-keys.usage:${days}`, async (ids) => {
    const histories = await ctx.services.apiKeyUsageStats.histories(ctx.em, actor, ids, days);
    return ids.map((id) => histories.get(id) ?? []);
  });
}
