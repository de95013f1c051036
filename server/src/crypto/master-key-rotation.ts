import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DecryptionError, type Envelope } from './envelope';

/**
 * An entity that stores envelope-encrypted values: it has a `wrappedKey` and a `keyId` column
 * (both null for rows without a value). Secrets register theirs; connection credentials and
 * integration auth settings add one entry each.
 */
export interface WrappedKeyStore {
  /** For the operator, e.g. "secret values". */
  label: string;
  entity: EntityName<object>;
}

/**
 * Rows that depend on a master key id but cannot be re-wrapped, such as API-key hashes (an HMAC
 * keyed by the master key that was current when the key was created). They count as uses of a
 * master key, so it is not reported as retirable while any remain.
 */
export interface KeyIdDependency {
  label: string;
  entity: EntityName<object>;
  /** The property holding the master key id. */
  keyIdProperty: string;
  /** What the operator can do about rows that still depend on an old key. */
  remedy: string;
}

export interface StoreStatus {
  label: string;
  /** False for dependencies that rotation cannot move to the current key. */
  rewrappable: boolean;
  remedy?: string;
  /** How many data keys each master key id wraps. */
  byKeyId: Record<string, number>;
}

export interface RotationFailure {
  label: string;
  id: string;
  code: DecryptionError['code'];
  message: string;
}

export interface RotationReport {
  currentKeyId: string;
  rewrapped: Record<string, number>;
  failures: RotationFailure[];
}

interface Columns {
  table: string;
  id: string;
  keyId: string;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Quoted table and column names from the entity metadata, so a renamed column cannot be missed silently. */
function tableOf(em: EntityManager, entity: EntityName<object>) {
  const meta = em.getMetadata().get(entity);
  const column = (property: string) => {
    const name = meta.props.find((prop) => prop.name === property)?.fieldNames[0];
    if (name === undefined) throw new Error(`${meta.className} has no ${property} column`);
    return quote(name);
  };
  const [primaryKey] = meta.primaryKeys;
  if (primaryKey === undefined) throw new Error(`${meta.className} has no primary key`);
  return { table: quote(meta.tableName), id: column(String(primaryKey)), column };
}

function columnsOf(em: EntityManager, entity: EntityName<object>, keyIdProperty: string): Columns {
  const { table, id, column } = tableOf(em, entity);
  return { table, id, keyId: column(keyIdProperty) };
}

/**
 * Master key rotation: re-wraps every stored data key under the keyring's current master key.
 * Ciphertexts and nonces are not touched, so no value is ever decrypted. Idempotent and
 * resumable: rows already under the current key are skipped, each row is updated on its own
 * (compare-and-set on its old wrapped key), and a row that cannot be unwrapped is reported
 * without stopping the others.
 */
export class MasterKeyRotation {
  constructor(
    private readonly envelope: Envelope,
    private readonly stores: readonly WrappedKeyStore[],
    private readonly dependencies: readonly KeyIdDependency[] = [],
  ) {}

  /** How many rows use each master key id, per store and dependency. */
  async status(em: EntityManager): Promise<StoreStatus[]> {
    const count = async (c: Columns) => {
      const rows = await em.execute<{ key_id: string; count: string }[]>(
        `select ${c.keyId} as key_id, count(*) as count from ${c.table} where ${c.keyId} is not null group by ${c.keyId} order by ${c.keyId}`,
      );
      return Object.fromEntries(rows.map((r) => [r.key_id, Number(r.count)]));
    };
    const result: StoreStatus[] = [];
    for (const store of this.stores) result.push({ label: store.label, rewrappable: true, byKeyId: await count(columnsOf(em, store.entity, 'keyId')) });
    for (const dependency of this.dependencies) {
      result.push({
        label: dependency.label,
        rewrappable: false,
        remedy: dependency.remedy,
        byKeyId: await count(columnsOf(em, dependency.entity, dependency.keyIdProperty)),
      });
    }
    return result;
  }

  async rewrapAll(em: EntityManager, options: { batchSize?: number; onBatch?: (label: string, done: number) => void } = {}): Promise<RotationReport> {
    const batchSize = options.batchSize ?? 500;
    const current = this.envelope.currentKeyId;
    const report: RotationReport = { currentKeyId: current, rewrapped: {}, failures: [] };
    for (const store of this.stores) {
      const { table, id, column } = tableOf(em, store.entity);
      const c = { table, id, keyId: column('keyId'), wrappedKey: column('wrappedKey') };
      let done = 0;
      let after = '';
      for (;;) {
        const rows = await em.execute<{ id: string; wrapped_key: Buffer; key_id: string }[]>(
          `select ${c.id}::text as id, ${c.wrappedKey} as wrapped_key, ${c.keyId} as key_id from ${c.table}
           where ${c.keyId} is not null and ${c.keyId} <> ? and ${c.id}::text > ? order by ${c.id}::text limit ?`,
          [current, after, batchSize],
        );
        if (rows.length === 0) break;
        for (const row of rows) {
          after = row.id;
          try {
            const next = this.envelope.rewrap({ wrappedKey: row.wrapped_key, keyId: row.key_id });
            const updated = await em.execute<{ affectedRows: number }>(
              `update ${c.table} set ${c.wrappedKey} = ?, ${c.keyId} = ? where ${c.id}::text = ? and ${c.keyId} = ? and ${c.wrappedKey} = ?`,
              [next.wrappedKey, next.keyId, row.id, row.key_id, row.wrapped_key],
              'run',
            );
            // A row changed meanwhile was written by a server that already wraps with the current key.
            if (updated.affectedRows === 1) done += 1;
          } catch (error) {
            if (!(error instanceof DecryptionError)) throw error;
            report.failures.push({ label: store.label, id: row.id, code: error.code, message: error.message });
          }
        }
        options.onBatch?.(store.label, done);
      }
      report.rewrapped[store.label] = done;
    }
    return report;
  }
}
