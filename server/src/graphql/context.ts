import type { Request, Response } from 'express';
import type { RequestMeta } from '../core/actor';
import type { GraphQLContext, SessionCookie } from '../core/context';
import { RequestLoaders } from '../core/loaders';
import type { Orm } from '../db/orm';
import type { ApiKeyRequest } from '../modules/api-keys/api-key-request';
import type { Services } from '../services/services';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express types its per-request `res.locals` through this global namespace
  namespace Express {
    interface Locals {
      /** The API-key request the HTTP gate admitted; it rides on the GraphQL context from here. */
      apiKeyRequest?: ApiKeyRequest;
    }
  }
}

/** The request's session cookie (a class: closures made per request cost more under tsx's name-keeping). */
class RequestSessionCookie implements SessionCookie {
  readonly token: string | undefined;
  readonly #req: Request;
  readonly #res: Response;

  constructor(req: Request, res: Response) {
    this.#req = req;
    this.#res = res;
    this.token = readSessionCookie(req);
  }

  set(token: string): void {
    writeSessionCookie(this.#req, this.#res, token);
  }

  clear(): void {
    clearSessionCookie(this.#req, this.#res);
  }
}

/** The context of one GraphQL request: the API-key request the gate admitted (on `res.locals`), else the session cookie. */
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
  const session = new RequestSessionCookie(req, res);
  const keyed = res.locals.apiKeyRequest;
  if (keyed !== undefined) return { em: keyed.em, actor: keyed.actor, meta, services, session, apiKeyRequest: keyed, loaders: new RequestLoaders(), req, res };
  const em = orm.em.fork();
  const token = session.token;
  const actor = token === undefined ? null : await services.sessions.resolve(em, token);
  services.metrics.sessionAuthentication(token === undefined ? 'none' : actor === null ? 'expired' : 'valid');
  return { em, actor, meta, services, session, apiKeyRequest: null, loaders: new RequestLoaders(), req, res };
}
