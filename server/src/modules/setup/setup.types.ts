import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('SetupStatus')
export class SetupStatusType {
  @Field(() => Boolean, { description: 'True until the first super admin exists.' })
  needsFirstAdmin!: boolean;
}

@InputType('CreateFirstAdminInput')
export class CreateFirstAdminInput {
  @Field(() => String, { description: 'The token from the setup link printed at start.' })
  token!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  organizationName!: string;
}
