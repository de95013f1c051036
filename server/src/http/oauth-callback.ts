import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { RequestMeta } from '../core/actor';
import type { Orm } from '../db/orm';
import { OAuthCallbackError } from '../modules/connections/connection-oauth';
import type { Services } from '../services/services';

/**
 * GET /oauth/callback?code&state: the provider sends the browser back here. No session is
 * needed: the single-use state identifies the connection, environment and user. Always
 * redirects to the connections page with `oauth=connected` or `oauth=failed&reason=<code>`.
 */
export function oauthCallback(options: { orm: Orm; services: Services; logger: Logger; meta: (req: Request) => RequestMeta }): RequestHandler {
  const { orm, services, logger, meta } = options;
  return async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(req.query)) if (typeof value === 'string') params.set(key, value);
    try {
      const connectionId = await services.connections.completeOAuth(orm.em.fork(), params, meta(req));
      res.redirect(302, `/connections?oauth=connected&connection=${encodeURIComponent(connectionId)}`);
    } catch (error) {
      let reason = 'server_error';
      if (error instanceof OAuthCallbackError) {
        reason = error.reason;
        logger.warn({ reason, connectionId: error.connectionId, message: error.message }, 'oauth callback refused');
      } else {
        logger.error({ err: error }, 'oauth callback failed');
      }
      res.redirect(302, `/connections?oauth=failed&reason=${reason}`);
    }
  };
}
