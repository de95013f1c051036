import fc from 'fast-check';
import {
  astFromValue,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, REQUEST_ERROR_CODES } from '../../src/core/errors';
import { buildKeywardSchema } from '../../src/graphql/schema';
import { Membership } from '../../src/modules/users/membership.entity';
import { User } from '../../src/modules/users/user.entity';
import { createKey, roleId } from '../api-key-helpers';
import { createConnection, createIntegration, createSecret, restIntegration, saveCredentials } from '../connection-helpers';
import { ADMIN_EMAIL, Client, startTestServer, type TestServer } from '../harness';
import { addMember, MEMBER_PASSWORD, TEST_META } from '../members';

/**
 * Every mutation of the built schema (so a new one is fuzzed without touching this file) gets
 * fast-check arguments — well-typed and wrong-typed values, nulls, 1 MB strings, NUL and other
 * unicode, injection strings, random ids and the ids of organization B's records — from an admin
 * session of organization A over HTTP. Each answer is a coded error or a success, never a 5xx; and
 * no row of organization B changes.
 */

const schema = await buildKeywardSchema();
const MUTATIONS = Object.values(schema.getMutationType()?.getFields() ?? {});
const RUNS_PER_MUTATION = 15;

/** Codes a caller may see; INTERNAL_SERVER_ERROR (or anything unknown) is a defect. */
const KNOWN_CODES = new Set<string>([...ERROR_CODES, ...REQUEST_ERROR_CODES]);

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '"; SELECT pg_sleep(5); --',
  '@@SECRET:DB_PASSWORD@@',
  '@@SECRET:../../etc/passwd@@',
  '@@SECRET:@@',
  '{ __schema { types { name } } }',
  'query { viewer { id } }',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  '${jndi:ldap://127.0.0.1/a}',
  '<script>alert(1)</script>',
  '%00%0d%0a',
  '__proto__',
  'constructor',
  'a\u0000b',
  '\ud800',
  '\u202e\u200b\ufeff',
  '🔑🔐👩‍👩‍👧',
  'production',
  'DB_PASSWORD',
  'x@example.com',
  '',
];
const ONE_MB = 'x'.repeat(1_000_000);
/** Characters appended to otherwise valid values (NUL weighted up, PostgreSQL's classic refusal): NUL, unpaired surrogates, direction and zero-width marks, a combining mark, an emoji. */
const SPICE = ['\u0000', '\u0000', '\u0000', '\ud83d', '\udc00', '\u202e', '\u200b\ufeff', 'e\u0301', '🔑', "'", '"', '\\', '\n\r'];
/**
 * What a super admin (A's admin here is the bootstrap super admin) may do to any organization by
 * design: enter, rename, delete it (organizations.test.ts covers who may; organization-isolation.test.ts
 * that nobody reaches B otherwise). These are aimed at A's ids and random ones, never B's, and each
 * of their runs is followed by a fresh session in A.
 */
const SUPER_ADMIN_REACH = new Set(['switchOrganization', 'updateOrganization', 'deleteOrganization']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Snapshot {
  /** Every row of organization B, per table with an organization column. */
  rows: Record<string, string>;
  /** Every uuid found in those rows, by kind (the table of an `id`, or `x` for a column `x_id`): ids to aim at. */
  ids: Map<string, string[]>;
}

let server: TestServer;
let db: pg.Client;
let admin: Client;
let organizationB = '';
let idsA = new Map<string, string[]>();
let idsB = new Map<string, string[]>();

async function organizationTables(): Promise<string[]> {
  const res = await db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name",
  );
  return res.rows.map((r) => r.table_name);
}

