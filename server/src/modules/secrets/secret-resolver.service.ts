import type { EntityManager } from '@mikro-orm/postgresql';
import { referencedSecretKeys, substituteSecretReferences } from '@keyward/shared/secret-reference';
import type { Envelope } from '../../crypto/envelope';
import { DomainError } from '../../core/errors';
import { ENCRYPTED_COLUMNS, openSecretValue } from './secret-crypto';
import { SecretValue } from './secret-value.entity';
import { Secret } from './secret.entity';

/** How `presentByEnvironment` names a key present in an environment. */
export const presenceKey = (key: string, environment: string): string => `${key}\u0000${environment}`;

export type MissingSecretReason = 'NO_SUCH_SECRET' | 'NO_VALUE_IN_ENVIRONMENT';

/**
 * A reference that cannot be substituted. Names the key and the environment, never a value;
 * resolution fails instead of substituting an empty string.
 */
export class SecretResolutionError extends DomainError {
  constructor(
    readonly environment: string,
    readonly missing: { key: string; reason: MissingSecretReason }[],
  ) {
    const describe = ({ key, reason }: { key: string; reason: MissingSecretReason }) =>
      reason === 'NO_SUCH_SECRET' ? `Secret ${key} does not exist (needed in ${environment}).` : `Secret ${key} has no value in ${environment}.`;
    const [first] = missing;
    const message = first === undefined ? 'A secret is missing.' : missing.length === 1 ? describe(first) : `${describe(first)} (and ${missing.length - 1} more)`;
    super('NOT_FOUND', message);
    this.name = 'SecretResolutionError';
  }
}

/** Runtime substitution of `@@SECRET:KEY@@` references (connection resolution). */
export class SecretResolverService {
  constructor(private readonly envelope: Envelope) {}

  /** `text` with every `@@SECRET:KEY@@` replaced by that secret's current value in `environment`. */
  async substitute(em: EntityManager, organizationId: string, environment: string, text: string): Promise<string> {
    const [result] = await this.substituteAll(em, organizationId, environment, [text]);
    return result ?? text;
  }

  /** Which of `keys` have a current value in `environment` (one query; no value is decrypted). */
  async presentKeys(em: EntityManager, organizationId: string, environment: string, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await em.find(
      SecretValue,
      { secret: { organization: organizationId, key: { $in: [...keys] } }, environment, isCurrent: true, change: { $ne: 'REMOVED' } },
      { populate: ['secret'], fields: ['environment', 'secret.key'] },
    );
    return new Set(rows.map((row) => row.secret.key));
  }

  /**
   * Which of `keys` have a current value, per environment, as `key\u0000environment` (one query;
   * no value is decrypted): the missing-secret hints of connection views.
   */
  async presentByEnvironment(em: EntityManager, organizationId: string, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await em.find(
      SecretValue,
      { secret: { organization: organizationId, key: { $in: [...keys] } }, isCurrent: true, change: { $ne: 'REMOVED' } },
      { populate: ['secret'], fields: ['environment', 'secret.key'] },
    );
    return new Set(rows.map((row) => presenceKey(row.secret.key, row.environment)));
  }

  /**
   * Substitutes the references in several texts, fetching every referenced value in one query.
   * Throws SecretResolutionError naming each missing key and the environment; never substitutes
   * an empty string. A value that cannot be decrypted throws DecryptionError.
   */
  async substituteAll(em: EntityManager, organizationId: string, environment: string, texts: readonly string[]): Promise<string[]> {
    const keys = referencedSecretKeys(texts);
    if (keys.length === 0) return [...texts];
    const rows = await em.find(
      SecretValue,
      { secret: { organization: organizationId, key: { $in: keys } }, environment, isCurrent: true, change: { $ne: 'REMOVED' } },
      { populate: ['secret', ...ENCRYPTED_COLUMNS] },
    );
    const found = new Map(rows.map((row) => [row.secret.key, row]));
    const missingKeys = keys.filter((key) => !found.has(key));
    if (missingKeys.length > 0) {
      const existing = new Set((await em.find(Secret, { organization: organizationId, key: { $in: missingKeys } }, { fields: ['key'] })).map((s) => s.key));
      throw new SecretResolutionError(
        environment,
        missingKeys.map((key) => ({ key, reason: existing.has(key) ? 'NO_VALUE_IN_ENVIRONMENT' : 'NO_SUCH_SECRET' })),
      );
    }
    const plaintexts = new Map(rows.map((row) => [row.secret.key, openSecretValue(this.envelope, organizationId, row.secret, row)]));
    return texts.map((text) =>
      substituteSecretReferences(text, (key) => {
        const value = plaintexts.get(key);
        if (value === undefined) throw new SecretResolutionError(environment, [{ key, reason: 'NO_SUCH_SECRET' }]);
        return value;
      }),
    );
  }
}
