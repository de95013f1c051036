import { TransactionContext, wrap, type EntityClass, type EntityManager } from '@mikro-orm/core';

/**
 * A row the authority cache keeps (as `row_to_json` returned it) as an entity of the entity
 * manager the reading code works in: the open transaction's fork when it reads inside
 * `em.transactional`, else `em`. The same entity again when that manager already holds it loaded
 * (so a change made earlier in the request stays); otherwise the row mapped, with no query (into
 * the manager's reference when it holds only one, say a session's organization).
 * Reading inside a transaction therefore behaves like a load there: the transaction flushes what
 * the code changes, a commit merges the entity into `em`, a rollback leaves `em` without it.
 * `onMapped` adjusts a freshly mapped entity (say, a value newer than the cached row).
 */
export function mapCachedRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>, onMapped?: (mapped: T) => void): T {
  const target = TransactionContext.getEntityManager(em.name) ?? em;
  const held = target.getUnitOfWork().getById<T>(entity, row.id as never);
  if (held !== undefined && wrap(held, true).isInitialized()) return held;
  const mapped = target.map(entity, structuredClone(row) as never);
  onMapped?.(mapped);
  return mapped;
}