async function snapshot(organizationId: string): Promise<Snapshot> {
  const rows: Record<string, string> = {};
  const tables = await organizationTables();
  // The fuzzing admin's own sessions are theirs, not B's: changing their own password (fuzzed with
  // the real one) rightly ends their other sessions, including one whose current organization is B.
  const actor = await db.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [ADMIN_EMAIL]);
  const actorId = actor.rows[0]?.id ?? '';
  for (const table of tables) {
    const res =
      table === 'session'
        ? await db.query(`SELECT * FROM "${table}" WHERE organization_id = $1 AND user_id <> $2 ORDER BY id`, [organizationId, actorId])
        : await db.query(`SELECT * FROM "${table}" WHERE organization_id = $1 ORDER BY id`, [organizationId]);
    rows[table] = JSON.stringify(res.rows);
  }
  const own = await db.query('SELECT * FROM organization WHERE id = $1', [organizationId]);
  rows.organization = JSON.stringify(own.rows);
  const ids = new Map<string, Set<string>>();
  for (const [table, json] of Object.entries(rows)) {
    for (const row of JSON.parse(json) as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string' || !UUID.test(value)) continue;
        const kind = column === 'id' ? table : column.replace(/_id$/, '');
        ids.set(kind, (ids.get(kind) ?? new Set()).add(value));
      }
    }
  }
  return { rows, ids: new Map([...ids].map(([kind, set]) => [kind, [...set]])) };
}

/** A fresh session for A's admin, made by the session service (signing in again and again would hit the login limit). */
async function refreshAdminSession(): Promise<void> {
  const em = server.keyward.orm.em.fork();
  const user = await em.findOneOrFail(User, { email: ADMIN_EMAIL });
  const membership = await em.findOneOrFail(Membership, { user }, { populate: ['organization'] });
  const token = await server.keyward.services.sessions.create(em, user, membership.organization, TEST_META);
  await em.flush();
  admin.cookie = `keyward_session=${token}`;
}

/** Organization B with one record of every kind, created through the API (createOrganization; see addMember). */
async function seedOrganizationB(): Promise<string> {
  const { membership } = await addMember(server, { email: 'admin-b@other.test', role: 'ORG_ADMIN', organizationName: 'Organization B' });
  const b = new Client(server.url);
  const signIn = await b.signIn('admin-b@other.test', MEMBER_PASSWORD);
  if (signIn.errors) throw new Error(`B's admin could not sign in: ${signIn.errors[0]?.message}`);
  await createSecret(b, 'B_SECRET', [{ environment: 'production', value: 'b-secret-value' }]);
  const integration = await createIntegration(b, restIntegration({ name: 'B API' }));
  const connection = await createConnection(b, { integrationId: integration.id, name: 'B connection', visibility: 'ORGANIZATION' });
  await saveCredentials(b, connection.id, 'production', { token: '@@SECRET:B_SECRET@@' }).catch(() => undefined);
  const role = await b.request<{ createRole: { id: string } }>('mutation { createRole(input: { name: "B role", permissions: [SECRETS_READ] }) { id } }');
  if (role.errors) throw new Error(`B role: ${role.errors[0]?.message}`);
  await createKey(b, { name: 'B key', roleIds: [await roleId(b, 'B role')] });
  const invite = await b.request('mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
    input: { email: 'invited-b@other.test', roleIds: [await roleId(b, 'Member')] },
  });
  if (invite.errors) throw new Error(`B invitation: ${invite.errors[0]?.message}`);
  return membership.organization.id;
}

/** A's own records to aim at too (not the admin's own user or membership, so the session survives the run). */
async function seedOrganizationA(): Promise<Map<string, string[]>> {
  await addMember(server, { email: 'member-a@keyward.test', role: 'MEMBER' });
  await createSecret(admin, 'A_SECRET', [{ environment: 'production', value: 'a-secret-value' }]);
  const integration = await createIntegration(admin, restIntegration({ name: 'A API' }));
  await createConnection(admin, { integrationId: integration.id, name: 'A connection', visibility: 'ORGANIZATION' });
  const em = server.keyward.orm.em.fork();
  const self = await em.findOneOrFail(User, { email: ADMIN_EMAIL });
  const membership = await em.findOneOrFail(Membership, { user: self });
  const { ids } = await snapshot(membership.organization.id);
  const spared = new Set([self.id, membership.id, membership.organization.id]);
  return new Map([...ids].map(([kind, list]) => [kind, list.filter((id) => !spared.has(id))]));
}

/** Ids of the kinds a path names (`deleteSecret.id` → secrets, `setUserRoles.roleIds` → roles, users), else of every kind. */
function idsFor(pool: Map<string, string[]>, path: string): string[] {
  const words = path.toLowerCase();
  const named = [...pool].filter(([kind]) => words.includes(kind.replace(/_/g, ''))).flatMap(([, list]) => list);
  const all = [...pool.values()].flat();
  return named.length > 0 ? named : all;
}

