import { performance } from 'node:perf_hooks';
import { percentile } from './report';

export interface LoopResult {
  calls: number;
  failures: number;
  seconds: number;
  /** Milliseconds per call. */
  latencies: number[];
}

/**
 * `concurrency` loops calling `call(i)` (i counts calls across loops) for `seconds`, or until
 * `maxCalls`; each call is timed. A call resolving false counts as a failure.
 */
export async function timedLoop(
  options: { seconds: number; concurrency: number; maxCalls?: number },
  call: (i: number) => Promise<boolean>,
): Promise<LoopResult> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const max = options.maxCalls ?? Number.POSITIVE_INFINITY;
  const loop = async () => {
    while (performance.now() < deadline && next < max) {
      const i = next;
      next += 1;
      const t0 = performance.now();
      const ok = await call(i);
      latencies.push(performance.now() - t0);
      if (!ok) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  return { calls: latencies.length, failures, seconds: (performance.now() - started) / 1000, latencies };
}

/** Several rounds of one side taken together: calls per second, p50, p99, failures. */
export function summarizeLoops(results: readonly LoopResult[]): { rate: number; p50: number; p99: number; calls: number; failures: number } {
  const calls = results.reduce((n, r) => n + r.calls, 0);
  const seconds = results.reduce((n, r) => n + r.seconds, 0);
  const latencies = results.flatMap((r) => r.latencies);
  return {
    rate: calls / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    calls,
    failures: results.reduce((n, r) => n + r.failures, 0),
  };
}

/** A goal cell: the figure, the goal, and whether it is met. */
export function goal(met: boolean, text: string): string {
  return `${text} — ${met ? 'met' : 'NOT met'}`;
}

export const envNumber = (name: string, fallback: number): number => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};
