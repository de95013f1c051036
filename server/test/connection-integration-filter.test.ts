import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTIONS, createConnection, createIntegration, restIntegration } from './connection-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

let server: TestServer;
let admin: Client;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
});
afterAll(async () => {
  await server.close();
});

type Listed = { connections: { totalCount: number; edges: { node: { name: string } }[] } };
const names = (res: { data?: Listed | null }) => res.data?.connections.edges.map((edge) => edge.node.name) ?? [];

describe('filtering connections by integration (the service they hold credentials for)', () => {
  it('lists only the connections of the chosen integration', async () => {
    const billing = await createIntegration(admin, restIntegration({ name: 'Filter Billing' }));
    const crm = await createIntegration(admin, restIntegration({ name: 'Filter CRM' }));
    await createConnection(admin, { integrationId: billing.id, name: 'Billing live', visibility: 'ORGANIZATION' });
    await createConnection(admin, { integrationId: billing.id, name: 'Billing sandbox', visibility: 'PERSONAL' });
    await createConnection(admin, { integrationId: crm.id, name: 'CRM main', visibility: 'ORGANIZATION' });

    expect(names(await admin.request<Listed>(CONNECTIONS, { filter: { integrationId: billing.id } }))).toEqual(['Billing live', 'Billing sandbox']);
    expect(names(await admin.request<Listed>(CONNECTIONS, { filter: { integrationId: crm.id } }))).toEqual(['CRM main']);
    expect(names(await admin.request<Listed>(CONNECTIONS, { filter: { integrationId: billing.id, visibility: 'PERSONAL' } }))).toEqual(['Billing sandbox']);
  });

  it('still hides the personal connections of others', async () => {
    const api = await createIntegration(admin, restIntegration({ name: 'Filter Private' }));
    await createConnection(admin, { integrationId: api.id, name: 'Admin only', visibility: 'PERSONAL' });
    await createConnection(admin, { integrationId: api.id, name: 'Everyone', visibility: 'ORGANIZATION' });
    const { user } = await addMember(server, { email: 'filter-member@acme.test', permissions: ['CONNECTIONS_READ'] });
    const member = new Client(server.url);
    await member.signIn(user.email, MEMBER_PASSWORD);
    expect(names(await member.request<Listed>(CONNECTIONS, { filter: { integrationId: api.id } }))).toEqual(['Everyone']);
  });

  it('refuses an integration id that is not an id, naming the field', async () => {
    const res = await admin.request<Listed>(CONNECTIONS, { filter: { integrationId: 'not-an-id' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('filter.integrationId');
  });
});
