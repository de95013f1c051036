/**
 * Does the number of keys in the table change what verifying one costs? Two servers built in
 * this process by the server's own bootstrap code, each over its own scratch database: one
 * holding 1,000 keys, one holding BENCH_KEYS_LARGE (default 1,000,000) — the same 1,000 measured
 * keys plus valid filler rows (a role each) written with generate_series. `ApiKeyRequest.admit`
 * is called in alternating rounds on both: cold (every call another key, and the authority cache
 * emptied first when the server has one) and warm (one key again and again).
 *
 * Knobs: BENCH_KEYS_LARGE, BENCH_SECONDS (per round and side, default 3), BENCH_ROUNDS (2),
 * BENCH_CONCURRENCY (verifications in flight, default 4).
 */
import { performance } from 'node:perf_hooks';
import { InProcessKeyward, WarmKeys } from './support/in-process';
import { envNumber, summarizeLoops, timedLoop, type LoopResult } from './support/loops';
import { markdownTable, reportSection } from './support/report';

const MEASURED = 1000;
const LARGE = envNumber('BENCH_KEYS_LARGE', 1_000_000);
const SECONDS = envNumber('BENCH_SECONDS', 3);
const ROUNDS = envNumber('BENCH_ROUNDS', 2);
const CONCURRENCY = envNumber('BENCH_CONCURRENCY', 4);

const small = await InProcessKeyward.start('keyward_bench_keys_small');
let large: InProcessKeyward | undefined;
try {
  large = await InProcessKeyward.start('keyward_bench_keys_large');
  const sides = [
    { label: 'small', server: small, tokens: await small.insertKeys(MEASURED), warmKeys: new WarmKeys(await small.insertKeys(20)), cold: [] as LoopResult[], warm: [] as LoopResult[], rows: 0 },
    { label: 'large', server: large, tokens: await large.insertKeys(MEASURED), warmKeys: new WarmKeys(await large.insertKeys(20)), cold: [] as LoopResult[], warm: [] as LoopResult[], rows: 0 },
  ];
  const loadStarted = performance.now();
  await large.insertFiller(1, LARGE - MEASURED);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  for (const side of sides) side.rows = await side.server.keyCount();
  console.log(`loaded ${LARGE - MEASURED} filler keys in ${loadSeconds.toFixed(1)} s; rows: ${sides.map((s) => s.rows).join(' vs ')}`);

  const cold = (side: (typeof sides)[number], seconds: number) =>
    timedLoop({ seconds, concurrency: CONCURRENCY }, (i) => {
      side.server.clearAuthorityCaches();
      return side.server.verify(side.tokens[i % side.tokens.length] ?? '');
    });
  const warm = (side: (typeof sides)[number], seconds: number) => timedLoop({ seconds, concurrency: CONCURRENCY }, () => side.server.verify(side.warmKeys.next()));
  for (const side of sides) {
    await cold(side, 1);
    await warm(side, 1);
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) side.cold.push(await cold(side, SECONDS));
    for (const side of order) side.warm.push(await warm(side, SECONDS));
  }

  const caches = small.authorityCacheLabel;
  const [smallSide, largeSide] = sides.map((s) => ({ ...s, coldSummary: summarizeLoops(s.cold), warmSummary: summarizeLoops(s.warm) }));
  if (!smallSide || !largeSide) throw new Error('two sides');
  const rows = [smallSide, largeSide].flatMap((s) =>
    (['cold', 'warm'] as const).map((kind) => {
      const summary = kind === 'cold' ? s.coldSummary : s.warmSummary;
      const base = kind === 'cold' ? smallSide.coldSummary : smallSide.warmSummary;
      return [s.rows.toLocaleString('en-US'), kind, summary.rate.toFixed(0), (summary.rate / base.rate).toFixed(3), summary.p50.toFixed(3), summary.p99.toFixed(3), summary.failures];
    }),
  );
  reportSection(
    '2. Key count',
    `\`ApiKeyRequest.admit\` in process (the server's own services over a scratch database), ${CONCURRENCY} in flight, ` +
      `${ROUNDS} alternating rounds of ${SECONDS} s per side and kind. Cold: each call another of ${MEASURED} keys` +
      `${caches ? `, ${caches} emptied before each call` : ' (no authority cache found on the services)'}; warm: one key again and again (the next after ${WarmKeys.CALLS_PER_KEY.toLocaleString('en-US')} calls, inside a key's budget). ` +
      `The large table's ${(LARGE - MEASURED).toLocaleString('en-US')} filler keys (a role each) loaded in ${loadSeconds.toFixed(1)} s.\n\n` +
      markdownTable(['keys in the table', 'kind', 'verifications/s', 'ratio to 1,000 keys', 'p50 ms', 'p99 ms', 'refused'], rows) +
      `\n\nGoal: key count does not matter (ratio ≈ 1). Cold ratio ${(largeSide.coldSummary.rate / smallSide.coldSummary.rate).toFixed(3)}, warm ratio ${(largeSide.warmSummary.rate / smallSide.warmSummary.rate).toFixed(3)}.`,
  );
  if (smallSide.coldSummary.failures + largeSide.coldSummary.failures + smallSide.warmSummary.failures + largeSide.warmSummary.failures > 0) {
    console.error('some verifications were refused; the figures are not comparable');
    process.exitCode = 1;
  }
} finally {
  await large?.stop();
  await small.stop();
}
