import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { Credential } from './connection.entity';
import type { ConnectionTestOutcome } from './connection-tester';

const MESSAGE_LIMIT = 500;

/**
 * Stores the outcome of testConnection on the environment's credential row (no row: nothing to
 * store). The message is the tester's, already scrubbed of every credential value.
 */
export async function recordConnectionTestResult(em: EntityManager, connectionId: string, environment: string, outcome: ConnectionTestOutcome): Promise<void> {
  if (!outcome.available) return;
  const message = outcome.message.length > MESSAGE_LIMIT ? `${outcome.message.slice(0, MESSAGE_LIMIT - 1)}…` : outcome.message;
  await em.nativeUpdate(Credential, { connection: connectionId, environment }, { lastTestOk: outcome.ok, lastTestMessage: message, lastTestAt: new Date() });
}

@ObjectType('ConnectionLastTest', { description: 'The outcome of the last test of one environment’s credentials.' })
export class ConnectionLastTestType {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { description: 'The outcome, with the remote side’s error; never a credential value.' })
  message!: string;

  @Field(() => Date)
  at!: Date;

  static fromCredential(credential: Credential | null): ConnectionLastTestType | null {
    if (credential === null || credential.lastTestOk === null || credential.lastTestAt === null) return null;
    return Object.assign(new ConnectionLastTestType(), { ok: credential.lastTestOk, message: credential.lastTestMessage ?? '', at: credential.lastTestAt });
  }
}
