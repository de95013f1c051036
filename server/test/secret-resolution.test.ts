import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SecretReferenceOwner } from '../src/modules/secrets/secret-reference.service';
import { SecretResolutionError } from '../src/modules/secrets/secret-resolver.service';
import { signedInAdmin, startTestServer, type Client, type TestServer } from './harness';
import { addMember } from './members';
import { create, defaultOrganizationId, DELETE, get, secretTestHelpers } from './secret-helpers';

// Which owners refer to a secret, and how references turn into values for the workflow runtime.

let server: TestServer;
let admin: Client;
let orgId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  orgId = await defaultOrganizationId(server);
});
afterAll(async () => {
  await server.close();
});

const { resolve } = secretTestHelpers(() => ({ server, orgId }));

describe('references', () => {
  const connection: SecretReferenceOwner = { type: 'CONNECTION', id: '5f0c7e0e-4a41-4d6c-9d43-6a4d3f3b0a01', name: 'Stripe production' };

  async function record(owner: SecretReferenceOwner, texts: string[], environment: string | null, organizationId = orgId): Promise<string[]> {
    const em = server.keyward.orm.em.fork();
    const keys = await server.keyward.services.secretReferences.recordReferences(em, organizationId, owner, texts, environment);
    await em.flush();
    return keys;
  }
  const another: SecretReferenceOwner = { type: 'CONNECTION', id: '5f0c7e0e-4a41-4d6c-9d43-6a4d3f3b0a02', name: 'Another connection' };

  // Each test starts from REFERENCED made afresh, with nothing referring to it.
  beforeEach(async () => {
    const em = server.keyward.orm.em.fork();
    for (const owner of [connection, another]) await server.keyward.services.secretReferences.forgetReferences(em, orgId, owner);
    await em.flush();
    await admin.request(DELETE, { k: 'REFERENCED' });
    expect((await create(admin, 'REFERENCED', { production: 'x' })).errors).toBeUndefined();
  });

  it('is empty until something records a reference', async () => {
    expect((await get(admin, 'REFERENCED')).data?.secret.references).toEqual([]);
  });

  it('lists the owners whose saved values contain the reference, per environment', async () => {
    const keys = await record(connection, ['Bearer @@SECRET:REFERENCED@@', '@@SECRET:OTHER_KEY@@ and @@SECRET:lower@@'], 'production');
    expect(keys).toEqual(['REFERENCED', 'OTHER_KEY']);
    await record(connection, ['@@SECRET:REFERENCED@@'], 'staging');
    await record(another, ['@@SECRET:REFERENCED@@'], null);
    expect((await get(admin, 'REFERENCED')).data?.secret.references).toEqual([
      { ownerType: 'CONNECTION', ownerId: '5f0c7e0e-4a41-4d6c-9d43-6a4d3f3b0a02', ownerName: 'Another connection', environments: [] },
      { ownerType: 'CONNECTION', ownerId: connection.id, ownerName: 'Stripe production', environments: ['production', 'staging'] },
    ]);
  });

  it('replaces what an owner recorded for that environment when it saves again, and follows a rename', async () => {
    await record(connection, ['Bearer @@SECRET:REFERENCED@@'], 'production');
    await record(connection, ['@@SECRET:REFERENCED@@'], 'staging');
    await record({ ...connection, name: 'Stripe (renamed)' }, ['no references any more'], 'production');
    const references = (await get(admin, 'REFERENCED')).data?.secret.references;
    expect(references?.find((r) => r.ownerId === connection.id)).toEqual({
      ownerType: 'CONNECTION',
      ownerId: connection.id,
      ownerName: 'Stripe (renamed)',
      environments: ['staging'],
    });
  });

  it('forgets every reference of a deleted owner', async () => {
    await record(connection, ['@@SECRET:REFERENCED@@'], 'production');
    await record(another, ['@@SECRET:REFERENCED@@'], null);
    const em = server.keyward.orm.em.fork();
    await server.keyward.services.secretReferences.forgetReferences(em, orgId, connection);
    await em.flush();
    const references = (await get(admin, 'REFERENCED')).data?.secret.references;
    expect(references?.map((r) => r.ownerName)).toEqual(['Another connection']);
  });

  it('keeps references to a key with no secret, for when it is created', async () => {
    await record({ type: 'INTEGRATION', id: '5f0c7e0e-4a41-4d6c-9d43-6a4d3f3b0a03', name: 'Early integration' }, ['@@SECRET:NOT_YET_CREATED@@'], null);
    const res = await create(admin, 'NOT_YET_CREATED', { qa: 'x' });
    expect(res.errors).toBeUndefined();
    expect((await get(admin, 'NOT_YET_CREATED')).data?.secret.references).toEqual([
      { ownerType: 'INTEGRATION', ownerId: '5f0c7e0e-4a41-4d6c-9d43-6a4d3f3b0a03', ownerName: 'Early integration', environments: [] },
    ]);
  });
});

