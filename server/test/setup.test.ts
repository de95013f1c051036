import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { Client, errorCode, startTestServer, type TestServer } from './harness';

const CREATE = 'mutation($i: CreateFirstAdminInput!) { createFirstAdmin(input: $i) { email isSuperAdmin organization { name } } }';
const input = (token: string, overrides: Record<string, string> = {}) => ({
  i: { token, email: 'first@keyward.test', password: 'First-Admin-Pass-1', displayName: 'First Admin', organizationName: 'Acme', ...overrides },
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ bootstrap: false });
});
afterAll(async () => {
  await server.close();
});

describe('first run without a bootstrap admin', () => {
  it('reports that the first admin is needed', async () => {
    const res = await new Client(server.url).request('{ setupStatus { needsFirstAdmin } }');
    expect(res.data).toEqual({ setupStatus: { needsFirstAdmin: true } });
  });

  it('refuses a made-up setup token', async () => {
    const res = await new Client(server.url).request(CREATE, input('made-up-token'));
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('token');
  });

  it('refuses a weak password with a field error', async () => {
    const token = await server.keyward.services.setup.issueSetupToken(server.keyward.orm.em.fork());
    const res = await new Client(server.url).request(CREATE, input(token, { password: 'weak' }));
    expect(res.errors?.[0]?.extensions?.field).toBe('password');
  });

  it('creates the first super admin through the link, signs them in, and then the link is spent', async () => {
    // Setting up spends the installation's first run: this test gets a server of its own.
    const server = await startTestServer({ bootstrap: false });
    onTestFinished(() => server.close());
    const token = await server.keyward.services.setup.issueSetupToken(server.keyward.orm.em.fork());
    const client = new Client(server.url);
    const res = await client.request(CREATE, input(token));
    expect(res.data).toEqual({ createFirstAdmin: { email: 'first@keyward.test', isSuperAdmin: true, organization: { name: 'Acme' } } });
    const viewer = await client.request('{ viewer { email } }');
    expect(viewer.data).toEqual({ viewer: { email: 'first@keyward.test' } });
    const again = await new Client(server.url).request(CREATE, input(token, { email: 'second@keyward.test' }));
    expect(errorCode(again)).toBe('CONFLICT');
    const status = await new Client(server.url).request('{ setupStatus { needsFirstAdmin } }');
    expect(status.data).toEqual({ setupStatus: { needsFirstAdmin: false } });
  });
});
