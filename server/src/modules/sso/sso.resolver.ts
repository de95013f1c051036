import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import { SignInProviderType } from '../users/sign-in-provider.types';
import { CreateSsoProviderInput, SignInOptionsType, SsoProviderType, UpdateSsoProviderInput } from './sso.types';

@Resolver(() => SsoProviderType)
export class SsoResolver {
  @Query(() => [SsoProviderType], { description: "This organization's OpenID Connect providers, by display name." })
  @Requires('SETTINGS_READ')
  async ssoProviders(@Ctx() ctx: GraphQLContext): Promise<SsoProviderType[]> {
    return (await ctx.services.ssoProviders.list(ctx.em, requireActor(ctx))).map((r) => SsoProviderType.from(r));
  }

  @Query(() => SignInOptionsType, { description: 'Public: what the login page offers for an email. BAD_USER_INPUT (field email) for a malformed email.' })
  async signInOptions(@Arg('email', () => String) email: string, @Ctx() ctx: GraphQLContext): Promise<SignInOptionsType> {
    const { ssoProviders } = ctx.services;
    const providers = await ssoProviders.forDomain(ctx.em, ssoProviders.emailDomain(email));
    return Object.assign(new SignInOptionsType(), {
      password: !providers.some((p) => p.requireSso),
      providers: providers.map((p) => SignInProviderType.from(p)),
    });
  }

  @Mutation(() => SsoProviderType, { description: 'Adds a provider; its discovery document is checked first (BAD_USER_INPUT on issuer naming what failed).' })
  @Requires('SETTINGS_MANAGE')
  async createSsoProvider(@Arg('input', () => CreateSsoProviderInput) input: CreateSsoProviderInput, @Ctx() ctx: GraphQLContext): Promise<SsoProviderType> {
    return SsoProviderType.from(await ctx.services.ssoProviders.create(ctx.em, requireActor(ctx), input, ctx.meta));
  }

  @Mutation(() => SsoProviderType, { description: 'Changes a provider; discovery is checked again when the issuer or client changes.' })
  @Requires('SETTINGS_MANAGE')
  async updateSsoProvider(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSsoProviderInput) input: UpdateSsoProviderInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SsoProviderType> {
    return SsoProviderType.from(await ctx.services.ssoProviders.update(ctx.em, requireActor(ctx), id, input, ctx.meta));
  }

  @Mutation(() => ID, { description: 'Deletes a provider; CONFLICT while members of this organization sign in with it.' })
  @Requires('SETTINGS_MANAGE')
  async deleteSsoProvider(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ctx.services.ssoProviders.delete(ctx.em, requireActor(ctx), id, ctx.meta);
  }
}
