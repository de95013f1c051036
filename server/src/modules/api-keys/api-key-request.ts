import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import type { ApiKeyActor } from '../../core/actor';

/** What the gate decided about a request that presented a valid key, for the GraphQL context. */
export interface ApiKeyRequest {
  em: EntityManager;
  actor: ApiKeyActor;
  /** Set by the GraphQL layer when the response carries errors (counted as a failure). */
  hadErrors: boolean;
}

const keyedRequests = new WeakMap<Request, ApiKeyRequest>();

export function apiKeyRequestOf(req: Request): ApiKeyRequest | undefined {
  return keyedRequests.get(req);
}

/** Remembers what the gate decided about this request, for the GraphQL layer. */
export function rememberApiKeyRequest(req: Request, keyed: ApiKeyRequest): void {
  keyedRequests.set(req, keyed);
}
