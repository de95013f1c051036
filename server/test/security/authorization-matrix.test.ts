import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltInRoleKey } from '@keyward/shared/permissions';
import { buildKeywardSchema } from '../../src/graphql/schema';
import type { GraphQLResponse, TestServer } from '../harness';
import { isObjectType } from 'graphql';
import { CATALOG, decisionFor, OPEN_ROOT_FIELDS, type Decision } from './operation-catalog';
import { expectedAccess, guardedFields, hasValueAt, type GuardedField } from './schema-guards';
import { BUILT_IN_ROLE_KEYS, KEYABLE_PERMISSIONS, type Actor, type KeyFactory } from './security-actors';
import { startSecuritySuite, type Fixtures } from './security-fixtures';

/*
 * Every field the schema guards with @requires × the four built-in roles × an API key with exactly
 * what the call needs × an API key with everything but the field's permission. The expectation is
 * computed from the schema and the shared role catalog: a guarded field the actor lacks the
 * permission for is FORBIDDEN (HTTP 403 for a key when nothing of the operation could run), and an
 * actor holding every permission on the path gets the field without any FORBIDDEN.
 *
 * One server and one set of fixtures for the whole file (not one per test): the matrix is ~400
 * calls, and mutations act on throwaway records made per call, so no cell depends on another.
 */

const schema = await buildKeywardSchema();
const GUARDS = guardedFields(schema);

let server: TestServer;
let fx: Fixtures;
let people: Record<BuiltInRoleKey, Actor>;
let keys: KeyFactory;

beforeAll(async () => {
  ({ server, fx, people, keys } = await startSecuritySuite('matrix'));
}, 120_000);
afterAll(async () => server.close());

type GraphQLErrorBody = NonNullable<GraphQLResponse['errors']>[number];

/** A refusal by `@requires` (or the API-key gate in front of it), as opposed to a product rule. */
const isPermissionRefusal = (e: GraphQLErrorBody) =>
  e.extensions?.code === 'FORBIDDEN' && /requires the [A-Z_]+ permission|API key lacks the permission/.test(e.message);
const pathOf = (e: GraphQLErrorBody) => (e.path ?? []).filter((step) => typeof step === 'string').join('.');

async function actorsFor(guard: GuardedField, decision: Decision): Promise<Actor[]> {
  const probe = await decision.build(fx, people.SUPER_ADMIN);
  const needs = new Set([...expectedAccess(schema, probe.query, () => true).needs, ...(decision.alsoNeeds ?? [])]);
  return [
    ...BUILT_IN_ROLE_KEYS.map((role) => people[role]),
    // Labelled per guard: keys are shared by permission set, and super-admin-only permissions (which
    // no key holds) give several guards the same "without" key.
    { ...(await keys.key(`Key with ${guard.permission}`, needs)), label: `Key with ${guard.permission}` },
    { ...(await keys.key(`Key without ${guard.permission}`, KEYABLE_PERMISSIONS.filter((p) => p !== guard.permission))), label: `Key without ${guard.permission}` },
  ];
}

/** Runs one cell of the matrix and checks it against what the schema and the actor's permissions say. */
async function checkCell(guard: GuardedField, decision: Decision, actor: Actor): Promise<'allowed' | 'refused'> {
  const { query, variables } = await decision.build(fx, actor);
  const expected = expectedAccess(schema, query, (p) => actor.permissions.has(p));
  const cell = `${guard.coordinate} as ${actor.label}`;
  const field = expectedAccess(schema, query, () => true).reached.get(guard.coordinate);
  expect(field, `${cell}: the decision's call does not select ${guard.coordinate}`).toBeDefined();
  const res = await actor.client.request(query, variables);
  const errors = res.errors ?? [];
  if (actor.kind === 'key' && expected.roots.every((root) => expected.refused.includes(root))) {
    expect({ status: res.status, codes: errors.map((e) => e.extensions?.code) }, cell).toEqual({ status: 403, codes: ['FORBIDDEN'] });
    return 'refused';
  }
  expect([...new Set(errors.filter(isPermissionRefusal).map(pathOf))].sort(), `${cell}: refused fields`).toEqual(expected.refused);
  const others = errors.filter((e) => !isPermissionRefusal(e)).map((e) => `${String(e.extensions?.code)}: ${e.message}`);
  const fieldRefused = expected.refused.some((path) => field === path || field?.startsWith(`${path}.`));
  if (decision.refusesKeys !== undefined && actor.kind === 'key' && !fieldRefused) {
    expect(others, `${cell}: refused by a product rule`).toEqual([`FORBIDDEN: ${decision.refusesKeys}`]);
    return 'refused';
  }
  expect(others, `${cell}: other errors`).toEqual([]);
  if (fieldRefused) return 'refused';
  expect(hasValueAt(res.data, field ?? ''), `${cell}: ${field ?? ''} is in the response`).toBe(true);
  return 'allowed';
}

