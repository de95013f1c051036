import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { ViewerType, viewerOf } from './viewer.types';

/** The public end of an invitation link: the invited user sets a password and is signed in. */
@Resolver()
export class InvitationAcceptanceResolver {
  @Mutation(() => ViewerType, {
    description:
      'Public: activates an invitation and starts a session in its organization (httpOnly cookie). A new account sets its password here; an existing account gives its current password.',
  })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ViewerType> {
    const { sessionToken } = await ctx.services.invitations.acceptInvitation(ctx.em, token, password, ctx.meta);
    ctx.session.set(sessionToken);
    const actor = await ctx.services.sessions.resolve(ctx.em, sessionToken);
    if (actor === null) throw unauthenticated();
    return viewerOf(ctx.em, actor);
  }
}
