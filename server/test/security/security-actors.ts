import { ALL_PERMISSIONS, BUILT_IN_ROLES, isSuperAdminOnly, type BuiltInRoleKey, type Permission } from '@keyward/shared/permissions';
import { createKey, keyClient } from '../api-key-helpers';
import { Client, signedInAdmin, type TestServer } from '../harness';
import { addMember, MEMBER_PASSWORD } from '../members';

/** Someone calling the API: a signed-in person of a built-in role, or an API key. */
export interface Actor {
  label: string;
  kind: 'user' | 'key';
  client: Client;
  permissions: ReadonlySet<Permission>;
  /** The user's id (people only). */
  userId?: string;
}

export const BUILT_IN_ROLE_KEYS = Object.keys(BUILT_IN_ROLES) as BuiltInRoleKey[];

/** Permissions an API key can hold: keys act inside one organization, so never a super-admin-only one. */
export const KEYABLE_PERMISSIONS = ALL_PERMISSIONS.filter((p) => !isSuperAdminOnly(p));

const VIEWER_ID = '{ viewer { id } }';

async function viewerId(client: Client): Promise<string> {
  const res = await client.request<{ viewer: { id: string } }>(VIEWER_ID);
  const id = res.data?.viewer.id;
  if (id === undefined) throw new Error(`viewer failed: ${res.errors?.[0]?.message ?? 'no data'}`);
  return id;
}

/**
 * One signed-in person per built-in role (the bootstrap super admin, and members invited with
 * the other three roles); their permissions are the shared catalog's, never a hand-written table.
 */
export async function builtInRoleActors(server: TestServer, emailPrefix: string): Promise<Record<BuiltInRoleKey, Actor>> {
  const actors: Partial<Record<BuiltInRoleKey, Actor>> = {};
  for (const key of BUILT_IN_ROLE_KEYS) {
    let client: Client;
    if (key === 'SUPER_ADMIN') client = await signedInAdmin(server);
    else {
      const email = `${emailPrefix}-${key.toLowerCase().replace('_', '-')}@keyward.test`;
      await addMember(server, { email, role: key });
      client = new Client(server.url);
      const res = await client.signIn(email, MEMBER_PASSWORD);
      if (res.errors) throw new Error(`${email} could not sign in: ${res.errors[0]?.message}`);
    }
    actors[key] = { label: BUILT_IN_ROLES[key].name, kind: 'user', client, permissions: new Set(BUILT_IN_ROLES[key].permissions), userId: await viewerId(client) };
  }
  const { SUPER_ADMIN, ORG_ADMIN, MEMBER, READ_ONLY } = actors;
  if (!SUPER_ADMIN || !ORG_ADMIN || !MEMBER || !READ_ONLY) throw new Error('a built-in role has no actor');
  return { SUPER_ADMIN, ORG_ADMIN, MEMBER, READ_ONLY };
}

/**
 * API keys with exactly the permissions asked for (through a custom role holding just those, so any
 * organization permission works, whichever built-in role has it), created once per permission set
 * by the super admin. A super-admin-only permission is left out: no key can hold it.
 */
export class KeyFactory {
  private readonly keys = new Map<string, Promise<Actor>>();

  constructor(
    private readonly server: TestServer,
    private readonly admin: Client,
  ) {}

  key(label: string, wanted: Iterable<Permission>): Promise<Actor> {
    const scopes = [...new Set(wanted)].filter((p) => KEYABLE_PERMISSIONS.includes(p)).sort();
    // A key needs at least one permission; one no guarded operation of the catalog asks for alone.
    const effective = scopes.length > 0 ? scopes : (['FLOWS_READ'] satisfies Permission[]);
    const id = effective.join(',');
    let key = this.keys.get(id);
    if (key === undefined) {
      key = this.create(label, effective, this.keys.size);
      this.keys.set(id, key);
    }
    return key;
  }

  private async create(label: string, permissions: Permission[], n: number): Promise<Actor> {
    const role = await this.admin.request<{ createRole: { id: string } }>('mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', {
      i: { name: `Key role ${n}`, permissions },
    });
    const roleId = role.data?.createRole.id;
    if (roleId === undefined) throw new Error(`the role for "${label}" failed: ${role.errors?.[0]?.message ?? 'no data'}`);
    const { token } = await createKey(this.admin, { name: `${label} ${n}`.slice(0, 80), roleIds: [roleId] });
    return { label, kind: 'key', client: keyClient(this.server.url, token), permissions: new Set(permissions) };
  }
}

/** Lifts the organization's key rate limits to the ceiling so a suite of many calls per key is not throttled. */
export async function raiseKeyRateLimits(admin: Client): Promise<void> {
  const res = await admin.request('mutation($i: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $i) { name } }', {
    i: { defaultRateLimit: { perMinute: 600, perHour: 20000 }, rateLimitCeiling: { perMinute: 600, perHour: 20000 } },
  });
  if (res.errors) throw new Error(`raising the rate limits failed: ${res.errors[0]?.message}`);
}
