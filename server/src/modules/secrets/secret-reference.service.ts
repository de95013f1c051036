import type { EntityManager } from '@mikro-orm/postgresql';
import { referencedSecretKeys } from '@keyward/shared/secret-reference';
import { SecretReference, type SecretReferenceOwnerType } from './secret-reference.entity';

export interface SecretReferenceOwner {
  type: SecretReferenceOwnerType;
  id: string;
  /** Shown in the delete confirmation, e.g. the connection name. */
  name: string;
}

export interface SecretReferenceView {
  ownerType: SecretReferenceOwnerType;
  ownerId: string;
  ownerName: string;
  /** Environments whose values hold the reference; empty when they apply to all. */
  environments: string[];
}

/** The references index: which owners' saved values contain `@@SECRET:KEY@@`, by key name. */
export class SecretReferenceService {
  /**
   * Records which secrets `texts` reference, replacing what this owner recorded before for the
   * same environment (null: values that apply to every environment). Call it whenever the owner
   * saves values that may contain `@@SECRET:KEY@@`, before the flush that saves them: the rows
   * are written by that flush. Returns the referenced keys.
   */
  async recordReferences(
    em: EntityManager,
    organizationId: string,
    owner: SecretReferenceOwner,
    texts: readonly string[],
    environment: string | null = null,
  ): Promise<string[]> {
    const keys = referencedSecretKeys(texts);
    const existing = await em.find(SecretReference, { organization: organizationId, ownerType: owner.type, ownerId: owner.id });
    for (const row of existing) {
      if (row.environment === environment && !keys.includes(row.secretKey)) em.remove(row);
      else row.ownerName = owner.name;
    }
    for (const secretKey of keys) {
      if (existing.some((row) => row.environment === environment && row.secretKey === secretKey)) continue;
      em.create(SecretReference, { organization: organizationId, secretKey, ownerType: owner.type, ownerId: owner.id, ownerName: owner.name, environment });
    }
    return keys;
  }

  /** Forgets every reference of an owner (e.g. a deleted connection). Written by the caller's flush. */
  async forgetReferences(em: EntityManager, organizationId: string, owner: Pick<SecretReferenceOwner, 'type' | 'id'>): Promise<void> {
    const rows = await em.find(SecretReference, { organization: organizationId, ownerType: owner.type, ownerId: owner.id });
    for (const row of rows) em.remove(row);
  }

  /** Who references a secret key, one entry per owner, by owner name. */
  async referencesTo(em: EntityManager, organizationId: string, key: string): Promise<SecretReferenceView[]> {
    const rows = await em.find(SecretReference, { organization: organizationId, secretKey: key }, { orderBy: { ownerName: 'asc', ownerId: 'asc' } });
    const byOwner = new Map<string, SecretReferenceView & { all: boolean }>();
    for (const row of rows) {
      const id = `${row.ownerType}:${row.ownerId}`;
      const view = byOwner.get(id) ?? { ownerType: row.ownerType, ownerId: row.ownerId, ownerName: row.ownerName, environments: [], all: false };
      if (row.environment === null) view.all = true;
      else if (!view.environments.includes(row.environment)) view.environments.push(row.environment);
      byOwner.set(id, view);
    }
    return [...byOwner.values()].map(({ all, ...view }) => ({ ...view, environments: all ? [] : view.environments }));
  }

  /** Deleting an organization: forgets which of its records referenced which key. */
  async deleteAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    return em.nativeDelete(SecretReference, { organization: organizationId });
  }
}
