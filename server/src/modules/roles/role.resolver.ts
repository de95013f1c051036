import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import { roleUsageLoader } from './role.loaders';
import { CreateRoleInput, PermissionGroupType, RoleType, RoleUsageType, UpdateRoleInput } from './role.types';

@Resolver(() => RoleType)
export class RoleResolver {
  @Query(() => [RoleType], { description: 'The built-in roles, then the organization\'s custom roles.' })
  @Requires('ROLES_READ')
  async roles(@Ctx() ctx: GraphQLContext): Promise<RoleType[]> {
    const roles = await ctx.services.roles.list(ctx.em, requireActor(ctx));
    return roles.map((r) => RoleType.from(r));
  }

  @Query(() => [PermissionGroupType], { description: 'The permission catalog with labels, grouped by area.' })
  @Authorized()
  permissions(): PermissionGroupType[] {
    return PermissionGroupType.catalog();
  }

  @FieldResolver(() => RoleUsageType)
  @Requires('ROLES_READ')
  async usage(@Root() role: RoleType, @Ctx() ctx: GraphQLContext): Promise<RoleUsageType> {
    return Object.assign(new RoleUsageType(), await roleUsageLoader(ctx).load(role.id));
  }

  @Mutation(() => RoleType)
  @Requires('ROLES_MANAGE')
  async createRole(@Arg('input', () => CreateRoleInput) input: CreateRoleInput, @Ctx() ctx: GraphQLContext): Promise<RoleType> {
    return RoleType.from(await ctx.services.roles.create(ctx.em, requireActor(ctx), input, ctx.meta));
  }

  @Mutation(() => RoleType)
  @Requires('ROLES_MANAGE')
  async updateRole(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRoleInput) input: UpdateRoleInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoleType> {
    return RoleType.from(await ctx.services.roles.update(ctx.em, requireActor(ctx), id, input, ctx.meta));
  }

  @Mutation(() => ID, { description: 'Deletes a custom role that no member or API key holds; returns its id.' })
  @Requires('ROLES_MANAGE')
  async deleteRole(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    await ctx.services.roles.delete(ctx.em, requireActor(ctx), id, ctx.meta);
    return id;
  }
}
