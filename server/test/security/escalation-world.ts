import { ALL_PERMISSIONS, isPermission, type Permission } from '@keyward/shared/permissions';
import { SESSION_COOKIE } from '../../src/modules/auth/session.service';
import { createKey, keyClient } from '../api-key-helpers';
import { ADMIN_EMAIL, ADMIN_PASSWORD, Client, type GraphQLResponse, type TestServer } from '../harness';
import { MEMBER_PASSWORD, TEST_META } from '../members';

/*
 * The world of the escalation property test: who can act (people signed in with every built-in
 * role and a custom key manager, API keys of several scopes) and what everybody holds at a moment,
 * read back through the API by the bootstrap super admin.
 */

export interface Actor {
  label: string;
  client: Client;
  /** `user:<id>` or `key:<id>`: the principal whose permissions the actor acts with. */
  principal: string;
}

export interface KeyState {
  status: string;
  permissions: Permission[];
}

export interface UserState {
  status: string;
  permissions: Permission[];
}

export interface RoleState {
  name: string;
  builtIn: boolean;
  permissions: Permission[];
}

export interface Snapshot {
  keys: Map<string, KeyState>;
  users: Map<string, UserState>;
  roles: Map<string, RoleState>;
}

/** The actors of one run and the records they may aim at (all created in that run). */
export interface World {
  run: number;
  actors: Actor[];
  keyIds: string[];
  userIds: string[];
  /** Built-in roles first, then the run's custom roles. */
  roleIds: string[];
  customRoleIds: string[];
  labels: Map<string, string>;
}

const KEY_MANAGER: Permission[] = ['API_KEYS_READ', 'API_KEYS_MANAGE'];
const PEOPLE_MANAGER: Permission[] = ['USERS_READ', 'USERS_MANAGE', 'ROLES_READ', 'ROLES_MANAGE'];
const READ_SCOPES: Permission[] = ALL_PERMISSIONS.filter((p) => p.endsWith('_READ'));

function permissions(values: readonly string[]): Permission[] {
  return values.filter(isPermission);
}

/** The effective permissions of a principal in a snapshot: nothing unless it can act (ACTIVE). */
export function heldBy(snapshot: Snapshot, principal: string): Set<Permission> {
  const [kind, id = ''] = principal.split(':');
  const state = kind === 'key' ? snapshot.keys.get(id) : snapshot.users.get(id);
  return new Set(state?.status === 'ACTIVE' ? state.permissions : []);
}

export function principals(snapshot: Snapshot): string[] {
  return [...[...snapshot.keys.keys()].map((id) => `key:${id}`), ...[...snapshot.users.keys()].map((id) => `user:${id}`)];
}

interface Page<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function pages<T>(observer: Client, query: string, field: 'apiKeys' | 'users'): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse<Record<typeof field, Page<T>>> = await observer.request<Record<typeof field, Page<T>>>(query, { after });
    const page: Page<T> | undefined = res.data?.[field];
    if (page === undefined) throw new Error(`snapshot of ${field} failed: ${res.errors?.[0]?.message ?? 'no data'}`);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** Every key, member and role of the organization as the API reports them. */
export async function snapshot(observer: Client): Promise<Snapshot> {
  type KeyNode = { id: string; status: string; permissions: string[] };
  type UserNode = { id: string; status: string; isSuperAdmin: boolean; roles: { permissions: string[] }[] };
  const keys = await pages<KeyNode>(
    observer,
    'query($after: String) { apiKeys(first: 100, after: $after) { edges { node { id status permissions } } pageInfo { hasNextPage endCursor } } }',
    'apiKeys',
  );
  const users = await pages<UserNode>(
    observer,
    'query($after: String) { users(first: 100, after: $after) { edges { node { id status isSuperAdmin roles { permissions } } } pageInfo { hasNextPage endCursor } } }',
    'users',
  );
  const roles = await observer.request<{ roles: { id: string; name: string; builtIn: boolean; permissions: string[] }[] }>(
    '{ roles { id name builtIn permissions } }',
  );
  if (!roles.data) throw new Error(`snapshot of roles failed: ${roles.errors?.[0]?.message ?? 'no data'}`);
  return {
    keys: new Map(keys.map((k) => [k.id, { status: k.status, permissions: permissions(k.permissions) }])),
    users: new Map(
      users.map((u) => [u.id, { status: u.status, permissions: u.isSuperAdmin ? [...ALL_PERMISSIONS] : permissions(u.roles.flatMap((r) => r.permissions)) }]),
    ),
    roles: new Map(roles.data.roles.map((r) => [r.id, { name: r.name, builtIn: r.builtIn, permissions: permissions(r.permissions) }])),
  };
}

