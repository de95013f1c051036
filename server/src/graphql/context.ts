import type { Request, Response } from 'express';
import type { RequestMeta } from '../core/actor';
import type { GraphQLContext, SessionCookie } from '../core/context';
import type { Orm } from '../db/orm';
import { apiKeyRequestOf } from '../modules/api-keys/api-key-request';
import type { Services } from '../services';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie';

function sessionCookie(req: Request, res: Response): SessionCookie {
  return {
    token: readSessionCookie(req),
    set: (token) => writeSessionCookie(req, res, token),
    clear: () => clearSessionCookie(req, res),
  };
}

/** The context of one GraphQL request: the API key the gate authenticated, else the session cookie. */
export async function createGraphQLContext({
  orm,
  services,
  req,
  res,
  meta,
}: {
  orm: Orm;
  services: Services;
  req: Request;
  res: Response;
  meta: RequestMeta;
}): Promise<GraphQLContext> {
  const session = sessionCookie(req, res);
  const keyed = apiKeyRequestOf(req);
  if (keyed !== undefined) return { em: keyed.em, actor: keyed.actor, meta, services, session, req, res };
  const em = orm.em.fork();
  const token = session.token;
  const actor = token === undefined ? null : await services.sessions.resolve(em, token);
  return { em, actor, meta, services, session, req, res };
}
