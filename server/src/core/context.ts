import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Actor, RequestMeta, UserActor } from './actor';
import type { Services } from '../services';
import { forbidden, unauthenticated } from './errors';

export interface GraphQLContext {
  /** Forked per request; never the global entity manager. */
  em: EntityManager;
  actor: Actor | null;
  meta: RequestMeta;
  services: Services;
  req: Request;
  res: Response;
}

export function requireActor(context: GraphQLContext): Actor {
  if (context.actor === null) throw unauthenticated();
  return context.actor;
}

/**
 * The signed-in user, for what only a person can do (their own profile, password, session).
 * An API key is authenticated but is not a user: it gets FORBIDDEN with a message saying so.
 */
export function requireUser(context: GraphQLContext): UserActor {
  const actor = requireActor(context);
  if (actor.kind !== 'user') throw forbidden('This is only available to a signed-in user, not to an API key.');
  return actor;
}
