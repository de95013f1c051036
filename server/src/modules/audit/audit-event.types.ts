import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, PageArgs } from '../../core/pagination';
import { AUDIT_ACTOR_TYPES, type AuditActorType, type AuditEvent } from './audit-event.entity';

export const AuditActorTypeEnum = Object.fromEntries(AUDIT_ACTOR_TYPES.map((t) => [t, t])) as { [K in AuditActorType]: K };
registerEnumType(AuditActorTypeEnum, {
  name: 'AuditActorType',
  description: 'Who performed an audited action.',
  valuesConfig: {
    USER: { description: 'A signed-in person.' },
    API_KEY: { description: 'An API key.' },
    SYSTEM: { description: 'Keyward itself (scheduled jobs, bootstrap).' },
    ANONYMOUS: { description: 'Nobody signed in, e.g. a failed sign-in.' },
  },
});

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit log. Never holds a secret value, password or token.' })
export class AuditEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => AuditActorTypeEnum)
  actorType!: AuditActorType;

  @Field(() => String, { nullable: true, description: 'Who it was, as shown at the time (an email or key name).' })
  actorLabel!: string | null;

  @Field(() => String, { description: 'What happened, e.g. organization.settings_updated.' })
  action!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  static from(event: AuditEvent): AuditEventType {
    return Object.assign(new AuditEventType(), {
      id: event.id,
      at: event.at,
      actorType: event.actorType,
      actorLabel: event.actorLabel,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      summary: event.summary,
      ip: event.ip,
      userAgent: event.userAgent,
    });
  }
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends connectionOf(AuditEventType, 'AuditEvent') {}

@InputType('AuditEventFilter')
export class AuditEventFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches the summary, action, actor or target, case-insensitively.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Exactly this action.' })
  action?: string | null;

  @Field(() => AuditActorTypeEnum, { nullable: true })
  actorType?: AuditActorType | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilterInput, { nullable: true })
  filter?: AuditEventFilterInput | null;
}
