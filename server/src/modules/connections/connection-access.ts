import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Permission } from '@keyward/shared/permissions';
import type { Actor, ApiKeyActor } from '../../core/actor';
import { forbidden, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { MemberDirectory } from '../users/member-directory';
import type { User } from '../users/user.entity';
import { Connection } from './connection.entity';

/** Own connections, and organization connections for integration managers. */
export function canManageWith(permissions: ReadonlySet<Permission>, userId: string | null, connection: Connection): boolean {
  if (!permissions.has('CONNECTIONS_MANAGE')) return false;
  if (userId !== null && connection.owner?.id === userId) return true;
  return connection.visibility === 'ORGANIZATION' && permissions.has('INTEGRATIONS_MANAGE');
}

/** Who sees and who may change a connection; finding one is always scoped to the actor's organization. */
export class ConnectionAccess {
  constructor(private readonly members: MemberDirectory) {}

  /** Organization connections, and personal ones the actor owns or that are shared with them. */
  visibleWhere(actor: Actor): FilterQuery<Connection> {
    if (actor.kind === 'apiKey') return { organization: actor.organization.id, visibility: 'ORGANIZATION' };
    return {
      organization: actor.organization.id,
      $or: [{ visibility: 'ORGANIZATION' }, { owner: actor.user.id }, { shares: { user: actor.user.id } }],
    };
  }

  /** Own connections, and organization connections for integration managers. */
  canManage(actor: Actor, connection: Connection): boolean {
    return canManageWith(actor.permissions, actor.kind === 'user' ? actor.user.id : null, connection);
  }

  /** A visible connection, or NOT_FOUND: another organization's, or someone else's personal one. */
  async find(em: EntityManager, actor: Actor, id: string): Promise<Connection> {
    if (!isUuid(id)) throw notFound('Connection');
    const connection = await em.findOne(Connection, { $and: [{ id }, this.visibleWhere(actor)] }, { populate: ['integration', 'owner'] });
    if (connection === null) throw notFound('Connection');
    return connection;
  }

  /** A visible connection the actor may change, or FORBIDDEN saying who may. */
  async findManageable(em: EntityManager, actor: Actor, id: string): Promise<Connection> {
    const connection = await this.find(em, actor, id);
    if (!this.canManage(actor, connection)) {
      throw forbidden(
        connection.visibility === 'PERSONAL'
          ? 'Only the owner can change a personal connection.'
          : 'Only its owner or an integrations admin (INTEGRATIONS_MANAGE) can change this connection.',
      );
    }
    return connection;
  }

  /**
   * The connection a runtime key resolves on behalf of a user: the user must be an active member of
   * the key's organization who may use it (an organization connection, their own personal one, or
   * one shared with them), and a personal connection's owner must still be an active member.
   * Anything else is NOT_FOUND, so a key learns nothing about connections it may not use.
   */
  async findOnBehalf(em: EntityManager, actor: ApiKeyActor, id: string, userId: string): Promise<{ connection: Connection; user: User }> {
    if (!actor.permissions.has('CONNECTIONS_RESOLVE_ON_BEHALF')) {
      throw forbidden('Resolving a connection on behalf of a user needs CONNECTIONS_RESOLVE_ON_BEHALF.');
    }
    const organization = actor.organization.id;
    if (!isUuid(id) || !isUuid(userId)) throw notFound('Connection');
    const [member, connection] = await Promise.all([
      this.members.activeMembership(em, organization, userId, ['user']),
      em.findOne(
        Connection,
        { id, organization, $or: [{ visibility: 'ORGANIZATION' }, { owner: userId }, { shares: { user: userId } }] },
        { populate: ['integration', 'owner'] },
      ),
    ]);
    if (member === null || connection === null) throw notFound('Connection');
    if (connection.visibility === 'PERSONAL') {
      const ownerId = connection.owner?.id;
      const ownerActive = ownerId === userId || (ownerId !== undefined && (await this.members.isActiveMember(em, organization, ownerId)));
      if (!ownerActive) throw notFound('Connection');
    }
    return { connection, user: member.user };
  }
}
