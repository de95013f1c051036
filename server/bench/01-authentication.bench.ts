/**
 * What authentication costs. Over HTTP: the same small GraphQL query sent by nobody, with an API
 * key and with a session cookie, against a real server (its own process and a fresh database),
 * measured with autocannon in alternating rounds. In process: `ApiKeyRequest.admit` timed call by
 * call on the server's own services — warm (one key again and again) and cold (every call a key
 * not verified before, and the authority cache emptied first when the server has one).
 * Not a test; run with `pnpm bench` from the root.
 *
 * Over HTTP twice: with the rate limits in memory (one instance) and, when REDIS_URL is set, in
 * Redis (what several instances need).
 * Knobs: BENCH_CONNECTIONS (10), BENCH_SECONDS (per round and side, 3), BENCH_ROUNDS (10),
 * BENCH_WARM_SECONDS (in-process warm loop, 4), BENCH_COLD_KEYS (in-process cold calls, 2000).
 * Uses the PostgreSQL at DATABASE_URL (scratch databases, dropped afterwards).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startKeywardProcess } from '@keyward/test-support/keyward-process';
import autocannon, { type Result } from 'autocannon';
import { BENCH_ADMIN, BenchAdmin, SETUP_STATUS, assertKeyAccepted, graphql } from './support/api';
import { InProcessKeyward, WarmKeys } from './support/in-process';
import { REDIS_URL } from './support/instances';
import { envNumber, goal, summarizeLoops, timedLoop } from './support/loops';
import { markdownTable, percentile, reportSection } from './support/report';

const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 10);
const SECONDS = envNumber('BENCH_SECONDS', 3);
const ROUNDS = envNumber('BENCH_ROUNDS', 10);
const WARM_SECONDS = envNumber('BENCH_WARM_SECONDS', 4);
const COLD_KEYS = envNumber('BENCH_COLD_KEYS', 2000);
/** The issue's goals: keyed and session throughput ≥ 0.9× anonymous; warm in-process p99 ≤ 0.5 ms. */
const RATIO_GOAL = 0.9;
const WARM_P99_GOAL_MS = 0.5;

function run(url: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SETUP_STATUS }),
    connections: CONNECTIONS,
    duration: seconds,
  });
}