/** A value a person might type into this field: mostly valid, so the services behind get exercised. */
function plausible(path: string): fc.Arbitrary<string> {
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  if (/email/i.test(leaf)) return fc.oneof(fc.emailAddress(), fc.constantFrom('member-a@keyward.test', 'new@keyward.test'));
  if (/^key$/i.test(leaf)) return fc.stringMatching(/^[A-Z][A-Z0-9_]{0,15}$/);
  if (/environment/i.test(leaf)) return fc.constantFrom('production', 'staging', 'development', 'prod');
  if (/password/i.test(leaf)) return fc.constantFrom('Long-Password-123', 'Admin-Password-1', 'short');
  if (/url|host/i.test(leaf)) return fc.constantFrom('https://example.com/v1', 'http://127.0.0.1:1/', 'not a url', 'https://[::1]/');
  return fc.string({ minLength: 1, maxLength: 24 });
}

/**
 * `clean` runs send values a person might type (now and then with an odd character appended) and
 * ids of the right kind, so requests get past validation into the services; `hostile` runs send anything.
 */
type Mode = 'clean' | 'hostile';

function text(path: string, isId: boolean, mode: Mode): fc.Arbitrary<string> {
  const ofA = idsFor(idsA, path);
  const ofB = SUPER_ADMIN_REACH.has(path.split('.')[0] ?? '') ? ofA : idsFor(idsB, path);
  const spiced = fc.tuple(plausible(path), fc.constantFrom(...SPICE)).map(([value, spice]) => `${value}${spice}`);
  if (mode === 'clean') {
    if (isId) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ofA) }, { weight: 2, arbitrary: fc.constantFrom(...ofB) });
    return fc.oneof({ weight: 3, arbitrary: plausible(path) }, { weight: 2, arbitrary: spiced });
  }
  return fc.oneof(
    { weight: isId ? 6 : 1, arbitrary: fc.constantFrom(...ofA, ...ofB) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: isId ? 1 : 3, arbitrary: spiced },
    { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constant(ONE_MB) },
  );
}

/** Values of the wrong shape for any type. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 10 }),
  fc.constant({}),
  fc.constant([]),
  fc.constant({ nested: { deeper: ['x'] } }),
  fc.constant(2 ** 53),
);

function valueFor(type: GraphQLInputType, path: string, depth: number, mode: Mode): fc.Arbitrary<unknown> {
  if (mode === 'clean') return typedValue(type, path, depth, mode);
  return fc.oneof({ weight: depth === 0 ? 9 : 19, arbitrary: typedValue(type, path, depth, mode) }, { weight: 1, arbitrary: wrongValue });
}

function typedValue(type: GraphQLInputType, path: string, depth: number, mode: Mode): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValue(type.ofType, path, depth, mode);
  if (isListType(type)) {
    if (depth > 3) return fc.constant([]);
    return fc.array(valueFor(type.ofType, path, depth + 1, mode), { minLength: mode === 'clean' ? 1 : 0, maxLength: 3 });
  }
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((v) => v.name));
    return mode === 'clean' ? values : fc.oneof({ weight: 5, arbitrary: values }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, `${path}.${field.name}`, depth + 1, mode)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  switch (type.name) {
    case 'ID':
      return text(path, true, mode);
    case 'Int':
      return mode === 'clean' ? fc.integer({ min: 1, max: 100 }) : fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31));
    case 'Float':
      return fc.oneof(fc.double(), fc.constantFrom(0, -1, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
    case 'DateTimeISO':
      return mode === 'clean'
        ? fc.date({ min: new Date('2027-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString())
        : fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2026-13-45T99:99:99Z', 'yesterday', '0000-01-01T00:00:00Z'));
    case 'JSONObject':
    case 'JSON':
      return fc.dictionary(
        fc.oneof(fc.constantFrom('token', 'host', 'password', 'username', 'database', 'port', 'apiKey', '__proto__'), fc.string({ maxLength: 8 })),
        fc.oneof(text(path, false, mode), fc.integer(), fc.boolean(), fc.constant(null)),
        { maxKeys: 4 },
      );
    default:
      return text(path, false, mode);
  }
}

function argumentsFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  if (field.args.length === 0) return fc.constant({});
  const build = (mode: Mode) =>
    fc.record(Object.fromEntries(field.args.map((arg: GraphQLArgument) => [arg.name, valueFor(arg.type, `${field.name}.${arg.name}`, 0, mode)])), {
      requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
    });
  return fc.oneof(build('clean'), build('hostile'));
}

/** A literal for the value when it is one of the type (graphql-js's astFromValue), else undefined. */
function literalOf(value: unknown, type: GraphQLInputType): string | undefined {
  try {
    const ast = astFromValue(value, type);
    return ast === null || ast === undefined ? undefined : print(ast);
  } catch {
    return undefined;
  }
}

