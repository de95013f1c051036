import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './harness';

/**
 * Several instances on one database without Redis count rate limits each in their own memory:
 * the log says so. The instances find each other by the `keyward:<id>` application name of
 * their database connections.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let a: TestServer;
let b: TestServer | undefined;
let c: TestServer | undefined;

beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer({ databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await c?.close();
  await b?.close();
  await a?.close();
});

/** The log lines about several instances sharing the database: level and message. */
function instanceLines(server: TestServer): { level: number; msg: string; instances: number }[] {
  return server.logs
    .flatMap((line) => line.split('\n'))
    .filter((line) => line.includes('"instances"'))
    .map((line) => JSON.parse(line) as { level: number; msg: string; instances: number });
}
const warnings = (server: TestServer) => instanceLines(server).filter((line) => line.level === 40);

describe('several instances on one database', () => {
  it("names the ORM's connections after the instance", async () => {
    const rows = await a.keyward.orm.em.fork().getConnection().execute<{ name: string }[]>("select current_setting('application_name') as name");
    expect(rows[0]?.name).toMatch(/^keyward:[0-9a-f]{12}$/);
  });

  it('warns at start-up on the instance that finds another and no Redis, not on the first alone', () => {
    expect(warnings(a)).toEqual([]);
    const [warning, ...more] = warnings(b as TestServer);
    expect(more).toEqual([]);
    expect(warning?.instances).toBe(2);
    expect(warning?.msg).toMatch(/REDIS_URL is not set.*each allows the full budget/);
  });

  it('warns the other instance at its next check, once however often it checks', async () => {
    expect(await a.keyward.instances.check()).toBe(2);
    expect(await a.keyward.instances.check()).toBe(2);
    expect(warnings(a).map((line) => line.instances)).toEqual([2]);
  });

  it('does not warn an instance that has Redis, and warns again when the count changes', async () => {
    c = await startTestServer({ databaseUrl: a.databaseUrl, env: { REDIS_URL, KEYWARD_REDIS_PREFIX: `keyward-test-instances-${process.pid}` } });
    expect(instanceLines(c)).toEqual([]);
    expect(await c.keyward.instances.check()).toBe(3);
    expect(instanceLines(c)).toEqual([]);

    expect(await a.keyward.instances.check()).toBe(3);
    expect(warnings(a).map((line) => line.instances)).toEqual([2, 3]);
  });

  it('says so when it is alone again', async () => {
    await c?.close();
    await b?.close();
    c = undefined;
    b = undefined;
    // A closed connection leaves pg_stat_activity as its backend exits, a moment after the close.
    await vi.waitFor(async () => expect(await a.keyward.instances.check()).toBe(1), { timeout: 10_000, interval: 200 });
    const last = instanceLines(a).at(-1);
    expect(last).toMatchObject({ level: 30, instances: 1 });
    expect(last?.msg).toMatch(/only Keyward instance/);
  });
});
