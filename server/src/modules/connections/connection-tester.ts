import mysql from 'mysql2/promise';
import { createTransport } from 'nodemailer';
import pg from 'pg';
import { Headers } from 'undici';
import { integrationFieldsFor } from '@keyward/shared/integration-auth-types';
import { connectionFieldsFor } from '@keyward/shared/integration-catalog';
import type { KeyValuePair } from '@keyward/shared/integration-fields';
import { guardedFetch, readTextCapped } from '../../outbound/outbound-fetch';
import { OutboundRefusedError, type OutboundGuard, type VettedTarget } from '../../outbound/outbound-guard';
import { Scrubber, textsIn } from '../../outbound/outbound-scrub';
import type { ResolvedConnectionData } from './connection-resolution';

export interface ConnectionTestOutcome {
  /** False when the provider cannot be tested yet. */
  available: boolean;
  ok: boolean;
  message: string;
}

const TIMEOUT_MS = 10_000;

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const num = (value: unknown, fallback: number): number => {
  const n = typeof value === 'number' ? value : Number.parseInt(str(value), 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const bool = (value: unknown): boolean => value === true || value === 'true';
const pairs = (value: unknown): KeyValuePair[] =>
  Array.isArray(value) ? value.filter((p): p is KeyValuePair => typeof p === 'object' && p !== null && typeof p.key === 'string' && typeof p.value === 'string') : [];

/**
 * What a test's messages must not contain. `secrets` (every substituted value, secret field and
 * secret setting) is blanked out of every message, Keyward's own included; `all` (every
 * credential field and integration setting value, secret or not, and their encoded forms) is
 * blanked out of whatever the remote side says.
 */
interface Scrubbers {
  secrets: Scrubber;
  all: Scrubber;
}

function scrubbersFor(resolved: ResolvedConnectionData): Scrubbers {
  const { type, provider, authType, settings, baseUrl } = resolved.integration;
  const secretFields = connectionFieldsFor(type, provider, authType).filter((f) => f.secret).map((f) => f.key);
  const secretSettings = integrationFieldsFor(authType).filter((f) => f.secret).map((f) => f.key);
  const secrets = [...resolved.substitutedValues];
  secretFields.forEach((key) => textsIn(resolved.fields[key], secrets));
  secretSettings.forEach((key) => textsIn(settings[key], secrets));
  const all = [...secrets, ...textsIn(resolved.fields), ...textsIn(settings), ...(baseUrl === null ? [] : [baseUrl])];
  // HTTP Basic sends both together, base64-encoded.
  if (authType === 'BASIC') all.push(`${str(resolved.fields.username)}:${str(resolved.fields.password)}`);
  return { secrets: new Scrubber(secrets), all: new Scrubber(all) };
}

/** The driver's or library's error text (first of several), before scrubbing. */
function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const text = error.message || (typeof code === 'string' ? code : 'Unknown error');
    return `${text}${cause}`;
  }
  return String(error);
}

/** Vets a host through the guard; a refusal may name the host only when no secret went into it. */
async function vetHost(guard: OutboundGuard, host: string, scrubbers: Scrubbers): Promise<VettedTarget> {
  return guard.vet(host, { reveal: scrubbers.secrets.scrub(host) === host });
}

async function testRest(resolved: ResolvedConnectionData, testPath: string, guard: OutboundGuard, scrubbers: Scrubbers): Promise<ConnectionTestOutcome> {
  const { integration, fields } = resolved;
  const base = integration.baseUrl ?? '';
  if (base === '') return { available: true, ok: false, message: 'The integration has no base URL.' };
  if (!URL.canParse(base.replace(/\/+$/, '') + testPath)) return { available: true, ok: false, message: 'The integration\'s base URL is not a valid URL.' };
  const url = new URL(base.replace(/\/+$/, '') + testPath);
  const headers = new Headers({ accept: 'application/json, */*' });
  switch (integration.authType) {
    case 'BEARER':
      headers.set('authorization', `Bearer ${str(fields.token)}`);
      break;
    case 'OAUTH2':
      if (str(fields.accessToken)) headers.set('authorization', `Bearer ${str(fields.accessToken)}`);
      break;
    case 'BASIC':
      headers.set('authorization', `Basic ${Buffer.from(`${str(fields.username)}:${str(fields.password)}`).toString('base64')}`);
      break;
    case 'API_KEY': {
      const name = str(integration.settings.headerName) || 'X-API-Key';
      if (integration.settings.location === 'query') url.searchParams.set(name, str(fields.apiKey));
      else headers.set(name, str(fields.apiKey));
      break;
    }
    case 'CUSTOM_HEADERS':
      for (const pair of pairs(fields.headers)) headers.set(pair.key, pair.value);
      break;
    case 'NONE':
      break;
  }
  const response = await guardedFetch(guard, url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) }, { reveal: scrubbers.secrets.scrub(base) === base });
  const status = `HTTP ${response.status}${response.statusText ? ` ${scrubbers.all.remote(response.statusText, 60)}` : ''}`;
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    return { available: true, ok: false, message: `${status}: the service answered with a redirect, which Keyward does not follow. Use the final URL as the base URL.` };
  }
  if (response.ok) {
    await response.body?.cancel();
    return { available: true, ok: true, message: `${status} from GET ${url.origin}${url.pathname}` };
  }
  // Enough to scrub and show the start of; a huge body is never read whole.
  const body = scrubbers.all.remote(await readTextCapped(response, 16_384));
  return { available: true, ok: false, message: body ? `${status}: ${body}` : status };
}