describe('the decision catalog', () => {
  it('has a decision for every field the schema guards with @requires (a new field without one fails here by name)', () => {
    expect(GUARDS.filter((g) => decisionFor(g.coordinate) === undefined).map((g) => `${g.coordinate} @requires(permission: ${g.permission})`)).toEqual([]);
  });

  it('has no decision for a field the schema does not guard (a dropped @requires fails here)', () => {
    const guarded = new Set(GUARDS.map((g) => g.coordinate));
    expect(Object.keys(CATALOG).filter((coordinate) => !guarded.has(coordinate))).toEqual([]);
  });

  it('has no root query or mutation that is neither guarded nor deliberately open', () => {
    const guarded = new Set(GUARDS.map((g) => g.coordinate));
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      isObjectType(type) ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : [],
    );
    expect(roots.filter((coordinate) => !guarded.has(coordinate) && !Object.hasOwn(OPEN_ROOT_FIELDS, coordinate))).toEqual([]);
    expect(Object.keys(OPEN_ROOT_FIELDS).filter((coordinate) => !roots.includes(coordinate) || guarded.has(coordinate))).toEqual([]);
  });

  it('expects a refused field to stop there: nothing below it runs, its siblings do', () => {
    const query = '{ organization { name rateLimitCeiling { perMinute } } apiKeys(first: 1) { edges { node { maskedKey roles { usage { members } } } } } }';
    const reader = expectedAccess(schema, query, (p) => p === 'API_KEYS_READ');
    expect(reader.refused).toEqual(['apiKeys.edges.node.roles.usage', 'organization.rateLimitCeiling']);
    expect(expectedAccess(schema, query, () => false).refused).toEqual(['apiKeys', 'organization.rateLimitCeiling']);
    expect(reader.roots).toEqual(['organization', 'apiKeys']);
  });

  it('finds the guards of root queries, root mutations and nested fields in the built schema', () => {
    const kinds = new Set(GUARDS.map((g) => (g.coordinate.startsWith('Query.') ? 'query' : g.coordinate.startsWith('Mutation.') ? 'mutation' : 'nested')));
    expect([...kinds].sort()).toEqual(['mutation', 'nested', 'query']);
    expect(GUARDS.length).toBeGreaterThanOrEqual(60);
  });
});

describe('authorization matrix', () => {
  for (const guard of GUARDS) {
    it.concurrent(`${guard.coordinate} needs ${guard.permission}: each built-in role and key gets it exactly when it holds that`, async () => {
      const decision = decisionFor(guard.coordinate);
      if (decision === undefined) throw new Error(`${guard.coordinate} has @requires(permission: ${guard.permission}) but no decision in operation-catalog.ts`);
      const outcomes = new Map<string, 'allowed' | 'refused'>();
      for (const actor of await actorsFor(guard, decision)) outcomes.set(actor.label, await checkCell(guard, decision, actor));
      // The matrix must see both sides of every guard: the super admin gets the field, the key without its permission does not.
      expect(outcomes.get(people.SUPER_ADMIN.label)).toBe('allowed');
      expect(outcomes.get(`Key without ${guard.permission}`)).toBe('refused');
    });
  }
});
