import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations/index';

/**
 * `applicationName` is what PostgreSQL shows for each of the pool's connections
 * (`pg_stat_activity.application_name`); the server passes `keyward:<instance id>` so the
 * database can tell how many instances share it (see instances.ts).
 */
export function ormConfig(clientUrl: string, logger?: Logger, applicationName?: string) {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      path: new URL('./migrations', import.meta.url).pathname,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    debug: false,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    // A database that stops answering (dropped packets, not refused) fails the request after 5 s
    // with a 503 instead of holding it forever.
    driverOptions: { connectionTimeoutMillis: 5000, ...(applicationName ? { application_name: applicationName } : {}) },
    logger: (message: string) => logger?.debug({ orm: true }, message),
  });
}

export type Orm = MikroORM;

/** Connects and brings the schema up to date with the committed migrations. */
export async function openDatabase(clientUrl: string, logger?: Logger, applicationName?: string): Promise<Orm> {
  const orm = await MikroORM.init(ormConfig(clientUrl, logger, applicationName));
  const applied = await orm.migrator.up();
  if (applied.length > 0) logger?.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  return orm;
}
