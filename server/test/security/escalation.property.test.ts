import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_GRANTABLE_PERMISSIONS } from '@keyward/shared/api-keys';
import type { Permission } from '@keyward/shared/permissions';
import { keyClient, RESUME_KEY, ROLL_KEY, SUSPEND_KEY } from '../api-key-helpers';
import { startTestServer, type GraphQLResponse, type TestServer } from '../harness';
import { buildWorld, heldBy, principals, snapshot, superAdminActor, type Actor, type Snapshot, type World } from './escalation-world';

/*
 * Security suite: nobody gains, hands out or restores a permission they do not hold. Random
 * sequences of key, role and membership operations, each by a random actor (people with every
 * built-in role, custom-role managers, API keys of several scopes, and every key or token made
 * along the way). After each step, read back through the API:
 *  - whatever the actor created, changed, rolled, resumed, re-limited or enabled holds only
 *    permissions the actor held when it acted;
 *  - nobody gained a permission the actor did not hold (a resumed key or an enabled member
 *    gains everything it holds);
 *  - the actor itself gained nothing.
 * Refusals must be coded errors, never internal ones.
 */

const ACCEPTED_REFUSALS = new Set(['FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND', 'UNAUTHENTICATED', 'RATE_LIMITED']);

const pick = fc.nat({ max: 999 });
const roleChoice = fc.uniqueArray(pick, { minLength: 1, maxLength: 2 });
const permissionChoice = fc.subarray([...API_KEY_GRANTABLE_PERMISSIONS], { minLength: 1 });

