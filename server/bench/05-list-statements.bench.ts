/**
 * SQL statements per list request, counted on the wire in front of PostgreSQL (not from the
 * ORM's logger): every list the SPA shows, with the exact operation it sends, at 10 and 100 rows
 * of each in the organization, and 1,000. The page is min(rows, 100), 100 being the API's page
 * cap, so the figures show the count constant both in the page size and in the table size.
 * Rows are added through the API (BENCH_SEED_CONCURRENCY at a time, 8 by default), which takes most
 * of the run. `BENCH_LIST_ROWS` picks the tiers (`10,100,1000` by default; `10,100` is quicker).
 */
import { seedLists, SPA_LISTS, type SpaList } from '../test/list-workload';
import { startCountedServer, type CountedServer } from './support/counted-server';
import { markdownTable, reportSection } from './support/report';

const TIERS = (process.env.BENCH_LIST_ROWS ?? '10,100,1000').split(',').map(Number);
const PAGE_CAP = 100;
const CONCURRENCY = Number(process.env.BENCH_SEED_CONCURRENCY ?? 8);

/** The fewest statements of three runs of the list: background work (usage flush, reminders) only ever adds. */
async function statementsOf(server: CountedServer, list: SpaList, first: number): Promise<{ statements: number; rows: number }> {
  let best = { statements: Number.POSITIVE_INFINITY, rows: 0 };
  for (let run = 0; run < 3; run += 1) {
    let rows = 0;
    const seen = await server.counter.during(async () => {
      rows = list.rows(await server.admin(list.query, list.paged ? { first } : {}));
    });
    if (seen.length < best.statements) best = { statements: seen.length, rows };
  }
  return best;
}

const server = await startCountedServer('keyward-bench-lists');
try {
  // The smallest session-cookie request's statements, to read the lists' figures against.
  let baseline = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) baseline = Math.min(baseline, (await server.counter.during(() => server.admin('{ viewer { id } }'))).length);
  const counts = new Map<string, number[]>();
  const pages: string[] = [];
  let seeded = 0;
  for (const tier of TIERS) {
    const started = Date.now();
    await seedLists(server.admin, tier - seeded, `t${tier}`, CONCURRENCY);
    console.log(`seeded ${tier - seeded} more rows of each list in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    seeded = tier;
    const first = Math.min(tier, PAGE_CAP);
    pages.push(`${tier} rows (page ${first})`);
    for (const list of SPA_LISTS) {
      const { statements, rows } = await statementsOf(server, list, first);
      if (rows < first) throw new Error(`${list.name}: ${rows} rows, expected at least ${first}`);
      counts.set(list.name, [...(counts.get(list.name) ?? []), statements]);
      console.log(`${list.name.padEnd(40)} ${String(tier).padStart(5)} rows, ${list.paged ? `page ${first}` : `all ${rows}`}: ${statements} statements`);
    }
  }
  const rows = SPA_LISTS.map((list) => {
    const figures = counts.get(list.name) ?? [];
    return [list.name, ...figures, new Set(figures).size === 1 ? 'yes' : 'NO'];
  });
  reportSection(
    '5. SQL statements per list',
    `Statements PostgreSQL received for one list request (Query and Execute messages on the wire), the SPA's own operations ` +
      `(web/src/features/*/*.graphql); "apiKeys + usage" adds what the key details show per key. Rows of each kind in the organization; ` +
      `the page is min(rows, ${PAGE_CAP}) (${PAGE_CAP} is the page cap); roles and organizations have no pages (every row, built-in roles and the default organization included). For scale: the smallest ` +
      `session-cookie request, \`{ viewer { id } }\`, costs ${baseline} statement${baseline === 1 ? '' : 's'}.\n\n` +
      markdownTable(['list', ...pages, 'constant'], rows) +
      (TIERS.includes(1000) ? '' : '\n\nWithout the 1,000-row column (`BENCH_LIST_ROWS` left it out); the issue asks for 10, 100 and 1,000.'),
  );
  if (rows.some((row) => row.at(-1) === 'NO')) process.exitCode = 1;
} finally {
  await server.stop();
}
