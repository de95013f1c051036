import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { requireActor, type GraphQLContext } from '../../core/context';
import { Requires } from '../../core/requires';
import { AuditEventConnection, AuditEventsArgs, AuditEventType } from './audit-event.types';

@Resolver(() => AuditEventType)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The organization’s audit log, newest first.' })
  @Requires('AUDIT_READ')
  async auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: GraphQLContext): Promise<AuditEventConnection> {
    const page = await ctx.services.audit.list(ctx.em, requireActor(ctx), args.filter ?? {}, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: AuditEventType.from(edge.node) })) };
  }
}
