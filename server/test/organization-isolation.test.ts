import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, type GraphQLObjectType } from 'graphql';
import { buildKeywardSchema } from '../src/graphql/schema';
import { roleId } from './api-key-helpers';
import { Client, errorCode, signedInAdmin, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { buildTenant, CREATE_USER, INITIAL_PASSWORD, organizationRows, signedIn, SWITCH, type Tenant } from './organization-world';
import { invitationLink, startSmtpCapture, type SmtpCapture } from '@keyward/test-support/smtp-capture';

/*
 * Two real organizations, A (the bootstrap one) and B (created with createOrganization), each
 * built through the API with a record of every kind. Every query and mutation that takes an id or
 * a key is called from one organization with the other's record — by an Org Admin's session, by a
 * super admin's session switched into the calling organization, and by an API key holding every
 * permission a key may hold — and must answer NOT_FOUND and leave the other organization's rows
 * exactly as they were.
 */

const schema = await buildKeywardSchema();

let smtp: SmtpCapture;
let server: TestServer;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'Keyward <keyward@example.test>' } });
  const admin = await signedInAdmin(server);
  const home = await admin.request<{ viewer: { organization: { id: string } } }>('{ viewer { organization { id } } }');
  a = await buildTenant(server, { id: home.data?.viewer.organization.id ?? '' }, 'a');
  b = await buildTenant(server, { create: 'Isolation B' }, 'b');
}, 120_000);
afterAll(async () => {
  await server.close();
  await smtp.close();
});

interface Call {
  query: string;
  variables: Record<string, unknown>;
}
type Target = (victim: Tenant['ids'] & { organizationId: string; organizationName: string }, own: Tenant['ids']) => Call;
const call = (query: string, variables: Record<string, unknown>): Call => ({ query, variables });

