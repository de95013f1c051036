import { writeFileSync } from 'node:fs';

/**
 * A benchmark's contribution to `bench/results.md`: one Markdown section. `pnpm bench` (see
 * `bench/run.ts`) runs every `*.bench.ts` in its own process with BENCH_SECTION_FILE set and
 * assembles the sections in file-name order; run alone, a benchmark prints its section.
 */
export function reportSection(title: string, markdown: string): void {
  const section = `## ${title}\n\n${markdown.trim()}\n`;
  const file = process.env.BENCH_SECTION_FILE;
  if (file) writeFileSync(file, section);
  console.log(`\n${section}`);
}

/** A Markdown table from a header row and data rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
