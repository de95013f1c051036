import { getDirective } from '@graphql-tools/utils';
import { isObjectType, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { isPermission, type Permission } from '@keyward/shared/permissions';

/** A field (`Type.field`) or a whole type (`Type`) carrying `@requires(permission: …)`. */
export interface GuardedField {
  coordinate: string;
  permission: Permission;
}

function requiredPermission(schema: GraphQLSchema, node: Parameters<typeof getDirective>[1]): Permission | undefined {
  const value: unknown = getDirective(schema, node, 'requires')?.[0]?.permission;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isPermission(value)) throw new Error(`@requires names an unknown permission: ${String(value)}`);
  return value;
}

/** Every guard of the built schema, in schema order: root fields, nested fields and guarded types. */
export function guardedFields(schema: GraphQLSchema): GuardedField[] {
  const guards: GuardedField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const onType = requiredPermission(schema, type);
    if (onType !== undefined) guards.push({ coordinate: type.name, permission: onType });
    for (const field of Object.values(type.getFields())) {
      const permission = requiredPermission(schema, field);
      if (permission !== undefined) guards.push({ coordinate: `${type.name}.${field.name}`, permission });
    }
  }
  return guards;
}

/** The permission a field needs: its own `@requires`, else its type's. */
export function guardOf(schema: GraphQLSchema, type: GraphQLObjectType, fieldName: string): Permission | undefined {
  const field = type.getFields()[fieldName];
  return (field === undefined ? undefined : requiredPermission(schema, field)) ?? requiredPermission(schema, type);
}

export interface ExpectedAccess {
  /** Response paths (keys joined with dots, list indices left out) the server must refuse as FORBIDDEN. */
  refused: string[];
  /** The response keys of the top-level fields. */
  roots: string[];
  /** Where each selected `Type.field` sits in the response (it is only reached when nothing above it is refused). */
  reached: Map<string, string>;
  /** Every permission the operation's guards ask for, for an actor that may run all of it. */
  needs: Set<Permission>;
}

/**
 * Walks an operation against the schema as the server will run it: a guarded field the actor
 * lacks the permission for is refused and nothing below it runs. Fragments are not used by the catalog.
 */
export function expectedAccess(schema: GraphQLSchema, query: string, holds: (permission: Permission) => boolean): ExpectedAccess {
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  const refused: string[] = [];
  const roots: string[] = [];
  const reached = new Map<string, string>();
  const needs = new Set<Permission>();
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          const key = node.alias?.value ?? node.name.value;
          if (path.length === 0) roots.push(key);
          if (!isObjectType(parent)) throw new Error(`cannot place ${node.name.value} in the schema`);
          const here = [...path, key].join('.');
          const permission = guardOf(schema, parent, node.name.value);
          if (permission !== undefined) needs.add(permission);
          if (!reached.has(`${parent.name}.${node.name.value}`)) reached.set(`${parent.name}.${node.name.value}`, here);
          if (permission !== undefined && !holds(permission)) {
            refused.push(here);
            return false;
          }
          path.push(key);
          return undefined;
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return { refused: [...new Set(refused)].sort(), roots, reached, needs };
}

/** Whether a response holds a value (null included) at a dotted path, looking through lists. */
export function hasValueAt(data: unknown, path: string): boolean {
  const step = (value: unknown, keys: string[]): boolean => {
    if (keys.length === 0) return value !== undefined;
    if (Array.isArray(value)) return value.length > 0 && value.every((item) => step(item, keys));
    if (value === null || typeof value !== 'object') return false;
    const [head, ...rest] = keys;
    return head !== undefined && step((value as Record<string, unknown>)[head], rest);
  };
  return step(data, path.split('.'));
}
