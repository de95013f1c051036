import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { AuthorityCache } from './authority-cache';
import { AuthorityInvalidation, type AuthorityVersionStore } from './authority-invalidation';
import { AuthorityListener } from './authority-listener';
import { NO_AUTHORITY_OBSERVER, type AuthorityCacheObserver } from './authority-observer';

/** How often each instance deletes version rows past their retention (AuthorityInvalidation.prune). */
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

export interface AuthorityOptions {
  /** KEYWARD_AUTHORITY_MAX_AGE_MS; 0 turns caching off. */
  maxAgeMs: number;
  /** Redis versions (the rate-limit store), advanced after each change. */
  versions: AuthorityVersionStore;
  logger?: Logger;
  observer?: AuthorityCacheObserver;
}

/**
 * The per-instance authority cache and what keeps it exact: the invalidation every change calls,
 * and the listener for other instances' changes. Caches nothing until `start` listens.
 */
export class Authority {
  readonly cache: AuthorityCache;
  readonly invalidation: AuthorityInvalidation;
  readonly listener: AuthorityListener;
  private readonly logger: Logger | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;

  constructor({ maxAgeMs, versions, logger, observer = NO_AUTHORITY_OBSERVER }: AuthorityOptions) {
    this.logger = logger;
    this.cache = new AuthorityCache({ maxAgeMs, observer });
    this.invalidation = new AuthorityInvalidation(this.cache, versions, logger);
    this.listener = new AuthorityListener(this.cache, logger);
  }

  /** Finishes changes at commit (ORM subscriber), LISTENs for other instances' changes, and prunes old version rows hourly. */
  async start(orm: MikroORM, databaseUrl: string): Promise<void> {
    orm.em.getEventManager().registerSubscriber(this.invalidation.subscriber);
    if (this.cache.maxAgeMs > 0) await this.listener.start(databaseUrl);
    this.pruneTimer = setInterval(() => {
      this.invalidation.prune(orm.em.fork()).catch((error: unknown) => this.logger?.warn({ err: error }, 'could not prune old authority versions'));
    }, PRUNE_INTERVAL_MS);
    this.pruneTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.pruneTimer);
    await this.listener.stop();
  }
}
