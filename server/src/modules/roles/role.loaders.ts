import type DataLoader from 'dataloader';
import { requireActor, type GraphQLContext } from '../../core/context';
import type { RoleUsage } from './role.service';

/** How many members and API keys hold each role, for every role of the request in one count per holder kind (RoleService.usage). */
export function roleUsageLoader(ctx: GraphQLContext): DataLoader<string, RoleUsage> {
  const organizationId = requireActor(ctx).organization.id;
  return ctx.loaders.get<string, RoleUsage>('roles.usage', async (ids) => {
    const usage = await ctx.services.roles.usage(ctx.em, organizationId, [...new Set(ids)]);
    return ids.map((id) => usage.get(id) ?? { members: 0, apiKeys: 0 });
  });
}
