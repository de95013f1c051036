import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from '@keyward/test-support/free-port';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { must } from './security/security-fixtures';
import { superAdminIn } from './organization-world';
import {
  AUDIT,
  CLIENT_ID,
  CLIENT_SECRET,
  CREATE_PROVIDER,
  createProvider,
  DELETE_PROVIDER,
  firstError,
  inviteWithSso,
  SIGN_IN_OPTIONS,
  SSO_PROVIDERS,
  ssoSignIn,
  startSsoWorld,
  UPDATE_PROVIDER,
  type SsoProviderNode,
  type SsoWorld,
} from './sso-helpers';
import { INVITE } from './user-helpers';

let world: SsoWorld;

/** An HTTP server answering discovery with `body` (e.g. another issuer). */
async function fakeIssuer(body: (url: string) => unknown): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const input = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Acme ID',
  issuer: world.idp.issuer,
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  allowedDomains: ['acme.test'],
  ...overrides,
});

beforeAll(async () => {
  world = await startSsoWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe('managing SSO providers', () => {
  it('creates a provider after checking discovery, with clean domains and the redirect URI to register', async () => {
    const created = await must<SsoProviderNode>(
      world.admin.request(CREATE_PROVIDER, { i: input({ displayName: '  Managed ID ', allowedDomains: ['Managed.TEST', 'managed.test', 'sub.managed.test'] }) }),
      'createSsoProvider',
    );
    expect(created).toMatchObject({
      displayName: 'Managed ID',
      issuer: world.idp.issuer,
      clientId: CLIENT_ID,
      allowedDomains: ['managed.test', 'sub.managed.test'],
      requireSso: false,
      redirectUri: `${world.server.url}/auth/sso/callback`,
      memberCount: 0,
    });
    const listed = await world.admin.request<{ ssoProviders: SsoProviderNode[] }>(SSO_PROVIDERS);
    expect(listed.data?.ssoProviders.map((p) => p.id)).toContain(created.id);
    const methods = await world.admin.request<{ signInMethods: { method: string; provider: string | null; label: string }[] }>('{ signInMethods { method provider label } }');
    expect(methods.data?.signInMethods).toEqual(expect.arrayContaining([{ method: 'PASSWORD', provider: null, label: 'Password' }, { method: 'SSO', provider: created.id, label: 'Managed ID' }]));
  });

  it('refuses bad input naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ displayName: '  ' }, 'displayName'],
      [{ displayName: 'x'.repeat(101) }, 'displayName'],
      [{ issuer: 'not a url' }, 'issuer'],
      [{ issuer: 'ftp://idp.example.com' }, 'issuer'],
      [{ issuer: 'http://idp.example.com' }, 'issuer'],
      [{ allowedDomains: [] }, 'allowedDomains'],
      [{ allowedDomains: ['acme'] }, 'allowedDomains'],
      [{ allowedDomains: ['user@acme.test'] }, 'allowedDomains'],
      [{ clientId: '' }, 'clientId'],
      [{ clientSecret: '' }, 'clientSecret'],
    ];
    for (const [overrides, field] of cases) {
      const res = await world.admin.request(CREATE_PROVIDER, { i: input(overrides) });
      expect({ overrides, code: errorCode(res), field: firstError(res)?.extensions?.field }).toEqual({ overrides, code: 'BAD_USER_INPUT', field });
    }
    const plainHttp = await world.admin.request(CREATE_PROVIDER, { i: input({ issuer: 'http://idp.example.com' }) });
    expect(firstError(plainHttp)?.message).toBe('The issuer must use https://. Plain http:// is accepted only for a host KEYWARD_OUTBOUND_ALLOW names (idp.example.com is not in it).');
  });

  it('a failing discovery is BAD_USER_INPUT on issuer naming what failed', async () => {
    const closed = await freePort();
    const unreachable = await world.admin.request(CREATE_PROVIDER, { i: input({ issuer: `http://127.0.0.1:${closed}` }) });
    expect(firstError(unreachable)?.extensions?.field).toBe('issuer');
    expect(firstError(unreachable)?.message).toBe(`The issuer http://127.0.0.1:${closed} could not be reached (connection refused). Check the URL and that Keyward can connect to it.`);

    const notOpenId = await world.admin.request(CREATE_PROVIDER, { i: input({ issuer: world.server.url }) });
    expect(firstError(notOpenId)?.extensions?.field).toBe('issuer');
    expect(firstError(notOpenId)?.message).toMatch(new RegExp(`^${world.server.url} is not an OpenID Connect issuer: ${world.server.url}/.well-known/openid-configuration did not answer with OpenID provider metadata`));

    const other = await fakeIssuer(() => ({ issuer: 'https://someone-else.example.com', authorization_endpoint: 'https://x', token_endpoint: 'https://x', jwks_uri: 'https://x' }));
    try {
      const mismatch = await world.admin.request(CREATE_PROVIDER, { i: input({ issuer: other.url }) });
      expect(firstError(mismatch)?.extensions?.field).toBe('issuer');
      expect(firstError(mismatch)?.message).toBe("The issuer's discovery document names another issuer (https://someone-else.example.com). Enter exactly the issuer the provider names.");
    } finally {
      other.server.close();
    }
  });

  it('the client secret is never in a response, the audit trail, the logs or the database in plain text', async () => {
    const secret = 'Plain-Client-Secret-Marker-93b1';
    const created = await must<SsoProviderNode>(world.admin.request(CREATE_PROVIDER, { i: input({ displayName: 'Secretive ID', clientSecret: secret }) }), 'createSsoProvider');
    const updated = await world.admin.request(UPDATE_PROVIDER, { id: created.id, i: { clientSecret: `${secret}-2`, displayName: 'Secretive ID 2' } });
    expect(updated.errors).toBeUndefined();
    const listed = await world.admin.request(SSO_PROVIDERS);
    const audit = await world.admin.request(AUDIT, { f: { search: 'Secretive' } });
    const summaries = JSON.stringify(audit.data);
    expect(summaries).toContain('Added SSO provider Secretive ID');
    expect(summaries).toContain('client secret');
    for (const text of [JSON.stringify(created), JSON.stringify(updated), JSON.stringify(listed), summaries, world.server.logs.join('\n')]) expect(text).not.toContain(secret);
    const db = new pg.Client({ connectionString: world.server.databaseUrl });
    await db.connect();
    try {
      const rows = await db.query("select row_to_json(p)::text as row from sso_provider p");
      expect(rows.rows.map((r: { row: string }) => r.row).join('\n')).not.toContain(secret);
      const hex = Buffer.from(secret).toString('hex');
      expect(rows.rows.map((r: { row: string }) => r.row).join('\n')).not.toContain(hex);
    } finally {
      await db.end();
    }
    // The updated secret is the one used: the provider still signs people in.
    world.idp.accounts.set('secretive', { sub: 'secretive', email: 'secretive@acme.test', email_verified: true });
    const fixed = await world.admin.request(UPDATE_PROVIDER, { id: created.id, i: { clientSecret: CLIENT_SECRET } });
    expect(fixed.errors).toBeUndefined();
    const token = await inviteWithSso(world, world.admin, 'secretive@acme.test', created.id);
    expect((await ssoSignIn(world, created.id, 'secretive', `?invitation=${token}`)).error).toBeNull();
  });

  it("another organization's provider is NOT_FOUND, and unchanged", async () => {
    const otherAdmin = await superAdminIn(world.server, { create: 'SSO Elsewhere' });
    const theirs = await createProvider(world, otherAdmin, { displayName: 'Their ID', allowedDomains: ['their.test'] });
    expect(errorCode(await world.admin.request(UPDATE_PROVIDER, { id: theirs.id, i: { displayName: 'Taken over' } }))).toBe('NOT_FOUND');
    expect(errorCode(await world.admin.request(DELETE_PROVIDER, { id: theirs.id }))).toBe('NOT_FOUND');
    expect(errorCode(await world.admin.request(DELETE_PROVIDER, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    const mine = await world.admin.request<{ ssoProviders: SsoProviderNode[] }>(SSO_PROVIDERS);
    expect(mine.data?.ssoProviders.map((p) => p.id)).not.toContain(theirs.id);
    const still = await otherAdmin.request<{ ssoProviders: SsoProviderNode[] }>(SSO_PROVIDERS);
    expect(still.data?.ssoProviders.find((p) => p.id === theirs.id)?.displayName).toBe('Their ID');
    // Nor can this organization invite people to sign in with it.
    const roles = await world.admin.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
    const member = roles.data?.roles.find((r) => r.name === 'Member')?.id;
    const invite = await world.admin.request(INVITE, { input: { email: 'x@their.test', signInMethod: 'SSO', ssoProvider: theirs.id, roleIds: [member] } });
    expect({ code: errorCode(invite), field: firstError(invite)?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'ssoProvider' });
  });

  it('deleting a provider people sign in with is a CONFLICT naming how many', async () => {
    const used = await createProvider(world, world.admin, { displayName: 'Busy ID', allowedDomains: ['busy.test'] });
    await inviteWithSso(world, world.admin, 'one@busy.test', used.id);
    await inviteWithSso(world, world.admin, 'two@busy.test', used.id);
    const res = await world.admin.request(DELETE_PROVIDER, { id: used.id });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(firstError(res)?.message).toBe('2 members of this organization sign in with Busy ID. Delete them from the organization first, or keep the provider.');
    const unused = await createProvider(world, world.admin, { displayName: 'Idle ID', allowedDomains: ['idle.test'] });
    expect((await world.admin.request(DELETE_PROVIDER, { id: unused.id })).data).toEqual({ deleteSsoProvider: unused.id });
    expect(JSON.stringify((await world.admin.request(AUDIT, { f: { action: 'sso_provider.deleted' } })).data)).toContain('Deleted SSO provider Idle ID');
  });

  it('inviting with SSO checks the provider, the domain and an existing account', async () => {
    const acme = await createProvider(world, world.admin, { displayName: 'Invite ID', allowedDomains: ['invite.test'] });
    const wrongDomain = await world.admin.request(INVITE, { input: { email: 'x@nope.test', signInMethod: 'SSO', ssoProvider: acme.id, roleIds: [world.roles.MEMBER] } });
    expect({ code: errorCode(wrongDomain), field: firstError(wrongDomain)?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    const superAdmin = await world.admin.request(INVITE, { input: { email: 'root@invite.test', signInMethod: 'SSO', ssoProvider: acme.id, roleIds: [world.roles.SUPER_ADMIN] } });
    expect(firstError(superAdmin)?.extensions?.field).toBe('signInMethod');
    // An existing password account elsewhere cannot be invited here to sign in with SSO.
    const other = await superAdminIn(world.server, { create: 'SSO Password People' });
    const otherRoles = await other.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
    await must(other.request(INVITE, { input: { email: 'pw@invite.test', roleIds: [otherRoles.data?.roles.find((r) => r.name === 'Member')?.id] } }), 'inviteUser');
    const pw = await world.admin.request(INVITE, { input: { email: 'pw@invite.test', signInMethod: 'SSO', ssoProvider: acme.id, roleIds: [world.roles.MEMBER] } });
    expect({ field: firstError(pw)?.extensions?.field, message: firstError(pw)?.message }).toEqual({
      field: 'signInMethod',
      message: 'pw@invite.test already has a Keyward account that signs in with a password; invite them with Password.',
    });
    // createUser (super admins) with SSO needs no password.
    const created = await world.admin.request<{ createUser: { email: string; status: string } }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { email status signInMethod ssoProvider ssoProviderName } }',
      { i: { email: 'made@invite.test', signInMethod: 'SSO', ssoProvider: acme.id, roleIds: [world.roles.MEMBER] } },
    );
    expect(created.data?.createUser).toEqual({ email: 'made@invite.test', status: 'ACTIVE', signInMethod: 'SSO', ssoProvider: acme.id, ssoProviderName: 'Invite ID' });
  });
});

describe('signInOptions (public)', () => {
  it('is decided from the domain only: providers of any organization, the password hidden only when one requires SSO', async () => {
    const anon = new Client(world.server.url);
    const other = await superAdminIn(world.server, { create: 'SSO Options Org' });
    const optional = await createProvider(world, other, { displayName: 'Optional ID', allowedDomains: ['options.test'] });
    const options = await anon.request<{ signInOptions: { password: boolean; providers: { id: string; displayName: string; startUrl: string }[] } }>(SIGN_IN_OPTIONS, { e: 'Someone@Options.test' });
    expect(options.data?.signInOptions).toEqual({ password: true, providers: [{ id: optional.id, displayName: 'Optional ID', startUrl: `/auth/sso/${optional.id}/start` }] });

    const required = await createProvider(world, other, { displayName: 'Required ID', allowedDomains: ['options.test'], requireSso: true });
    const strict = await anon.request<{ signInOptions: { password: boolean; providers: { id: string }[] } }>(SIGN_IN_OPTIONS, { e: 'nobody-at-all@options.test' });
    expect(strict.data?.signInOptions.password).toBe(false);
    expect(strict.data?.signInOptions.providers.map((p) => p.id)).toEqual([optional.id, required.id]);

    expect((await anon.request(SIGN_IN_OPTIONS, { e: 'someone@unknown.test' })).data).toEqual({ signInOptions: { password: true, providers: [] } });
    const bad = await anon.request(SIGN_IN_OPTIONS, { e: 'not-an-email' });
    expect({ code: errorCode(bad), field: firstError(bad)?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});

describe('the outbound guard', () => {
  let guarded: TestServer;

  beforeAll(async () => {
    guarded = await startTestServer({ env: { KEYWARD_OUTBOUND_ALLOW: '' } });
  }, 120_000);

  afterAll(async () => {
    await guarded?.close();
  });

  it('an issuer on a private address is refused without the allow-list, saying how to allow it', async () => {
    const admin = await signedInAdmin(guarded);
    const port = world.idp.port;
    const res = await admin.request(CREATE_PROVIDER, { i: input({ issuer: `https://127.0.0.1:${port}` }) });
    expect(firstError(res)?.extensions?.field).toBe('issuer');
    expect(firstError(res)?.message).toMatch(/^Keyward's outbound guard refused to connect to the issuer: 127\.0\.0\.1 is .*; add it to KEYWARD_OUTBOUND_ALLOW/);
    const http = await admin.request(CREATE_PROVIDER, { i: input({ issuer: world.idp.issuer }) });
    expect(firstError(http)?.message).toContain('Plain http:// is accepted only for a host KEYWARD_OUTBOUND_ALLOW names');
  });
});
