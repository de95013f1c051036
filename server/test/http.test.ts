import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errorCode, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('HTTP surface', () => {
  it('answers /healthz after checking the database', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('sends security headers and a request id on every response', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers an anonymous viewer query with UNAUTHENTICATED', async () => {
    const res = await new Client(server.url).request('{ viewer { __typename } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('blocks a cross-site simple GET request (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ setupStatus { needsFirstAdmin } }')}`);
    expect(res.status).toBe(400);
  });

  it('refuses a query nested deeper than the limit', async () => {
    let selection = 'name';
    for (let i = 0; i < 14; i += 1) selection = `organization { ${selection} }`;
    const deep = `{ viewer { ${selection.replace(/organization/g, 'organization')} } }`;
    const res = await new Client(server.url).request(deep);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a request with too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: setupStatus { needsFirstAdmin }`).join(' ');
    const res = await new Client(server.url).request(`{ ${aliases} }`);
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ setupStatus { needsFirstAdmin } }' }, { query: '{ setupStatus { needsFirstAdmin } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('hides internal error details', async () => {
    const res = await new Client(server.url).request('{ nope }');
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
