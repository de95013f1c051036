import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Actor } from '../../core/actor';
import { Secret } from './secret.entity';
import { SecretValue } from './secret-value.entity';

export interface SecretStats {
  total: number;
  incomplete: number;
}

@ObjectType('SecretStats', { description: 'Counts for the dashboard; no key or value.' })
export class SecretStatsType implements SecretStats {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Secrets without a current value in at least one of the organization’s environments.' })
  incomplete!: number;
}

/** How many of the organization's secrets lack a value in some environment (reads ids and environments only). */
export async function secretStats(em: EntityManager, actor: Actor): Promise<SecretStats> {
  const organization = actor.organization.id;
  const slugs = actor.organization.environments.map((e) => e.slug);
  const [secrets, values] = await Promise.all([
    em.find(Secret, { organization }, { fields: ['id'] }),
    em.find(
      SecretValue,
      { secret: { organization }, isCurrent: true, change: { $ne: 'REMOVED' }, environment: { $in: slugs } },
      { fields: ['environment', 'secret'] },
    ),
  ]);
  const set = new Map<string, number>();
  for (const value of values) set.set(value.secret.id, (set.get(value.secret.id) ?? 0) + 1);
  const incomplete = secrets.filter((s) => (set.get(s.id) ?? 0) < slugs.length).length;
  return { total: secrets.length, incomplete };
}
