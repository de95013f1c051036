import { randomBytes } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutInputValues } from '../src/graphql/format-error';
import { buildKeywardSchema } from '../src/graphql/schema';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

/** Field names that would mean a value, or what it is made from, can leave the server. */
const VALUE_LIKE = /value|cipher|plain|nonce|wrapped|datakey|keyid|secretbytes/i;
const KEY_MATERIAL = /cipher|plaintext|nonce|wrappedkey|datakey|masterkey/i;

function objectTypesReachableFrom(schema: GraphQLSchema, roots: string[]): Map<string, GraphQLObjectType> {
  const seen = new Map<string, GraphQLObjectType>();
  const visit = (type: GraphQLNamedType | undefined) => {
    if (type === undefined || seen.has(type.name)) return;
    if (isUnionType(type)) type.getTypes().forEach(visit);
    if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach(visit);
    if (!isObjectType(type)) return;
    seen.set(type.name, type);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  roots.forEach((name) => visit(schema.getType(name) ?? undefined));
  return seen;
}

/** A selection of every field (without required arguments) down to `depth` levels. */
function everything(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .map((field) => `${field.name} ${everything(field.type, depth - 1)}`);
  return `{ ${fields.join(' ')} }`;
}

describe('the schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildKeywardSchema();
  });

  it('has no field that can return a secret value on any type reachable from Secret', () => {
    const roots = ['Secret', 'SecretConnection'];
    for (const root of ['Query', 'Mutation']) {
      const type = schema.getType(root);
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (/secret/i.test(field.name)) roots.push(getNamedType(field.type).name);
      }
    }
    const reachable = objectTypesReachableFrom(schema, roots);
    expect([...reachable.keys()]).toEqual(expect.arrayContaining(['Secret', 'SecretEnvironmentValue', 'SecretVersion', 'SecretReference', 'SecretConnection', 'SecretEdge']));
    const offending: string[] = [];
    for (const type of reachable.values()) {
      for (const field of Object.values(type.getFields())) {
        if (VALUE_LIKE.test(field.name)) offending.push(`${type.name}.${field.name}`);
        const leaf = getNamedType(field.type);
        if (isLeafType(leaf) && !isEnumType(leaf) && !['String', 'Int', 'ID', 'Boolean', 'DateTimeISO'].includes(leaf.name)) {
          offending.push(`${type.name}.${field.name}: ${leaf.name}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('has no output field anywhere named after ciphertexts, plaintexts or key material', () => {
    const offending = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
      .filter((name) => KEY_MATERIAL.test(name.split('.')[1] ?? ''));
    expect(offending).toEqual([]);
  });

  it('takes secret values only through input types', () => {
    const valueInput = schema.getType('SecretValueInput');
    expect(valueInput && isObjectType(valueInput)).toBe(false);
    expect(objectTypesReachableFrom(schema, ['Query', 'Mutation']).has('SecretValueInput')).toBe(false);
  });
});

describe('a created value', () => {
  let server: TestServer;
  let admin: Client;
  const first = `first-${randomBytes(16).toString('hex')}`;
  const second = `second-${randomBytes(16).toString('hex')}`;
  const responses: string[] = [];

  const send = async (query: string, variables?: Record<string, unknown>) => {
    const res = await admin.request(query, variables);
    responses.push(JSON.stringify(res));
    return res;
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signedInAdmin(server);
    const schema = await buildKeywardSchema();
    const query = schema.getQueryType();
    const secretType = query?.getFields().secret?.type;
    const connectionType = query?.getFields().secrets?.type;
    if (secretType === undefined || connectionType === undefined) throw new Error('secret queries missing');
    const all = everything(secretType, 5);

    await send(`mutation($i: CreateSecretInput!) { createSecret(input: $i) ${all} }`, {
      i: { key: 'EXPOSURE', description: 'watch me', values: [{ environment: 'production', value: first }, { environment: 'qa', value: first }] },
    });
    await send(`mutation($i: UpdateSecretInput!) { updateSecret(key: "EXPOSURE", input: $i) ${all} }`, {
      i: { set: [{ environment: 'production', value: second }], expectedVersions: [{ environment: 'production', version: 1 }] },
    });
    // A stale version: the CONFLICT answer must not quote the rejected value either.
    await send(`mutation($i: UpdateSecretInput!) { updateSecret(key: "EXPOSURE", input: $i) { key } }`, {
      i: { set: [{ environment: 'production', value: second }], expectedVersions: [{ environment: 'production', version: 1 }] },
    });
    await send(`mutation { restoreSecretVersion(key: "EXPOSURE", environment: "production", version: 1) ${all} }`);
    await send(`query { secret(key: "EXPOSURE") ${all} }`);
    await send(`query { secrets(first: 10) ${everything(connectionType, 4)} }`);
    // Malformed input that carries the value: neither the variable nor the literal form may echo it.
    await send('mutation($i: CreateSecretInput!) { createSecret(input: $i) { key } }', { i: { key: 'BROKEN', values: [{ value: first }] } });
    await send('mutation($i: CreateSecretInput!) { createSecret(input: $i) { key } }', { i: { key: 'BROKEN', values: [{ environment: 'qa', value: { v: first } }] } });
    await send(`mutation { createSecret(input: { key: "BROKEN", values: [{ environment: "qa", value: ["${first}"] }] }) { key } }`);
    await send('mutation { deleteSecret(key: "EXPOSURE") { key } }');
  });
  afterAll(async () => {
    await server.close();
  });

  it('was really stored and changed (the exchanges above succeeded)', () => {
    expect(responses[0]).toContain('"key":"EXPOSURE"');
    expect(responses[1]).toContain('"version":2');
    expect(responses[2]).toContain('CONFLICT');
    expect(responses[3]).toContain('"restoredFrom":1');
    expect(responses[4]).toContain('"versions"');
    expect(responses[5]).toContain('"EXPOSURE"');
    expect(responses[9]).toContain('"deleteSecret"');
  });

  it('appears in no response, including errors', () => {
    for (const response of responses) {
      expect(response).not.toContain(first);
      expect(response).not.toContain(second);
    }
    expect(responses[6]).toContain('got an invalid value at \\"i.values[0]\\": Field \\"environment\\" of required type \\"String!\\" was not provided.');
  });

  it('appears in no log line', () => {
    const logs = server.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(first);
    expect(logs).not.toContain(second);
  });

  it('appears in no audit event', async () => {
    const events = await server.keyward.orm.em.fork().find(AuditEvent, { targetId: 'EXPOSURE' });
    expect(events.map((e) => e.action).sort()).toEqual(['secret.created', 'secret.deleted', 'secret.updated', 'secret.version_restored']);
    expect(JSON.stringify(events)).not.toMatch(new RegExp(`${first}|${second}`));
  });
});

describe('withoutInputValues', () => {
  it('drops the quoted value of a variable error and keeps the path and the rule', () => {
    expect(
      withoutInputValues('Variable "$i" got invalid value { value: "hunter2" } at "i.values[0]"; Field "environment" of required type "String!" was not provided.'),
    ).toBe('Variable "$i" got an invalid value at "i.values[0]": Field "environment" of required type "String!" was not provided.');
    expect(withoutInputValues('Variable "$i" got invalid value 42 at "i.values[0].value"; String cannot represent a non string value: 42')).toBe(
      'Variable "$i" got an invalid value at "i.values[0].value": The value does not have the expected type.',
    );
  });

  it('drops the literal of a validation error', () => {
    expect(withoutInputValues('Expected value of type "String!", found ["hunter2"].')).toBe('Expected value of type "String!".');
    expect(withoutInputValues('String cannot represent a non string value: ["hunter2"]')).toBe('String cannot represent a non string value.');
  });

  it('leaves other messages alone', () => {
    expect(withoutInputValues('Variable "$k" of required type "String!" was not provided.')).toBe('Variable "$k" of required type "String!" was not provided.');
  });
});
