/**
 * Revocation across instances: two server processes over one database (without Redis, and with
 * Redis when REDIS_URL is set). In each trial a client hammers instance B with a fresh key from
 * several concurrent loops while the admin revokes it (even trials) or suspends it (odd trials)
 * on instance A. Timestamps are taken at the client: a request that STARTED after A's mutation
 * returned and was answered 200 by B counts as accepted after the return (the issue: 0 with
 * Redis). Propagation delay: from the return to the end of B's first refused response (0 when B
 * refused before A's answer arrived). Stale window: from the return to the start of the last
 * request B still accepted (0 when none).
 *
 * Knobs: BENCH_TRIALS (per setup, default 20), BENCH_CONCURRENCY (loops on B, 4),
 * BENCH_WARM_MS (hammering before the change, 300), BENCH_MAX_TAIL_MS (how long B is watched
 * after the return at most, 5000).
 */
import { performance } from 'node:perf_hooks';
import { SETUP_STATUS, keyedStatus } from './support/api';
import { REDIS_URL, startDeployment, type Deployment } from './support/instances';
import { envNumber, goal } from './support/loops';
import { markdownTable, percentile, reportSection } from './support/report';

const TRIALS = envNumber('BENCH_TRIALS', 20);
const CONCURRENCY = envNumber('BENCH_CONCURRENCY', 4);
const WARM_MS = envNumber('BENCH_WARM_MS', 300);
const MAX_TAIL_MS = envNumber('BENCH_MAX_TAIL_MS', 5000);
/** B is watched at least this long after the return, and until this many answers in a row are refusals. */
const MIN_TAIL_MS = 250;
const REFUSALS_IN_A_ROW = 20;

type Action = 'revoke' | 'suspend';

interface Answer {
  start: number;
  end: number;
  status: number;
}

interface Trial {
  action: Action;
  acceptedBefore: number;
  requestsAfter: number;
  acceptedAfter: number;
  /** ms from the return to B's first refusal; null when B never refused within the tail. */
  firstRefusal: number | null;
  staleWindow: number;
  unexpected: number;
  /** How long B took to answer, ms: the first refusal includes one such answer. */
  answerMs: number[];
}

async function trial(deployment: Deployment, index: number): Promise<Trial> {
  const [, b] = deployment.instances;
  if (!b) throw new Error('two instances');
  const action: Action = index % 2 === 0 ? 'revoke' : 'suspend';
  const { id, token } = await deployment.admin.createKey(`Revocation ${index}`);
  const answers: Answer[] = [];
  let returned = Number.POSITIVE_INFINITY;
  let refusedInARow = 0;
  const done = () => {
    const now = performance.now();
    return now >= returned + MAX_TAIL_MS || (now >= returned + MIN_TAIL_MS && refusedInARow >= REFUSALS_IN_A_ROW);
  };
  const loop = async () => {
    while (!done()) {
      const start = performance.now();
      const status = await keyedStatus(b.url, token);
      answers.push({ start, end: performance.now(), status });
      refusedInARow = status === 200 ? 0 : refusedInARow + 1;
    }
  };
  const loops = Promise.all(Array.from({ length: CONCURRENCY }, loop));
  await new Promise((r) => setTimeout(r, WARM_MS));
  const change = action === 'revoke' ? deployment.admin.revokeKey(id) : deployment.admin.suspendKey(id);
  await change;
  returned = performance.now();
  await loops;
  const after = answers.filter((a) => a.start > returned);
  const acceptedAfter = after.filter((a) => a.status === 200);
  const refusals = answers.filter((a) => a.status === 401).map((a) => a.end);
  return {
    action,
    acceptedBefore: answers.filter((a) => a.end < returned && a.status === 200).length,
    requestsAfter: after.length,
    acceptedAfter: acceptedAfter.length,
    firstRefusal: refusals.length === 0 ? null : Math.max(0, Math.min(...refusals) - returned),
    staleWindow: acceptedAfter.length === 0 ? 0 : Math.max(...acceptedAfter.map((a) => a.start)) - returned,
    unexpected: answers.filter((a) => a.status !== 200 && a.status !== 401).length,
    answerMs: answers.map((a) => a.end - a.start),
  };
}

