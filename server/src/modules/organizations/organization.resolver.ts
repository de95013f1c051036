import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import { OrganizationType, UpdateOrganizationSettingsInput } from './organization.types';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Query(() => OrganizationType, { description: "The signed-in actor's organization." })
  @Authorized()
  organization(@Ctx() ctx: GraphQLContext): OrganizationType {
    return OrganizationType.from(requireActor(ctx).organization);
  }

  @Mutation(() => OrganizationType)
  @Requires('SETTINGS_MANAGE')
  async updateOrganizationSettings(
    @Arg('input', () => UpdateOrganizationSettingsInput) input: UpdateOrganizationSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationType> {
    const org = await ctx.services.organizations.updateSettings(ctx.em, requireActor(ctx), input, ctx.meta);
    return OrganizationType.from(org);
  }
}
