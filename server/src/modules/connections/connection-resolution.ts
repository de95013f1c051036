import type { EntityManager } from '@mikro-orm/postgresql';
import { referencedSecretKeys } from '@keyward/shared/secret-reference';
import type { ApiKeyActor } from '../../core/actor';
import { forbidden, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { Membership } from '../users/membership.entity';
import type { User } from '../users/user.entity';
import { Connection } from './connection.entity';

/*
 * What `resolveConnection` may show to whom. Plaintexts go only to an API key (the workflow
 * runtime); a signed-in person gets the same shape with every secret field, secret setting and
 * value that held a reference replaced by MASK, plus which references resolve in the environment.
 */

/** What a person sees instead of a secret or substituted value. */
export const MASK = '••••••';

/** Whether a `@@SECRET:KEY@@` a resolution uses has a value in the environment. Never the value. */
export interface ResolvedReference {
  key: string;
  environment: string;
  present: boolean;
}

/** Rebuilds a JSON value with every string passed through `map` (keys of key-value lists too). */
export function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((entry: unknown) => mapStrings(entry, map));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
  }
  return value;
}

/** Every string of a JSON value, in `mapStrings` order. */
export function collectStrings(value: unknown, into: string[]): void {
  mapStrings(value, (text) => {
    into.push(text);
    return text;
  });
}

/** The shape of a secret value with every leaf masked: strings, numbers and booleans alike. */
export function maskAll(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((entry: unknown) => maskAll(entry));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskAll(v)]));
  return value === null ? null : MASK;
}

/** A non-secret value with every string that holds a reference masked whole. */
export function maskReferences(value: unknown): unknown {
  return mapStrings(value, (text) => (referencedSecretKeys([text]).length > 0 ? MASK : text));
}

/** The keys referenced by any string in the values, deduplicated, in first-seen order. */
export function referencedKeysIn(...values: unknown[]): string[] {
  const texts: string[] = [];
  for (const value of values) collectStrings(value, texts);
  return referencedSecretKeys(texts);
}

/**
 * The connection a runtime key resolves on behalf of a user: the user must be an active member of
 * the key's organization who may use it (an organization connection, their own personal one, or
 * one shared with them), and a personal connection's owner must still be an active member.
 * Anything else is NOT_FOUND, so a key learns nothing about connections it may not use.
 */
export async function findOnBehalf(em: EntityManager, actor: ApiKeyActor, id: string, userId: string): Promise<{ connection: Connection; user: User }> {
  if (!actor.permissions.has('CONNECTIONS_RESOLVE_ON_BEHALF')) {
    throw forbidden('Resolving a connection on behalf of a user needs CONNECTIONS_RESOLVE_ON_BEHALF.');
  }
  const organization = actor.organization.id;
  if (!isUuid(id) || !isUuid(userId)) throw notFound('Connection');
  const [member, connection] = await Promise.all([
    em.findOne(Membership, { user: userId, organization, status: 'ACTIVE' }, { populate: ['user'] }),
    em.findOne(
      Connection,
      { id, organization, $or: [{ visibility: 'ORGANIZATION' }, { owner: userId }, { shares: { user: userId } }] },
      { populate: ['integration', 'owner'] },
    ),
  ]);
  if (member === null || connection === null) throw notFound('Connection');
  if (connection.visibility === 'PERSONAL') {
    const ownerId = connection.owner?.id;
    const ownerActive = ownerId === userId || (ownerId !== undefined && (await em.count(Membership, { user: ownerId, organization, status: 'ACTIVE' })) > 0);
    if (!ownerActive) throw notFound('Connection');
  }
  return { connection, user: member.user };
}
