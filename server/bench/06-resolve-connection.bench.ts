/**
 * `resolveConnection` through an API key for a connection whose credentials hold 1 and 20
 * `@@SECRET:…@@` references: the statements PostgreSQL receives per resolution (counted on the
 * wire) and the time per resolution, the two connections measured in alternating rounds.
 * Resolution reads every referenced secret's value with one query (SecretResolverService.substituteAll),
 * so the statements do not grow with the references; the time does, by one decryption per value.
 * BENCH_RESOLVE_ROUNDS × BENCH_RESOLVE_PER_ROUND resolutions per side (6 × 50 by default).
 */
import { markdownTable, percentile, reportSection } from './support/report';
import { startCountedServer, type BenchRequest } from './support/counted-server';

const ROUNDS = Number(process.env.BENCH_RESOLVE_ROUNDS ?? 6);
const PER_ROUND = Number(process.env.BENCH_RESOLVE_PER_ROUND ?? 50);
const REFERENCES = [1, 20] as const;
const RESOLVE = 'query($id: ID!, $env: String!) { resolveConnection(id: $id, environment: $env) { connectionId fields integration { baseUrl authType settings } } }';

const server = await startCountedServer('keyward-bench-resolve');
try {
  const { admin } = server;
  const keys = Array.from({ length: 20 }, (_, i) => `BENCH_REF_${i}`);
  for (const key of keys) {
    await admin('mutation($input: CreateSecretInput!) { createSecret(input: $input) { id } }', { input: { key, values: [{ environment: 'development', value: `value-of-${key}` }] } });
  }
  const integration = (await admin('mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { id } }', {
    input: { name: 'Headers API', type: 'REST_API', provider: 'rest', configMode: 'SAME_FOR_ALL', configs: [{ baseUrl: 'https://headers.example.com', authType: 'CUSTOM_HEADERS', settings: {} }] },
  })) as { createIntegration: { id: string } };
  const connections = new Map<number, string>();
  for (const references of REFERENCES) {
    const created = (await admin('mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id } }', {
      input: { integrationId: integration.createIntegration.id, name: `${references} references`, visibility: 'ORGANIZATION' },
    })) as { createConnection: { id: string } };
    const id = created.createConnection.id;
    await admin('mutation($id: ID!, $env: String!, $fields: JSONObject!) { saveConnectionCredentials(connectionId: $id, environment: $env, fields: $fields) { id } }', {
      id,
      env: 'development',
      fields: { headers: keys.slice(0, references).map((key, i) => ({ key: `X-Ref-${i}`, value: `Bearer @@SECRET:${key}@@` })) },
    });
    connections.set(references, id);
  }
  const roles = (await admin('{ roles { id name } }')) as { roles: { id: string; name: string }[] };
  const created = (await admin('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }', {
    input: { name: 'Runtime', roleIds: [roles.roles.find((r) => r.name === 'Org Admin')?.id], rateLimit: { perMinute: 1000000, perHour: 1000000 } },
  })) as { createApiKey: { token: string } };
  const runtime: BenchRequest = server.requestWith({ 'x-api-key': created.createApiKey.token });

  const resolveOnce = async (references: number) => {
    const data = (await runtime(RESOLVE, { id: connections.get(references), env: 'development' })) as { resolveConnection: { fields: { headers: { value: string }[] } } };
    const headers = data.resolveConnection.fields.headers;
    if (headers.length !== references || headers.some((h) => !h.value.startsWith('Bearer value-of-'))) throw new Error(`${references} references: not substituted`);
  };

  // Statements: the fewest of five resolutions (the usage buffer's flush only ever adds).
  const statements = new Map<number, number>();
  for (const references of REFERENCES) {
    let fewest = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run += 1) fewest = Math.min(fewest, (await server.counter.during(() => resolveOnce(references))).length);
    statements.set(references, fewest);
  }
  let baseline = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run += 1) baseline = Math.min(baseline, (await server.counter.during(() => runtime('{ organization { id } }'))).length);

  // Time: warm up, then alternate the two connections round by round (1, 20, 20, 1, …).
  for (const references of REFERENCES) for (let i = 0; i < 20; i += 1) await resolveOnce(references);
  const times = new Map<number, number[]>(REFERENCES.map((r) => [r, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? REFERENCES : [...REFERENCES].reverse();
    for (const references of order) {
      for (let i = 0; i < PER_ROUND; i += 1) {
        const started = performance.now();
        await resolveOnce(references);
        times.get(references)?.push(performance.now() - started);
      }
    }
  }
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const rows = REFERENCES.map((references) => {
    const t = times.get(references) ?? [];
    return [references, statements.get(references) ?? 0, mean(t).toFixed(2), percentile(t, 50).toFixed(2), percentile(t, 99).toFixed(2)];
  });
  const ratio = (of: (references: number) => number) => (of(20) / of(1)).toFixed(2);
  console.log(rows.map((r) => r.join('  ')).join('\n'));
  reportSection(
    '6. resolveConnection: 1 vs 20 references',
    `\`resolveConnection\` over HTTP with an API key (Org Admin), CUSTOM_HEADERS credentials with one \`@@SECRET:…@@\` per header. ` +
      `Statements as PostgreSQL received them (the fewest of 5 resolutions), ${baseline} of which any API-key request spends ` +
      `(\`{ organization { id } }\` costs ${baseline}). Time per resolution on the client, ${ROUNDS} alternating rounds of ${PER_ROUND} per side after 20 warm-up resolutions.\n\n` +
      markdownTable(['references', 'statements', 'mean ms', 'p50 ms', 'p99 ms'], rows) +
      `\n\nRatio 20 / 1: statements ${ratio((r) => statements.get(r) ?? 0)}, mean time ${ratio((r) => mean(times.get(r) ?? []))}, p50 ${ratio((r) => percentile(times.get(r) ?? [], 50))}.`,
  );
} finally {
  await server.stop();
}
