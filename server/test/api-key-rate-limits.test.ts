import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, keyClient, ORGANIZATION, roleId } from './api-key-helpers';
import { errorCode, signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

const SET_LIMIT = 'mutation($id: ID!, $input: ApiKeyRateLimitInput!) { setApiKeyRateLimit(id: $id, input: $input) { id } }';

let server: TestServer;
let admin: Client;
let memberRole: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  memberRole = await roleId(admin, 'Member');
});
afterAll(async () => {
  await server.close();
});

/** A fresh key limited to `perMinute` / `perHour` operations, and its integrator client. */
async function limitedKey(perMinute: number, perHour = 1000): Promise<{ id: string; token: string; client: Client }> {
  const { apiKey, token } = await createKey(admin, { name: `Limited ${perMinute}/${perHour}`, roleIds: [memberRole] });
  const set = await admin.request(SET_LIMIT, { id: apiKey.id, input: { perMinute, perHour } });
  if (set.errors) throw new Error(set.errors[0]?.message);
  return { id: apiKey.id, token, client: keyClient(server.url, token) };
}

describe('API-key rate limits', () => {
  it('sends RateLimit headers on every keyed response', async () => {
    const { client } = await limitedKey(5, 100);
    const first = await client.request(ORGANIZATION);
    expect(first.headers.get('ratelimit-limit')).toBe('5');
    expect(first.headers.get('ratelimit-remaining')).toBe('4');
    expect(first.headers.get('ratelimit-policy')).toBe('5;w=60, 100;w=3600');
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    const second = await client.request(ORGANIZATION);
    expect(second.headers.get('ratelimit-remaining')).toBe('3');
  });

  it('answers 429 RATE_LIMITED with Retry-After in whole seconds once the minute budget is spent', async () => {
    const { client } = await limitedKey(2);
    expect((await client.request(ORGANIZATION)).status).toBe(200);
    expect((await client.request(ORGANIZATION)).status).toBe(200);
    const refused = await client.request(ORGANIZATION);
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    const retryAfter = refused.headers.get('retry-after') ?? '';
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0]?.extensions?.retryAfter).toBe(Number(retryAfter));
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('applies the hour budget too, with a Retry-After up to an hour', async () => {
    const { client } = await limitedKey(3, 3);
    for (let i = 0; i < 3; i += 1) expect((await client.request(ORGANIZATION)).status).toBe(200);
    const refused = await client.request(ORGANIZATION);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
  });

  it('counts each aliased top-level field as one operation', async () => {
    const { client } = await limitedKey(5);
    const three = await client.request('{ a: organization { name } b: organization { name } c: organization { name } }');
    expect(three.status).toBe(200);
    expect(three.headers.get('ratelimit-remaining')).toBe('2');
    const threeMore = await client.request('{ a: organization { name } b: organization { name } c: organization { name } }');
    expect(threeMore.status).toBe(429);
  });

  it('refuses an aliased request worth more operations than the whole budget', async () => {
    const { client } = await limitedKey(4);
    const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: organization { name }`).join(' ');
    expect((await client.request(`{ ${aliases} }`)).status).toBe(429);
  });

  it('counts fields reached through fragments', async () => {
    const { client } = await limitedKey(10);
    const res = await client.request('{ ...Both } fragment Both on Query { a: organization { name } b: organization { slug } }');
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-remaining')).toBe('8');
  });

  it('charges a batched request per operation (the server then refuses the batch)', async () => {
    const { token, client } = await limitedKey(10);
    const batch = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': token },
      body: JSON.stringify([{ query: '{ a: organization { name } b: organization { name } }' }, { query: '{ organization { name } }' }]),
    });
    expect(batch.status).toBe(400);
    expect(batch.headers.get('ratelimit-remaining')).toBe('7');
    const next = await client.request(ORGANIZATION);
    expect(next.headers.get('ratelimit-remaining')).toBe('6');
  });

  it('keeps separate budgets for separate keys', async () => {
    const first = await limitedKey(1);
    const second = await limitedKey(1);
    expect((await first.client.request(ORGANIZATION)).status).toBe(200);
    expect((await first.client.request(ORGANIZATION)).status).toBe(429);
    expect((await second.client.request(ORGANIZATION)).status).toBe(200);
  });

  it('counts rate-limited calls in the key’s usage', async () => {
    const { id, client } = await limitedKey(1);
    await client.request(ORGANIZATION);
    await client.request(ORGANIZATION);
    await server.keyward.services.apiKeyUsage.flush(server.keyward.orm.em.fork());
    const res = await admin.request<{ apiKey: { usage: { requests: number; failures: number; rateLimited: number }[] } }>(
      'query($id: ID!) { apiKey(id: $id) { usage(days: 1) { requests failures rateLimited } } }',
      { id },
    );
    expect(res.data?.apiKey.usage).toEqual([{ requests: 2, failures: 0, rateLimited: 1 }]);
  });
});
