/**
 * Rate-limiter exactness: BENCH_CLIENTS (200) concurrent clients spend a fresh key's small
 * per-minute budget (BENCH_LIMIT, 100) at once, each sending BENCH_REQUESTS_PER_CLIENT (2)
 * requests, against one instance and against two (clients split between them), with the memory
 * store and with Redis (skipped with a note when REDIS_URL is unset). Allowed must equal the
 * configured limit — except two instances with a memory store each, which allow the budget once
 * per instance (documented: several instances need REDIS_URL). BENCH_TRIALS (2) fresh keys per setup.
 */
import { SETUP_STATUS, keyedStatus } from './support/api';
import { REDIS_URL, startDeployment, type Deployment } from './support/instances';
import { envNumber, goal } from './support/loops';
import { markdownTable, reportSection } from './support/report';

const CLIENTS = envNumber('BENCH_CLIENTS', 200);
const LIMIT = envNumber('BENCH_LIMIT', 100);
const REQUESTS_PER_CLIENT = envNumber('BENCH_REQUESTS_PER_CLIENT', 2);
const TRIALS = envNumber('BENCH_TRIALS', 2);

interface Outcome {
  allowed: number;
  limited: number;
  other: number;
}

/** One fresh key with a budget of LIMIT per minute, spent by CLIENTS clients spread over `urls`. */
async function burst(deployment: Deployment, urls: string[], name: string): Promise<Outcome> {
  const { token } = await deployment.admin.createKey(name, { perMinute: LIMIT, perHour: Math.max(LIMIT * 10, 1000) });
  const outcome: Outcome = { allowed: 0, limited: 0, other: 0 };
  const client = async (i: number) => {
    const url = urls[i % urls.length] ?? '';
    for (let n = 0; n < REQUESTS_PER_CLIENT; n += 1) {
      const status = await keyedStatus(url, token);
      if (status === 200) outcome.allowed += 1;
      else if (status === 429) outcome.limited += 1;
      else outcome.other += 1;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  return outcome;
}

const table: (string | number)[][] = [];
let failed = false;
const deployments = [{ redis: false }, ...(REDIS_URL ? [{ redis: true }] : [])];
for (const { redis } of deployments) {
  const deployment = await startDeployment({ count: 2, redis, prefix: 'keyward-bench-rate' });
  try {
    const [a, b] = deployment.instances;
    if (!a || !b) throw new Error('two instances');
    const store = redis ? 'Redis' : 'memory store';
    for (const [instances, urls] of [
      [1, [a.url]],
      [2, [a.url, b.url]],
    ] as const) {
      const perInstance = !redis && instances === 2;
      const expected = perInstance ? LIMIT * instances : LIMIT;
      const outcomes: Outcome[] = [];
      for (let t = 0; t < TRIALS; t += 1) outcomes.push(await burst(deployment, [...urls], `Rate ${store} ${instances} ${t}`));
      const exact = outcomes.every((o) => o.allowed === expected);
      if (!exact || outcomes.some((o) => o.other > 0)) failed = true;
      table.push([
        `${instances === 1 ? 'one instance' : 'two instances'}, ${store}`,
        `${LIMIT}/min`,
        outcomes.map((o) => o.allowed).join(', '),
        outcomes.map((o) => o.limited).join(', '),
        outcomes.map((o) => o.other).join(', '),
        perInstance ? `${exact ? `${expected} each time` : 'NOT the documented 2×'} (per-instance memory store, documented)` : goal(exact, `allowed = ${LIMIT}`),
      ]);
    }
  } finally {
    await deployment.stop();
  }
}

reportSection(
  '4. Rate-limiter exactness',
  `${CLIENTS} concurrent clients, ${REQUESTS_PER_CLIENT} requests each (\`${SETUP_STATUS}\`, one operation), against a fresh key limited to ${LIMIT} per minute; ` +
    `${TRIALS} trial(s) per setup (a fresh key each; figures per trial). With two instances the clients alternate between them.` +
    `${REDIS_URL ? '' : '\n\nREDIS_URL is not set: the Redis rows are skipped.'}\n\n` +
    markdownTable(['setup', 'configured', 'allowed (200)', 'refused (429)', 'other', 'goal'], table),
);
if (failed) {
  console.error('a setup did not allow what it should, or some answers were neither 200 nor 429');
  process.exitCode = 1;
}
