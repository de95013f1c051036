import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, keyClient, REVOKE_KEY, roleId } from './api-key-helpers';
import { Client, signedInAdmin, startTestServer, type TestServer } from './harness';

const TOKEN = 'metrics-token-0123456789abcdef';
const NAMED = 'query OrganizationName { organization { name } }';

let server: TestServer;
let dark: TestServer;
let admin: Client;

beforeAll(async () => {
  server = await startTestServer({ env: { KEYWARD_METRICS_TOKEN: TOKEN } });
  // Without the token, and with the SPA served: /metrics must not fall through to index.html.
  dark = await startTestServer({ env: { KEYWARD_SERVE_WEB: 'true' } });
  admin = await signedInAdmin(server);
});
afterAll(async () => {
  await dark?.close();
  await server?.close();
});

function scrape(target: TestServer, authorization?: string): Promise<Response> {
  return fetch(`${target.url}/metrics`, { headers: authorization === undefined ? {} : { authorization } });
}

async function metrics(): Promise<string> {
  const res = await scrape(server, `Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample (`name{labels}`), 0 when it is not there yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return 0;
}

describe('GET /metrics', () => {
  it('does not exist without KEYWARD_METRICS_TOKEN, even where the SPA is served', async () => {
    const res = await scrape(dark, `Bearer ${TOKEN}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/keyward_|<html/i);
  });

  it('refuses a missing, malformed or wrong bearer token', async () => {
    for (const authorization of [undefined, TOKEN, `Basic ${TOKEN}`, 'Bearer wrong-token-0123456789abcdef', `Bearer ${TOKEN}x`]) {
      const res = await scrape(server, authorization);
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.text()).not.toMatch(/keyward_/);
    }
  });

  it('counts keyed requests by operation and outcome, refused keys by reason, and rate-limit decisions', async () => {
    const member = await roleId(admin, 'Member');
    const { token } = await createKey(admin, { name: 'Metrics', roleIds: [member] });
    const revoked = await createKey(admin, { name: 'Revoked', roleIds: [member] });
    await admin.request(REVOKE_KEY, { id: revoked.apiKey.id });
    const before = await metrics();
    const admitted = () => sample(before, 'keyward_api_key_authentications_total', { outcome: 'admitted' });

    const keyed = keyClient(server.url, token);
    expect((await keyed.request(NAMED)).status).toBe(200);
    expect((await keyed.request('{ organization { name } }')).status).toBe(200);
    expect((await keyClient(server.url, revoked.token).request(NAMED)).status).toBe(401);

    const after = await metrics();
    expect(sample(after, 'keyward_api_key_authentications_total', { outcome: 'admitted' })).toBe(admitted() + 2);
    expect(sample(after, 'keyward_api_key_authentications_total', { outcome: 'refused', reason: 'revoked' })).toBe(
      sample(before, 'keyward_api_key_authentications_total', { outcome: 'refused', reason: 'revoked' }) + 1,
    );
    expect(sample(after, 'keyward_rate_limit_decisions_total', { decision: 'allowed', store: 'memory' })).toBe(
      sample(before, 'keyward_rate_limit_decisions_total', { decision: 'allowed', store: 'memory' }) + 2,
    );
    // The refused request never reached GraphQL: one named request, one unnamed.
    expect(sample(after, 'keyward_graphql_requests_total', { operation: 'OrganizationName', outcome: 'ok' })).toBe(
      sample(before, 'keyward_graphql_requests_total', { operation: 'OrganizationName', outcome: 'ok' }) + 1,
    );
    expect(sample(after, 'keyward_graphql_request_duration_seconds_count', { operation: 'OrganizationName', outcome: 'ok' })).toBe(
      sample(before, 'keyward_graphql_request_duration_seconds_count', { operation: 'OrganizationName', outcome: 'ok' }) + 1,
    );
    expect(sample(after, 'keyward_graphql_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBeGreaterThan(
      sample(before, 'keyward_graphql_requests_total', { operation: 'anonymous', outcome: 'ok' }),
    );
  });

  it('counts a failing operation as an error and keeps client-chosen names from growing the label set', async () => {
    expect((await admin.request('query Broken { noSuchField }')).errors).toHaveLength(1);
    await admin.request('query Weird { organization { name } }'.replace('Weird', 'x'.repeat(80)));
    const text = await metrics();
    expect(sample(text, 'keyward_graphql_requests_total', { operation: 'Broken', outcome: 'error' })).toBe(1);
    expect(sample(text, 'keyward_graphql_requests_total', { operation: 'invalid' })).toBeGreaterThan(0);
    expect(text).not.toContain('x'.repeat(80));
  });

  it('counts session outcomes: a valid cookie, none, and one that no longer signs in', async () => {
    const before = await metrics();
    await admin.request(NAMED);
    await new Client(server.url).request(NAMED);
    const stale = new Client(server.url);
    stale.cookie = 'keyward_session=not-a-session-token';
    await stale.request(NAMED);
    const after = await metrics();
    for (const outcome of ['valid', 'none', 'expired']) {
      expect(sample(after, 'keyward_session_authentications_total', { outcome }), outcome).toBe(
        sample(before, 'keyward_session_authentications_total', { outcome }) + 1,
      );
    }
  });

  it('counts usage-buffer flushes and their rows', async () => {
    const { token } = await createKey(admin, { name: 'Flushed', roleIds: [await roleId(admin, 'Member')] });
    await keyClient(server.url, token).request(NAMED);
    const before = await metrics();
    await server.keyward.services.apiKeyUsage.flush(server.keyward.orm.em.fork());
    const after = await metrics();
    expect(sample(after, 'keyward_api_key_usage_flushes_total')).toBe(sample(before, 'keyward_api_key_usage_flushes_total') + 1);
    expect(sample(after, 'keyward_api_key_usage_flush_rows_total')).toBeGreaterThan(sample(before, 'keyward_api_key_usage_flush_rows_total'));
  });

  it('shows the authority cache at work: a miss, then hits, an eviction when the key is revoked; and the process metrics', async () => {
    const { apiKey, token } = await createKey(admin, { name: 'Cached', roleIds: [await roleId(admin, 'Member')] });
    const lookups = (text: string, result: string) => sample(text, 'keyward_authority_cache_lookups_total', { kind: 'api_key', result });
    const before = await metrics();
    for (let i = 0; i < 3; i += 1) expect((await keyClient(server.url, token).request(NAMED)).status).toBe(200);
    const used = await metrics();
    expect(lookups(used, 'miss')).toBeGreaterThanOrEqual(lookups(before, 'miss') + 1);
    expect(lookups(used, 'hit')).toBeGreaterThanOrEqual(lookups(before, 'hit') + 2);
    expect(sample(used, 'keyward_authority_listener_up')).toBe(1);

    await admin.request(REVOKE_KEY, { id: apiKey.id });
    const revoked = await metrics();
    const evictions = (text: string) => sample(text, 'keyward_authority_cache_evictions_total', { kind: 'api_key', reason: 'local' });
    expect(evictions(revoked)).toBeGreaterThan(evictions(used));
    expect(sample(revoked, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('never writes the token to the log', async () => {
    await scrape(server, `Bearer ${TOKEN}`);
    await scrape(server, 'Bearer wrong-token-0123456789abcdef');
    expect(server.logs.join('\n')).not.toContain(TOKEN);
    expect(server.logs.join('\n')).not.toContain('wrong-token-0123456789abcdef');
  });
});
