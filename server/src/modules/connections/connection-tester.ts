import mysql from 'mysql2/promise';
import { createTransport } from 'nodemailer';
import pg from 'pg';
import { connectionFieldsFor, integrationFieldsFor, type KeyValuePair } from '@keyward/shared/integration-catalog';
import type { ResolvedConnectionData } from './connection.service';

export interface ConnectionTestOutcome {
  /** False when the provider cannot be tested yet. */
  available: boolean;
  ok: boolean;
  message: string;
}

const TIMEOUT_MS = 10_000;
const MAX_REMOTE_TEXT = 300;

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const num = (value: unknown, fallback: number): number => {
  const n = typeof value === 'number' ? value : Number.parseInt(str(value), 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const bool = (value: unknown): boolean => value === true || value === 'true';
const pairs = (value: unknown): KeyValuePair[] =>
  Array.isArray(value) ? value.filter((p): p is KeyValuePair => typeof p === 'object' && p !== null && typeof p.key === 'string' && typeof p.value === 'string') : [];

/** Every secret plaintext in the resolved connection (secret fields and settings): none may reach a message. */
function sensitiveTexts(resolved: ResolvedConnectionData): string[] {
  const { type, provider, authType, settings } = resolved.integration;
  const secretFields = connectionFieldsFor(type, provider, authType).filter((f) => f.secret).map((f) => f.key);
  const secretSettings = integrationFieldsFor(authType).filter((f) => f.secret).map((f) => f.key);
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  secretFields.forEach((key) => walk(resolved.fields[key]));
  secretSettings.forEach((key) => walk(settings[key]));
  // Very short values ("a") would blank out half of any message.
  return [...new Set(texts)].filter((t) => t.length >= 3).sort((a, b) => b.length - a.length);
}

/** The remote side's message with every credential value replaced, so none is ever shown. */
export function scrub(message: string, resolved: ResolvedConnectionData): string {
  let out = message;
  for (const text of sensitiveTexts(resolved)) out = out.split(text).join('••••');
  // Basic auth credentials may come back base64-encoded.
  for (const text of sensitiveTexts(resolved)) out = out.split(Buffer.from(text).toString('base64')).join('••••');
  return out.length > 1000 ? `${out.slice(0, 1000)}…` : out;
}

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

async function testRest(resolved: ResolvedConnectionData, testPath: string): Promise<ConnectionTestOutcome> {
  const { integration, fields } = resolved;
  const base = integration.baseUrl ?? '';
  if (base === '') return { available: true, ok: false, message: 'The integration has no base URL.' };
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
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'manual' });
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.ok) {
    await response.body?.cancel();
    return { available: true, ok: true, message: `${status} from GET ${url.origin}${url.pathname}` };
  }
  const body = (await response.text()).replace(/\s+/g, ' ').trim().slice(0, MAX_REMOTE_TEXT);
  return { available: true, ok: false, message: body ? `${status}: ${body}` : status };
}

async function testPostgres(fields: Record<string, unknown>): Promise<ConnectionTestOutcome> {
  const client = new pg.Client({
    host: str(fields.host),
    port: num(fields.port, 5432),
    database: str(fields.database),
    user: str(fields.username),
    password: str(fields.password),
    ssl: bool(fields.ssl) ? { rejectUnauthorized: false } : false,
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

async function testMysql(fields: Record<string, unknown>): Promise<ConnectionTestOutcome> {
  const connection = await mysql.createConnection({
    host: str(fields.host),
    port: num(fields.port, 3306),
    database: str(fields.database) || undefined,
    user: str(fields.username),
    password: str(fields.password),
    connectTimeout: TIMEOUT_MS,
    ...(bool(fields.ssl) ? { ssl: { rejectUnauthorized: false } } : {}),
  });
  try {
    await connection.query('SELECT 1');
    return { available: true, ok: true, message: 'Connected and ran SELECT 1.' };
  } finally {
    await connection.end().catch(() => {});
  }
}

async function testSmtp(fields: Record<string, unknown>): Promise<ConnectionTestOutcome> {
  const transport = createTransport({
    host: str(fields.host),
    port: num(fields.port, 587),
    secure: bool(fields.secure),
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

/** Runs the provider's test against the real service. Never throws: a failure is an outcome. */
export async function testConnectionTarget(resolved: ResolvedConnectionData, testPath: string | null): Promise<ConnectionTestOutcome> {
  try {
    switch (resolved.integration.provider) {
      case 'rest':
        return scrubbed(await testRest(resolved, testPath ?? ''), resolved);
      case 'postgresql':
        return await testPostgres(resolved.fields);
      case 'mysql':
        return await testMysql(resolved.fields);
      case 'smtp':
        return await testSmtp(resolved.fields);
      default:
        return { available: false, ok: false, message: `Testing is not available for ${resolved.integration.provider} yet.` };
    }
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { available: true, ok: false, message: scrub(timedOut ? `No answer within ${TIMEOUT_MS / 1000} seconds.` : errorMessage(error), resolved) };
  }
}

function scrubbed(outcome: ConnectionTestOutcome, resolved: ResolvedConnectionData): ConnectionTestOutcome {
  return { ...outcome, message: scrub(outcome.message, resolved) };
}