/** How to call each id- or key-taking root field at the other organization's record (own records for secondary arguments). */
const TARGETS: Record<string, Target> = {
  'Query.apiKey': (v) => call('query($id: ID!) { apiKey(id: $id) { id } }', { id: v.apiKeyId }),
  'Query.connection': (v) => call('query($id: ID!) { connection(id: $id) { id } }', { id: v.connectionId }),
  'Query.connectionShareCandidates': (v) => call('query($id: ID!) { connectionShareCandidates(id: $id) { id } }', { id: v.connectionId }),
  'Query.integration': (v) => call('query($id: ID!) { integration(id: $id) { id } }', { id: v.integrationId }),
  'Query.resolveConnection': (v) => call('query($id: ID!) { resolveConnection(id: $id, environment: "development") { connectionId } }', { id: v.connectionId }),
  'Query.secret': (v) => call('query($k: String!) { secret(key: $k) { key } }', { k: v.secretKey }),
  'Query.user': (v) => call('query($id: ID!) { user(id: $id) { id } }', { id: v.memberId }),
  'Mutation.createIntegrationVersion': (v) => call('mutation($id: ID!) { createIntegrationVersion(integrationId: $id, input: { label: "v9" }) { id } }', { id: v.integrationId }),
  'Mutation.deleteApiKey': (v) => call('mutation($id: ID!) { deleteApiKey(id: $id) }', { id: v.apiKeyId }),
  'Mutation.deleteConnection': (v) => call('mutation($id: ID!) { deleteConnection(id: $id) }', { id: v.connectionId }),
  'Mutation.deleteIntegration': (v) => call('mutation($id: ID!) { deleteIntegration(id: $id) }', { id: v.integrationId }),
  'Mutation.deleteOrganization': (v) => call('mutation($id: ID!, $n: String!) { deleteOrganization(id: $id, confirmName: $n) }', { id: v.organizationId, n: v.organizationName }),
  'Mutation.deleteRole': (v) => call('mutation($id: ID!) { deleteRole(id: $id) }', { id: v.roleId }),
  'Mutation.deleteSecret': (v) => call('mutation($k: String!) { deleteSecret(key: $k) { key } }', { k: v.secretKey }),
  'Mutation.deleteUser': (v) => call('mutation($id: ID!) { deleteUser(id: $id) }', { id: v.memberId }),
  'Mutation.deleteUsers': (v) => call('mutation($ids: [ID!]!) { deleteUsers(ids: $ids) }', { ids: [v.memberId] }),
  'Mutation.disableUser': (v) => call('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: v.memberId }),
  'Mutation.disableUsers': (v) => call('mutation($ids: [ID!]!) { disableUsers(ids: $ids) { id } }', { ids: [v.memberId] }),
  'Mutation.disconnectConnectionOAuth': (v) => call('mutation($id: ID!) { disconnectConnectionOAuth(connectionId: $id, environment: "development") { id } }', { id: v.connectionId }),
  'Mutation.enableUser': (v) => call('mutation($id: ID!) { enableUser(id: $id) { id } }', { id: v.memberId }),
  'Mutation.enableUsers': (v) => call('mutation($ids: [ID!]!) { enableUsers(ids: $ids) { id } }', { ids: [v.memberId] }),
  'Mutation.resendInvitation': (v) => call('mutation($id: ID!) { resendInvitation(id: $id) { id } }', { id: v.invitedId }),
  'Mutation.resetUserPassword': (v) => call('mutation($id: ID!) { resetUserPassword(id: $id, password: "Isolation-Password-9") { id } }', { id: v.memberId }),
  'Mutation.restoreSecretVersion': (v) => call('mutation($k: String!) { restoreSecretVersion(key: $k, environment: "development", version: 1) { key } }', { k: v.secretKey }),
  'Mutation.resumeApiKey': (v) => call('mutation($id: ID!) { resumeApiKey(id: $id) { id } }', { id: v.apiKeyId }),
  'Mutation.revokeApiKey': (v) => call('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: v.apiKeyId }),
  'Mutation.rollApiKey': (v) => call('mutation($id: ID!) { rollApiKey(id: $id) { token } }', { id: v.apiKeyId }),
  'Mutation.saveConnectionCredentials': (v) =>
    call('mutation($id: ID!) { saveConnectionCredentials(connectionId: $id, environment: "development", fields: { token: "stolen" }) { id } }', { id: v.connectionId }),
  'Mutation.setApiKeyRateLimit': (v) => call('mutation($id: ID!) { setApiKeyRateLimit(id: $id, input: { perMinute: 1 }) { id } }', { id: v.apiKeyId }),
  'Mutation.setIntegrationVersionStatus': (v) => call('mutation($id: ID!) { setIntegrationVersionStatus(id: $id, status: ACTIVE) { id } }', { id: v.versionId }),
  'Mutation.setUserRoles': (v, own) => call('mutation($id: ID!, $r: [ID!]!) { setUserRoles(id: $id, roleIds: $r) { id } }', { id: v.memberId, r: [own.roleId] }),
  'Mutation.setUsersRoles': (v, own) => call('mutation($ids: [ID!]!, $r: [ID!]!) { setUsersRoles(ids: $ids, roleIds: $r) { id } }', { ids: [v.memberId], r: [own.roleId] }),
  'Mutation.shareConnection': (v) => call('mutation($id: ID!) { shareConnection(id: $id, userIds: []) { id } }', { id: v.connectionId }),
  'Mutation.startConnectionOAuth': (v) => call('mutation($id: ID!) { startConnectionOAuth(connectionId: $id, environment: "development") { authorizationUrl } }', { id: v.connectionId }),
  'Mutation.suspendApiKey': (v) => call('mutation($id: ID!) { suspendApiKey(id: $id) { id } }', { id: v.apiKeyId }),
  'Mutation.switchOrganization': (v) => call('mutation($id: ID!) { switchOrganization(id: $id) { id } }', { id: v.organizationId }),
  'Mutation.testConnection': (v) => call('mutation($id: ID!) { testConnection(connectionId: $id, environment: "development") { available } }', { id: v.connectionId }),
  'Mutation.updateApiKey': (v) => call('mutation($id: ID!) { updateApiKey(id: $id, input: { description: "changed" }) { id } }', { id: v.apiKeyId }),
  'Mutation.updateConnection': (v) => call('mutation($id: ID!) { updateConnection(id: $id, input: { name: "Renamed" }) { id } }', { id: v.connectionId }),
  'Mutation.updateIntegration': (v) => call('mutation($id: ID!) { updateIntegration(id: $id, input: { description: "changed" }) { id } }', { id: v.integrationId }),
  'Mutation.updateOrganization': (v) => call('mutation($id: ID!) { updateOrganization(id: $id, input: { name: "Taken over" }) { id } }', { id: v.organizationId }),
  'Mutation.updateSsoProvider': (v) => call('mutation($id: ID!) { updateSsoProvider(id: $id, input: { displayName: "Taken over" }) { id } }', { id: v.ssoProviderId }),
  'Mutation.deleteSsoProvider': (v) => call('mutation($id: ID!) { deleteSsoProvider(id: $id) }', { id: v.ssoProviderId }),
  'Mutation.updateRole': (v) => call('mutation($id: ID!) { updateRole(id: $id, input: { description: "changed" }) { id } }', { id: v.roleId }),
  'Mutation.updateSecret': (v) => call('mutation($k: String!) { updateSecret(key: $k, input: { description: "changed" }) { key } }', { k: v.secretKey }),
  'Mutation.updateUser': (v) => call('mutation($id: ID!) { updateUser(id: $id, input: { firstName: "Changed" }) { id } }', { id: v.memberId }),
};

type ActorKind = 'orgAdmin' | 'superAdmin' | 'key';
const ACTORS: { kind: ActorKind; label: string; client: (t: Tenant) => Client }[] = [
  { kind: 'orgAdmin', label: "an Org Admin's session", client: (t) => t.orgAdmin },
  { kind: 'superAdmin', label: "a super admin's session switched into the organization", client: (t) => t.superAdmin },
  { kind: 'key', label: 'an API key with every keyable permission', client: (t) => t.key },
];

/**
 * Where the answer is not NOT_FOUND, and why. FORBIDDEN here never depends on the target: the
 * caller is refused whatever id it sends. `by design` cells are not called: a super admin manages
 * and enters every organization (organizations.test.ts covers that).
 */
const NOT_NOT_FOUND: Record<string, Partial<Record<ActorKind, 'FORBIDDEN' | 'by design'>>> = {
  // Super-admin-only (ORGANIZATIONS_MANAGE, USERS_RESET_PASSWORD): @requires refuses before any lookup.
  'Mutation.deleteOrganization': { orgAdmin: 'FORBIDDEN', key: 'FORBIDDEN', superAdmin: 'by design' },
  'Mutation.updateOrganization': { orgAdmin: 'FORBIDDEN', key: 'FORBIDDEN', superAdmin: 'by design' },
  'Mutation.resetUserPassword': { orgAdmin: 'FORBIDDEN', key: 'FORBIDDEN' },
  // An API key stays in its organization; a super admin enters any.
  'Mutation.switchOrganization': { key: 'FORBIDDEN', superAdmin: 'by design' },
};

/** Root fields with an argument that addresses a record: an ID, or a secret's key. */
function idTakingRootFields(): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => t !== null && t !== undefined);
  return roots.flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => field.args.some((arg) => getNamedType(arg.type).name === 'ID' || arg.name === 'key'))
      .map((field) => `${type.name}.${field.name}`),
  );
}

