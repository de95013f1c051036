import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { PageArgs } from '../../core/pagination';
import { Requires } from '../../core/requires';
import { SignInMethodOptionType, UpdateUserInput, UserConnection, UsersArgs, UserType } from './user.types';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Members of the organization, invited ones included, by name.' })
  @Requires('USERS_READ')
  async users(@Args(() => UsersArgs) { filter }: UsersArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<UserConnection> {
    const result = await ctx.services.users.list(ctx.em, requireActor(ctx), filter ?? {}, page);
    return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: UserType.from(e.node) })) };
  }

  @Query(() => UserType)
  @Requires('USERS_READ')
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    return UserType.from(await ctx.services.users.get(ctx.em, requireActor(ctx), id));
  }

  @Query(() => [SignInMethodOptionType], { description: 'The sign-in methods a new user can be given.' })
  @Authorized()
  async signInMethods(@Ctx() ctx: GraphQLContext): Promise<SignInMethodOptionType[]> {
    return ctx.services.users.signInMethods(ctx.em, requireActor(ctx));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The display name of the SSO provider when signInMethod is SSO.' })
  async ssoProviderName(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (user.ssoProvider === null) return null;
    return ctx.services.users.ssoProviderName(ctx.em, requireActor(ctx), user.ssoProvider);
  }

  @Mutation(() => UserType)
  @Requires('USERS_MANAGE')
  async updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    return UserType.from(await ctx.services.users.update(ctx.em, requireActor(ctx), id, input, ctx.meta));
  }

  @Mutation(() => UserType, { description: 'Replaces the roles of a user (at least one).' })
  @Requires('USERS_MANAGE')
  async setUserRoles(
    @Arg('id', () => ID) id: string,
    @Arg('roleIds', () => [ID]) roleIds: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    return single(await ctx.services.users.setRoles(ctx.em, requireActor(ctx), [id], roleIds, ctx.meta));
  }

  @Mutation(() => [UserType], { description: 'Bulk: gives every listed user exactly these roles. All or nothing.' })
  @Requires('USERS_MANAGE')
  async setUsersRoles(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('roleIds', () => [ID]) roleIds: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType[]> {
    return (await ctx.services.users.setRoles(ctx.em, requireActor(ctx), ids, roleIds, ctx.meta)).map((r) => UserType.from(r));
  }

  @Mutation(() => UserType, { description: 'Suspends the user here and ends their sessions at once.' })
  @Requires('USERS_MANAGE')
  async disableUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    return single(await ctx.services.users.disable(ctx.em, requireActor(ctx), [id], ctx.meta));
  }

  @Mutation(() => [UserType], { description: 'Bulk disable. All or nothing.' })
  @Requires('USERS_MANAGE')
  async disableUsers(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext): Promise<UserType[]> {
    return (await ctx.services.users.disable(ctx.em, requireActor(ctx), ids, ctx.meta)).map((r) => UserType.from(r));
  }

  @Mutation(() => UserType)
  @Requires('USERS_MANAGE')
  async enableUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    return single(await ctx.services.users.enable(ctx.em, requireActor(ctx), [id], ctx.meta));
  }

  @Mutation(() => [UserType], { description: 'Bulk enable. All or nothing.' })
  @Requires('USERS_MANAGE')
  async enableUsers(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext): Promise<UserType[]> {
    return (await ctx.services.users.enable(ctx.em, requireActor(ctx), ids, ctx.meta)).map((r) => UserType.from(r));
  }

  @Mutation(() => ID, { description: 'Permanently removes the user from the organization; returns their id. Never yourself.' })
  @Requires('USERS_MANAGE')
  async deleteUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    const [deleted] = await ctx.services.users.delete(ctx.em, requireActor(ctx), [id], ctx.meta);
    return deleted ?? id;
  }

  @Mutation(() => [ID], { description: 'Bulk delete (permanent). All or nothing.' })
  @Requires('USERS_MANAGE')
  async deleteUsers(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return ctx.services.users.delete(ctx.em, requireActor(ctx), ids, ctx.meta);
  }

  @Mutation(() => UserType, { description: "Super admins: sets another user's password and ends their sessions. Never your own (use changePassword)." })
  @Requires('USERS_RESET_PASSWORD')
  async resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    return UserType.from(await ctx.services.users.resetPassword(ctx.em, requireActor(ctx), id, password, ctx.meta));
  }
}

function single(records: Parameters<typeof UserType.from>[0][]): UserType {
  const [record] = records;
  if (record === undefined) throw notFound('User');
  return UserType.from(record);
}
