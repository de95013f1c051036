import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { Client, createTestDatabase, signedInAdmin, startTestServer, type TestServer } from './harness';
import { StatementCounter } from './statement-counter';

/**
 * A request whose key or session this instance already verified reaches PostgreSQL exactly as
 * often as the same request sent by nobody: the authority comes from the cache, and nothing
 * about it (no lookup, no touch) is read or written on the way. Counted on the wire.
 */

const QUERY = '{ setupStatus { needsFirstAdmin } }';

let counter: StatementCounter;
let server: TestServer;
let dropDatabase: () => Promise<void>;
let anonymous: Client;
let keyed: Client;
let session: Client;

/**
 * The statements of one request, the fewest of three runs: a background job (usage flush) only
 * ever adds. A named prepared statement shows its name after its text. `uncached`: with nothing in
 * this instance's authority cache.
 */
async function statements(client: Client, { uncached = false } = {}): Promise<string[]> {
  let best: string[] | undefined;
  for (let run = 0; run < 3; run += 1) {
    if (uncached) server.keyward.services.authority.cache.clear('local');
    const seen = await counter.during(async () => {
      const res = await client.request(QUERY);
      if (res.errors) throw new Error(res.errors[0]?.message);
    });
    if (best === undefined || seen.length < best.length) best = seen.map((s) => (s.statement === null ? s.sql : `${s.sql} -- prepared as ${s.statement}`));
  }
  return best ?? [];
}

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const target = new URL(database.url);
  counter = await StatementCounter.start(target.hostname, Number(target.port || 5432));
  server = await startTestServer({ databaseUrl: StatementCounter.throughProxy(database.url, counter) });
  session = await signedInAdmin(server);
  const { token } = await createKey(session, { name: 'Statements', roleIds: [await roleId(session, 'Member')] });
  keyed = keyClient(server.url, token);
  anonymous = new Client(server.url);
  // The first request of each verifies from the database and fills the cache.
  for (const client of [keyed, session]) await client.request(QUERY);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await counter?.close();
  await dropDatabase?.();
});

describe('a request whose authority is cached', () => {
  it('with an API key: the same statements as anonymous', async () => {
    const none = await statements(anonymous);
    expect(none.length).toBeGreaterThan(0);
    expect(await statements(keyed)).toEqual(none);
  });

  it('with a session cookie: the same statements as anonymous', async () => {
    expect(await statements(session)).toEqual(await statements(anonymous));
  });
});

describe('a request whose authority is not cached (the first on this instance, or after a change)', () => {
  it('with an API key: one statement more than anonymous, the key lookup, prepared once per connection', async () => {
    const none = await statements(anonymous);
    const keyedStatements = await statements(keyed, { uncached: true });
    expect(keyedStatements).toHaveLength(none.length + 1);
    const [lookup] = keyedStatements.filter((sql) => !none.includes(sql));
    expect(lookup).toContain('from api_key');
    expect(lookup).toContain('-- prepared as keyward_api_key_lookup');
  });

  it('with a session cookie: one statement more than anonymous, the session with its user, organization and membership', async () => {
    const none = await statements(anonymous);
    const sessionStatements = await statements(session, { uncached: true });
    expect(sessionStatements).toHaveLength(none.length + 1);
    const [lookup] = sessionStatements.filter((sql) => !none.includes(sql));
    expect(lookup).toContain('from session');
    expect(lookup).toContain('from membership');
    expect(lookup).toContain('-- prepared as keyward_session_lookup');
  });
});
