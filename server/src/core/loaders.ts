import DataLoader from 'dataloader';

/** Loads the values of many keys at once: one value (or Error) per key, in the keys' order. */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<readonly (V | Error)[]>;

/**
 * The DataLoaders of one GraphQL request: a per-row field resolver asks for its row's value and
 * every row resolved in the same tick is loaded with one query. Created with the request's
 * context and dropped with it, so nothing is cached across requests (or across actors).
 * Modules name their loaders (`modules/<area>/<area>.loaders.ts`); the name includes whatever
 * the batch depends on besides the key (a field argument, say). Loaders batch, they do not
 * cache: a later step of the same request (the next mutation of a document) reads afresh.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** The request's loader called `name`, made with `batch` on first use. */
  get<K, V>(name: string, batch: BatchLoad<K, V>): DataLoader<K, V> {
    const known = this.loaders.get(name);
    if (known !== undefined) return known as DataLoader<K, V>;
    const loader = new DataLoader<K, V>(batch, { cache: false });
    this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    return loader;
  }
}
