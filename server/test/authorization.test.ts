import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD, sharedMember } from './members';

const UPDATE = 'mutation($i: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $i) { name } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function signedIn(email: string): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.signIn(email, MEMBER_PASSWORD);
  if (res.errors) throw new Error(res.errors[0]?.message);
  return client;
}

describe('@requires', () => {
  it('asks an anonymous caller to sign in rather than telling them what is missing', async () => {
    const res = await new Client(server.url).request('{ organization { name } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('denies a mutation to a role without its permission (Read-only → updateOrganizationSettings)', async () => {
    await sharedMember(server, { email: 'reader@keyward.test', role: 'READ_ONLY' });
    const client = await signedIn('reader@keyward.test');
    const res = await client.request(UPDATE, { i: { name: 'Taken over' } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toContain('SETTINGS_MANAGE');
    const admin = await signedInAdmin(server);
    const org = await admin.request<{ organization: { name: string } }>('{ organization { name } }');
    expect(org.data?.organization.name).toBe('Default');
  });

  it('allows the same mutation to a role that holds the permission', async () => {
    await addMember(server, { email: 'settings-admin@keyward.test', permissions: ['SETTINGS_READ', 'SETTINGS_MANAGE'] });
    const client = await signedIn('settings-admin@keyward.test');
    const res = await client.request(UPDATE, { i: { name: 'Renamed by permission' } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ updateOrganizationSettings: { name: 'Renamed by permission' } });
    await client.request(UPDATE, { i: { name: 'Default' } });
  });

  it('guards a single field: a role without SETTINGS_READ sees the organization but not its rate limits', async () => {
    await addMember(server, { email: 'no-settings@keyward.test', permissions: ['FLOWS_READ'] });
    const client = await signedIn('no-settings@keyward.test');
    const allowed = await client.request('{ organization { name environments { slug } } }');
    expect(allowed.errors).toBeUndefined();
    const denied = await client.request('{ organization { name rateLimitCeiling { perMinute } } }');
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect(denied.errors?.[0]?.path).toEqual(['organization', 'rateLimitCeiling']);
  });

  it('lets a Read-only member read the rate limits', async () => {
    await sharedMember(server, { email: 'reader@keyward.test', role: 'READ_ONLY' });
    const client = await signedIn('reader@keyward.test');
    const res = await client.request('{ organization { defaultRateLimit { perMinute } } }');
    expect(res.errors).toBeUndefined();
  });

  it('reports the viewer permissions of a built-in role from the shared catalog', async () => {
    await addMember(server, { email: 'member@keyward.test', role: 'MEMBER' });
    const client = await signedIn('member@keyward.test');
    const res = await client.request<{ viewer: { permissions: string[]; roles: { name: string }[] } }>(
      '{ viewer { permissions roles { name } } }',
    );
    expect(res.data?.viewer.roles).toEqual([{ name: 'Member' }]);
    expect(res.data?.viewer.permissions).toContain('CONNECTIONS_MANAGE');
    expect(res.data?.viewer.permissions).not.toContain('SETTINGS_MANAGE');
  });

  it('only counts the roles of the session organization (another organization\'s admin is a stranger here)', async () => {
    await addMember(server, { email: 'other-admin@keyward.test', role: 'ORG_ADMIN', organizationName: 'Elsewhere' });
    const client = await signedIn('other-admin@keyward.test');
    const res = await client.request<{ organization: { name: string } }>('{ organization { name } }');
    expect(res.data?.organization.name).toBe('Elsewhere');
    await client.request(UPDATE, { i: { name: 'Elsewhere Renamed' } });
    const admin = await signedInAdmin(server);
    const mine = await admin.request<{ organization: { name: string } }>('{ organization { name } }');
    expect(mine.data?.organization.name).toBe('Default');
  });
});
