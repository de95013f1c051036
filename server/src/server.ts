import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config/config';
import { loadKeyring, type Keyring } from './crypto/keyring';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { applicationName, InstanceWatch } from './db/instances';
import { openDatabase, type Orm } from './db/orm';
import { buildKeywardSchema } from './graphql/schema';
import { createHttpApp } from './http/app';
import { createServices, type Services } from './services/services';

export interface RunningKeyward {
  url: string;
  port: number;
  orm: Orm;
  services: Services;
  keyring: Keyring;
  /** Counts the instances sharing the database; warns when there are several and no Redis. */
  instances: InstanceWatch;
  /** While no user exists: the one-time link that creates the first admin (main.ts prints it; never logged). */
  setupLink: string | undefined;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close: () => Promise<void>;
}

const SYSTEM_META = { ip: null, userAgent: 'keyward-server', requestId: 'startup' };

/**
 * Before listening: built-in roles, and the first super admin when the environment names one,
 * so nobody can reach a half-initialised server.
 */
async function prepareFirstRun(config: Config, orm: Orm, services: Services, logger: Logger): Promise<void> {
  const em = orm.em.fork();
  await services.roles.ensureBuiltIns(em);
  await services.integrations.ensureStarterSet(em);
  if (!config.bootstrapAdmin || !(await services.setup.needsFirstAdmin(em))) return;
  const { email, password } = config.bootstrapAdmin;
  await services.setup.createFirstAdmin(
    em,
    { email, password, displayName: email.split('@')[0] ?? email, organizationName: 'Default' },
    SYSTEM_META,
  );
  logger.info({ email }, 'created the first super admin from KEYWARD_BOOTSTRAP_ADMIN_EMAIL');
}

/** Once listening (the link needs the port): the one-time setup link while no user exists. */
async function issueSetupLink(orm: Orm, services: Services, baseUrl: string): Promise<string | undefined> {
  const em = orm.em.fork();
  if (!(await services.setup.needsFirstAdmin(em))) return undefined;
  const token = await services.setup.issueSetupToken(em);
  return `${baseUrl}/setup?token=${token}`;
}

export async function startKeyward(config: Config, logger: Logger): Promise<RunningKeyward> {
  const keyring = loadKeyring(config.masterKeys, config.dataDir, (m) => logger.warn(m));
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl === undefined) {
    logger.info({ dataDir: config.dataDir }, 'no DATABASE_URL: starting the embedded PostgreSQL');
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, (m) => logger.debug({ postgres: true }, m));
    databaseUrl = embedded.url;
  }
  // Names this instance's database connections, so instances can count each other (InstanceWatch).
  const instanceId = randomBytes(6).toString('hex');
  const orm = await openDatabase(databaseUrl, logger, applicationName(instanceId));
  const services = createServices({ config, logger, keyring });
  await services.authority.start(orm, databaseUrl);
  services.apiKeyUsage.start(() => orm.em.fork(), logger);
  services.apiKeyExpiryReminders.start(() => orm.em.fork());
  await prepareFirstRun(config, orm, services, logger);
  const schema = await buildKeywardSchema();
  const { app, apollo } = await createHttpApp({ config, orm, services, logger, schema });

  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  services.links.listeningOn(url);
  const setupLink = await issueSetupLink(orm, services, url);
  logger.info({ url, port }, 'Keyward is listening');
  const instances = new InstanceWatch({ databaseUrl, instanceId, redis: config.redisUrl !== undefined, logger });
  await instances.start();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      // In-flight requests get their time to finish; a connection still open after that is cut.
      if (!(await shutdownStep(logger, 'HTTP connections', closed, 10_000))) server.closeAllConnections();
      await apollo.stop();
      await shutdownStep(logger, 'instance watch', instances.stop());
      // After the last request: write the usage counted in memory, then let go of Redis.
      services.apiKeyExpiryReminders.stop();
      await shutdownStep(logger, 'usage flush', services.apiKeyUsage.stop(orm.em.fork()), 10_000);
      await shutdownStep(logger, 'authority listener', services.authority.stop());
      await shutdownStep(logger, 'Redis', services.rateLimitStore.close());
      await shutdownStep(logger, 'database pool', orm.close());
      await embedded?.stop();
    })();
    return closing;
  };
  return { url, port, orm, services, keyring, instances, setupLink, close };
}

const SHUTDOWN_STEP_MS = 5_000;

/**
 * Waits for one step of the shutdown, at most `ms` (true when it finished): a dependency that stopped answering
 * (a half-open connection to PostgreSQL or Redis) must not hold the process open forever.
 */
async function shutdownStep(logger: Logger, name: string, step: Promise<void>, ms = SHUTDOWN_STEP_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
    timer.unref();
  });
  const outcome = await Promise.race([step.then(() => 'done' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late') logger.warn({ step: name, waitedMs: ms }, `shutdown: ${name} did not close in time; going on`);
  return outcome === 'done';
}
