import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Actor, RequestMeta, UserActor } from './actor';
import { forbidden, unauthenticated } from './errors';
import type { RequestLoaders } from './loaders';

/**
 * The services of the server instance as resolvers see them. Core names no module: services.ts
 * registers its `Services` here by declaration merging.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ContextServices {}

/** The browser session cookie of this request: resolvers set and clear it without knowing HTTP. */
export interface SessionCookie {
  /** The session token the request presented, if any. */
  readonly token: string | undefined;
  /** Sends a cookie starting the session with this token. */
  set(token: string): void;
  /** Sends a cookie ending the session. */
  clear(): void;
}

/** What the GraphQL layer tells an API-key request about its response (see modules/api-keys/api-key-request.ts). */
export interface KeyedRequest {
  /** The response carries errors: the call counts as a failure in the key's usage. */
  markFailed(): void;
}

export interface GraphQLContext {
  /** Forked per request; never the global entity manager. */
  em: EntityManager;
  actor: Actor | null;
  meta: RequestMeta;
  services: ContextServices;
  session: SessionCookie;
  /** The API-key request this operation runs for; `null` for browser sessions and anonymous calls. */
  apiKeyRequest: KeyedRequest | null;
  /** This request's batching loaders for per-row fields (see loaders.ts). */
  loaders: RequestLoaders;
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
