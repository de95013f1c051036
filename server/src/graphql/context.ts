import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Actor, RequestMeta } from '../auth/actor';
import type { Services } from '../services';
import { unauthenticated } from './errors';

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
