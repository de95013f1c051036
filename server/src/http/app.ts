import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { RequestMeta } from '../core/actor';
import type { Config } from '../config/config';
import { REPO_ROOT } from '../config/config';
import type { Orm } from '../db/orm';
import type { GraphQLContext } from '../core/context';
import { createGraphQLContext } from '../graphql/context';
import { accessStatusPlugin } from '../graphql/access-status.plugin';
import { formatError } from '../graphql/format-error';
import { graphqlLimits } from '../graphql/limits';
import { mediaTypeStatusPlugin } from '../graphql/media-type-status.plugin';
import { unstorableInputPlugin } from '../graphql/unstorable-input.plugin';
import { sanitizeUrl } from '../logging/logger';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import type { Services } from '../services/services';
import { apiKeyGate } from './api-key-gate';
import { dependencyErrorHandler, dependencyStatusPlugin, healthz, withDependencyFaults } from './dependency-faults';
import { metricsEndpoint } from './metrics-endpoint';
import { oauthCallback } from './oauth-callback';
import { ssoRoutes } from './sso-routes';
import { internalErrorHandler, requestErrorHandler, requireJsonBody } from './request-errors';

export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

export interface HttpApp {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
}

function requestMeta(req: Request): RequestMeta {
  return {
    ip: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, 500) ?? null,
    requestId: String(req.id),
  };
}

export async function createHttpApp(options: {
  config: Config;
  orm: Orm;
  services: Services;
  logger: Logger;
  schema: GraphQLSchema;
}): Promise<HttpApp> {
  const { config, orm, services, logger, schema } = options;
  const production = config.env === 'production';

  const limits = graphqlLimits({ blockFieldSuggestions: production });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM: it drains HTTP, stops Apollo, then the database, and exits 0.
    // Apollo's own handlers would race it and leave the shutdown hanging.
    stopOnTerminationSignals: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    plugins: [...limits.plugins, unstorableInputPlugin(), mediaTypeStatusPlugin(), ApolloServerPluginLandingPageDisabled(), accessStatusPlugin(), dependencyStatusPlugin(logger), graphqlMetricsPlugin(services.metrics)],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: (formatted, error) =>
      formatError(formatted, error, (internal) => logger.error({ err: internal }, 'unexpected error in a resolver')),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: sanitizeUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.publicUrl?.startsWith('https://') ?? false,
    }),
  );

  app.get('/healthz', healthz({ orm, store: services.rateLimitStore, logger }));
  app.get('/metrics', metricsEndpoint(services.metrics, config.metricsToken));

  app.get('/oauth/callback', oauthCallback({ orm, services, logger, meta: requestMeta }));
  app.use(ssoRoutes({ orm, services, logger, meta: requestMeta }));

  app.use(
    '/graphql',
    requireJsonBody(),
    express.json({ limit: '1mb' }),
    apiKeyGate({ orm, services, logger }),
    expressMiddleware(apollo, {
      context: withDependencyFaults(logger, ({ req, res }) => createGraphQLContext({ orm, services, req, res, meta: requestMeta(req) })),
    }),
  );

  if (config.serveWeb) {
    const index = join(WEB_DIST, 'index.html');
    app.use(express.static(WEB_DIST, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => {
      if (existsSync(index)) {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
      } else {
        res.status(503).type('text/plain').send('The web app is not built. Run `pnpm build` (or `pnpm start`, which builds it).');
      }
    });
  }
  // Dependency faults (503) first: the internal handler turns whatever reaches it into a 500.
  app.use(dependencyErrorHandler(logger), requestErrorHandler(logger), internalErrorHandler(logger));
  return { app, apollo };
}
