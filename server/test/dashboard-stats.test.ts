import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, keyClient, ORGANIZATION, roleId, signedInMember } from './api-key-helpers';
import { createConnection, createIntegration, createSecret, restIntegration, saveCredentials, TEST_CONNECTION } from './connection-helpers';
import { signedInAdmin, startTestServer, type Client, type TestServer } from './harness';
import { addMember } from './members';

const SECRET_STATS = '{ secretStats { total incomplete } }';
const CONNECTION_STATS = '{ connectionStats { total incomplete environmentsNotConfigured failingLastTest } }';
const FAILING = '{ connectionStats { total failingLastTest } }';
const DAILY_CALLS = 'query($days: Int) { apiKeyDailyCalls(days: $days) { day requests failures rateLimited } }';
const ALL_ENVIRONMENTS = ['development', 'qa', 'staging', 'production'];

interface ConnectionCounts {
  total: number;
  incomplete: number;
  environmentsNotConfigured: number;
  failingLastTest: number;
}

interface UsageDay {
  day: string;
  requests: number;
  failures: number;
  rateLimited: number;
}

let server: TestServer;
let admin: Client;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
});
afterAll(async () => server.close());

const values = (environments: string[]) => environments.map((environment) => ({ environment, value: `value-${environment}` }));

/** An integration whose host never resolves: the outbound guard refuses it without network traffic. */
const unreachableIntegration = (name: string) =>
  restIntegration({ name, configs: [{ baseUrl: 'https://no-such-host.invalid', testPath: '/v1/me', authType: 'BEARER', settings: {} }] });

async function starterIntegration(name: string): Promise<{ id: string }> {
  const res = await admin.request<{ integrations: { edges: { node: { id: string; name: string } }[] } }>('{ integrations(first: 30) { edges { node { id name } } } }');
  const found = res.data?.integrations.edges.find((edge) => edge.node.name === name);
  if (!found) throw new Error(`no integration ${name}`);
  return found.node;
}

async function testConnection(client: Client, id: string, env: string): Promise<boolean> {
  const res = await client.request<{ testConnection: { ok: boolean } }>(TEST_CONNECTION, { id, env });
  if (!res.data) throw new Error(res.errors?.[0]?.message ?? 'no data');
  return res.data.testConnection.ok;
}

async function stats<T>(client: Client, query: string, field: string): Promise<T> {
  const res = await client.request<Record<string, T>>(query);
  const value = res.data?.[field];
  if (value === undefined) throw new Error(res.errors?.[0]?.message ?? 'no data');
  return value;
}

describe('secretStats', () => {
  it('counts the secrets lacking a value in at least one environment, not those set everywhere', async () => {
    const before = await stats<{ total: number; incomplete: number }>(admin, SECRET_STATS, 'secretStats');
    await createSecret(admin, 'DASH_EVERYWHERE', values(ALL_ENVIRONMENTS));
    await createSecret(admin, 'DASH_PROD_ONLY', values(['production']));
    await createSecret(admin, 'DASH_THREE', values(['development', 'qa', 'staging']));
    const after = await stats<{ total: number; incomplete: number }>(admin, SECRET_STATS, 'secretStats');
    expect(after).toEqual({ total: before.total + 3, incomplete: before.incomplete + 2 });
  });

  it('counts a value removed from an environment as missing again', async () => {
    await createSecret(admin, 'DASH_REMOVED', values(ALL_ENVIRONMENTS));
    const before = await stats<{ incomplete: number }>(admin, SECRET_STATS, 'secretStats');
    const res = await admin.request('mutation { updateSecret(key: "DASH_REMOVED", input: { remove: ["qa"] }) { key } }');
    expect(res.errors).toBeUndefined();
    expect((await stats<{ incomplete: number }>(admin, SECRET_STATS, 'secretStats')).incomplete).toBe(before.incomplete + 1);
  });

  it('counts only the viewer’s organization', async () => {
    await addMember(server, { email: 'dash-other@keyward.test', role: 'ORG_ADMIN', organizationName: 'Dashboard Other' });
    const other = await signedInMember(server, 'dash-other@keyward.test');
    await createSecret(other, 'DASH_OTHER_ORG', values(['production']));
    const mine = await stats<{ total: number }>(admin, SECRET_STATS, 'secretStats');
    expect(await stats(other, SECRET_STATS, 'secretStats')).toEqual({ total: 1, incomplete: 1 });
    expect(mine.total).toBeGreaterThanOrEqual(4);
  });
});

