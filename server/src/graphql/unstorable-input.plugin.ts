import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import { badField, toGraphQLError } from '../core/errors';

/** Unpaired UTF-16 surrogates (they cannot be encoded as UTF-8). */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** False for NUL (PostgreSQL text cannot hold it) and unpaired surrogates. */
export const isStorableText = (value: string): boolean => !value.includes('\u0000') && !UNPAIRED_SURROGATE.test(value);

/** The path of the first string in a JSON-like value that cannot be stored, e.g. `$input.values[0].value`. */
export function unstorableVariablePath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableVariablePath(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableVariablePath(item, `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function unstorableLiteralPath(value: ValueNode, path: string): string | undefined {
  if (value.kind === Kind.STRING) return isStorableText(value.value) ? undefined : path;
  if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const found = unstorableLiteralPath(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = unstorableLiteralPath(field.value, `${path}.${field.name.value}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The first literal argument (of a field or a directive) holding unstorable text, as `field.argument.path`. */
export function unstorableArgumentPath(document: DocumentNode): string | undefined {
  let found: string | undefined;
  const check = (owner: string, args: readonly ArgumentNode[] | undefined) => {
    for (const arg of args ?? []) found ??= unstorableLiteralPath(arg.value, `${owner}.${arg.name.value}`);
  };
  visit(document, {
    Field: (node) => check(node.name.value, node.arguments),
    Directive: (node) => check(`@${node.name.value}`, node.arguments),
  });
  return found;
}

export function unstorableInputError(path: string): GraphQLError {
  const error = toGraphQLError(badField(path, `${path} contains a character that cannot be stored (a NUL byte or an unpaired surrogate).`));
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
}

/**
 * Refuses, before any resolver runs, an operation whose variables or literal arguments hold text
 * PostgreSQL cannot store, naming the variable or argument path (BAD_USER_INPUT).
 */
export function unstorableInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const path =
            Object.entries(request.variables ?? {})
              .map(([name, value]) => unstorableVariablePath(value, `$${name}`))
              .find((p) => p !== undefined) ?? unstorableArgumentPath(document);
          if (path !== undefined) throw unstorableInputError(path);
        },
      };
    },
  };
}
