/**
 * Generates a migration from the difference between the entities and a scratch database
 * that has every committed migration applied. Usage: pnpm --filter @keyward/server migration:create [Name]
 */
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { loadConfig } from '../config/config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ormConfig } from './orm';

const config = loadConfig();
const embedded = config.databaseUrl === undefined ? await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort) : undefined;
const baseUrl = config.databaseUrl ?? embedded?.url ?? '';
const scratch = `keyward_migration_${Date.now()}`;
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(baseUrl);
url.pathname = `/${scratch}`;
const orm = await MikroORM.init(ormConfig(url.toString()));
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
  console.log(result.fileName ? `created ${result.fileName}; add it to migrations/index.ts` : 'no changes');
} finally {
  await orm.close();
  await admin.query(`DROP DATABASE ${scratch}`);
  await admin.end();
  await embedded?.stop();
}
