/**
 * What API-key authentication costs: the same small GraphQL query, sent by nobody and sent with
 * an API key, against a real server (its own process and a fresh database), measured side by
 * side with autocannon in alternating rounds. Not a test; run with `pnpm bench` from the root.
 *
 * Uses the PostgreSQL at DATABASE_URL (a scratch database, dropped afterwards) or, without it,
 * the embedded one in a temporary directory.
 */
import { startKeywardProcess } from '@keyward/test-support/keyward-process';
import autocannon, { type Result } from 'autocannon';
import { markdownTable, reportSection } from './support/report';

const QUERY = '{ setupStatus { needsFirstAdmin } }';
const ADMIN = { email: 'bench@keyward.test', password: 'Bench-Password-1' };
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);

async function graphql(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${body.errors[0]?.message ?? 'error'}`);
  return { res, data: body.data ?? {} };
}

function run(url: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
    connections: CONNECTIONS,
    duration: seconds,
  });
}

const server = await startKeywardProcess({
  prefix: 'keyward-bench',
  output: 'inherit',
  env: {
    NODE_ENV: 'production',
    KEYWARD_SERVE_WEB: 'false',
    KEYWARD_BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    KEYWARD_BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    // Per-request access logs would dominate both sides equally; keep the server quiet.
    LOG_LEVEL: 'warn',
  },
});
const url = server.url;

try {
  // Set up through the API: raise the ceiling so the benchmark measures authentication, not 429s.
  // The bootstrap admin is created just after the server starts listening: retry briefly.
  const signInOnce = () => graphql(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: ADMIN.email, p: ADMIN.password }, {});
  let signIn: Awaited<ReturnType<typeof signInOnce>> | undefined;
  for (let attempt = 0; signIn === undefined; attempt += 1) {
    try {
      signIn = await signInOnce();
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const cookie = (signIn.res.headers.getSetCookie().find((c) => c.startsWith('keyward_session=')) ?? '').split(';')[0] ?? '';
  const asAdmin = { cookie };
  await graphql(
    url,
    'mutation { updateOrganizationSettings(input: { rateLimitCeiling: { perMinute: 1000000, perHour: 1000000 } }) { id } }',
    {},
    asAdmin,
  );
  const roles = await graphql(url, '{ roles { id name } }', {}, asAdmin);
  const member = (roles.data.roles as { id: string; name: string }[]).find((r) => r.name === 'Member');
  const created = await graphql(
    url,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    { input: { name: 'Benchmark', roleIds: [member?.id], rateLimit: { perMinute: 1000000, perHour: 1000000 } } },
    asAdmin,
  );
  const token = (created.data.createApiKey as { token: string }).token;
  const withKey = { 'x-api-key': token };
  const check = await graphql(url, QUERY, {}, withKey);
  if (check.res.status !== 200 || check.res.headers.get('ratelimit-limit') === null) throw new Error('the key was not used for the check request');

  const sides = { anonymous: { headers: {} as Record<string, string>, results: [] as Result[] }, apiKey: { headers: withKey, results: [] as Result[] } };
  console.log(`\nKeyward benchmark: "${QUERY}" — ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per side (after a 3 s warm-up each)\n`);
  await run(url, sides.anonymous.headers, 3);
  await run(url, sides.apiKey.headers, 3);
  // A B B A …: each side runs first as often as second, so drift (JIT, GC, other load) cancels out.
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? [sides.anonymous, sides.apiKey] : [sides.apiKey, sides.anonymous];
    for (const side of order) side.results.push(await run(url, side.headers, SECONDS));
  }

  const summary = (results: Result[]) => {
    const requests = results.reduce((n, r) => n + r.requests.total, 0);
    const seconds = results.reduce((n, r) => n + r.duration, 0);
    return {
      rps: requests / seconds,
      p50: results.reduce((n, r) => n + r.latency.p50, 0) / results.length,
      p99: Math.max(...results.map((r) => r.latency.p99)),
      non2xx: results.reduce((n, r) => n + r.non2xx, 0),
      errors: results.reduce((n, r) => n + r.errors, 0),
    };
  };
  const anon = summary(sides.anonymous.results);
  const keyed = summary(sides.apiKey.results);
  const row = (label: string, s: ReturnType<typeof summary>) =>
    `${label.padEnd(14)} ${s.rps.toFixed(0).padStart(8)} req/s   p50 ${s.p50.toFixed(1).padStart(6)} ms   p99 ${s.p99.toFixed(1).padStart(6)} ms   non-2xx ${s.non2xx}   errors ${s.errors}`;
  console.log(row('anonymous', anon));
  console.log(row('API key', keyed));
  reportSection(
    '1. Authentication cost',
    `\`${QUERY}\`, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per side.\n\n` +
      markdownTable(
        ['side', 'req/s', 'ratio to anonymous', 'p50 ms', 'p99 ms'],
        [anon, keyed].map((s, i) => [i === 0 ? 'anonymous' : 'API key', s.rps.toFixed(0), (s.rps / anon.rps).toFixed(3), s.p50.toFixed(1), s.p99.toFixed(1)]),
      ),
  );
  if (anon.non2xx + keyed.non2xx + anon.errors + keyed.errors > 0) {
    console.error('some requests failed; the figures above are not comparable');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
