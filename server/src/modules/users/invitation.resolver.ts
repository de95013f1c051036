import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import { CreateUserInput, InvitationPreviewType, InviteUserInput, UserType } from './user.types';

/** Inviting users (admins) and the public invitation preview; accepting is modules/auth (it starts a session). */
@Resolver()
export class InvitationResolver {
  @Query(() => InvitationPreviewType, { description: 'Public: what an invitation link is for. BAD_USER_INPUT (field token) when it cannot be used.' })
  async invitation(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext): Promise<InvitationPreviewType> {
    return ctx.services.invitations.previewInvitation(ctx.em, token);
  }

  @Mutation(() => UserType, { description: 'Adds an INVITED user and emails them a one-time link (valid 7 days).' })
  @Requires('USERS_MANAGE')
  async inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    const { record } = await ctx.services.invitations.invite(ctx.em, requireActor(ctx), input, ctx.meta);
    return UserType.from(record);
  }

  @Mutation(() => UserType, { description: 'Super admins only: an Active user, either with an initial password they must change at first sign-in, or signing in with an SSO provider of this organization.' })
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
