import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireUser, type GraphQLContext } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { ViewerType, viewerOf } from './viewer.types';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, {
    description: 'The signed-in user. An API key is not a user: it gets FORBIDDEN here (use `organization` to check a key works).',
  })
  @Authorized()
  async viewer(@Ctx() ctx: GraphQLContext): Promise<ViewerType> {
    return viewerOf(ctx.em, requireUser(ctx));
  }

  @Mutation(() => ViewerType, { description: 'Starts a browser session (httpOnly cookie).' })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ViewerType> {
    const { token } = await ctx.services.auth.signIn(ctx.em, email, password, ctx.meta);
    ctx.session.set(token);
    return this.viewerFor(ctx, token);
  }

  @Mutation(() => Boolean, { description: 'Ends this browser session.' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.auth.signOut(ctx.em, ctx.session.token, ctx.actor?.kind === 'user' ? ctx.actor : null, ctx.meta);
    ctx.session.clear();
    return true;
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in user's password and ends their other sessions." })
  @Authorized()
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(ctx.em, requireUser(ctx), currentPassword, newPassword, ctx.meta);
    return true;
  }

  private async viewerFor(ctx: GraphQLContext, token: string): Promise<ViewerType> {
    const actor = await ctx.services.sessions.resolve(ctx.em, token);
    if (actor === null) throw unauthenticated();
    return viewerOf(ctx.em, actor);
  }
}
