import { isIP } from 'node:net';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EMPTY_ALLOW_LIST, parseOutboundAllow, type OutboundAllowList } from '../outbound/address-policy';

/** The repository root: default data lives in `<root>/.keyward` whatever the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const urlWithProtocols = (protocols: string[], example: string) =>
  optionalString.refine(
    (value) => {
      if (value === undefined) return true;
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL like ${example}` },
  );

/** Express `trust proxy`: no proxy, a hop count, or the proxies' addresses, CIDRs and range names. */
export type TrustProxy = false | number | string[];
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxyEntryValid(entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const trustProxySchema = z
  .string()
  .trim()
  .default('loopback')
  .transform((value, ctx): TrustProxy => {
    if (value === 'false' || value === 'none') return false;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const entries = value.split(',').map((e) => e.trim()).filter((e) => e !== '');
    if (entries.length > 0 && entries.every(proxyEntryValid)) return entries;
    ctx.addIssue({
      code: 'custom',
      message: 'must be false, a number of proxy hops, or comma-separated proxy addresses/CIDRs (or loopback, linklocal, uniquelocal); "true" is refused because it lets any client choose its address',
    });
    return z.NEVER;
  });

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce
      .number({ message: 'must be a port number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .default(4000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: urlWithProtocols(['http:', 'https:'], 'https://keyward.example.com'),
    DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/keyward'),
    REDIS_URL: urlWithProtocols(['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    KEYWARD_REDIS_PREFIX: z
      .string()
      .regex(/^[\w:.-]{1,64}$/, 'must be 1-64 letters, digits, _ : . or -')
      .default('keyward'),
    KEYWARD_TRUST_PROXY: trustProxySchema,
    /** How long verified authority may be reused from the per-instance cache at most (a fail-safe bound). */
    KEYWARD_AUTHORITY_MAX_AGE_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 600000')
      .max(600_000, 'must be between 0 and 600000')
      .default(60_000),
    SMTP_URL: urlWithProtocols(['smtp:', 'smtps:'], 'smtp://user:password@mail.example.com:587'),
    SMTP_FROM: z.string().default('Keyward <no-reply@keyward.local>'),
    KEYWARD_MASTER_KEYS: optionalString,
    KEYWARD_DATA_DIR: z.string().default('.keyward'),
    KEYWARD_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    KEYWARD_BOOTSTRAP_ADMIN_EMAIL: optionalString.pipe(z.email('must be an email address').optional()),
    KEYWARD_BOOTSTRAP_ADMIN_PASSWORD: optionalString,
    KEYWARD_INTROSPECTION: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    KEYWARD_SERVE_WEB: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('true')
      .transform((v) => v === 'true'),
    KEYWARD_OUTBOUND_ALLOW: optionalString.transform((value, ctx) => {
      const parsed = parseOutboundAllow(value);
      if ('list' in parsed) return parsed.list;
      ctx.addIssue({ code: 'custom', message: `not a CIDR (10.0.0.0/8), address or host name: ${parsed.invalid.join(', ')}` });
      return EMPTY_ALLOW_LIST;
    }),
    KEYWARD_METRICS_TOKEN: optionalString.refine((value) => value === undefined || /^\S{16,}$/.test(value), {
      message: 'must be at least 16 characters without spaces (Prometheus sends it as a bearer token)',
    }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    const email = env.KEYWARD_BOOTSTRAP_ADMIN_EMAIL;
    const password = env.KEYWARD_BOOTSTRAP_ADMIN_PASSWORD;
    if ((email === undefined) !== (password === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [email === undefined ? 'KEYWARD_BOOTSTRAP_ADMIN_EMAIL' : 'KEYWARD_BOOTSTRAP_ADMIN_PASSWORD'],
        message: 'set both KEYWARD_BOOTSTRAP_ADMIN_EMAIL and KEYWARD_BOOTSTRAP_ADMIN_PASSWORD, or neither',
      });
    }
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Where people reach Keyward; links in emails and the setup link use it. */
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so several deployments (or tests) can share one Redis. */
  redisPrefix: string;
  /** The authority cache's max-age (KEYWARD_AUTHORITY_MAX_AGE_MS); 0 turns the cache off. */
  authorityMaxAgeMs: number;
  /**
   * Which reverse proxies' X-Forwarded-For / -Proto are believed (Express `trust proxy`): the client
   * address they give is what sign-in limits count per address. Default: a proxy on this host.
   */
  trustProxy: TrustProxy;
  smtpUrl: string | undefined;
  smtpFrom: string;
  masterKeys: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  bootstrapAdmin: { email: string; password: string } | undefined;
  introspection: boolean;
  serveWeb: boolean;
  logLevel: string;
  /** Turns GET /metrics on (Prometheus, bearer-protected with this token); off when unset. */
  metricsToken: string | undefined;
  /**
   * What the outbound guard lets through besides public addresses (`KEYWARD_OUTBOUND_ALLOW`):
   * CIDRs, addresses and host names, e.g. a private database network.
   */
  outboundAllow: OutboundAllowList;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; every problem is listed, never a value. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'environment'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const email = env.KEYWARD_BOOTSTRAP_ADMIN_EMAIL;
  const password = env.KEYWARD_BOOTSTRAP_ADMIN_PASSWORD;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    redisPrefix: env.KEYWARD_REDIS_PREFIX,
    authorityMaxAgeMs: env.KEYWARD_AUTHORITY_MAX_AGE_MS,
    trustProxy: env.KEYWARD_TRUST_PROXY,
    smtpUrl: env.SMTP_URL,
    smtpFrom: env.SMTP_FROM,
    masterKeys: env.KEYWARD_MASTER_KEYS,
    dataDir: isAbsolute(env.KEYWARD_DATA_DIR) ? env.KEYWARD_DATA_DIR : resolve(REPO_ROOT, env.KEYWARD_DATA_DIR),
    embeddedPostgresPort: env.KEYWARD_EMBEDDED_PG_PORT,
    bootstrapAdmin: email !== undefined && password !== undefined ? { email, password } : undefined,
    introspection: env.KEYWARD_INTROSPECTION ?? env.NODE_ENV !== 'production',
    serveWeb: env.KEYWARD_SERVE_WEB,
    logLevel: env.LOG_LEVEL,
    metricsToken: env.KEYWARD_METRICS_TOKEN,
    outboundAllow: env.KEYWARD_OUTBOUND_ALLOW,
  };
}