/** Milliseconds of CPU (user + system) a local process has used so far; null when /proc cannot tell. */
function cpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The local redis-server's pid, to read its CPU time (null when it runs elsewhere). */
function localRedisPid(): number | null {
  try {
    const pid = Number(execFileSync('pgrep', ['-x', 'redis-server'], { encoding: 'utf8' }).trim().split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

interface Round {
  result: Result;
  serverCpuMs: number | null;
  redisCpuMs: number | null;
}

async function measuredRound(url: string, headers: Record<string, string>, pids: { server: number; redis: number | null }): Promise<Round> {
  const server0 = cpuMs(pids.server);
  const redis0 = cpuMs(pids.redis);
  const result = await run(url, headers, SECONDS);
  const delta = (before: number | null, pid: number | null) => {
    const after = cpuMs(pid);
    return before === null || after === null ? null : after - before;
  };
  return { result, serverCpuMs: delta(server0, pids.server), redisCpuMs: delta(redis0, pids.redis) };
}

function summary(rounds: Round[]) {
  const results = rounds.map((r) => r.result);
  const requests = results.reduce((n, r) => n + r.requests.total, 0);
  const seconds = results.reduce((n, r) => n + r.duration, 0);
  const perRequestUs = (pick: (r: Round) => number | null) => {
    const values = rounds.map(pick);
    return values.some((v) => v === null) ? null : (values.reduce<number>((n, v) => n + (v ?? 0), 0) * 1000) / requests;
  };
  return {
    rps: requests / seconds,
    p50: results.reduce((n, r) => n + r.latency.p50, 0) / results.length,
    p99: Math.max(...results.map((r) => r.latency.p99)),
    failed: results.reduce((n, r) => n + r.non2xx + r.errors, 0),
    serverCpuUs: perRequestUs((r) => r.serverCpuMs),
    redisCpuUs: perRequestUs((r) => r.redisCpuMs),
  };
}

/**
 * Anonymous, API key and session cookie over HTTP on one server process with the given
 * rate-limit store, in rounds whose order rotates so drift cancels out.
 */
async function overHttp(store: 'memory' | 'redis'): Promise<{ table: string; failed: number }> {
  const server = await startKeywardProcess({
    prefix: 'keyward-bench',
    output: 'inherit',
    env: {
      NODE_ENV: 'production',
      KEYWARD_SERVE_WEB: 'false',
      KEYWARD_BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email,
      KEYWARD_BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
      // The server's own environment decides: the parent's REDIS_URL must not reach the memory-store run.
      REDIS_URL: store === 'redis' ? (REDIS_URL ?? '') : '',
      // Per-request access logs would dominate every side equally; keep the server quiet.
      LOG_LEVEL: 'warn',
    },
  });
  try {
    const url = server.url;
    // Raise the ceiling so the benchmark measures authentication, not 429s.
    const admin = await BenchAdmin.signIn(url);
    await admin.raiseCeiling();
    const { token } = await admin.createKey('Benchmark');
    await assertKeyAccepted(url, token);
    // The benchmark's own session, so the admin's stays free for setup.
    const session = await BenchAdmin.signIn(url);
    const viewer = await graphql(url, '{ viewer { email } }', {}, { cookie: session.cookie });
    if (!JSON.stringify(viewer.data).includes(BENCH_ADMIN.email)) throw new Error('the session cookie was not used for the check request');

    const pids = { server: server.pid, redis: store === 'redis' ? localRedisPid() : null };
    const sides = [
      { label: 'anonymous', headers: {} as Record<string, string>, rounds: [] as Round[] },
      { label: 'API key', headers: { 'x-api-key': token }, rounds: [] as Round[] },
      { label: 'session cookie', headers: { cookie: session.cookie }, rounds: [] as Round[] },
    ];
    console.log(`\n"${SETUP_STATUS}" (${store} store) — ${CONNECTIONS} connections, ${ROUNDS} rotating rounds of ${SECONDS} s per side (after a 3 s warm-up each)\n`);
    for (const side of sides) await run(url, side.headers, 3);
    for (let round = 0; round < ROUNDS; round += 1) {
      const rotated = [...sides.slice(round % sides.length), ...sides.slice(0, round % sides.length)];
      const order = Math.floor(round / sides.length) % 2 === 0 ? rotated : rotated.reverse();
      for (const side of order) side.rounds.push(await measuredRound(url, side.headers, pids));
    }
    const [anon, ...others] = sides.map((s) => ({ label: s.label, ...summary(s.rounds) }));
    if (!anon) throw new Error('no anonymous side');
    // Round by round against the anonymous side of the same round: how much the machine's noise moves the ratio.
    const anonRounds = sides[0]?.rounds ?? [];
    const rps = (r: Round) => r.result.requests.total / r.result.duration;
    const spread = new Map(
      sides.map((side) => {
        const ratios = side.rounds.map((r, i) => rps(r) / rps(anonRounds[i] ?? r)).sort((a, b) => a - b);
        return [side.label, `${percentile(ratios, 50).toFixed(2)} (${(ratios[0] ?? 0).toFixed(2)}–${(ratios.at(-1) ?? 0).toFixed(2)})`];
      }),
    );
    const us = (v: number | null) => (v === null ? '—' : v.toFixed(0));
    for (const s of [anon, ...others]) {
      console.log(`${s.label.padEnd(15)} ${s.rps.toFixed(0).padStart(8)} req/s   p50 ${s.p50.toFixed(1).padStart(6)} ms   p99 ${s.p99.toFixed(1).padStart(6)} ms   server CPU ${us(s.serverCpuUs)} µs/req   Redis CPU ${us(s.redisCpuUs)} µs/req   failed ${s.failed}`);
    }
    const table = markdownTable(
      ['side', 'req/s', 'ratio to anonymous', `goal ≥ ${RATIO_GOAL}×`, 'per-round ratio: median (range)', 'p50 ms', 'p99 ms', 'server CPU µs/request', 'Redis CPU µs/request', 'non-2xx / errors'],
      [anon, ...others].map((s) => {
        const ratio = s.rps / anon.rps;
        return [s.label, s.rps.toFixed(0), ratio.toFixed(3), s === anon ? '—' : goal(ratio >= RATIO_GOAL, `${ratio.toFixed(2)}×`), s === anon ? '—' : (spread.get(s.label) ?? '—'), s.p50.toFixed(1), s.p99.toFixed(1), us(s.serverCpuUs), store === 'redis' ? us(s.redisCpuUs) : '—', s.failed];
      }),
    );
    const title = store === 'redis' ? 'Rate limits in Redis (REDIS_URL; several instances)' : 'Rate limits in memory (one instance, no REDIS_URL)';
    return { table: `#### ${title}\n\n${table}`, failed: [anon, ...others].reduce((n, s) => n + s.failed, 0) };
  } finally {
    // Let the last round's in-flight requests finish before the server shuts down.
    await new Promise((r) => setTimeout(r, 1000));
    await server.stop();
  }
}

/** `ApiKeyRequest.admit` one call at a time, inside the process that holds the services. */
async function inProcess(): Promise<{ table: string; failed: number }> {
  const keyward = await InProcessKeyward.start('keyward_bench_verify');
  try {
    const tokens = await keyward.insertKeys(COLD_KEYS);
    const warmKeys = new WarmKeys(await keyward.insertKeys(20));
    // JIT and connection pool warm-up on keys the measured cold loop never uses.
    const spare = await keyward.insertKeys(200);
    await timedLoop({ seconds: 2, concurrency: 1, maxCalls: spare.length }, (i) => keyward.verify(spare[i] ?? ''));
    await timedLoop({ seconds: 1, concurrency: 1 }, () => keyward.verify(warmKeys.next()));
    const warm = summarizeLoops([await timedLoop({ seconds: WARM_SECONDS, concurrency: 1 }, () => keyward.verify(warmKeys.next()))]);
    const cold = summarizeLoops([
      await timedLoop({ seconds: 600, concurrency: 1, maxCalls: COLD_KEYS }, (i) => {
        keyward.clearAuthorityCaches();
        return keyward.verify(tokens[i] ?? '');
      }),
    ]);
    const caches = keyward.authorityCacheLabel;
    const coldHow = `each call a key not verified before${caches ? `, ${caches} emptied before it` : ' (no authority cache found on the services)'}`;
    const table = markdownTable(
      ['verification', 'calls', 'per second', 'p50 ms', 'p99 ms', `goal p99 ≤ ${WARM_P99_GOAL_MS} ms`],
      [
        [`warm: one key again and again (the next after ${WarmKeys.CALLS_PER_KEY.toLocaleString('en-US')} calls, inside its budget)`, warm.calls, warm.rate.toFixed(0), warm.p50.toFixed(3), warm.p99.toFixed(3), goal(warm.p99 <= WARM_P99_GOAL_MS, `${warm.p99.toFixed(3)} ms`)],
        [`cold: ${coldHow}`, cold.calls, cold.rate.toFixed(0), cold.p50.toFixed(3), cold.p99.toFixed(3), '— (no goal)'],
      ],
    );
    return {
      table: `\`ApiKeyRequest.admit\` (authentication and the rate-limit charge, as the HTTP gate calls it) on the server's own services built by \`startKeyward\` in the benchmark process, one call at a time, a fresh entity manager each.\n\n${table}`,
      failed: warm.failures + cold.failures,
    };
  } finally {
    await keyward.stop();
  }
}

const http = [await overHttp('memory'), ...(REDIS_URL ? [await overHttp('redis')] : [])];
const local = await inProcess();
const httpIntro =
  `\`${SETUP_STATUS}\`, ${CONNECTIONS} connections (autocannon), ${ROUNDS} rotating rounds of ${SECONDS} s per side, one server process. ` +
  'The ratio is over all rounds together; the per-round column divides each round by the anonymous side of the same round (the machine\'s noise). CPU per request: what the server process (and, with Redis, the local redis-server) used during the rounds, from /proc, divided by the requests answered.' +
  (REDIS_URL ? '' : '\n\nREDIS_URL is not set: the Redis table is skipped.');
reportSection('1. Authentication cost', `### Over HTTP\n\n${httpIntro}\n\n${http.map((h) => h.table).join('\n\n')}\n\n### In-process verification\n\n${local.table}`);
const failed = http.reduce((n, h) => n + h.failed, 0);
if (failed + local.failed > 0) {
  console.error('some requests failed or keys were refused; the figures above are not comparable');
  process.exitCode = 1;
}
