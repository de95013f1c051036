import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * How many operations a request body is worth to the rate limiter: each top-level field of the
 * operation that will run counts as one (so `{ a: apiKeys {…} b: apiKeys {…} }` is 2, whether the
 * fields come directly, through aliases or through fragments), and a batch (a JSON array, which
 * the server refuses anyway) is the sum of its entries. Anything unparseable counts as 1, so no
 * request is free.
 */
export class OperationCounter {
  private readonly cache = new Map<string, number>();

  constructor(private readonly cacheSize = 1000) {}

  count(body: unknown): number {
    if (Array.isArray(body)) return Math.max(1, body.reduce<number>((sum, entry) => sum + this.countOne(entry), 0));
    return this.countOne(body);
  }

  private countOne(entry: unknown): number {
    if (typeof entry !== 'object' || entry === null) return 1;
    const { query, operationName } = entry as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return 1;
    const name = typeof operationName === 'string' ? operationName : null;
    const cacheKey = `${name ?? ''}\u0000${query}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    let count: number;
    try {
      count = countRootFields(parse(query, { noLocation: true, maxTokens: 5000 }), name);
    } catch {
      count = 1;
    }
    if (this.cache.size >= this.cacheSize) this.cache.clear();
    this.cache.set(cacheKey, count);
    return count;
  }
}

/** Top-level fields of the named (or only) operation, through fragments; at least 1. */
export function countRootFields(document: DocumentNode, operationName: string | null): number {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
  if (operation === undefined) return 1;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const visiting = new Set<string>();
  const walk = (set: SelectionSetNode): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += 1;
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += walk(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment === undefined || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        total += walk(fragment.selectionSet);
        visiting.delete(fragment.name.value);
      }
    }
    return total;
  };
  return Math.max(1, walk(operation.selectionSet));
}
