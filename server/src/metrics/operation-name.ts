/** Operation names are sent by clients: label values stay few and short whatever they send. */
export const MAX_OPERATION_NAMES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The `operation` label of a GraphQL request: the name as sent when it is a GraphQL name of at
 * most 64 characters, `anonymous` when unnamed, `invalid` otherwise, and `other` once
 * MAX_OPERATION_NAMES distinct names have been seen (so a client inventing names cannot grow
 * the metrics without bound).
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  label(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return 'anonymous';
    if (!NAME.test(name)) return 'invalid';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATION_NAMES) return 'other';
    this.seen.add(name);
    return name;
  }
}
