import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOperation, LIMITS } from '../src/graphql/limits';
import { MAX_PAGE_SIZE } from '../src/core/pagination';
import { buildKeywardSchema } from '../src/graphql/schema';
import { documentOf, spaOperations as operations } from './spa-documents';

/** A page of users each with six role lists: about 100 × 62 objects, over the cost limit at 100 a page. */
const HEAVY_USER_PAGE = `edges { node { roles { id name } ${[1, 2, 3, 4, 5].map((i) => `r${i}: roles { id }`).join(' ')} } }`;
/**
 * A value the SPA could send: page sizes at the largest the API allows (the SPA asks for 25–100),
 * nullable inputs filled in (a filter the user set), enums at their first value.
 */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sampleValue(field.type, field.name)]));
  if (isScalarType(type)) {
    if (name === 'first') return MAX_PAGE_SIZE;
    if (type.name === 'Int') return 30;
    if (type.name === 'Float') return 1.5;
    if (type.name === 'Boolean') return true;
    if (type.name === 'DateTime' || type.name === 'DateTimeISO') return '2026-01-01T00:00:00.000Z';
    if (type.name === 'JSONObject' || type.name === 'JSON') return {};
    return 'sample';
  }
  return null;
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildKeywardSchema();
});

describe('every operation the SPA ships passes the server limits', () => {
  it('finds the SPA operations', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map(({ file, operation }) => [operation.name?.value ?? '(anonymous)', file, operation] as const))('%s (%s)', (name, _file, operation) => {
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => {
        const type = typeFromAST(schema, definition.type);
        if (type === undefined) throw new Error(`${name}: unknown variable type ${print(definition.type)}`);
        return [definition.variable.name.value, sampleValue(type as GraphQLInputType, definition.variable.name.value)];
      }),
    );
    const errors = checkOperation(schema, documentOf(operation), variables, name);
    expect(errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
  });

  it('refuses an operation over the cost limit through the same check (the check can fail)', () => {
    const heavy = `query Heavy($n: Int) { users(first: $n) { ${HEAVY_USER_PAGE} } }`;
    expect(checkOperation(schema, heavy, { n: 100 }, 'Heavy').map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`cost limit of ${LIMITS.cost}`, 'i'))]);
    expect(checkOperation(schema, heavy, { n: 5 }, 'Heavy')).toEqual([]);
  });
});