const codes = (res: GraphQLResponse) => [...new Set((res.errors ?? []).map((e) => String(e.extensions?.code)))];

describe('the isolation matrix', () => {
  it('covers every query and mutation that takes an id or key (a new one fails here by name)', () => {
    const fields = idTakingRootFields();
    expect(fields.filter((f) => !Object.hasOwn(TARGETS, f))).toEqual([]);
    expect(Object.keys(TARGETS).filter((f) => !fields.includes(f))).toEqual([]);
  });

  const directions = [
    { label: 'A → B', from: () => a, to: () => b },
    { label: 'B → A', from: () => b, to: () => a },
  ];
  it.each(directions)('$label: every call at the other organization’s records is NOT_FOUND and changes none of its rows', async ({ from, to }) => {
    const caller = from();
    const victim = to();
    const target = { ...victim.ids, organizationId: victim.id, organizationName: victim.name };
    const failures: string[] = [];
    let cells = 0;
    const before = await organizationRows(server.databaseUrl, victim.id);
    for (const [coordinate, build] of Object.entries(TARGETS)) {
      for (const actor of ACTORS) {
        const expected = NOT_NOT_FOUND[coordinate]?.[actor.kind] ?? 'NOT_FOUND';
        if (expected === 'by design') continue;
        cells += 1;
        const { query, variables } = build(target, caller.ids);
        const res = await actor.client(caller).request(query, variables);
        const got = codes(res);
        if (got.length !== 1 || got[0] !== expected) failures.push(`${coordinate} by ${actor.label}: expected ${expected}, got ${got.join(',') || 'success'}`);
        const after = await organizationRows(server.databaseUrl, victim.id);
        for (const table of Object.keys(before)) {
          if (JSON.stringify(after[table]) !== JSON.stringify(before[table])) failures.push(`${coordinate} by ${actor.label}: changed ${table}`);
        }
      }
    }
    expect(failures).toEqual([]);
    const byDesign = Object.values(NOT_NOT_FOUND).flatMap((cell) => Object.values(cell)).filter((e) => e === 'by design').length;
    expect(cells).toBe(Object.keys(TARGETS).length * ACTORS.length - byDesign);
  }, 180_000);
});

