import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import { connectionStats, ConnectionStatsType } from './connection-stats';
import {
  ConnectionConnection,
  ConnectionsArgs,
  ConnectionTestResultType,
  ConnectionUserType,
  ConnectionType,
  CreateConnectionInput,
  NodeTypeType,
  OAuthStartType,
  ResolvedConnectionType,
  UpdateConnectionInput,
} from './connection.types';

@Resolver(() => ConnectionType)
export class ConnectionResolver {
  @Query(() => ConnectionConnection, { description: 'Connections you can use: organization ones, your personal ones and those shared with you.' })
  @Requires('CONNECTIONS_READ')
  async connections(@Args(() => ConnectionsArgs) args: ConnectionsArgs, @Ctx() ctx: GraphQLContext): Promise<ConnectionConnection> {
    const page = await ctx.services.connections.list(ctx.em, requireActor(ctx), args.filter ?? {}, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: ConnectionType.from(edge.node) })) };
  }

  @Query(() => ConnectionStatsType, { description: 'How many of the connections you can use lack credentials in some environment or failed their last test.' })
  @Requires('CONNECTIONS_READ')
  async connectionStats(@Ctx() ctx: GraphQLContext): Promise<ConnectionStatsType> {
    const actor = requireActor(ctx);
    return connectionStats(ctx.em, actor, ctx.services.connections.access.visibleWhere(actor));
  }

  @Query(() => ConnectionType)
  @Requires('CONNECTIONS_READ')
  async connection(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ConnectionType> {
    return ConnectionType.from(await ctx.services.connections.get(ctx.em, requireActor(ctx), id));
  }

  @Query(() => [NodeTypeType], { description: 'Workflow node types and the integration type each uses.' })
  @Requires('CONNECTIONS_READ')
  nodeTypes(): NodeTypeType[] {
    return NodeTypeType.all();
  }

  @Query(() => ResolvedConnectionType, {
    description:
      'The integration configuration and credentials of one environment, secrets substituted: plaintexts for an API key only, masked for a signed-in person. Audited.',
  })
  @Requires('CONNECTIONS_RESOLVE')
  async resolveConnection(
    @Arg('id', () => ID) id: string,
    @Arg('environment', () => String) environment: string,
    @Arg('onBehalfOf', () => ID, {
      nullable: true,
      description: 'API keys with CONNECTIONS_RESOLVE_ON_BEHALF: resolve as this member, which reaches their personal connections and those shared with them. Refused from a session (BAD_USER_INPUT).',
    })
    onBehalfOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ResolvedConnectionType> {
    return ResolvedConnectionType.from(await ctx.services.connections.resolve(ctx.em, requireActor(ctx), id, environment, ctx.meta, onBehalfOf ?? null));
  }

  @Mutation(() => ConnectionType)
  @Requires('CONNECTIONS_MANAGE')
  async createConnection(@Arg('input', () => CreateConnectionInput) input: CreateConnectionInput, @Ctx() ctx: GraphQLContext): Promise<ConnectionType> {
    return ConnectionType.from(await ctx.services.connections.create(ctx.em, requireActor(ctx), input, ctx.meta));
  }

  @Mutation(() => ConnectionType)
  @Requires('CONNECTIONS_MANAGE')
  async updateConnection(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateConnectionInput) input: UpdateConnectionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectionType> {
    return ConnectionType.from(await ctx.services.connections.update(ctx.em, requireActor(ctx), id, input, ctx.meta));
  }

  @Mutation(() => ConnectionType, { description: 'Saves one environment’s credentials; a blank secret field keeps its stored value.' })
  @Requires('CONNECTIONS_MANAGE')
  async saveConnectionCredentials(
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('environment', () => String) environment: string,
    @Arg('fields', () => GraphQLJSONObject) fields: Record<string, unknown>,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectionType> {
    return ConnectionType.from(await ctx.services.connections.saveCredentials(ctx.em, requireActor(ctx), connectionId, environment, fields, ctx.meta));
  }

  @Mutation(() => ID)
  @Requires('CONNECTIONS_MANAGE')
  async deleteConnection(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ctx.services.connections.delete(ctx.em, requireActor(ctx), id, ctx.meta);
  }

  @Query(() => [ConnectionUserType], { description: 'Members the owner of a personal connection may share it with. Owner only.' })
  @Requires('CONNECTIONS_MANAGE')
  async connectionShareCandidates(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ConnectionUserType[]> {
    const users = await ctx.services.connections.shareCandidates(ctx.em, requireActor(ctx), id);
    return users.map((user) => ConnectionUserType.from(user));
  }

  @Mutation(() => ConnectionType, { description: 'Replaces the members a personal connection is shared with. Owner only.' })
  @Requires('CONNECTIONS_MANAGE')
  async shareConnection(
    @Arg('id', () => ID) id: string,
    @Arg('userIds', () => [ID]) userIds: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectionType> {
    return ConnectionType.from(await ctx.services.connections.share(ctx.em, requireActor(ctx), id, userIds, ctx.meta));
  }

  @Mutation(() => ConnectionTestResultType, { description: 'Tests one environment’s credentials against the real service.' })
  @Requires('CONNECTIONS_MANAGE')
  async testConnection(
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('environment', () => String) environment: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectionTestResultType> {
    return ConnectionTestResultType.from(await ctx.services.connections.test(ctx.em, requireActor(ctx), connectionId, environment, ctx.meta));
  }

  @Mutation(() => OAuthStartType, { name: 'startConnectionOAuth', description: 'Starts connecting one environment with OAuth2; send the browser to the returned URL.' })
  @Requires('CONNECTIONS_MANAGE')
  async startConnectionOAuth(
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('environment', () => String) environment: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthStartType> {
    return OAuthStartType.from(await ctx.services.connections.startOAuth(ctx.em, requireActor(ctx), connectionId, environment, ctx.meta));
  }

  @Mutation(() => ConnectionType, { name: 'disconnectConnectionOAuth', description: 'Forgets one environment’s OAuth2 tokens (access and refresh token, expiry, connected account). Audited.' })
  @Requires('CONNECTIONS_MANAGE')
  async disconnectConnectionOAuth(
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('environment', () => String) environment: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectionType> {
    const actor = requireActor(ctx);
    const id = await ctx.services.connections.disconnectOAuth(ctx.em, actor, connectionId, environment, ctx.meta);
    return ConnectionType.from(await ctx.services.connections.get(ctx.em, actor, id));
  }
}
