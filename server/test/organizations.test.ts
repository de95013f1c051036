import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { createConnection, createIntegration, createSecret, restIntegration } from './connection-helpers';
import { ADMIN_EMAIL, Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { CREATE_ORGANIZATION, CREATE_USER, INITIAL_PASSWORD, signedIn, superAdminIn, SWITCH } from './organization-world';
import { invitationLink, startSmtpCapture, type SmtpCapture } from './smtp';

const ORGS = '{ organizations { id name slug memberCount apiKeyCount current viewerMembershipStatus } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $i) { id name slug } }';
const DELETE = 'mutation($id: ID!, $n: String!) { deleteOrganization(id: $id, confirmName: $n) }';
const AUDIT = '{ auditEvents(first: 50) { edges { node { action actorLabel summary } } } }';

interface Summary {
  id: string;
  name: string;
  slug: string;
  memberCount: number;
  apiKeyCount: number;
  current: boolean;
  viewerMembershipStatus: string | null;
}

let smtp: SmtpCapture;
let server: TestServer;
let admin: Client;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'Keyward <keyward@example.test>' } });
  admin = await signedInAdmin(server);
}, 60_000);
afterAll(async () => {
  await server.close();
  await smtp.close();
});

async function create(name: string, slug?: string): Promise<Summary> {
  const res = await admin.request<{ createOrganization: Summary }>(CREATE_ORGANIZATION, { i: { name, slug } });
  if (!res.data) throw new Error(res.errors?.[0]?.message);
  return res.data.createOrganization;
}
const listOf = async (client: Client) => (await client.request<{ organizations: Summary[] }>(ORGS)).data?.organizations ?? [];
/** The organization's audit log as "action by actor" lines, as the client's current organization shows it. */
async function auditOf(client: Client): Promise<string[]> {
  const res = await client.request<{ auditEvents: { edges: { node: { action: string; actorLabel: string } }[] } }>(AUDIT);
  return res.data?.auditEvents.edges.map((e) => `${e.node.action} by ${e.node.actorLabel}`) ?? [];
}

async function rowCounts(organizationId: string): Promise<Record<string, number>> {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of ['membership', 'api_key', 'secret', 'integration', 'connection', 'role', 'session', 'organization']) {
      const column = table === 'organization' ? 'id' : 'organization_id';
      counts[table] = Number((await db.query(`select count(*) as n from "${table}" where ${column} = $1`, [organizationId])).rows[0]?.n);
    }
    return counts;
  } finally {
    await db.end();
  }
}