describe('a person in two organizations', () => {
  const SECRETS = '{ secrets(first: 20) { edges { node { key } } } }';
  const ORGS = '{ organizations { name current viewerMembershipStatus } }';
  const keysOf = (res: GraphQLResponse<{ secrets: { edges: { node: { key: string } }[] } }>) => res.data?.secrets.edges.map((e) => e.node.key) ?? [];

  it('joins a second organization with the existing password and sees each organization’s data only with that one current; suspension in one leaves the other working', async () => {
    const email = 'dual@isolation.test';
    await a.superAdmin.request(CREATE_USER, { i: { email, password: INITIAL_PASSWORD, roleIds: [await roleId(a.superAdmin, 'Read-only')] } });
    const invited = await b.superAdmin.request<{ inviteUser: { id: string } }>('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', {
      i: { email, roleIds: [await roleId(b.superAdmin, 'Org Admin')] },
    });
    const dualId = invited.data?.inviteUser.id ?? '';
    expect(dualId).not.toBe('');
    const mail = await smtp.waitFor(email);
    expect(mail.body).toMatch(/Subject: Join Isolation B on Keyward/);
    expect(mail.body).toContain('join Isolation B');
    const link = invitationLink(mail);
    const token = link.slice(link.lastIndexOf('/') + 1);

    const person = await signedIn(server, email);
    expect((await person.request<{ organizations: unknown[] }>(ORGS)).data?.organizations).toEqual([{ name: 'Default', current: true, viewerMembershipStatus: 'ACTIVE' }]);

    const anonymous = new Client(server.url);
    const preview = await anonymous.request('query($t: String!) { invitation(token: $t) { organizationName existingAccount } }', { t: token });
    expect(preview.data).toEqual({ invitation: { organizationName: 'Isolation B', existingAccount: true } });
    const wrong = await anonymous.request('mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }', { t: token, p: 'A-Brand-New-Password-1' });
    expect({ code: errorCode(wrong), field: wrong.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    const accepted = await anonymous.request<{ acceptInvitation: { organization: { name: string }; roles: { name: string }[] } }>(
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { organization { name } roles { name } } }',
      { t: token, p: INITIAL_PASSWORD },
    );
    expect(accepted.data?.acceptInvitation).toEqual({ organization: { name: 'Isolation B' }, roles: [{ name: 'Org Admin' }] });
    // The existing password still signs in; the invitation set no new one.
    expect((await new Client(server.url).signIn(email, INITIAL_PASSWORD)).errors).toBeUndefined();

    // In B (current after accepting): B's data only, with B's role.
    expect(keysOf(await anonymous.request(SECRETS))).toEqual([b.ids.secretKey]);
    expect(errorCode(await anonymous.request('query($id: ID!) { user(id: $id) { id } }', { id: a.ids.memberId }))).toBe('NOT_FOUND');
    expect((await anonymous.request('query($id: ID!) { user(id: $id) { id } }', { id: b.ids.memberId })).errors).toBeUndefined();
    // In A (the first session, still there): A's data only, read-only.
    expect(keysOf(await person.request(SECRETS))).toEqual([a.ids.secretKey]);
    expect(errorCode(await person.request('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: a.ids.memberId }))).toBe('FORBIDDEN');
    expect(errorCode(await person.request('query($id: ID!) { user(id: $id) { id } }', { id: b.ids.memberId }))).toBe('NOT_FOUND');
    // Switching moves the session: now B's data, with B's role.
    const switched = await person.request<{ switchOrganization: { organization: { name: string }; roles: { name: string }[] } }>(SWITCH, { id: b.id });
    expect(switched.data?.switchOrganization).toMatchObject({ organization: { name: 'Isolation B' }, roles: [{ name: 'Org Admin' }] });
    expect(keysOf(await person.request(SECRETS))).toEqual([b.ids.secretKey]);
    expect((await person.request(ORGS)).data).toEqual({
      organizations: [
        { name: 'Default', current: false, viewerMembershipStatus: 'ACTIVE' },
        { name: 'Isolation B', current: true, viewerMembershipStatus: 'ACTIVE' },
      ],
    });
    await person.request(SWITCH, { id: a.id });

    // Suspended in B: B's sessions end, A keeps working, B cannot be entered.
    expect((await b.superAdmin.request('mutation($id: ID!) { disableUser(id: $id) { status } }', { id: dualId })).errors).toBeUndefined();
    expect(errorCode(await anonymous.request('{ viewer { id } }'))).toBe('UNAUTHENTICATED');
    expect(keysOf(await person.request(SECRETS))).toEqual([a.ids.secretKey]);
    expect(errorCode(await person.request(SWITCH, { id: b.id }))).toBe('FORBIDDEN');
    expect((await person.request(ORGS)).data).toEqual({
      organizations: [
        { name: 'Default', current: true, viewerMembershipStatus: 'ACTIVE' },
        { name: 'Isolation B', current: false, viewerMembershipStatus: 'SUSPENDED' },
      ],
    });
    const fresh = new Client(server.url);
    expect((await fresh.signIn(email, INITIAL_PASSWORD)).errors).toBeUndefined();
    expect((await fresh.request('{ viewer { organization { name } } }')).data).toEqual({ viewer: { organization: { name: 'Default' } } });
    // A's status is untouched by B's suspension.
    const inA = await a.superAdmin.request<{ user: { status: string } }>('query($id: ID!) { user(id: $id) { status } }', { id: dualId });
    expect(inA.data?.user.status).toBe('ACTIVE');
  });
});
