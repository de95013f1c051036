import { parseCookie, stringifySetCookie } from 'cookie';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { SSO_CALLBACK_PATH, type SsoRefusal } from '@keyward/shared/sso';
import type { RequestMeta } from '../core/actor';
import type { Orm } from '../db/orm';
import { writeSessionCookie } from '../graphql/session-cookie';
import { SSO_LOGIN_TTL_MS } from '../modules/sso/sso-sign-in.service';
import { RateLimitError } from '../rate-limit/rate-limit.errors';
import type { Services } from '../services/services';

/** The browser's half of a started SSO sign-in: the state, so a callback for another browser's sign-in is refused. */
const STATE_COOKIE = 'keyward_sso_state';
const COOKIE_PATH = '/auth/sso';

function setStateCookie(req: Request, res: Response, value: string, maxAgeSeconds: number): void {
  res.append('Set-Cookie', stringifySetCookie({ name: STATE_COOKIE, value, httpOnly: true, sameSite: 'lax', secure: req.secure, path: COOKIE_PATH, maxAge: maxAgeSeconds }));
}

function refusalLocation(refusal: SsoRefusal, providerId: string | null, invitation: string | null): string {
  if (invitation !== null) return `/invite/${encodeURIComponent(invitation)}?sso_error=${refusal}`;
  return `/login?sso_error=${refusal}${providerId === null ? '' : `&provider=${encodeURIComponent(providerId)}`}`;
}

/**
 * GET /auth/sso/:providerId/start[?invitation=&next=] → the provider's authorization endpoint;
 * GET /auth/sso/callback → the session cookie and `next`, or `/login?sso_error=<code>`
 * (`/invite/<token>?sso_error=<code>` for an invitation). Neither needs a session.
 */
export function ssoRoutes(options: { orm: Orm; services: Services; logger: Logger; meta: (req: Request) => RequestMeta }): Router {
  const { orm, services, logger, meta } = options;
  const router = Router();
  const noStore = (res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
  };

  router.get(SSO_CALLBACK_PATH, async (req, res, next) => {
    noStore(res);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(req.query)) if (typeof value === 'string') params.set(key, value);
    const browserState = req.headers.cookie === undefined ? undefined : parseCookie(req.headers.cookie)[STATE_COOKIE];
    try {
      const result = await services.ssoSignIn.callback(orm.em.fork(), params, browserState, meta(req));
      setStateCookie(req, res, '', 0);
      if (result.ok) {
        writeSessionCookie(req, res, result.sessionToken);
        res.redirect(302, result.next);
        return;
      }
      logger.warn({ refusal: result.refusal, providerId: result.providerId }, 'sso sign-in refused');
      res.redirect(302, refusalLocation(result.refusal, result.providerId, result.invitation));
    } catch (error) {
      if (!(error instanceof RateLimitError)) {
        next(error);
        return;
      }
      const seconds = error.details.retryAfterSeconds ?? 60;
      res.status(429).setHeader('Retry-After', String(seconds));
      res.type('text/plain').send(`Too many sign-in attempts from this address. Try again in ${seconds} seconds.`);
    }
  });

  router.get('/auth/sso/:providerId/start', async (req, res, next) => {
    noStore(res);
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    try {
      const result = await services.ssoSignIn.start(orm.em.fork(), req.params.providerId, { invitation: text(req.query.invitation), next: text(req.query.next) }, meta(req));
      if (!result.ok) {
        res.redirect(302, refusalLocation(result.refusal, null, result.invitation));
        return;
      }
      setStateCookie(req, res, result.state, Math.floor(SSO_LOGIN_TTL_MS / 1000));
      res.redirect(302, result.authorizationUrl);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
