import { pino, type Logger } from 'pino';

/** Paths never written to a log line, whatever a caller passes. */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'keyward' } },
    destination as pino.DestinationStream | undefined,
  );
}

/** Links carry one-time tokens in their path or query; logs keep the route, not the token. */
export function sanitizeUrl(url: string): string {
  return url
    .replace(/\/(invite|reset-password)\/[^/?#]+/g, '/$1/[redacted]')
    .replace(/([?&](?:token|code|state|invitation)=)[^&#]*/g, '$1[redacted]');
}
