import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AuthorityCacheObserver, AuthorityEviction, AuthorityKind } from '../authority/authority-observer';
import { OperationNames } from './operation-name';

export type GraphQLOutcome = 'ok' | 'error';
export type ApiKeyOutcome = { outcome: 'admitted' } | { outcome: 'refused'; reason: string } | { outcome: 'rate_limited' };
export type SessionOutcome = 'valid' | 'none' | 'expired';
export type RateLimitDecision = 'allowed' | 'limited';
export type RateLimitStoreKind = 'memory' | 'redis';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const KINDS: Record<AuthorityKind, string> = { apiKey: 'api_key', session: 'session' };

function counter<L extends string>(registry: Registry, name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
  return new Counter({ name, help, labelNames, registers: [registry] });
}

/**
 * A counter for what every request counts: increments are plain numbers under a key naming the
 * labels, handed to prom-client when the registry is read (its `collect`). One map look-up per
 * request instead of prom-client's hashing of the labels, which the API-key and session paths
 * would each pay several times per request.
 */
class TalliedCounter<L extends string> {
  private readonly pending = new Map<string, { labels: Partial<Record<L, string>>; count: number }>();

  constructor(registry: Registry, name: string, help: string, labelNames: readonly L[]) {
    const pending = this.pending;
    new Counter<L>({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        for (const tally of pending.values()) {
          if (tally.count === 0) continue;
          this.inc(tally.labels, tally.count);
          tally.count = 0;
        }
      },
    });
  }

  /** Counts `by` under `labels`; `key` names that combination of labels (one key, one combination). */
  inc(key: string, labels: Partial<Record<L, string>>, by = 1): void {
    const tally = this.pending.get(key);
    if (tally === undefined) this.pending.set(key, { labels, count: by });
    else tally.count += by;
  }
}

/**
 * The instance's Prometheus metrics (served on /metrics when KEYWARD_METRICS_TOKEN is set). Each
 * instance has its own registry, so several servers in one process (tests) do not mix counts.
 * Recording never throws and costs a few map look-ups.
 */
export class KeywardMetrics {
  readonly registry = new Registry();
  private readonly operations = new OperationNames();

  private readonly graphqlRequests = counter(this.registry, 'keyward_graphql_requests_total', 'GraphQL requests executed, by operation name (as sent; anonymous, invalid or other when not usable) and outcome (error: the response carries errors).', ['operation', 'outcome']);

  private readonly graphqlDuration = new Histogram({
    name: 'keyward_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly apiKeyAuthentications = new TalliedCounter(this.registry, 'keyward_api_key_authentications_total', 'Requests presenting an API key, by outcome (admitted, refused, rate_limited) and refusal reason.', ['outcome', 'reason']);

  private readonly sessionAuthentications = new TalliedCounter(this.registry, 'keyward_session_authentications_total', 'GraphQL requests without an API key, by session cookie outcome: valid, none (no cookie), expired (a cookie that no longer signs in: expired, signed out or unknown).', ['outcome']);

  private readonly rateLimitDecisions = new TalliedCounter(this.registry, 'keyward_rate_limit_decisions_total', 'Rate-limit decisions on API-key requests, by decision (allowed, limited) and store (memory, redis).', ['limiter', 'decision', 'store']);

  private readonly authorityLookups = new TalliedCounter(this.registry, 'keyward_authority_cache_lookups_total', 'Look-ups in the per-instance cache of verified authority, by kind (api_key, session) and result (hit, miss).', ['kind', 'result']);

  private readonly authorityEvictions = counter(this.registry, 'keyward_authority_cache_evictions_total', 'Entries that left the authority cache, by kind and reason (local, notify, listener-lost, max-age, lru, version).', ['kind', 'reason']);

  private readonly authorityListener = new Gauge({
    name: 'keyward_authority_listener_up',
    help: '1 while the instance listens for authority changes (PostgreSQL LISTEN), 0 while it does not (the cache is bypassed then).',
    registers: [this.registry],
  });

  private readonly usageFlushes = counter(this.registry, 'keyward_api_key_usage_flushes_total', 'Batches of API-key usage counters written to the database.');

  private readonly usageFlushRows = counter(this.registry, 'keyward_api_key_usage_flush_rows_total', 'Rows (key and day) written by the API-key usage flushes.');

  /** What the authority cache reports (cache hits, misses, evictions, the listener's state). */
  readonly authorityObserver: AuthorityCacheObserver = {
    lookup: (kind, outcome) => this.authorityLookups.inc(`${kind} ${outcome}`, { kind: KINDS[kind], result: outcome }),
    evicted: (kind: AuthorityKind, reason: AuthorityEviction, count: number) => {
      if (count > 0) this.authorityEvictions.inc({ kind: KINDS[kind], reason }, count);
    },
    listenerState: (up) => this.authorityListener.set(up ? 1 : 0),
  };

  /** `processMetrics`: Node's default process metrics too (CPU, memory, event loop), only when /metrics is on. */
  constructor(options: { processMetrics: boolean }) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  graphqlRequest(operationName: string | null | undefined, outcome: GraphQLOutcome, seconds: number): void {
    const labels = { operation: this.operations.label(operationName), outcome };
    this.graphqlRequests.inc(labels);
    this.graphqlDuration.observe(labels, seconds);
  }

  apiKeyAuthentication(result: ApiKeyOutcome): void {
    const reason = result.outcome === 'refused' ? result.reason.toLowerCase() : '';
    this.apiKeyAuthentications.inc(`${result.outcome} ${reason}`, { outcome: result.outcome, reason });
  }

  sessionAuthentication(outcome: SessionOutcome): void {
    this.sessionAuthentications.inc(outcome, { outcome });
  }

  rateLimitDecision(decision: RateLimitDecision, store: RateLimitStoreKind): void {
    this.rateLimitDecisions.inc(`${decision} ${store}`, { limiter: 'api_key', decision, store });
  }

  usageFlushed(rows: number): void {
    this.usageFlushes.inc();
    this.usageFlushRows.inc(rows);
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
