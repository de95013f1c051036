import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import { secretStats, SecretStatsType } from './secret-stats';
import {
  CreateSecretInput,
  SecretConnection,
  SecretReferenceType,
  SecretsArgs,
  SecretType,
  SecretUseRoleType,
  SecretVersionType,
  UpdateSecretInput,
} from './secret.types';

@Resolver(() => SecretType)
export class SecretResolver {
  @Query(() => SecretConnection, { description: 'Secrets of the organization by key. Values are never returned.' })
  @Requires('SECRETS_READ')
  async secrets(@Args(() => SecretsArgs) args: SecretsArgs, @Ctx() ctx: GraphQLContext): Promise<SecretConnection> {
    const page = await ctx.services.secrets.list(ctx.em, requireActor(ctx), args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: SecretType.from(edge.node) })) };
  }

  @Query(() => SecretStatsType, { description: 'How many secrets there are and how many lack a value in some environment.' })
  @Requires('SECRETS_READ')
  async secretStats(@Ctx() ctx: GraphQLContext): Promise<SecretStatsType> {
    return secretStats(ctx.em, requireActor(ctx));
  }

  @Query(() => SecretType)
  @Requires('SECRETS_READ')
  async secret(@Arg('key', () => String) key: string, @Ctx() ctx: GraphQLContext): Promise<SecretType> {
    return SecretType.from(await ctx.services.secrets.get(ctx.em, requireActor(ctx), key));
  }

  @Query(() => [SecretUseRoleType], { description: 'The roles a secret use policy may name: the built-ins and the organization’s own.' })
  @Requires('SECRETS_MANAGE')
  async secretUseRoleOptions(@Ctx() ctx: GraphQLContext): Promise<SecretUseRoleType[]> {
    const roles = await ctx.services.secrets.useRoleOptions(ctx.em, requireActor(ctx));
    return roles.map((role) => SecretUseRoleType.from(role));
  }

  @Mutation(() => SecretType)
  @Requires('SECRETS_MANAGE')
  async createSecret(@Arg('input', () => CreateSecretInput) input: CreateSecretInput, @Ctx() ctx: GraphQLContext): Promise<SecretType> {
    return SecretType.from(await ctx.services.secrets.create(ctx.em, requireActor(ctx), input, ctx.meta));
  }

  @Mutation(() => SecretType)
  @Requires('SECRETS_MANAGE')
  async updateSecret(
    @Arg('key', () => String) key: string,
    @Arg('input', () => UpdateSecretInput) input: UpdateSecretInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecretType> {
    return SecretType.from(await ctx.services.secrets.update(ctx.em, requireActor(ctx), key, input, ctx.meta));
  }

  @Mutation(() => SecretType, { description: 'Makes an earlier version current again, as a new version.' })
  @Requires('SECRETS_MANAGE')
  async restoreSecretVersion(
    @Arg('key', () => String) key: string,
    @Arg('environment', () => String) environment: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecretType> {
    return SecretType.from(await ctx.services.secrets.restore(ctx.em, requireActor(ctx), key, environment, version, ctx.meta));
  }

  @Mutation(() => SecretType, { description: 'Removes the secret from every environment. Returns it as it was.' })
  @Requires('SECRETS_MANAGE')
  async deleteSecret(@Arg('key', () => String) key: string, @Ctx() ctx: GraphQLContext): Promise<SecretType> {
    return SecretType.from(await ctx.services.secrets.delete(ctx.em, requireActor(ctx), key, ctx.meta));
  }

  @FieldResolver(() => [SecretVersionType], { description: 'History, newest first per environment. Never values.' })
  @Requires('SECRETS_READ')
  async versions(
    @Root() secret: SecretType,
    @Arg('environment', () => String, { nullable: true }) environment: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SecretVersionType[]> {
    const rows = await ctx.services.secrets.versions(ctx.em, requireActor(ctx), secret.id, environment);
    return rows.map((row) => SecretVersionType.from(row));
  }

  @FieldResolver(() => [SecretReferenceType], { description: 'Records whose saved values contain this secret’s reference.' })
  @Requires('SECRETS_READ')
  async references(@Root() secret: SecretType, @Ctx() ctx: GraphQLContext): Promise<SecretReferenceType[]> {
    const views = await ctx.services.secretReferences.referencesTo(ctx.em, requireActor(ctx).organization.id, secret.key);
    return views.map((view) => SecretReferenceType.from(view));
  }
}
