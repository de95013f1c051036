import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Organization } from '../src/modules/organizations/organization.entity';
import { createConnection, createIntegration, createSecret, restIntegration, saveCredentials } from './connection-helpers';
import { Client, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

/*
 * What organization deletion will call: each area deletes its own rows of one organization
 * (connections, integrations, secrets, secret references) and nothing of another organization.
 */

const COUNTS = '{ connections(first: 30) { totalCount } integrations(first: 30, filter: { scope: ORGANIZATION }) { totalCount } secrets(first: 30) { totalCount } }';
const SYSTEM_INTEGRATIONS = '{ integrations(first: 30, filter: { scope: SYSTEM }) { totalCount } }';
type Counts = { connections: { totalCount: number }; integrations: { totalCount: number }; secrets: { totalCount: number } };

let server: TestServer;
let run = 0;

afterAll(async () => server?.close());

/** An organization with a secret, an integration of its own and a connection whose credential references the secret. */
async function populatedOrganization(client: Client, key: string): Promise<void> {
  await createSecret(client, key, [{ environment: 'development', value: 'v' }]);
  const integration = await createIntegration(client, restIntegration({ name: `API ${key}` }));
  const connection = await createConnection(client, { integrationId: integration.id, name: `Conn ${key}`, visibility: 'ORGANIZATION' });
  await saveCredentials(client, connection.id, 'development', { token: `@@SECRET:${key}@@` });
}

async function arrange(): Promise<{ ours: Client; theirs: Client; theirOrg: string; ourOrg: string; key: string }> {
  run += 1;
  const key = `TOKEN_${run}`;
  server ??= await startTestServer();
  const ours = await signedInAdmin(server);
  const email = `owner${run}@other.test`;
  await addMember(server, { email, role: 'ORG_ADMIN', organizationName: `Other ${run}` });
  const theirs = new Client(server.url);
  await theirs.signIn(email, MEMBER_PASSWORD);
  await populatedOrganization(ours, key);
  await populatedOrganization(theirs, key);
  const em = server.keyward.orm.em.fork();
  const theirOrg = (await em.findOneOrFail(Organization, { name: `Other ${run}` })).id;
  const ourOrg = (await em.findOneOrFail(Organization, { slug: 'default' })).id;
  return { ours, theirs, theirOrg, ourOrg, key };
}

describe('deleting all of one organization’s connections, integrations and secrets', () => {
  let world: Awaited<ReturnType<typeof arrange>>;
  beforeEach(async () => {
    world = await arrange();
  });

  it('leaves that organization with none, and another organization and the system integrations untouched', async () => {
    const { connections, integrations, secrets, secretReferences } = server.keyward.services;
    const before = (await world.ours.request<Counts>(COUNTS)).data;
    const systemBefore = (await world.ours.request<{ integrations: { totalCount: number } }>(SYSTEM_INTEGRATIONS)).data?.integrations.totalCount;
    expect((await world.theirs.request<Counts>(COUNTS)).data).toEqual({ connections: { totalCount: 1 }, integrations: { totalCount: 1 }, secrets: { totalCount: 1 } });

    await server.keyward.orm.em.fork().transactional(async (tx) => {
      await connections.deleteAllForOrganization(tx, world.theirOrg);
      await integrations.deleteAllForOrganization(tx, world.theirOrg);
      await secrets.deleteAllForOrganization(tx, world.theirOrg);
      await secretReferences.deleteAllForOrganization(tx, world.theirOrg);
    });

    expect((await world.theirs.request<Counts>(COUNTS)).data).toEqual({ connections: { totalCount: 0 }, integrations: { totalCount: 0 }, secrets: { totalCount: 0 } });
    const em = server.keyward.orm.em.fork();
    expect(await secretReferences.referencesTo(em, world.theirOrg, world.key)).toEqual([]);
    expect((await world.ours.request<Counts>(COUNTS)).data).toEqual(before);
    expect((await secretReferences.referencesTo(em, world.ourOrg, world.key)).map((r) => r.ownerName)).toEqual([`Conn ${world.key}`]);
    expect((await world.ours.request<{ integrations: { totalCount: number } }>(SYSTEM_INTEGRATIONS)).data?.integrations.totalCount).toBe(systemBefore);
  });

  it('deletes a connection’s secret references with it, and only the connections when asked for those', async () => {
    const { connections, secretReferences } = server.keyward.services;
    const em = server.keyward.orm.em.fork();
    expect((await secretReferences.referencesTo(em, world.theirOrg, world.key)).map((r) => r.ownerName)).toEqual([`Conn ${world.key}`]);

    await server.keyward.orm.em.fork().transactional(async (tx) => connections.deleteAllForOrganization(tx, world.theirOrg));

    expect((await world.theirs.request<Counts>(COUNTS)).data).toEqual({ connections: { totalCount: 0 }, integrations: { totalCount: 1 }, secrets: { totalCount: 1 } });
    expect(await secretReferences.referencesTo(server.keyward.orm.em.fork(), world.theirOrg, world.key)).toEqual([]);
    expect((await secretReferences.referencesTo(server.keyward.orm.em.fork(), world.ourOrg, world.key)).map((r) => r.ownerName)).toEqual([`Conn ${world.key}`]);
  });
});