/** The bootstrap super admin: the observer, and the Super Admin actor. */
export async function superAdminActor(server: TestServer): Promise<{ actor: Actor; sessionToken: string }> {
  const em = server.keyward.orm.em.fork();
  const { token, user } = await server.keyward.services.auth.signIn(em, ADMIN_EMAIL, ADMIN_PASSWORD, TEST_META);
  const client = new Client(server.url);
  client.cookie = `${SESSION_COOKIE}=${token}`;
  return { actor: { label: 'Super Admin', client, principal: `user:${user.id}` }, sessionToken: token };
}

async function createRole(observer: Client, name: string, granted: Permission[]): Promise<string> {
  const res = await observer.request<{ createRole: { id: string } }>('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
    input: { name, permissions: granted },
  });
  const id = res.data?.createRole.id;
  if (id === undefined) throw new Error(`createRole failed: ${res.errors?.[0]?.message ?? 'no data'}`);
  return id;
}

/** A person invited by the super admin (through the invitation service) who accepted: a signed-in client. */
async function person(server: TestServer, adminSession: string, email: string, roleId: string): Promise<{ client: Client; userId: string }> {
  const { invitations, sessions } = server.keyward.services;
  const em = server.keyward.orm.em.fork();
  const admin = await sessions.resolve(em, adminSession);
  if (admin === null) throw new Error('the super admin session ended');
  const { token } = await invitations.invite(em, admin, { email, roleIds: [roleId] }, TEST_META);
  const { user, sessionToken } = await invitations.acceptInvitation(em, token, MEMBER_PASSWORD, TEST_META);
  const client = new Client(server.url);
  client.cookie = `${SESSION_COOKIE}=${sessionToken}`;
  return { client, userId: user.id };
}

/**
 * A fresh cast for one run: people with each built-in role and a custom key manager, and keys
 * with the Org Admin role (whole and read-scoped), the Member role and the custom roles.
 */
export async function buildWorld(server: TestServer, superAdmin: { actor: Actor; sessionToken: string }, run: number): Promise<World> {
  const observer = superAdmin.actor.client;
  const before = await snapshot(observer);
  const builtIn = (name: string) => [...before.roles].find(([, r]) => r.builtIn && r.name === name)?.[0] ?? '';
  const superAdminRole = builtIn('Super Admin');
  const orgAdmin = builtIn('Org Admin');
  const member = builtIn('Member');
  const readOnly = builtIn('Read-only');
  const keyManager = await createRole(observer, `Key managers ${run}`, KEY_MANAGER);
  const peopleManager = await createRole(observer, `People managers ${run}`, PEOPLE_MANAGER);
  const world: World = {
    run,
    actors: [superAdmin.actor],
    keyIds: [],
    userIds: [],
    roleIds: [superAdminRole, orgAdmin, member, readOnly, keyManager, peopleManager].filter((id) => id !== ''),
    customRoleIds: [keyManager, peopleManager],
    labels: new Map(),
  };
  const people: [string, string][] = [
    ['Org Admin', orgAdmin],
    ['Member', member],
    ['Read-only', readOnly],
    ['Key manager', keyManager],
    ['People manager', peopleManager],
  ];
  for (const [label, roleId] of people) {
    const slug = label.toLowerCase().replace(/[^a-z]+/g, '-');
    const { client, userId } = await person(server, superAdmin.sessionToken, `${slug}-${run}@escalation.test`, roleId);
    world.actors.push({ label: `${label} (person)`, client, principal: `user:${userId}` });
    world.userIds.push(userId);
    world.labels.set(userId, `${label} (person)`);
  }
  const keys: [string, string[], Permission[] | null][] = [
    ['Org Admin key', [orgAdmin], null],
    ['read-scoped Org Admin key', [orgAdmin], READ_SCOPES],
    ['Member key', [member], null],
    ['Key manager key', [keyManager], null],
    ['People manager key', [peopleManager], null],
  ];
  for (const [label, roleIds, scopes] of keys) {
    const { apiKey, token } = await createKey(observer, { name: `${label} ${run}`, roleIds, scopes });
    world.actors.push({ label, client: keyClient(server.url, token), principal: `key:${apiKey.id}` });
    world.keyIds.push(apiKey.id);
    world.labels.set(apiKey.id, label);
  }
  return world;
}
