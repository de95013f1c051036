import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { KeywardMetrics } from '../metrics/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics for Prometheus. Without KEYWARD_METRICS_TOKEN it does not exist (404, also when
 * the SPA is served); with it, only `Authorization: Bearer <token>` reads it (401 otherwise).
 * The comparison takes the same time whatever the presented value (digests of equal length).
 */
export function metricsEndpoint(metrics: KeywardMetrics, token: string | undefined): RequestHandler {
  const expected = token === undefined ? null : digest(token);
  return (req: Request, res: Response, next) => {
    if (expected === null) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const presented = /^Bearer (\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.type('text/plain').send('Unauthorized: send Authorization: Bearer <KEYWARD_METRICS_TOKEN>');
      return;
    }
    metrics
      .scrape()
      .then(({ contentType, body }) => {
        res.setHeader('Cache-Control', 'no-store');
        res.type(contentType).send(body);
      })
      .catch(next);
  };
}
