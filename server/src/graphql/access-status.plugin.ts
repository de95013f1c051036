import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Permission } from '@keyward/shared/permissions';
import { forbiddenAnswer, preExecutionGraphQLError, unauthenticatedAnswer } from './pre-execution-errors';
import type { GraphQLContext } from '../core/context';

type RootKind = 'query' | 'mutation' | 'subscription';

/**
 * Root fields declared with `@Authorized()` / `@Requires(...)` and the permissions each needs
 * (none for `@Authorized()`); read from type-graphql's metadata once the schema is built.
 */
type ProtectedRootFields = Record<RootKind, ReadonlyMap<string, readonly Permission[]>>;

function protectedRootFields(): ProtectedRootFields {
  const storage = getMetadataStorage();
  const guarded = (defs: { schemaName: string; roles?: unknown[] }[]) =>
    new Map(defs.flatMap((d) => (d.roles === undefined ? [] : [[d.schemaName, d.roles.filter((r): r is Permission => typeof r === 'string')] as const])));
  return { query: guarded(storage.queries), mutation: guarded(storage.mutations), subscription: guarded(storage.subscriptions) };
}

/** The top-level fields of an operation, through fragments: their names and response keys (aliases). */
function rootFields(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): { names: Set<string>; keys: Set<string> } {
  const names = new Set<string>();
  const keys = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return { names, keys };
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return fragments;
}

/**
 * HTTP statuses that say what happened to the whole operation:
 * - 401 before execution when nobody is authenticated and the operation selects a root field
 *   that needs an actor (same message as a refused API key: it never says which case it was);
 * - 403 before execution when every top-level field of an API key's operation needs a permission
 *   the key lacks (nothing of it could run), and after execution when every top-level field was
 *   refused as FORBIDDEN all the same (e.g. `viewer`, which is for users only); when some of it
 *   could run, 200 with the FORBIDDEN field errors. Browser sessions keep 200 with per-field errors, which the SPA renders.
 * It also marks keyed requests that answered with errors, for the key's failure count.
 */
export function accessStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  let guarded: ProtectedRootFields | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (operation === undefined) return;
          guarded ??= protectedRootFields();
          const needs = guarded[operation.operation];
          const names = [...rootFields(operation, fragmentsOf(document)).names].filter((name) => name !== '__typename');
          const actor = contextValue.actor;
          if (actor?.kind === 'apiKey') {
            // Nothing of the operation could run: every top-level field needs a permission the key lacks.
            const lacking = names.map((name) => (needs.get(name) ?? []).filter((p) => !actor.permissions.has(p)));
            if (names.length > 0 && lacking.every((missing) => missing.length > 0)) {
              const missing = [...new Set(lacking.flat())];
              throw preExecutionGraphQLError(
                forbiddenAnswer(`This API key lacks the permission${missing.length === 1 ? '' : 's'} this operation needs: ${missing.join(', ')}.`),
              );
            }
          }
          if (actor !== null) return;
          if (names.some((name) => needs.has(name))) {
            throw preExecutionGraphQLError(unauthenticatedAnswer(false));
          }
        },
        async willSendResponse({ contextValue, response, operation, document }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors === undefined || errors.length === 0) return;
          const keyed = contextValue.apiKeyRequest;
          if (keyed === null) return;
          keyed.markFailed();
          const status = response.http.status;
          if (status !== undefined && status !== 200) return;
          if (operation === undefined || document === undefined) return;
          if (!errors.every((e) => e.extensions?.code === 'FORBIDDEN')) return;
          const noData = data == null || Object.values(data).every((value) => value === null);
          const refused = new Set(errors.map((e) => e.path?.[0]));
          const everyRootRefused = [...rootFields(operation, fragmentsOf(document)).keys].every((key) => refused.has(key));
          if (noData && everyRootRefused) response.http.status = 403;
        },
      };
    },
  };
}
