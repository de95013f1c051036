/**
 * `pnpm bench`: runs every `bench/*.bench.ts` in file-name order, each in its own process, and
 * writes `bench/results.md` at the repository root (the machine, the command, each section).
 * `pnpm bench <word>` runs only the benchmarks whose file name contains the word and replaces
 * just their sections in an existing results file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir, release, type } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const RESULTS = resolve(BENCH_DIR, '../../bench/results.md');
const filter = process.argv.slice(2).filter((a) => a !== '--');
const files = readdirSync(BENCH_DIR)
  .filter((f) => f.endsWith('.bench.ts') && filter.every((word) => f.includes(word)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${filter.join(' ')}`);
  process.exit(1);
}

const MARK = (name: string) => `<!-- bench: ${name} -->`;
const previous = new Map<string, string>();
if (filter.length > 0 && existsSync(RESULTS)) {
  for (const part of readFileSync(RESULTS, 'utf8').split(/^(?=<!-- bench: )/m).slice(1)) {
    const name = /^<!-- bench: (\S+) -->/.exec(part)?.[1];
    if (name) previous.set(name, part.replace(/^<!-- bench: \S+ -->\n/, '').trimEnd() + '\n');
  }
}

// On a shared machine the load explains much of the noise: recorded before and after.
const loadBefore = loadavg();
const work = mkdtempSync(join(tmpdir(), 'keyward-bench-'));
let failed = false;
try {
  for (const file of files) {
    const name = basename(file, '.bench.ts');
    const sectionFile = join(work, `${name}.md`);
    console.log(`\n=== ${name} ===`);
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(BENCH_DIR, file)], {
      cwd: resolve(BENCH_DIR, '..'),
      stdio: 'inherit',
      env: { ...process.env, BENCH_SECTION_FILE: sectionFile },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (run.status !== 0 || !existsSync(sectionFile)) {
      failed = true;
      // A benchmark that measured but found a problem (e.g. failed requests) keeps its figures, flagged.
      const measured = existsSync(sectionFile) ? `${readFileSync(sectionFile, 'utf8').trimEnd()}\n\n` : `## ${name}\n\n`;
      previous.set(name, `${measured}FAILED (exit ${run.status ?? run.signal}) after ${seconds} s; see the console output.\n`);
    } else {
      previous.set(name, `${readFileSync(sectionFile, 'utf8').trimEnd()}\n\n_${seconds} s._\n`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const cpu = cpus();
const header = [
  '# Keyward benchmarks',
  '',
  'Written by `pnpm bench` (from the repository root; `pnpm bench <word>` reruns the benchmarks whose file name',
  'contains the word and replaces only their sections). Every speed figure is a ratio or a count measured side by side',
  'in the same run: this machine is shared and noisy, so absolute numbers only describe that run.',
  '',
  `- Run: ${new Date().toISOString()}`,
  `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()} ${release()}`,
  `- Load average (1 min) at the start ${loadBefore[0]?.toFixed(1)}, at the end ${loadavg()[0]?.toFixed(1)} on ${cpu.length} cores`,
  `- Node ${process.version}; PostgreSQL ${process.env.DATABASE_URL ? 'at DATABASE_URL' : 'embedded'}; Redis ${process.env.REDIS_URL ? 'at REDIS_URL' : 'not configured (Redis figures skipped)'}`,
  '',
].join('\n');
const body = [...previous.entries()]
  .sort(([x], [y]) => x.localeCompare(y))
  .map(([name, section]) => `${MARK(name)}\n${section}`)
  .join('\n');
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${header}\n${body}`);
console.log(`\nwrote ${RESULTS}`);
if (failed) process.exit(1);
