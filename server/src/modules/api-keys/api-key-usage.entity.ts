import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ApiKey } from './api-key.entity';

/** One key's calls on one UTC day. Written in batches by the usage buffer, never per request. */
@Entity({ tableName: 'api_key_usage' })
@Unique({ properties: ['apiKey', 'day'] })
export class ApiKeyUsage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApiKey, { deleteRule: 'cascade' })
  apiKey!: ApiKey;

  /** YYYY-MM-DD (UTC). */
  @Property({ type: 'date' })
  day!: string;

  /** Every call that presented this key, including the failed and rate-limited ones. */
  @Property({ type: 'integer' })
  requests: Opt<number> = 0;

  /** Calls refused at authentication (wrong secret, expired, suspended, revoked) or answered with errors. */
  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  /** Calls refused with 429. */
  @Property({ type: 'integer' })
  rateLimited: Opt<number> = 0;
}
