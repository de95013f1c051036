import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('migrations', () => {
  it('the committed migrations produce exactly the schema the entities describe', async () => {
    expect(await server.keyward.orm.migrator.checkSchema()).toBe(false);
  });
});