describe('organizations (super admins)', () => {
  it('creates an organization with a derived slug, the built-in roles, default settings and the system integrations', async () => {
    const globex = await create('Globex Corp');
    expect(globex).toMatchObject({ name: 'Globex Corp', slug: 'globex-corp', memberCount: 0, apiKeyCount: 0, current: false, viewerMembershipStatus: null });
    const all = await listOf(admin);
    expect(all.map((o) => [o.name, o.current, o.viewerMembershipStatus])).toEqual([
      ['Default', true, 'ACTIVE'],
      ['Globex Corp', false, null],
    ]);
    const home = await admin.request<{ organization: { environments: unknown }; integrations: { totalCount: number } }>(
      '{ organization { environments { slug } } integrations(first: 1, filter: { scope: SYSTEM }) { totalCount } }',
    );

    const inside = await superAdminIn(server, { id: globex.id });
    const there = await inside.request<{ organization: { name: string; environments: unknown }; roles: { name: string }[]; integrations: { totalCount: number } }>(
      '{ organization { name environments { slug } } roles { name } integrations(first: 1, filter: { scope: SYSTEM }) { totalCount } }',
    );
    expect(there.errors).toBeUndefined();
    expect(there.data?.organization).toEqual({ name: 'Globex Corp', environments: home.data?.organization.environments });
    expect(there.data?.roles.map((r) => r.name).sort()).toEqual(['Member', 'Org Admin', 'Read-only', 'Super Admin']);
    expect(there.data?.integrations.totalCount).toBe(home.data?.integrations.totalCount);
    expect(there.data?.integrations.totalCount).toBeGreaterThan(0);
  });

  it('lets a super admin enter an organization without a membership and act there with full rights, audited there with their identity', async () => {
    const initech = await create('Initech');
    const inside = new Client(server.url);
    await inside.signIn(ADMIN_EMAIL, 'Admin-Password-1');
    const switched = await inside.request<{ switchOrganization: { organization: { name: string }; permissions: string[]; roles: unknown[] } }>(SWITCH, { id: initech.id });
    expect(switched.data?.switchOrganization.organization.name).toBe('Initech');
    expect(switched.data?.switchOrganization.permissions).toContain('ORGANIZATIONS_MANAGE');
    expect(switched.data?.switchOrganization.roles).toEqual([]);
    await createSecret(inside, 'INITECH_TOKEN', [{ environment: 'development', value: 'initech-value' }]);
    expect(await auditOf(inside)).toEqual(
      expect.arrayContaining([`organization.created by ${ADMIN_EMAIL}`, `auth.organization_switched by ${ADMIN_EMAIL}`, `secret.created by ${ADMIN_EMAIL}`]),
    );
    // The other session of the same admin stays where it was.
    expect((await admin.request('{ viewer { organization { name } } }')).data).toEqual({ viewer: { organization: { name: 'Default' } } });
    expect((await listOf(inside)).find((o) => o.current)?.name).toBe('Initech');
  });

  it('refuses a malformed or taken slug on the slug field, and an empty name on the name field', async () => {
    await create('Umbrella', 'umbrella');
    for (const [input, field] of [
      [{ name: 'Umbrella Two', slug: 'umbrella' }, 'slug'],
      [{ name: 'Bad Slug', slug: 'Not A Slug!' }, 'slug'],
      [{ name: '   ' }, 'name'],
    ] as const) {
      const res = await admin.request(CREATE_ORGANIZATION, { i: input });
      expect({ code: errorCode(res), field: res.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect((await create('Umbrella')).slug).toBe('umbrella-2');
  });

  it('renames an organization and changes its slug, audited in that organization', async () => {
    const hooli = await create('Hooli');
    const res = await admin.request<{ updateOrganization: { name: string; slug: string } }>(UPDATE, { id: hooli.id, i: { name: 'Hooli XYZ', slug: 'hooli-xyz' } });
    expect(res.data?.updateOrganization).toMatchObject({ name: 'Hooli XYZ', slug: 'hooli-xyz' });
    const inside = await superAdminIn(server, { id: hooli.id });
    expect(await auditOf(inside)).toContain(`organization.updated by ${ADMIN_EMAIL}`);
    expect(errorCode(await admin.request(UPDATE, { id: '00000000-0000-4000-8000-000000000000', i: { name: 'Nobody' } }))).toBe('NOT_FOUND');
  });

  it('leaves organizations to super admins: an Org Admin and an API key are FORBIDDEN and see only their own organization', async () => {
    const target = await create('Out Of Reach');
    await admin.request(CREATE_USER, { i: { email: 'org-admin@orgs.test', password: INITIAL_PASSWORD, roleIds: [await roleId(admin, 'Org Admin')] } });
    const orgAdmin = await signedIn(server, 'org-admin@orgs.test');
    const { token } = await createKey(admin, { name: 'Everything key', roleIds: [await roleId(admin, 'Org Admin')] });
    const key = keyClient(server.url, token);
    for (const client of [orgAdmin, key]) {
      expect(errorCode(await client.request(CREATE_ORGANIZATION, { i: { name: 'Mine' } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(UPDATE, { id: target.id, i: { name: 'Mine' } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(DELETE, { id: target.id, n: target.name }))).toBe('FORBIDDEN');
      expect((await listOf(client)).map((o) => o.name)).toEqual(['Default']);
    }
    expect(errorCode(await orgAdmin.request(SWITCH, { id: target.id }))).toBe('NOT_FOUND');
    expect(errorCode(await key.request(SWITCH, { id: target.id }))).toBe('FORBIDDEN');
    expect((await listOf(admin)).find((o) => o.id === target.id)?.name).toBe('Out Of Reach');
  });

  it('keeps the last super admin: the role cannot be taken from them, and can be once there is another', async () => {
    const setRoles = 'mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { isSuperAdmin } }';
    const me = await admin.request<{ viewer: { id: string } }>('{ viewer { id } }');
    const orgAdminRole = await roleId(admin, 'Org Admin');
    const refused = await admin.request(setRoles, { id: me.data?.viewer.id, r: [orgAdminRole] });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('last super admin');
    const second = await admin.request<{ createUser: { id: string } }>(CREATE_USER, {
      i: { email: 'second-super@orgs.test', password: INITIAL_PASSWORD, roleIds: [await roleId(admin, 'Super Admin')] },
    });
    const secondId = second.data?.createUser.id;
    const secondClient = await signedIn(server, 'second-super@orgs.test');
    expect((await secondClient.request('{ viewer { isSuperAdmin } }')).data).toEqual({ viewer: { isSuperAdmin: true } });
    const demoted = await admin.request(setRoles, { id: secondId, r: [orgAdminRole] });
    expect(demoted.data).toEqual({ setUserRoles: { isSuperAdmin: false } });
    expect(errorCode(await admin.request(setRoles, { id: me.data?.viewer.id, r: [orgAdminRole] }))).toBe('CONFLICT');
  });
});

describe('deleteOrganization', () => {
  it('needs the exact name, then removes memberships, keys, secrets, integrations and connections; the audit record survives', async () => {
    const doomed = await create('Doomed Inc');
    const inside = await superAdminIn(server, { id: doomed.id });
    await createSecret(inside, 'DOOMED_TOKEN', [{ environment: 'development', value: 'doomed-value' }]);
    const integration = await createIntegration(inside, restIntegration({ name: 'Doomed API' }));
    await createConnection(inside, { integrationId: integration.id, name: 'Doomed connection', visibility: 'ORGANIZATION' });
    const { token } = await createKey(inside, { name: 'Doomed key', roleIds: [await roleId(inside, 'Member')] });
    await inside.request('mutation { createRole(input: { name: "Doomed role", permissions: [FLOWS_READ] }) { id } }');
    await inside.request(CREATE_USER, { i: { email: 'only-doomed@orgs.test', password: INITIAL_PASSWORD, roleIds: [await roleId(inside, 'Member')] } });
    const onlyHere = await signedIn(server, 'only-doomed@orgs.test');
    // Someone also in Default joins Doomed by invitation.
    await admin.request(CREATE_USER, { i: { email: 'both@orgs.test', password: INITIAL_PASSWORD, roleIds: [await roleId(admin, 'Member')] } });
    await inside.request('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: { email: 'both@orgs.test', roleIds: [await roleId(inside, 'Member')] } });
    const link = invitationLink(await smtp.waitFor('both@orgs.test'));
    const joined = await new Client(server.url).request('mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }', {
      t: link.slice(link.lastIndexOf('/') + 1),
      p: INITIAL_PASSWORD,
    });
    expect(joined.errors).toBeUndefined();
    expect((await listOf(admin)).find((o) => o.id === doomed.id)).toMatchObject({ memberCount: 2, apiKeyCount: 1 });
    const before = await rowCounts(doomed.id);
    expect(before).toMatchObject({ membership: 2, api_key: 1, secret: 1, integration: 1, connection: 1, role: 1, organization: 1 });

    for (const wrong of ['doomed inc', 'Doomed', ' Doomed Inc']) {
      const res = await admin.request(DELETE, { id: doomed.id, n: wrong });
      expect({ code: errorCode(res), field: res.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmName' });
    }
    expect(await rowCounts(doomed.id)).toEqual(before);

    // Deleted from inside: the super admin's session moves to another organization.
    expect((await inside.request(DELETE, { id: doomed.id, n: 'Doomed Inc' })).data).toEqual({ deleteOrganization: true });
    expect(await rowCounts(doomed.id)).toEqual({ membership: 0, api_key: 0, secret: 0, integration: 0, connection: 0, role: 0, session: 0, organization: 0 });
    expect((await inside.request('{ viewer { organization { name } } }')).data).toEqual({ viewer: { organization: { name: 'Default' } } });
    // The account that only belonged there is gone; the one also in Default keeps working there.
    expect(errorCode(await onlyHere.request('{ viewer { id } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new Client(server.url).signIn('only-doomed@orgs.test', INITIAL_PASSWORD))).toBe('UNAUTHENTICATED');
    const both = await signedIn(server, 'both@orgs.test');
    expect((await listOf(both)).map((o) => o.name)).toEqual(['Default']);
    expect(errorCode(await keyClient(server.url, token).request('{ organization { name } }'))).toBe('UNAUTHENTICATED');
    // The record: a platform-level event (no organization) and one where the super admin landed.
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const events = await db.query<{ organization_id: string | null; actor_label: string; summary: string }>(
      "select organization_id, actor_label, summary from audit_event where action = 'organization.deleted' and target_id = $1",
      [doomed.id],
    );
    await db.end();
    expect(events.rows.find((e) => e.organization_id === null)).toMatchObject({ actor_label: ADMIN_EMAIL });
    expect(events.rows.find((e) => e.organization_id === null)?.summary).toContain('Deleted organization Doomed Inc (doomed-inc) with 1 API key(s), 1 secret(s)');
    expect(events.rows.find((e) => e.organization_id === null)?.summary).toContain('only-doomed@orgs.test');
    expect(await auditOf(admin)).toContain(`organization.deleted by ${ADMIN_EMAIL}`);
    expect(errorCode(await admin.request(DELETE, { id: doomed.id, n: 'Doomed Inc' }))).toBe('NOT_FOUND');
  });

  it('keeps a super admin’s account when their last membership goes with the organization', async () => {
    const solo = await create('Solo');
    const inside = await superAdminIn(server, { id: solo.id });
    await inside.request(CREATE_USER, { i: { email: 'solo-super@orgs.test', password: INITIAL_PASSWORD, roleIds: [await roleId(inside, 'Super Admin')] } });
    expect((await admin.request(DELETE, { id: solo.id, n: 'Solo' })).errors).toBeUndefined();
    const soloSuper = await signedIn(server, 'solo-super@orgs.test');
    expect((await soloSuper.request('{ viewer { isSuperAdmin organization { name } } }')).data).toEqual({ viewer: { isSuperAdmin: true, organization: { name: 'Default' } } });
  });

  it('never deletes the last organization', async () => {
    for (const org of (await listOf(admin)).filter((o) => o.name !== 'Default')) {
      expect((await admin.request(DELETE, { id: org.id, n: org.name })).errors).toBeUndefined();
    }
    const [only] = await listOf(admin);
    expect(only?.name).toBe('Default');
    const res = await admin.request(DELETE, { id: only?.id, n: 'Default' });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('only organization');
    expect((await admin.request('{ viewer { organization { name } } }')).data).toEqual({ viewer: { organization: { name: 'Default' } } });
  });
});
