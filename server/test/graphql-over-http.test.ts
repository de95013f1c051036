import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

interface RawResponse {
  status: number;
  contentType: string | null;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(server: TestServer, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), text, body: JSON.parse(text) as RawResponse['body'] };
}

/** No stack frame, no file path of this machine, no HTML. */
function expectNoInternals(res: RawResponse): void {
  expect(res.contentType).toMatch(/^application\/(graphql-response\+)?json/);
  expect(res.text).not.toMatch(/\bat \S+ \(|node_modules|\/work\/|<html|<pre>|\b[A-Z]\w*Error: /);
}

/** A page of users each with six role lists: about 100 × 62 objects, over the cost limit at 100 a page. */
const HEAVY_USER_PAGE = `edges { node { roles { id name } ${[1, 2, 3, 4, 5].map((i) => `r${i}: roles { id }`).join(' ')} } }`;
const query = (source: string) => JSON.stringify({ query: source });
const manyAliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;

describe.each(['development', 'production'] as const)('GraphQL over HTTP with NODE_ENV=%s', (nodeEnv) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: nodeEnv } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('passes every graphql-http server audit with no warning and no error', async () => {
    const results = await auditServer({
      url: `${server.url}/graphql`,
      fetchFn: (input: string | URL | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('apollo-require-preflight', 'true');
        return fetch(input, { ...init, headers });
      },
    });
    const notOk = results.flatMap((r) => (r.status === 'ok' ? [] : [`${r.id} ${r.status}: ${r.name} (${r.reason})`]));
    // In production introspection is off, and these four audits probe variables with `__type(name: $name)`,
    // so they see an introspection refusal; every other audit is ok there too.
    const introspectionProbes = ['2EA1', '28B9', 'D6D5', '6A70'];
    const expected = nodeEnv === 'production' ? introspectionProbes : [];
    expect(notOk.map((line) => line.slice(0, 4)).sort()).toEqual([...expected].sort());
    if (nodeEnv === 'development') expect(notOk).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });

  it('answers a malformed JSON body with a 400 GraphQL-shaped error and no stack', async () => {
    const res = await post(server, '{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.body.errors?.[0]?.message).toBe('The request body is not valid JSON.');
    expectNoInternals(res);
  });

  it('answers a body over 1 MB with 413', async () => {
    const res = await post(server, query(`{ __typename } # ${'x'.repeat(1_100_000)}`));
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expectNoInternals(res);
  });

  it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('answers a %s body with 415', async (contentType) => {
    const res = await post(server, query('{ __typename }'), { 'content-type': contentType });
    expect(res.status).toBe(415);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expectNoInternals(res);
  });

  it('answers an unsupported charset or content encoding with 415', async () => {
    const charset = await post(server, query('{ __typename }'), { 'content-type': 'application/json; charset=latin-9' });
    expect(charset.status).toBe(415);
    expectNoInternals(charset);
    const encoding = await post(server, query('{ __typename }'), { 'content-encoding': 'compress' });
    expect(encoding.status).toBe(415);
    expectNoInternals(encoding);
  });

  it('answers a JSON body that is not an object (strict JSON) with 400', async () => {
    const res = await post(server, '"{ __typename }"');
    expect(res.status).toBe(400);
    expectNoInternals(res);
  });

  const refusedBeforeExecution: [string, string, RegExp, string][] = [
    ['a syntax error', '{ __typename ', /Syntax Error/, 'GRAPHQL_PARSE_FAILED'],
    ['more tokens than the limit', `{ ${'__typename '.repeat(3100)}}`, /3000 tokens/, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ nope }', /Cannot query field/, 'GRAPHQL_VALIDATION_FAILED'],
    ['more aliases than the limit (300 __typename aliases)', manyAliases(300), /Aliases limit of 20/, 'GRAPHQL_VALIDATION_FAILED'],
    ['21 aliases', manyAliases(21), /Aliases limit of 20/, 'GRAPHQL_VALIDATION_FAILED'],
    ['a depth over the limit', `{ ${'viewer { organization { '.repeat(7)}name${' } }'.repeat(7)} }`, /depth/i, 'GRAPHQL_VALIDATION_FAILED'],
    ['too many directives', `{ __typename ${'@include(if: true) '.repeat(25)}}`, /directive/i, 'GRAPHQL_VALIDATION_FAILED'],
    ['an inline page over the cost limit', `{ users(first: 100) { ${HEAVY_USER_PAGE} } }`, /cost limit/i, 'GRAPHQL_VALIDATION_FAILED'],
  ];

  it.each(refusedBeforeExecution)('refuses %s: 400 with graphql-response+json, 200 with application/json, never 5xx', async (_name, source, message, code) => {
    for (const [accept, status] of [
      [GRAPHQL_RESPONSE_JSON, 400],
      // What Apollo Client (the SPA) sends.
      [`${GRAPHQL_RESPONSE_JSON},application/json;q=0.9`, 400],
      ['application/json', 200],
      ['*/*', 200],
      ['', 200],
    ] as const) {
      const res = await post(server, query(source), accept === '' ? {} : { accept });
      expect({ accept, status: res.status }).toEqual({ accept, status });
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0]?.message).toMatch(message);
      expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
      expectNoInternals(res);
    }
  });

  it('accepts 20 aliases', async () => {
    const res = await post(server, query(manyAliases(20)));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it('counts aliases inside fragments at each spread', async () => {
    const fragment = `fragment F on Query { ${Array.from({ length: 8 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    const res = await post(server, query(`{ ...F a: __typename b: __typename ... on Query { ...F } ...F } ${fragment}`));
    expect(res.body.errors?.[0]?.message).toMatch(/Aliases limit of 20/);
  });

  it('prices a page size passed as a variable like the same size written inline', async () => {
    const selection = HEAVY_USER_PAGE;
    const inline = await post(server, query(`{ users(first: 100) { ${selection} } }`));
    const variable = await post(server, JSON.stringify({ query: `query($n: Int) { users(first: $n) { ${selection} } }`, variables: { n: 100 } }));
    expect(inline.body.errors?.[0]?.message).toMatch(/cost limit of 5000 exceeded: this operation costs (\d+)/i);
    expect(variable.body.errors?.[0]?.message).toBe(inline.body.errors?.[0]?.message);
    const small = await post(server, JSON.stringify({ query: `query($n: Int) { users(first: $n) { ${selection} } }`, variables: { n: 5 } }));
    expect(small.body.errors?.[0]?.message ?? '').not.toMatch(/cost/i);
  });

  it('prices a page size over the maximum as the maximum, so a huge `first` cannot overflow the cost', async () => {
    const selection = HEAVY_USER_PAGE;
    const capped = await post(server, JSON.stringify({ query: `query($n: Int) { users(first: $n) { ${selection} } }`, variables: { n: 2 ** 31 - 1 } }));
    const hundred = await post(server, JSON.stringify({ query: `query($n: Int) { users(first: $n) { ${selection} } }`, variables: { n: 100 } }));
    expect(capped.body.errors?.[0]?.message).toBe(hundred.body.errors?.[0]?.message);
  });
});