const operation = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('createKey' as const), actor: pick, roles: roleChoice, scopes: fc.option(permissionChoice, { nil: null }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('updateKey' as const),
      actor: pick,
      target: pick,
      roles: fc.option(roleChoice, { nil: null }),
      scopes: fc.option(fc.option(permissionChoice, { nil: null }), { nil: undefined }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('rollKey' as const), actor: pick, target: pick, grace: fc.constantFrom(0, 5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('suspendKey' as const), actor: pick, target: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('resumeKey' as const), actor: pick, target: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('setKeyRateLimit' as const), actor: pick, target: pick, perMinute: fc.integer({ min: 1, max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('createRole' as const), actor: pick, permissions: permissionChoice, ownOnly: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('updateRole' as const), actor: pick, target: pick, permissions: permissionChoice, ownOnly: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setUserRoles' as const), actor: pick, target: pick, roles: roleChoice }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('inviteUser' as const), actor: pick, roles: roleChoice }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('disableUser' as const), actor: pick, target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('enableUser' as const), actor: pick, target: pick }) },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** What a successful step touched, and a token it handed the actor. */
interface Outcome {
  response: GraphQLResponse;
  touched?: { kind: 'key' | 'role' | 'user'; id: string };
  issued?: { keyId: string; token: string };
}

let server: TestServer;
let superAdmin: Awaited<ReturnType<typeof superAdminActor>>;
let runs = 0;
/** How often each operation went through: the property means little if nothing ever succeeds. */
const succeeded = new Map<Operation['kind'], number>();

beforeAll(async () => {
  server = await startTestServer();
  superAdmin = await superAdminActor(server);
});
afterAll(async () => {
  await server.close();
});

const at = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

function idOf(response: GraphQLResponse, field: string, path: 'id' | 'apiKey' = 'id'): string {
  const value = response.data?.[field] as { id?: string; apiKey?: { id: string } } | undefined;
  return (path === 'apiKey' ? value?.apiKey?.id : value?.id) ?? '';
}

/** Performs one operation as the chosen actor, through the API. */
async function perform(world: World, before: Snapshot, actor: Actor, op: Operation, step: number): Promise<Outcome> {
  const held = heldBy(before, actor.principal);
  const roles = (choice: number[]) => [...new Set(choice.map((i) => at(world.roleIds, i) ?? ''))];
  const key = 'target' in op ? (at(world.keyIds, op.target) ?? '') : '';
  const user = 'target' in op ? (at(world.userIds, op.target) ?? '') : '';
  const narrowed = (wanted: Permission[], ownOnly: boolean) => {
    const own = wanted.filter((p) => held.has(p));
    return ownOnly && own.length > 0 ? own : wanted;
  };
  const rolePermissions = (roleIds: string[]) => new Set(roleIds.flatMap((id) => before.roles.get(id)?.permissions ?? []));
  switch (op.kind) {
    case 'createKey': {
      const roleIds = roles(op.roles);
      const granted = rolePermissions(roleIds);
      const scopes = op.scopes === null ? null : op.scopes.filter((p) => granted.has(p));
      const response = await actor.client.request(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }',
        { input: { name: `Made by ${actor.label} ${world.run}.${step}`, roleIds, scopes } },
      );
      const id = idOf(response, 'createApiKey', 'apiKey');
      const token = (response.data?.createApiKey as { token?: string } | undefined)?.token ?? '';
      return { response, touched: { kind: 'key', id }, issued: { keyId: id, token } };
    }
    case 'updateKey': {
      const roleIds = op.roles === null ? null : roles(op.roles);
      const granted = rolePermissions(roleIds ?? []);
      const scopes = op.scopes == null || roleIds === null ? op.scopes : op.scopes.filter((p) => granted.has(p));
      const input = { name: `Renamed ${world.run}.${step}`, ...(roleIds === null ? {} : { roleIds }), ...(scopes === undefined ? {} : { scopes }) };
      const response = await actor.client.request('mutation($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { id } }', { id: key, input });
      return { response, touched: { kind: 'key', id: key } };
    }
    case 'rollKey': {
      const response = await actor.client.request(ROLL_KEY, { id: key, grace: op.grace });
      const token = (response.data?.rollApiKey as { token?: string } | undefined)?.token ?? '';
      return { response, touched: { kind: 'key', id: key }, issued: { keyId: key, token } };
    }
    case 'suspendKey':
      return { response: await actor.client.request(SUSPEND_KEY, { id: key }) };
    case 'resumeKey':
      return { response: await actor.client.request(RESUME_KEY, { id: key }), touched: { kind: 'key', id: key } };
    case 'setKeyRateLimit': {
      const response = await actor.client.request('mutation($id: ID!, $input: ApiKeyRateLimitInput!) { setApiKeyRateLimit(id: $id, input: $input) { id } }', {
        id: key,
        input: { perMinute: op.perMinute, perHour: 20_000 },
      });
      return { response, touched: { kind: 'key', id: key } };
    }
    case 'createRole': {
      const response = await actor.client.request('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
        input: { name: `Role ${world.run}.${step}`, permissions: narrowed(op.permissions, op.ownOnly) },
      });
      return { response, touched: { kind: 'role', id: idOf(response, 'createRole') } };
    }
    case 'updateRole': {
      const role = at(world.customRoleIds, op.target) ?? '';
      const response = await actor.client.request('mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }', {
        id: role,
        input: { permissions: narrowed(op.permissions, op.ownOnly) },
      });
      return { response, touched: { kind: 'role', id: role } };
    }
    case 'setUserRoles': {
      const response = await actor.client.request('mutation($id: ID!, $roleIds: [ID!]!) { setUserRoles(id: $id, roleIds: $roleIds) { id } }', { id: user, roleIds: roles(op.roles) });
      return { response, touched: { kind: 'user', id: user } };
    }
    case 'inviteUser': {
      const response = await actor.client.request('mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
        input: { email: `invited-${world.run}-${step}@escalation.test`, roleIds: roles(op.roles) },
      });
      return { response, touched: { kind: 'user', id: idOf(response, 'inviteUser') } };
    }
    case 'disableUser':
      return { response: await actor.client.request('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: user }) };
    case 'enableUser':
      return { response: await actor.client.request('mutation($id: ID!) { enableUser(id: $id) { id } }', { id: user }), touched: { kind: 'user', id: user } };
  }
}

function permissionsOf(after: Snapshot, touched: NonNullable<Outcome['touched']>): Permission[] {
  if (touched.kind === 'key') return after.keys.get(touched.id)?.permissions ?? [];
  if (touched.kind === 'role') return after.roles.get(touched.id)?.permissions ?? [];
  return after.users.get(touched.id)?.permissions ?? [];
}

/** The invariant after one step; returns what went wrong, or null. */
function violation(before: Snapshot, after: Snapshot, actor: Actor, outcome: Outcome): string | null {
  const held = heldBy(before, actor.principal);
  const beyond = (ps: Iterable<Permission>) => [...ps].filter((p) => !held.has(p));
  const code = outcome.response.errors?.[0]?.extensions?.code;
  if (outcome.response.errors !== undefined) {
    return typeof code === 'string' && ACCEPTED_REFUSALS.has(code) ? null : `answered ${String(code)}: ${outcome.response.errors[0]?.message ?? ''}`;
  }
  if (outcome.touched !== undefined) {
    const handedOut = beyond(permissionsOf(after, outcome.touched));
    if (handedOut.length > 0) return `left ${outcome.touched.kind} ${outcome.touched.id} holding ${handedOut.join(', ')}, which the actor does not hold`;
  }
  for (const principal of principals(after)) {
    const had = heldBy(before, principal);
    const gained = [...heldBy(after, principal)].filter((p) => !had.has(p));
    if (principal === actor.principal && gained.length > 0) return `gained ${gained.join(', ')} itself`;
    const foreign = beyond(gained);
    if (foreign.length > 0) return `made ${principal} gain ${foreign.join(', ')}, which the actor does not hold`;
  }
  return null;
}

function targetLabel(world: World, op: Operation): string {
  if (!('target' in op)) return '';
  const pool = op.kind === 'updateRole' ? world.customRoleIds : op.kind.endsWith('User') || op.kind === 'setUserRoles' ? world.userIds : world.keyIds;
  const id = at(pool, op.target) ?? '';
  return ` on ${world.labels.get(id) ?? id}`;
}

describe('the escalation property (security suite)', () => {
  it('no sequence of key, role and membership operations lets anyone hold or hand out a permission they do not hold', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 4, maxLength: 10 }), async (ops) => {
        runs += 1;
        const world = await buildWorld(server, superAdmin, runs);
        let before = await snapshot(superAdmin.actor.client);
        for (const [step, op] of ops.entries()) {
          const actor = at(world.actors, op.actor) ?? superAdmin.actor;
          const outcome = await perform(world, before, actor, op, step);
          const after = await snapshot(superAdmin.actor.client);
          const problem = violation(before, after, actor, outcome);
          if (problem !== null) {
            const target = targetLabel(world, op);
            throw new Error(`step ${step + 1}: ${actor.label} ${op.kind}${target} ${problem}`);
          }
          if (outcome.response.errors === undefined && outcome.issued !== undefined && outcome.issued.token !== '') {
            const label = `token of ${world.labels.get(outcome.issued.keyId) ?? 'a new key'} from ${actor.label}`;
            world.actors.push({ label, client: keyClient(server.url, outcome.issued.token), principal: `key:${outcome.issued.keyId}` });
            if (!world.keyIds.includes(outcome.issued.keyId)) world.keyIds.push(outcome.issued.keyId);
            world.labels.set(outcome.issued.keyId, world.labels.get(outcome.issued.keyId) ?? `key made by ${actor.label}`);
          }
          if (op.kind === 'createRole' && outcome.touched !== undefined && outcome.response.errors === undefined) world.customRoleIds.push(outcome.touched.id);
          if (outcome.response.errors === undefined) succeeded.set(op.kind, (succeeded.get(op.kind) ?? 0) + 1);
          before = after;
        }
      }),
      { numRuns: 12 },
    );
    const empowering = ['rollKey', 'resumeKey', 'updateKey', 'setKeyRateLimit'] as const;
    expect(empowering.reduce((sum, kind) => sum + (succeeded.get(kind) ?? 0), 0)).toBeGreaterThan(0);
  });
});
