import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, signedInAdmin, startTestServer, type Client, type TestServer } from './harness';
import { seedLists, SPA_LISTS, type AdminRequest, type SpaList } from './list-workload';
import { StatementCounter } from './statement-counter';

/**
 * Every list the SPA shows costs the same number of SQL statements whatever the number of rows
 * on the page: counted on the wire in front of PostgreSQL, with 3 rows of each and with 30 (also
 * for the lists without pages: roles and organizations).
 * A per-row query (N+1) anywhere in a list's fields makes the two counts differ.
 */

let counter: StatementCounter;
let server: TestServer;
let admin: Client;
let dropDatabase: () => Promise<void>;

const request: AdminRequest = async (query, variables) => {
  const res = await admin.request(query, variables);
  if (res.errors) throw new Error(`${query.slice(0, 60)}…: ${res.errors[0]?.message}`);
  return res.data ?? {};
};

/** The statements of one request for the list (a page of 100, the page cap), the fewest of two runs: a background job (usage flush, reminders) only ever adds. */
async function statements(list: SpaList): Promise<{ count: number; rows: number; sql: string[] }> {
  let best: { count: number; rows: number; sql: string[] } | undefined;
  for (let run = 0; run < 2; run += 1) {
    let rows = 0;
    const seen = await counter.during(async () => {
      rows = list.rows(await request(list.query, list.paged ? { first: 100 } : {}));
    });
    if (best === undefined || seen.length < best.count) best = { count: seen.length, rows, sql: seen.map((s) => s.sql) };
  }
  if (best === undefined) throw new Error('not measured');
  return best;
}

async function measureAll(): Promise<Map<string, { count: number; rows: number; sql: string[] }>> {
  const counts = new Map<string, { count: number; rows: number; sql: string[] }>();
  for (const list of SPA_LISTS) counts.set(list.name, await statements(list));
  return counts;
}

let few: Map<string, { count: number; rows: number; sql: string[] }>;
let many: Map<string, { count: number; rows: number; sql: string[] }>;

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const target = new URL(database.url);
  counter = await StatementCounter.start(target.hostname, Number(target.port || 5432));
  server = await startTestServer({ databaseUrl: StatementCounter.throughProxy(database.url, counter) });
  admin = await signedInAdmin(server);
  await seedLists(request, 3, 'few');
  few = await measureAll();
  await seedLists(request, 27, 'more');
  many = await measureAll();
}, 240_000);

afterAll(async () => {
  await server?.close();
  await counter?.close();
  await dropDatabase?.();
});

describe('SPA lists: statements per page', () => {
  it.each(SPA_LISTS.map((list) => [list.name]))('%s: the same statements for a page of 30 rows as for 3', (name) => {
    const small = few.get(name);
    const large = many.get(name);
    expect(small?.rows).toBeGreaterThanOrEqual(3);
    expect(large?.rows).toBeGreaterThanOrEqual(30);
    const listing = (m: typeof small) => (m?.sql ?? []).map((sql) => `  ${sql.slice(0, 160)}`).join('\n');
    expect(large?.count, `30 rows:\n${listing(large)}\n3 rows:\n${listing(small)}`).toBe(small?.count);
  });
});