function rows(setup: string, redis: boolean, trials: Trial[]): (string | number)[][] {
  const groups: [string, Trial[]][] = [
    ['revoke', trials.filter((t) => t.action === 'revoke')],
    ['suspend', trials.filter((t) => t.action === 'suspend')],
    ['both', trials],
  ];
  return groups.map(([action, group]) => {
    const accepted = group.reduce((n, t) => n + t.acceptedAfter, 0);
    const delays = group.map((t) => t.firstRefusal ?? Number.POSITIVE_INFINITY);
    const stale = group.map((t) => t.staleWindow);
    const never = group.filter((t) => t.firstRefusal === null).length;
    const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : `> ${MAX_TAIL_MS}`);
    return [
      setup,
      action,
      group.length,
      group.reduce((n, t) => n + t.requestsAfter, 0),
      redis ? goal(accepted === 0, String(accepted)) : `${accepted} (no goal: within the notification delay)`,
      ms(percentile(delays, 50)),
      ms(percentile(delays, 99)),
      ms(percentile(stale, 99)),
      percentile(group.flatMap((t) => t.answerMs), 50).toFixed(1),
      never,
    ];
  });
}

async function measure(redis: boolean): Promise<Trial[]> {
  const deployment = await startDeployment({ count: 2, redis, prefix: 'keyward-bench-revocation' });
  try {
    const trials: Trial[] = [];
    for (let i = 0; i < TRIALS; i += 1) trials.push(await trial(deployment, i));
    return trials;
  } finally {
    await deployment.stop();
  }
}

const table: (string | number)[][] = [];
const problems: string[] = [];
const setups = [{ label: 'two instances, no Redis', redis: false }, ...(REDIS_URL ? [{ label: 'two instances, Redis', redis: true }] : [])];
for (const setup of setups) {
  console.log(`\n${setup.label}: ${TRIALS} trials`);
  const trials = await measure(setup.redis);
  table.push(...rows(setup.label, setup.redis, trials));
  if (trials.some((t) => t.acceptedBefore === 0)) problems.push(`${setup.label}: some trial saw no accepted request before the change (the key was never warm on B)`);
  const unexpected = trials.reduce((n, t) => n + t.unexpected, 0);
  if (unexpected > 0) problems.push(`${setup.label}: ${unexpected} answers were neither 200 nor 401`);
}

reportSection(
  '3. Revocation across instances',
  `Two server processes on one database; the admin revokes (even trials) or suspends (odd trials) a key on A while ${CONCURRENCY} client loops ` +
    `send \`${SETUP_STATUS}\` with it to B (from ${WARM_MS} ms before the change until ${REFUSALS_IN_A_ROW} refusals in a row, at most ${MAX_TAIL_MS} ms after). ` +
    'Client timestamps. "Accepted after return": requests that started after the mutation returned and got 200 (goal with Redis: 0). ' +
    '"First refusal": ms from the return to the end of B\'s first 401 (0 when it came before the return) — an upper bound of the propagation, one answer time included. ' +
    '"Stale window": ms from the return to the start of the last accepted request (0 when none) — a lower bound.' +
    `${REDIS_URL ? '' : '\n\nREDIS_URL is not set: the Redis rows are skipped.'}\n\n` +
    markdownTable(['setup', 'change', 'trials', 'requests to B after return', 'accepted after return', 'first refusal p50 ms', 'first refusal p99 ms', 'stale window p99 ms', "B's answer p50 ms", 'trials never refused'], table) +
    (problems.length > 0 ? `\n\nProblems: ${problems.join('; ')}.` : ''),
);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
