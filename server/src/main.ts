import { ConfigError, loadConfig } from './config/config';
import { EmbeddedPostgresError } from './db/embedded-postgres-access';
import { createLogger } from './logging/logger';
import { startKeyward } from './server';
import { startupBanner } from './startup-banner';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
try {
  const keyward = await startKeyward(config, logger);
  // The one place the setup token is printed on purpose: the operator needs it to create the first admin.
  process.stdout.write(startupBanner(keyward.url, keyward.setupLink));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    keyward.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  if (error instanceof EmbeddedPostgresError) {
    // Worded for the operator (which directory, what to do): no stack, no JSON.
    console.error(`Keyward could not start: ${error.message}`);
    process.exit(1);
  }
  logger.fatal({ err: error }, 'Keyward could not start');
  process.exit(1);
}
