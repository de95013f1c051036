import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ViewerType, viewerOf } from '../auth/viewer.types';
import type { GraphQLContext } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { CreateFirstAdminInput, SetupStatusType } from './setup.types';

@Resolver()
export class SetupResolver {
  @Query(() => SetupStatusType)
  async setupStatus(@Ctx() ctx: GraphQLContext): Promise<SetupStatusType> {
    return { needsFirstAdmin: await ctx.services.setup.needsFirstAdmin(ctx.em) };
  }

  @Mutation(() => ViewerType, { description: 'Creates the first super admin through the one-time setup link and signs them in.' })
  async createFirstAdmin(
    @Arg('input', () => CreateFirstAdminInput) input: CreateFirstAdminInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ViewerType> {
    const { sessionToken } = await ctx.services.setup.createFirstAdminWithToken(ctx.em, input.token, input, ctx.meta);
    ctx.session.set(sessionToken);
    const actor = await ctx.services.sessions.resolve(ctx.em, sessionToken);
    if (actor === null) throw unauthenticated();
    return viewerOf(ctx.em, actor);
  }
}
