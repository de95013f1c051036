import pg from 'pg';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { createConnection, createIntegration, createSecret, restIntegration, saveCredentials } from './connection-helpers';
import { Client, signedInAdmin, type TestServer } from './harness';
import { KEYABLE_PERMISSIONS } from './security/security-actors';
import { must, throwawaySsoProviderInput } from './security/security-fixtures';

export const INITIAL_PASSWORD = 'Initial-Password-1';
export const CREATE_ORGANIZATION = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id name slug memberCount apiKeyCount current viewerMembershipStatus } }';
export const SWITCH = 'mutation($id: ID!) { switchOrganization(id: $id) { organization { id name slug } permissions roles { name } } }';
export const CREATE_USER = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email status roles { name } } }';

/** One organization built through the API, with a record of every kind and three ways of calling from inside it. */
export interface Tenant {
  id: string;
  name: string;
  /** The bootstrap super admin, in a session switched into this organization. */
  superAdmin: Client;
  /** A member of this organization only, with the Org Admin role. */
  orgAdmin: Client;
  /** An API key of this organization holding every permission a key can hold. */
  key: Client;
  ids: {
    memberId: string;
    invitedId: string;
    roleId: string;
    integrationId: string;
    versionId: string;
    connectionId: string;
    apiKeyId: string;
    secretKey: string;
    ssoProviderId: string;
  };
}

/** A signed-in client for someone created with an initial password. */
export async function signedIn(server: TestServer, email: string, password = INITIAL_PASSWORD): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.signIn(email, password);
  if (res.errors) throw new Error(`${email} could not sign in: ${res.errors[0]?.message}`);
  return client;
}

/** The bootstrap super admin in a session of its own, switched into the organization (created first when `name` is new). */
export async function superAdminIn(server: TestServer, organization: { id: string } | { create: string }): Promise<Client> {
  const admin = await signedInAdmin(server);
  const id =
    'id' in organization
      ? organization.id
      : (await must<{ id: string }>(admin.request(CREATE_ORGANIZATION, { i: { name: organization.create } }), 'createOrganization')).id;
  await must(admin.request(SWITCH, { id }), 'switchOrganization');
  return admin;
}

/**
 * Builds a tenant: `organization` is an existing one (the bootstrap organization) or the name of
 * one to create. Everything goes through GraphQL, as the super admin acting there.
 */
export async function buildTenant(server: TestServer, organization: { id: string } | { create: string }, tag: string): Promise<Tenant> {
  const admin = await superAdminIn(server, organization);
  const viewer = await must<{ organization: { id: string; name: string } }>(admin.request('{ viewer { organization { id name } } }'), 'viewer');
  await must(
    admin.request('mutation($i: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $i) { name } }', {
      i: { defaultRateLimit: { perMinute: 600, perHour: 20000 }, rateLimitCeiling: { perMinute: 600, perHour: 20000 } },
    }),
    'updateOrganizationSettings',
  );
  const orgAdminEmail = `org-admin-${tag}@isolation.test`;
  await must(admin.request(CREATE_USER, { i: { email: orgAdminEmail, password: INITIAL_PASSWORD, roleIds: [await roleId(admin, 'Org Admin')] } }), 'createUser');
  const member = await must<{ id: string }>(
    admin.request(CREATE_USER, { i: { email: `member-${tag}@isolation.test`, password: INITIAL_PASSWORD, roleIds: [await roleId(admin, 'Member')] } }),
    'createUser',
  );
  const invited = await must<{ id: string }>(
    admin.request('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: { email: `invited-${tag}@isolation.test`, roleIds: [await roleId(admin, 'Member')] } }),
    'inviteUser',
  );
  const role = await must<{ id: string }>(
    admin.request('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { name: `Everything a key may (${tag})`, permissions: KEYABLE_PERMISSIONS } }),
    'createRole',
  );
  const secretKey = `ISOLATION_${tag.toUpperCase()}`;
  await createSecret(admin, secretKey, [{ environment: 'development', value: `value-of-${tag}` }]);
  await must(admin.request('mutation($k: String!, $i: UpdateSecretInput!) { updateSecret(key: $k, input: $i) { key } }', { k: secretKey, i: { set: [{ environment: 'development', value: `second-${tag}` }] } }), 'updateSecret');
  const integration = await createIntegration(admin, restIntegration({ name: `Isolation API ${tag}` }));
  const versioned = await must<{ versions: { id: string }[] }>(
    admin.request('mutation($id: ID!) { createIntegrationVersion(integrationId: $id, input: { label: "v2" }) { versions { id } } }', { id: integration.id }),
    'createIntegrationVersion',
  );
  const connection = await createConnection(admin, { integrationId: integration.id, name: `Isolation connection ${tag}`, visibility: 'ORGANIZATION' });
  await saveCredentials(admin, connection.id, 'development', { token: `@@SECRET:${secretKey}@@` });
  const { apiKey, token } = await createKey(admin, { name: `Isolation key ${tag}`, roleIds: [role.id] });
  const ssoProvider = await must<{ id: string }>(
    admin.request('mutation($i: CreateSsoProviderInput!) { createSsoProvider(input: $i) { id } }', { i: { ...(await throwawaySsoProviderInput()), displayName: `Isolation SSO ${tag}` } }),
    'createSsoProvider',
  );
  return {
    id: viewer.organization.id,
    name: viewer.organization.name,
    superAdmin: admin,
    orgAdmin: await signedIn(server, orgAdminEmail),
    key: keyClient(server.url, token),
    ids: {
      memberId: member.id,
      invitedId: invited.id,
      roleId: role.id,
      integrationId: integration.id,
      versionId: versioned.versions[0]?.id ?? '',
      connectionId: connection.id,
      apiKeyId: apiKey.id,
      secretKey,
      ssoProviderId: ssoProvider.id,
    },
  };
}

/**
 * Every row an organization owns, read straight from the database: each table with an
 * organization_id (sessions aside: using one touches it), each table pointing at one of those by
 * foreign key, and the accounts of its members. Found from the catalog, so new tables are included.
 * Left out: what the organization's own keys' use writes in the background (usage counters and
 * last_used_at), which its own calls change.
 */
export async function organizationRows(databaseUrl: string, organizationId: string): Promise<Record<string, string[]>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const owned = (await db.query<{ table_name: string }>("select table_name from information_schema.columns where table_schema = 'public' and column_name = 'organization_id' and table_name <> 'session'")).rows.map((r) => r.table_name);
    const children = (
      await db.query<{ child: string; col: string; parent: string }>(
        `select cl.relname as child, att.attname as col, pcl.relname as parent
           from pg_constraint con
           join pg_class cl on cl.oid = con.conrelid
           join pg_class pcl on pcl.oid = con.confrelid
           join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
          where con.contype = 'f' and array_length(con.conkey, 1) = 1`,
      )
    ).rows.filter((r) => owned.includes(r.parent) && !['session', 'api_key_usage'].includes(r.child));
    const rows: Record<string, string[]> = {};
    const read = async (label: string, sql: string) => {
      rows[label] = (await db.query<Record<string, unknown>>(sql, [organizationId])).rows.map(({ last_used_at: _volatile, ...row }) => JSON.stringify(row)).sort();
    };
    for (const table of owned) await read(table, `select * from "${table}" where organization_id = $1`);
    for (const { child, col, parent } of children) await read(`${child}.${col}`, `select c.* from "${child}" c join "${parent}" p on c."${col}" = p.id where p.organization_id = $1`);
    await read('app_user', 'select u.* from app_user u join membership m on m.user_id = u.id where m.organization_id = $1');
    return rows;
  } finally {
    await db.end();
  }
}
