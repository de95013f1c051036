import type { EncryptionContext, Envelope } from '../../crypto/envelope';
import { notFound } from '../../core/errors';
import type { SecretValue } from './secret-value.entity';
import type { Secret } from './secret.entity';

/** The lazy columns a query must populate to decrypt a secret value. */
export const ENCRYPTED_COLUMNS = ['ciphertext', 'nonce', 'wrappedKey'] as const;

/** The associated data of a secret value: a ciphertext copied to any other row fails to decrypt. */
export function secretValueContext(organizationId: string, secret: Pick<Secret, 'id' | 'key'>, environment: string, version: number): EncryptionContext {
  return { purpose: 'secret-value', organization: organizationId, secret: secret.id, key: secret.key, environment, version };
}

/** The plaintext of a value row (loaded with ENCRYPTED_COLUMNS). A row without a value (a removal) is NOT_FOUND. */
export function openSecretValue(envelope: Envelope, organizationId: string, secret: Pick<Secret, 'id' | 'key'>, row: SecretValue): string {
  const { ciphertext, nonce, wrappedKey, keyId } = row;
  if (ciphertext === null || nonce === null || wrappedKey === null || keyId === null) {
    throw notFound(`A value of ${secret.key} in ${row.environment}`);
  }
  return envelope.open({ ciphertext, nonce, wrappedKey, keyId }, secretValueContext(organizationId, secret, row.environment, row.version));
}