/**
 * The request for one run: arguments as variables, or (when `inline`) written into the document as
 * literals wherever they are of the argument's type, so literal arguments get fuzzed too.
 */
function requestFor(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>, inline: boolean): { query: string; variables: Record<string, unknown> } {
  const declared: string[] = [];
  const passed: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const literal = inline && arg.name in values ? literalOf(values[arg.name], arg.type) : undefined;
    if (literal !== undefined) {
      passed.push(`${arg.name}: ${literal}`);
      continue;
    }
    declared.push(`$${arg.name}: ${String(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
    if (arg.name in values) variables[arg.name] = values[arg.name];
  }
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `mutation Fuzz${declared.length > 0 ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length > 0 ? `(${passed.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

function unexpectedLogLines(from: number): string {
  return server.logs
    .slice(from)
    .filter((line) => line.includes('"level":50'))
    .map((line) => line.slice(0, 1200))
    .join('\n');
}

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  admin = new Client(server.url);
  await refreshAdminSession();
  organizationB = await seedOrganizationB();
  idsA = await seedOrganizationA();
  idsB = (await snapshot(organizationB)).ids;
}, 120_000);

afterAll(async () => {
  await db.end();
  await server.close();
});

describe('fuzzing every mutation as an admin of organization A', () => {
  it('covers the whole schema and has records of both organizations to aim at', () => {
    expect(MUTATIONS.length).toBeGreaterThan(40);
    expect([...idsA.keys()]).toEqual(expect.arrayContaining(['secret', 'connection', 'integration', 'user']));
    expect([...idsB.keys()]).toEqual(expect.arrayContaining(['secret', 'connection', 'integration', 'user', 'role', 'api_key', 'membership']));
  });

  it.each(MUTATIONS.map((field) => [field.name, field] as const))('%s answers coded errors or success, never 5xx, and leaves organization B unchanged', async (_name, field) => {
    const before = await snapshot(organizationB);
    const logsFrom = server.logs.length;
    await refreshAdminSession();
    let sessionLost = false;
    await fc.assert(
      fc.asyncProperty(argumentsFor(field), fc.boolean(), async (values, inline) => {
        if (sessionLost) await refreshAdminSession();
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: admin.cookie ?? '' },
          body: JSON.stringify(requestFor(field, values, inline)),
        });
        const raw = await res.text();
        const body = JSON.parse(raw) as { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] };
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        sessionLost = codes.includes('UNAUTHENTICATED') || SUPER_ADMIN_REACH.has(field.name);
        const unknown = codes.filter((code) => typeof code !== 'string' || !KNOWN_CODES.has(code));
        const problem = { status: res.status, unknown, body: raw.slice(0, 600), log: unknownOrServerError(res.status, unknown) ? unexpectedLogLines(logsFrom) : '' };
        expect(problem).toMatchObject({ status: expect.any(Number), unknown: [] });
        expect(res.status, problem.log).toBeLessThan(500);
        expect(raw).not.toMatch(/\n\s+at \S|node_modules|\/work\//);
        if (body.errors === undefined) expect(body.data).toBeTruthy();
      }),
      { numRuns: RUNS_PER_MUTATION },
    );
    const after = await snapshot(organizationB);
    for (const table of Object.keys(before.rows)) expect({ table, rows: after.rows[table] }).toEqual({ table, rows: before.rows[table] });
  });
});

function unknownOrServerError(status: number, unknown: unknown[]): boolean {
  return status >= 500 || unknown.length > 0;
}
