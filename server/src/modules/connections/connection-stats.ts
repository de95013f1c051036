import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Actor } from '../../core/actor';
import { Connection, Credential } from './connection.entity';

export interface ConnectionStats {
  total: number;
  incomplete: number;
  environmentsNotConfigured: number;
  failingLastTest: number;
}

@ObjectType('ConnectionStats', { description: 'Counts over the connections the viewer can use, for the dashboard.' })
export class ConnectionStatsType implements ConnectionStats {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Connections with no credentials in at least one environment.' })
  incomplete!: number;

  @Field(() => Int, { description: 'Connection environments with no credentials, summed over the connections.' })
  environmentsNotConfigured!: number;

  @Field(() => Int, { description: 'Connections whose last test failed in at least one environment.' })
  failingLastTest!: number;
}

/** Counts over the connections `visible` matches (the list's visibility rule); reads ids, environments and last test outcomes only. */
export async function connectionStats(em: EntityManager, actor: Actor, visible: FilterQuery<Connection>): Promise<ConnectionStats> {
  const slugs = actor.organization.environments.map((e) => e.slug);
  const [connections, credentials] = await Promise.all([
    em.find(Connection, visible, { fields: ['id'] }),
    em.find(Credential, { connection: visible, environment: { $in: slugs } }, { fields: ['connection', 'environment', 'lastTestOk'] }),
  ]);
  const configured = new Map<string, number>();
  const failing = new Set<string>();
  for (const credential of credentials) {
    configured.set(credential.connection.id, (configured.get(credential.connection.id) ?? 0) + 1);
    if (credential.lastTestOk === false) failing.add(credential.connection.id);
  }
  let incomplete = 0;
  let environmentsNotConfigured = 0;
  for (const connection of connections) {
    const missing = slugs.length - (configured.get(connection.id) ?? 0);
    if (missing > 0) incomplete += 1;
    environmentsNotConfigured += missing;
  }
  const failingLastTest = connections.filter((connection) => failing.has(connection.id)).length;
  return { total: connections.length, incomplete, environmentsNotConfigured, failingLastTest };
}
