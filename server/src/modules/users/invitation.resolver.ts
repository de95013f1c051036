import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ViewerType } from '../auth/viewer.types';
import { requireActor, type GraphQLContext } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { Requires } from '../../core/requires';
import { CreateUserInput, InvitationPreviewType, InviteUserInput, UserType } from './user.types';

/** Inviting users (admins) and the public invitation link (preview, accept). */
@Resolver()
export class InvitationResolver {
  @Query(() => InvitationPreviewType, { description: 'Public: what an invitation link is for. BAD_USER_INPUT (field token) when it cannot be used.' })
  async invitation(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext): Promise<InvitationPreviewType> {
    return ctx.services.invitations.previewInvitation(ctx.em, token);
  }

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
    return ViewerType.from(actor);
  }

  @Mutation(() => UserType, { description: 'Adds an INVITED user and emails them a one-time link (valid 7 days).' })
  @Requires('USERS_MANAGE')
  async inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    const { record } = await ctx.services.invitations.invite(ctx.em, requireActor(ctx), input, ctx.meta);
    return UserType.from(record);
  }

  @Mutation(() => UserType, { description: 'Super admins only: an Active user with an initial password who must change it at first sign-in.' })
  @Requires('ORGANIZATIONS_MANAGE')
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    return UserType.from(await ctx.services.invitations.createWithPassword(ctx.em, requireActor(ctx), input, ctx.meta));
  }

  @Mutation(() => UserType, { description: 'Emails a new invitation link; the previous one stops working.' })
  @Requires('USERS_MANAGE')
  async resendInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    const { record } = await ctx.services.invitations.resendInvitation(ctx.em, requireActor(ctx), id, ctx.meta);
    return UserType.from(record);
  }
}