async function testPostgres(fields: Record<string, unknown>, guard: OutboundGuard, scrubbers: Scrubbers): Promise<ConnectionTestOutcome> {
  const target = await vetHost(guard, str(fields.host), scrubbers);
  const client = new pg.Client({
    host: target.address,
    port: num(fields.port, 5432),
    database: str(fields.database),
    user: str(fields.username),
    password: str(fields.password),
    ssl: bool(fields.ssl) ? { rejectUnauthorized: false, ...(target.servername === undefined ? {} : { servername: target.servername }) } : false,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
  });
  // An error after connect (e.g. the server closing) must not crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { available: true, ok: true, message: 'Connected and ran SELECT 1.' };
  } finally {
    await client.end().catch(() => {});
  }
}

async function testMysql(fields: Record<string, unknown>, guard: OutboundGuard, scrubbers: Scrubbers): Promise<ConnectionTestOutcome> {
  const target = await vetHost(guard, str(fields.host), scrubbers);
  const connection = await mysql.createConnection({
    host: target.address,
    port: num(fields.port, 3306),
    database: str(fields.database) || undefined,
    user: str(fields.username),
    password: str(fields.password),
    connectTimeout: TIMEOUT_MS,
    ...(bool(fields.ssl) ? { ssl: { rejectUnauthorized: false, ...(target.servername === undefined ? {} : { servername: target.servername }) } } : {}),
  });
  try {
    await connection.query('SELECT 1');
    return { available: true, ok: true, message: 'Connected and ran SELECT 1.' };
  } finally {
    await connection.end().catch(() => {});
  }
}

async function testSmtp(fields: Record<string, unknown>, guard: OutboundGuard, scrubbers: Scrubbers): Promise<ConnectionTestOutcome> {
  const target = await vetHost(guard, str(fields.host), scrubbers);
  const transport = createTransport({
    host: target.address,
    port: num(fields.port, 587),
    secure: bool(fields.secure),
    ...(target.servername === undefined ? {} : { tls: { servername: target.servername } }),
    auth: { user: str(fields.username), pass: str(fields.password) },
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.verify();
    return { available: true, ok: true, message: 'The SMTP server accepted the sign-in.' };
  } finally {
    transport.close();
  }
}

async function runTest(resolved: ResolvedConnectionData, testPath: string | null, guard: OutboundGuard, scrubbers: Scrubbers): Promise<ConnectionTestOutcome> {
  switch (resolved.integration.provider) {
    case 'rest':
      return testRest(resolved, testPath ?? '', guard, scrubbers);
    case 'postgresql':
      return testPostgres(resolved.fields, guard, scrubbers);
    case 'mysql':
      return testMysql(resolved.fields, guard, scrubbers);
    case 'smtp':
      return testSmtp(resolved.fields, guard, scrubbers);
    default:
      return { available: false, ok: false, message: `Testing is not available for ${resolved.integration.provider} yet.` };
  }
}

/**
 * Runs the provider's test against the real service, through the outbound guard. Never throws:
 * a failure is an outcome. No message carries a substituted or credential value.
 */
export async function testConnectionTarget(resolved: ResolvedConnectionData, testPath: string | null, guard: OutboundGuard): Promise<ConnectionTestOutcome> {
  const scrubbers = scrubbersFor(resolved);
  let outcome: ConnectionTestOutcome;
  try {
    outcome = await runTest(resolved, testPath, guard, scrubbers);
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    // The guard's refusal is Keyward's own text (it names a host only when no secret went into it).
    const message =
      error instanceof OutboundRefusedError ? error.message : timedOut ? `No answer within ${TIMEOUT_MS / 1000} seconds.` : scrubbers.all.remote(errorMessage(error));
    outcome = { available: true, ok: false, message };
  }
  return { ...outcome, message: scrubbers.secrets.scrub(outcome.message) };
}
