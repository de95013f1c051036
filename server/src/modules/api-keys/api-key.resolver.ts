import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { PageArgs } from '../../core/pagination';
import { Requires } from '../../core/requires';
import { apiKeyUsageLoader } from './api-key.loaders';
import {
  ApiKeyConnection,
  ApiKeyRateLimitInput,
  ApiKeysArgs,
  ApiKeyStatsType,
  ApiKeyType,
  ApiKeyUsageDayType,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  RollApiKeyPayload,
  UpdateApiKeyInput,
} from './api-key.types';

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: 'The organization’s API keys, newest first.' })
  @Requires('API_KEYS_READ')
  async apiKeys(@Args(() => ApiKeysArgs) { filter }: ApiKeysArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<ApiKeyConnection> {
    const actor = requireActor(ctx);
    const result = await ctx.services.apiKeys.list(ctx.em, actor, filter ?? {}, page);
    return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: ApiKeyType.from(e.node, actor) })) };
  }

  @Query(() => ApiKeyType)
  @Requires('API_KEYS_READ')
  async apiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiKeyType> {
    const actor = requireActor(ctx);
    return ApiKeyType.from(await ctx.services.apiKeys.get(ctx.em, actor, id), actor);
  }

  @Query(() => ApiKeyStatsType)
  @Requires('API_KEYS_READ')
  async apiKeyStats(@Ctx() ctx: GraphQLContext): Promise<ApiKeyStatsType> {
    return ctx.services.apiKeyUsageStats.stats(ctx.em, requireActor(ctx));
  }

  @Query(() => [ApiKeyUsageDayType], { description: 'Calls of all the organization’s keys per day, oldest first, for the last `days` days (at most 90).' })
  @Requires('API_KEYS_READ')
  async apiKeyDailyCalls(@Arg('days', () => Int, { defaultValue: 14 }) days: number, @Ctx() ctx: GraphQLContext): Promise<ApiKeyUsageDayType[]> {
    return ctx.services.apiKeyUsageStats.organizationHistory(ctx.em, requireActor(ctx), days);
  }

  @FieldResolver(() => [ApiKeyUsageDayType], { description: 'Daily usage, oldest first, for the last `days` days (at most 90).' })
  @Requires('API_KEYS_READ')
  async usage(
    @Root() key: ApiKeyType,
    @Arg('days', () => Int, { defaultValue: 30 }) days: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiKeyUsageDayType[]> {
    return apiKeyUsageLoader(ctx, days).load(key.id);
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Creates a key. The token is in this response only; no query returns it again.' })
  @Requires('API_KEYS_MANAGE')
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: GraphQLContext): Promise<CreateApiKeyPayload> {
    const actor = requireActor(ctx);
    const { apiKey, token } = await ctx.services.apiKeys.create(ctx.em, actor, input, ctx.meta);
    return { apiKey: ApiKeyType.from(apiKey, actor), token };
  }

  @Mutation(() => ApiKeyType, { description: 'Changes the name, description, roles or scopes of a key.' })
  @Requires('API_KEYS_MANAGE')
  async updateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateApiKeyInput) input: UpdateApiKeyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiKeyType> {
    const actor = requireActor(ctx);
    return ApiKeyType.from(await ctx.services.apiKeys.update(ctx.em, actor, id, input, ctx.meta), actor);
  }

  @Mutation(() => ApiKeyType, { description: 'Sets the key’s own limits (null = organization default); never above the ceiling.' })
  @Requires('API_KEYS_MANAGE')
  async setApiKeyRateLimit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApiKeyRateLimitInput) input: ApiKeyRateLimitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiKeyType> {
    const actor = requireActor(ctx);
    return ApiKeyType.from(await ctx.services.apiKeys.setRateLimit(ctx.em, actor, id, input, ctx.meta), actor);
  }

  @Mutation(() => ApiKeyType, { description: 'Refuses the key from the next request on, until resumed.' })
  @Requires('API_KEYS_MANAGE')
  async suspendApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiKeyType> {
    const actor = requireActor(ctx);
    return ApiKeyType.from(await ctx.services.apiKeys.suspend(ctx.em, actor, id, ctx.meta), actor);
  }

  @Mutation(() => ApiKeyType, { description: 'Lets a suspended key authenticate again. A revoked key cannot be resumed (CONFLICT).' })
  @Requires('API_KEYS_MANAGE')
  async resumeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiKeyType> {
    const actor = requireActor(ctx);
    return ApiKeyType.from(await ctx.services.apiKeys.resume(ctx.em, actor, id, ctx.meta), actor);
  }

  @Mutation(() => ApiKeyType, { description: 'Permanently refuses the key from the next request on.' })
  @Requires('API_KEYS_MANAGE')
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiKeyType> {
    const actor = requireActor(ctx);
    return ApiKeyType.from(await ctx.services.apiKeys.revoke(ctx.em, actor, id, ctx.meta), actor);
  }

  @Mutation(() => ID, { description: 'Deletes the key and its usage history; returns its id.' })
  @Requires('API_KEYS_MANAGE')
  async deleteApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ctx.services.apiKeys.delete(ctx.em, requireActor(ctx), id, ctx.meta);
  }

  @Mutation(() => RollApiKeyPayload, {
    description: 'Issues a new token for the same key (same settings, roles and usage); the previous token works for the grace period (0–1440 minutes).',
  })
  @Requires('API_KEYS_MANAGE')
  async rollApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('gracePeriodMinutes', () => Int, { defaultValue: 0 }) gracePeriodMinutes: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RollApiKeyPayload> {
    const actor = requireActor(ctx);
    const { apiKey, token } = await ctx.services.apiKeys.roll(ctx.em, actor, id, gracePeriodMinutes, ctx.meta);
    return { apiKey: ApiKeyType.from(apiKey, actor), token };
  }
}
