import type { EncryptionContext, Envelope } from './envelope';

/** The four columns of a row that stores one envelope-encrypted value (all null: no value). */
export interface SealedColumns {
  ciphertext: Buffer | null;
  nonce: Buffer | null;
  wrappedKey: Buffer | null;
  keyId: string | null;
}

/** The lazy columns a query must populate before `openJson`. */
export const SEALED_COLUMNS = ['ciphertext', 'nonce', 'wrappedKey'] as const;

/** Seals a JSON object into the row's columns; an empty object clears them. */
export function sealJson(envelope: Envelope, row: SealedColumns, values: Record<string, unknown>, context: EncryptionContext): void {
  if (Object.keys(values).length === 0) {
    Object.assign(row, { ciphertext: null, nonce: null, wrappedKey: null, keyId: null });
    return;
  }
  const sealed = envelope.seal(JSON.stringify(values), context);
  Object.assign(row, sealed);
}

/** The JSON object sealed in the row (loaded with SEALED_COLUMNS); an empty object when none. */
export function openJson(envelope: Envelope, row: SealedColumns, context: EncryptionContext): Record<string, unknown> {
  const { ciphertext, nonce, wrappedKey, keyId } = row;
  if (ciphertext === null || nonce === null || wrappedKey === null || keyId === null) return {};
  const parsed: unknown = JSON.parse(envelope.open({ ciphertext, nonce, wrappedKey, keyId }, context));
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}