describe('substitution', () => {
  beforeAll(async () => {
    await create(admin, 'DB_USER', { development: 'dev_user', production: 'prod_user' });
    await create(admin, 'DB_PASSWORD', { development: 'dev-pa$$', production: 'prod-pa$$' });
    await create(admin, 'ONLY_IN_DEV', { development: 'dev-only' });
  });

  it('substitutes every reference with the value of the requested environment', async () => {
    const url = 'postgres://@@SECRET:DB_USER@@:@@SECRET:DB_PASSWORD@@@db:5432/app';
    expect(await resolve(url, 'production')).toBe('postgres://prod_user:prod-pa$$@db:5432/app');
    expect(await resolve(url, 'development')).toBe('postgres://dev_user:dev-pa$$@db:5432/app');
  });

  it('substitutes several texts at once and leaves text without references alone', async () => {
    const em = server.keyward.orm.em.fork();
    expect(await server.keyward.services.secretResolver.substituteAll(em, orgId, 'production', ['@@SECRET:DB_USER@@', 'plain', '@@SECRET:lower@@'])).toEqual([
      'prod_user',
      'plain',
      '@@SECRET:lower@@',
    ]);
  });

  it('fails naming the key and the environment when the secret has no value there', async () => {
    const error = await resolve('x @@SECRET:ONLY_IN_DEV@@', 'production').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretResolutionError);
    expect((error as SecretResolutionError).message).toBe('Secret ONLY_IN_DEV has no value in production.');
    expect((error as SecretResolutionError).missing).toEqual([{ key: 'ONLY_IN_DEV', reason: 'NO_VALUE_IN_ENVIRONMENT' }]);
    expect((error as SecretResolutionError).environment).toBe('production');
  });

  it('fails for a secret that does not exist, and lists every missing key', async () => {
    const error = (await resolve('@@SECRET:NOPE_ONE@@ @@SECRET:DB_USER@@ @@SECRET:ONLY_IN_DEV@@', 'qa').catch((e: unknown) => e)) as SecretResolutionError;
    expect(error.missing).toEqual([
      { key: 'NOPE_ONE', reason: 'NO_SUCH_SECRET' },
      { key: 'DB_USER', reason: 'NO_VALUE_IN_ENVIRONMENT' },
      { key: 'ONLY_IN_DEV', reason: 'NO_VALUE_IN_ENVIRONMENT' },
    ]);
    expect(error.message).toBe('Secret NOPE_ONE does not exist (needed in qa). (and 2 more)');
  });

  it("never resolves another organization's secret", async () => {
    const { membership } = await addMember(server, { email: 'subst-other@keyward.test', role: 'ORG_ADMIN', organizationName: 'Substitution Elsewhere' });
    await expect(resolve('@@SECRET:DB_USER@@', 'production', membership.organization.id)).rejects.toThrow('Secret DB_USER does not exist');
  });
});
