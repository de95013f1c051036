import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiKeyActor } from '../../core/actor';
import type { KeyedRequest } from '../../core/context';
import { type ApiKeyAuthentication, type ApiKeyAuthenticator, type ApiKeyRefusal } from './api-key-authenticator';
import type { ApiKeyRateLimiter, RateDecision } from './api-key-rate-limiter';
import type { ApiKeyUsageBuffer } from './api-key-usage.buffer';
import type { OperationCounter } from './operation-count';

export interface ApiKeyRequestDeps {
  apiKeyAuth: ApiKeyAuthenticator;
  apiKeyRateLimiter: ApiKeyRateLimiter;
  apiKeyUsage: ApiKeyUsageBuffer;
  operationCounter: OperationCounter;
}

/** How a request presenting a key was admitted, or why not (the HTTP layer turns it into an answer). */
export type ApiKeyAdmission =
  | { outcome: 'admitted'; request: ApiKeyRequest; rate: RateDecision }
  | { outcome: 'refused'; refusal: ApiKeyRefusal; apiKey: string | null }
  | { outcome: 'rateLimited'; rate: RateDecision; retryAfter: number };

/**
 * One request to /graphql presenting an API key, from authentication to its usage record:
 * `admit` authenticates the key, charges the operations of the body to the key's limits (the one
 * rule, `keyRateLimit`, resolved into the key's authority) and records refusals; an admitted
 * request rides on the GraphQL context, where the GraphQL layer marks it failed when the response
 * carries errors, and `finish` records its outcome once the response is sent.
 *
 * With Redis, the rate limiter's round trip also returns the key's and its organization's
 * authority versions: a cached authority read under other versions is read again from the
 * database before the request goes on, which makes a change on any instance strict here.
 */
export class ApiKeyRequest implements KeyedRequest {
  private failed = false;

  private constructor(
    readonly em: EntityManager,
    readonly actor: ApiKeyActor,
    /** The key's organization id, so recording usage never maps the actor's organization record. */
    private readonly organizationId: string,
    private readonly usage: ApiKeyUsageBuffer,
  ) {}

  static async admit(deps: ApiKeyRequestDeps, em: EntityManager, token: string, body: unknown): Promise<ApiKeyAdmission> {
    // From the cache without waiting when it can (most requests), else from the database.
    let result: ApiKeyAuthentication = deps.apiKeyAuth.acceptCached(em, token) ?? (await deps.apiKeyAuth.authenticate(em, token, { cacheTried: true }));
    if (!result.ok) return ApiKeyRequest.refuse(deps, result);
    const charge = await deps.apiKeyRateLimiter.consume(result.authority.identity.id, result.authority.rateLimit, deps.operationCounter.count(body), result.authority.scopes);
    let rate = charge.decision;
    if (result.fromCache && charge.versions !== null && charge.versions !== result.versions) {
      result = await deps.apiKeyAuth.authenticate(em, token, { refreshUnder: charge.versions });
      if (!result.ok) return ApiKeyRequest.refuse(deps, result);
      rate = deps.apiKeyRateLimiter.decideAgain(charge, result.authority.rateLimit);
    }
    const { actor, authority } = result;
    if (!rate.allowed) {
      deps.apiKeyUsage.record(authority.identity.id, authority.organizationId, 'rateLimited', true);
      return { outcome: 'rateLimited', rate, retryAfter: rate.retryAfterSeconds ?? rate.resetSeconds };
    }
    return { outcome: 'admitted', request: new ApiKeyRequest(em, actor, authority.organizationId, deps.apiKeyUsage), rate };
  }

  private static refuse(deps: ApiKeyRequestDeps, result: Extract<ApiKeyAuthentication, { ok: false }>): ApiKeyAdmission {
    if (result.key) deps.apiKeyUsage.record(result.key.id, result.key.organizationId, 'failed', false);
    return { outcome: 'refused', refusal: result.refusal, apiKey: result.key?.publicId ?? null };
  }

  markFailed(): void {
    this.failed = true;
  }

  /** Records the call once its response is sent: failed on an HTTP error status or GraphQL errors. */
  finish(statusCode: number): void {
    const outcome = statusCode >= 400 || this.failed ? 'failed' : 'ok';
    this.usage.record(this.actor.apiKey.id, this.organizationId, outcome, true);
  }
}
