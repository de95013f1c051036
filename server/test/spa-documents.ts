import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, print, visit, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { REPO_ROOT } from '../src/config/config';

/** The GraphQL operations the SPA sends, read from the .graphql files under web/src. */

const WEB_SRC = join(REPO_ROOT, 'web', 'src');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

const definitions = graphqlFiles(WEB_SRC).flatMap((file) =>
  parse(readFileSync(file, 'utf8')).definitions.map((definition) => ({ file: relative(WEB_SRC, file), definition })),
);
const fragments = new Map(definitions.flatMap(({ definition }) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));

/** Every operation of the SPA with the file (under web/src) that defines it. */
export const spaOperations: { file: string; operation: OperationDefinitionNode }[] = definitions.flatMap(({ file, definition }) =>
  definition.kind === Kind.OPERATION_DEFINITION ? [{ file, operation: definition }] : [],
);

/** The operation with every fragment it spreads (through other fragments too), as the SPA's codegen documents send it. */
export function documentOf(operation: OperationDefinitionNode): string {
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment === undefined || needed.has(fragment.name.value)) return;
        needed.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...needed.values()].map((node) => print(node)).join('\n\n');
}

/** The document of the SPA operation called `name`. */
export function spaDocument(name: string): string {
  const found = spaOperations.find(({ operation }) => operation.name?.value === name);
  if (found === undefined) throw new Error(`the SPA has no operation ${name}`);
  return documentOf(found.operation);
}
