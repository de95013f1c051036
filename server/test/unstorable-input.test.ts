import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

let server: TestServer;
let admin: Client;
beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
});
afterAll(async () => {
  await server.close();
});

const CREATE_SECRET = 'mutation($input: CreateSecretInput!) { createSecret(input: $input) { id key } }';
const SECRET_COUNT = '{ secrets(first: 100) { totalCount } }';

/** Text PostgreSQL cannot store as it was sent: a NUL byte, or a high or low surrogate without its pair. */
const unstorable = fc.constantFrom('\u0000', '\ud800', '\udfff', '\udbff', '\udc00');
/** Any string with at least one unstorable character somewhere in it. */
const tainted = fc.tuple(fc.string({ maxLength: 20 }), unstorable, fc.string({ maxLength: 20 })).map(([before, bad, after]) => `${before}${bad}${after}`);
const literal = (value: string) => JSON.stringify(value);

async function secretCount(): Promise<number> {
  const res = await admin.request<{ secrets: { totalCount: number } }>(SECRET_COUNT);
  return res.data?.secrets.totalCount ?? -1;
}

describe('unstorable text in any string input', () => {
  it('refuses it in a variable with BAD_USER_INPUT naming the variable path, and stores nothing', async () => {
    const before = await secretCount();
    await fc.assert(
      fc.asyncProperty(tainted, fc.constantFrom('key', 'description', 'environment', 'value'), async (text, where) => {
        const value = { environment: where === 'environment' ? text : 'production', value: where === 'value' ? text : 'v' };
        const input = { key: where === 'key' ? text : 'FUZZ_KEY', description: where === 'description' ? text : null, values: [value] };
        const res = await admin.request(CREATE_SECRET, { input });
        expect(res.status).toBeLessThan(500);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        const path = where === 'environment' || where === 'value' ? `$input.values[0].${where}` : `$input.${where}`;
        expect(res.errors?.[0]?.extensions?.field).toBe(path);
        expect(res.errors?.[0]?.message).toContain(path);
      }),
      { numRuns: 25 },
    );
    expect(await secretCount()).toBe(before);
  });

  it('refuses it in a literal argument: NUL as BAD_USER_INPUT naming field.argument.path, an unpaired surrogate already in the parser', async () => {
    await fc.assert(
      fc.asyncProperty(tainted, async (text) => {
        const res = await admin.request(`mutation { createSecret(input: { key: ${literal(text)}, values: [{ environment: "production", value: "v" }] }) { id } }`);
        expect(res.status).toBeLessThan(500);
        // fc.string() is ASCII, so any surrogate here is the unpaired one; graphql-js refuses those while lexing.
        if (/[\ud800-\udfff]/.test(text)) {
          expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
        } else {
          expect(errorCode(res)).toBe('BAD_USER_INPUT');
          expect(res.errors?.[0]?.extensions?.field).toBe('createSecret.input.key');
        }
      }),
      { numRuns: 15 },
    );
  });

  it('refuses it in query arguments too (a search term)', async () => {
    const res = await admin.request('query($s: String) { secrets(search: $s) { totalCount } }', { s: 'a\u0000' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('$s');
    expect(res.data).toBeUndefined();
  });

  it('answers 400 to a client asking for application/graphql-response+json', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', cookie: admin.cookie ?? '' },
      body: JSON.stringify({ query: 'query($s: String) { secrets(search: $s) { totalCount } }', variables: { s: '\ud800' } }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps accepting any storable unicode, surrogate pairs included', async () => {
    const res = await admin.request(CREATE_SECRET, {
      input: { key: 'UNICODE_OK', description: 'emoji 🔑, accents é, CJK 鍵, RTL مفتاح, zero-width \u200b', values: [{ environment: 'production', value: '🔐\u{10ffff}' }] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ createSecret: { key: 'UNICODE_OK' } });
  });
});