describe('connectionStats', () => {
  it('counts connections with unconfigured environments and the environments themselves', async () => {
    const integration = await createIntegration(admin, restIntegration({ name: 'Dashboard API' }));
    const before = await stats<ConnectionCounts>(admin, CONNECTION_STATS, 'connectionStats');
    const partial = await createConnection(admin, { integrationId: integration.id, name: 'Dash partial', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, partial.id, 'production', { token: 'tok-production' });
    const complete = await createConnection(admin, { integrationId: integration.id, name: 'Dash complete', visibility: 'ORGANIZATION' });
    for (const environment of ALL_ENVIRONMENTS) await saveCredentials(admin, complete.id, environment, { token: `tok-${environment}` });
    const after = await stats<ConnectionCounts>(admin, CONNECTION_STATS, 'connectionStats');
    expect(after).toEqual({ total: before.total + 2, incomplete: before.incomplete + 1, environmentsNotConfigured: before.environmentsNotConfigured + 3, failingLastTest: before.failingLastTest });
  });

  it('counts a connection whose last test failed in one environment, not one whose test passed', async () => {
    const unreachable = await createIntegration(admin, unreachableIntegration('Dashboard unreachable API'));
    const postgres = await starterIntegration('PostgreSQL');
    const before = await stats<{ total: number; failingLastTest: number }>(admin, FAILING, 'connectionStats');
    const failing = await createConnection(admin, { integrationId: unreachable.id, name: 'Dash failing', visibility: 'ORGANIZATION' });
    for (const environment of ['development', 'production']) await saveCredentials(admin, failing.id, environment, { token: `tok-${environment}` });
    expect(await testConnection(admin, failing.id, 'production')).toBe(false);
    const passing = await createConnection(admin, { integrationId: postgres.id, name: 'Dash passing', visibility: 'ORGANIZATION' });
    await saveCredentials(admin, passing.id, 'development', { host: '127.0.0.1', port: 5432, database: 'postgres', username: 'postgres' });
    expect(await testConnection(admin, passing.id, 'development')).toBe(true);
    expect(await stats(admin, FAILING, 'connectionStats')).toEqual({ total: before.total + 2, failingLastTest: before.failingLastTest + 1 });
  });

  it('leaves out a member’s personal connection for everyone else, counts it for its owner', async () => {
    const integration = await createIntegration(admin, restIntegration({ name: 'Dashboard personal API' }));
    await addMember(server, { email: 'dash-member@keyward.test', role: 'MEMBER' });
    const member = await signedInMember(server, 'dash-member@keyward.test');
    const adminBefore = await stats<{ total: number }>(admin, CONNECTION_STATS, 'connectionStats');
    const memberBefore = await stats<{ total: number }>(member, CONNECTION_STATS, 'connectionStats');
    await createConnection(member, { integrationId: integration.id, name: 'Dash private', visibility: 'PERSONAL' });
    expect((await stats<{ total: number }>(admin, CONNECTION_STATS, 'connectionStats')).total).toBe(adminBefore.total);
    expect((await stats<{ total: number }>(member, CONNECTION_STATS, 'connectionStats')).total).toBe(memberBefore.total + 1);
  });

  it('counts a failing personal connection for its owner only', async () => {
    const integration = await createIntegration(admin, unreachableIntegration('Dashboard personal unreachable API'));
    await addMember(server, { email: 'dash-failing@keyward.test', role: 'MEMBER' });
    const member = await signedInMember(server, 'dash-failing@keyward.test');
    const adminBefore = await stats<{ total: number; failingLastTest: number }>(admin, FAILING, 'connectionStats');
    const memberBefore = await stats<{ total: number; failingLastTest: number }>(member, FAILING, 'connectionStats');
    const personal = await createConnection(member, { integrationId: integration.id, name: 'Dash private failing', visibility: 'PERSONAL' });
    await saveCredentials(member, personal.id, 'development', { token: 'tok-development' });
    expect(await testConnection(member, personal.id, 'development')).toBe(false);
    expect(await stats(admin, FAILING, 'connectionStats')).toEqual(adminBefore);
    expect(await stats(member, FAILING, 'connectionStats')).toEqual({ total: memberBefore.total + 1, failingLastTest: memberBefore.failingLastTest + 1 });
  });
});

describe('apiKeyDailyCalls', () => {
  it('sums every key’s calls per day over 14 days, today’s unwritten calls included', async () => {
    const memberRole = await roleId(admin, 'Member');
    const first = await createKey(admin, { name: 'Dash one', roleIds: [memberRole] });
    const second = await createKey(admin, { name: 'Dash two', roleIds: [memberRole] });
    await keyClient(server.url, first.token).request(ORGANIZATION);
    await keyClient(server.url, first.token).request(ORGANIZATION);
    await server.keyward.services.apiKeyUsage.flush(server.keyward.orm.em.fork());
    await keyClient(server.url, second.token).request('{ apiKeys { totalCount } }');

    const res = await admin.request<{ apiKeyDailyCalls: UsageDay[] }>(DAILY_CALLS, {});
    const days = res.data?.apiKeyDailyCalls ?? [];
    expect(days).toHaveLength(14);
    expect(days.at(-1)).toEqual({ day: new Date().toISOString().slice(0, 10), requests: 3, failures: 1, rateLimited: 0 });
    expect(days.slice(0, -1).every((d) => d.requests === 0)).toBe(true);
    expect([...days].sort((a, b) => a.day.localeCompare(b.day))).toEqual(days);
  });

  it('refuses a range outside 1–90 days naming the field', async () => {
    const res = await admin.request(DAILY_CALLS, { days: 91 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
  });
});
