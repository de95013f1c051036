import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import type { IntegrationVersionStatus } from './integration.entity';
import {
  CreateIntegrationInput,
  IntegrationConnection,
  IntegrationsArgs,
  IntegrationType,
  IntegrationVersionInput,
  IntegrationVersionStatusEnum,
  UpdateIntegrationInput,
} from './integration.types';

@Resolver(() => IntegrationType)
export class IntegrationResolver {
  @Query(() => IntegrationConnection, { description: 'System integrations and the organization’s own.' })
  @Requires('INTEGRATIONS_READ')
  async integrations(@Args(() => IntegrationsArgs) args: IntegrationsArgs, @Ctx() ctx: GraphQLContext): Promise<IntegrationConnection> {
    const page = await ctx.services.integrations.list(ctx.em, requireActor(ctx), args.filter ?? {}, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: IntegrationType.from(edge.node) })) };
  }

  @Query(() => IntegrationType)
  @Requires('INTEGRATIONS_READ')
  async integration(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<IntegrationType> {
    return IntegrationType.from(await ctx.services.integrations.get(ctx.em, requireActor(ctx), id));
  }

  @Mutation(() => IntegrationType, { description: 'SYSTEM scope needs SYSTEM_INTEGRATIONS_MANAGE (super admins).' })
  @Requires('INTEGRATIONS_MANAGE')
  async createIntegration(@Arg('input', () => CreateIntegrationInput) input: CreateIntegrationInput, @Ctx() ctx: GraphQLContext): Promise<IntegrationType> {
    return IntegrationType.from(await ctx.services.integrations.create(ctx.em, requireActor(ctx), input, ctx.meta));
  }

  @Mutation(() => IntegrationType)
  @Requires('INTEGRATIONS_MANAGE')
  async updateIntegration(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateIntegrationInput) input: UpdateIntegrationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IntegrationType> {
    return IntegrationType.from(await ctx.services.integrations.update(ctx.em, requireActor(ctx), id, input, ctx.meta));
  }

  @Mutation(() => ID, { description: 'Deletes the integration and every connection made from it (see connectionCount).' })
  @Requires('INTEGRATIONS_MANAGE')
  async deleteIntegration(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await ctx.services.integrations.delete(ctx.em, requireActor(ctx), id, ctx.meta)).id;
  }

  @Mutation(() => IntegrationType)
  @Requires('INTEGRATIONS_MANAGE')
  async createIntegrationVersion(
    @Arg('integrationId', () => ID) integrationId: string,
    @Arg('input', () => IntegrationVersionInput) input: IntegrationVersionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IntegrationType> {
    return IntegrationType.from(await ctx.services.integrations.createVersion(ctx.em, requireActor(ctx), integrationId, input, ctx.meta));
  }

  @Mutation(() => IntegrationType, { description: 'Making a version ACTIVE makes the previously active one DEPRECATED.' })
  @Requires('INTEGRATIONS_MANAGE')
  async setIntegrationVersionStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => IntegrationVersionStatusEnum) status: IntegrationVersionStatus,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IntegrationType> {
    return IntegrationType.from(await ctx.services.integrations.setVersionStatus(ctx.em, requireActor(ctx), id, status, ctx.meta));
  }
}
