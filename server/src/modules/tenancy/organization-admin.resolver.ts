import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import { ViewerType, viewerOf } from '../auth/viewer.types';
import { CreateOrganizationInput, OrganizationSummaryType, UpdateOrganizationInput } from './organization-summary.types';

/** Administration → Organizations (super admins) and the organization switcher (everyone). */
@Resolver(() => OrganizationSummaryType)
export class OrganizationAdminResolver {
  @Query(() => [OrganizationSummaryType], {
    description:
      'Super admins: every organization. Everyone else: the organizations they are a member of (ACTIVE or SUSPENDED shown with status; INVITED not listed). An API key: its own.',
  })
  @Authorized()
  async organizations(@Ctx() ctx: GraphQLContext): Promise<OrganizationSummaryType[]> {
    return (await ctx.services.organizationAdmin.list(ctx.em, requireActor(ctx))).map((s) => OrganizationSummaryType.from(s));
  }

  @Mutation(() => OrganizationSummaryType, { description: 'A new organization with the built-in roles, default settings and the system integrations.' })
  @Requires('ORGANIZATIONS_MANAGE')
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: GraphQLContext): Promise<OrganizationSummaryType> {
    return OrganizationSummaryType.from(await ctx.services.organizationAdmin.create(ctx.em, requireActor(ctx), input, ctx.meta));
  }

  @Mutation(() => OrganizationSummaryType)
  @Requires('ORGANIZATIONS_MANAGE')
  async updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationSummaryType> {
    return OrganizationSummaryType.from(await ctx.services.organizationAdmin.update(ctx.em, requireActor(ctx), id, input, ctx.meta));
  }

  @Mutation(() => Boolean, {
    description:
      "confirmName must equal the organization's name exactly. Removes its memberships, API keys, secrets, integrations and connections; the last organization cannot be deleted.",
  })
  @Requires('ORGANIZATIONS_MANAGE')
  async deleteOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('confirmName', () => String) confirmName: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.organizationAdmin.delete(ctx.em, requireActor(ctx), id, confirmName, ctx.meta);
  }

  @Mutation(() => ViewerType, {
    description:
      "Changes the session's current organization (a member's ACTIVE membership, or any organization for a super admin). FORBIDDEN for an API key; NOT_FOUND for an organization the user is not in.",
  })
  @Authorized()
  async switchOrganization(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ViewerType> {
    return viewerOf(ctx.em, await ctx.services.organizationAdmin.switchTo(ctx.em, requireActor(ctx), id, ctx.meta));
  }
}
