import { secretReference } from '@keyward/shared/secret-reference';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, PageArgs } from '../../core/pagination';
import { SECRET_REFERENCE_OWNER_TYPES, type SecretReferenceOwnerType } from './secret-reference.entity';
import { SECRET_CHANGES, type SecretChange, type SecretValue } from './secret-value.entity';
import { SECRET_USE_POLICIES, type SecretUsePolicy } from './secret.entity';
import type { Role } from '../roles/role.entity';
import type { SecretReferenceView } from './secret-reference.service';
import type { SecretView } from './secret.service';

// These types are the only way a secret leaves the server. None of them has, or may ever get,
// a field that carries a value, a ciphertext or key material (test/secrets-exposure.test.ts).

export const SecretChangeEnum = Object.fromEntries(SECRET_CHANGES.map((c) => [c, c])) as { [K in SecretChange]: K };
registerEnumType(SecretChangeEnum, {
  name: 'SecretChange',
  description: 'What a version did to the value of one environment.',
  valuesConfig: {
    SET: { description: 'Added or replaced the value.' },
    RESTORED: { description: 'Made an earlier version’s value current again.' },
    REMOVED: { description: 'Removed the value from the environment.' },
  },
});

export const SecretUsePolicyEnum = Object.fromEntries(SECRET_USE_POLICIES.map((p) => [p, p])) as { [K in SecretUsePolicy]: K };
registerEnumType(SecretUsePolicyEnum, {
  name: 'SecretUsePolicy',
  description: 'Who may use a secret through @@SECRET:KEY@@ references.',
  valuesConfig: {
    EVERYONE: { description: 'Every member of the organization.' },
    ROLES: { description: 'Only holders of one of the chosen roles (checked when a reference is saved and at every resolution).' },
  },
});

@ObjectType('SecretUseRole', { description: 'A role a secret use policy names.' })
export class SecretUseRoleType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  static from(role: Role): SecretUseRoleType {
    return Object.assign(new SecretUseRoleType(), { id: role.id, name: role.name });
  }
}

export const SecretReferenceOwnerTypeEnum = Object.fromEntries(SECRET_REFERENCE_OWNER_TYPES.map((t) => [t, t])) as {
  [K in SecretReferenceOwnerType]: K;
};
registerEnumType(SecretReferenceOwnerTypeEnum, { name: 'SecretReferenceOwnerType', description: 'What kind of record references a secret.' });

@ObjectType('SecretEnvironmentValue', { description: 'An environment in which a secret has a value. The value itself is write-only.' })
export class SecretEnvironmentValueType {
  @Field(() => String, { description: 'Environment slug.' })
  environment!: string;

  @Field(() => Int, { description: 'The current version; pass it back in updateSecret(expectedVersions) to detect concurrent edits.' })
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => String, { nullable: true })
  updatedBy!: string | null;

  static from(row: SecretValue): SecretEnvironmentValueType {
    return Object.assign(new SecretEnvironmentValueType(), {
      environment: row.environment,
      version: row.version,
      updatedAt: row.createdAt,
      updatedBy: row.createdByName,
    });
  }
}

@ObjectType('SecretVersion', { description: 'One change of a secret in one environment: who and when, never the value.' })
export class SecretVersionType {
  @Field(() => String)
  environment!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => SecretChangeEnum)
  change!: SecretChange;

  @Field(() => Int, { nullable: true, description: 'For RESTORED: the version whose value came back.' })
  restoredFrom!: number | null;

  @Field(() => Boolean, { description: 'The environment’s current state.' })
  current!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  createdBy!: string | null;

  static from(row: SecretValue): SecretVersionType {
    return Object.assign(new SecretVersionType(), {
      environment: row.environment,
      version: row.version,
      change: row.change,
      restoredFrom: row.restoredFrom,
      current: row.isCurrent,
      createdAt: row.createdAt,
      createdBy: row.createdByName,
    });
  }
}

@ObjectType('SecretReference', { description: 'A record whose saved values contain @@SECRET:KEY@@.' })
export class SecretReferenceType {
  @Field(() => SecretReferenceOwnerTypeEnum)
  ownerType!: SecretReferenceOwnerType;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => String)
  ownerName!: string;

  @Field(() => [String], { description: 'Environments whose values hold the reference; empty when they apply to every environment.' })
  environments!: string[];

  static from(view: SecretReferenceView): SecretReferenceType {
    return Object.assign(new SecretReferenceType(), view);
  }
}

@ObjectType('Secret', { description: 'A named, write-only value per environment, referenced as @@SECRET:KEY@@.' })
export class SecretType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Uppercase letters, digits and underscores; cannot be changed.' })
  key!: string;

  @Field(() => String, { description: 'The text to paste into a credential field: @@SECRET:KEY@@.' })
  reference!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [SecretEnvironmentValueType], { description: 'Environments that have a value, in the organization’s order.' })
  environments!: SecretEnvironmentValueType[];

  @Field(() => SecretUsePolicyEnum, { description: 'Who may use it through references.' })
  usePolicy!: SecretUsePolicy;

  @Field(() => [SecretUseRoleType], { description: 'With usePolicy ROLES: the roles whose holders may use it.' })
  useRoles!: SecretUseRoleType[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  createdBy!: string | null;

  @Field(() => Date)
  updatedAt!: Date;

  static from({ secret, values, useRoles }: SecretView): SecretType {
    return Object.assign(new SecretType(), {
      id: secret.id,
      key: secret.key,
      reference: secretReference(secret.key),
      description: secret.description,
      environments: values.map((row) => SecretEnvironmentValueType.from(row)),
      usePolicy: secret.usePolicy,
      useRoles: useRoles.map((role) => SecretUseRoleType.from(role)),
      createdAt: secret.createdAt,
      createdBy: secret.createdByName,
      updatedAt: secret.updatedAt,
    });
  }
}

@ObjectType('SecretConnection')
export class SecretConnection extends connectionOf(SecretType, 'Secret') {}

@ArgsType()
export class SecretsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches key or description, case-insensitively.' })
  search?: string | null;
}

@InputType('SecretValueInput', { description: 'A value for one environment. Write-only: it is never returned.' })
export class SecretValueInput {
  @Field(() => String, { description: 'Environment slug.' })
  environment!: string;

  @Field(() => String)
  value!: string;
}

@InputType('CreateSecretInput')
export class CreateSecretInput {
  @Field(() => String)
  key!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [SecretValueInput], { description: 'At least one environment.' })
  values!: SecretValueInput[];

  @Field(() => SecretUsePolicyEnum, { nullable: true, description: 'Default EVERYONE.' })
  usePolicy?: SecretUsePolicy | null;

  @Field(() => [ID], { nullable: true, description: 'With usePolicy ROLES: ids of built-in or organization roles (at least one).' })
  useRoleIds?: string[] | null;
}

@InputType('ExpectedSecretVersionInput', { description: 'The version of an environment the editor saw.' })
export class ExpectedSecretVersionInput {
  @Field(() => String)
  environment!: string;

  @Field(() => Int, { nullable: true, description: 'Null: the editor saw no value in this environment.' })
  version?: number | null;
}

@InputType('UpdateSecretInput', { description: 'Omitted fields stay as they are. The key cannot be changed.' })
export class UpdateSecretInput {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [SecretValueInput], { nullable: true, description: 'Adds or replaces the value of these environments.' })
  set?: SecretValueInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Removes the value from these environments (earlier versions are kept).' })
  remove?: string[] | null;

  @Field(() => [ExpectedSecretVersionInput], {
    nullable: true,
    description: 'The versions the editor saw. If a changed environment’s current version differs, the update fails with CONFLICT.',
  })
  expectedVersions?: ExpectedSecretVersionInput[] | null;

  @Field(() => SecretUsePolicyEnum, { nullable: true, description: 'Omitted: unchanged.' })
  usePolicy?: SecretUsePolicy | null;

  @Field(() => [ID], { nullable: true, description: 'With usePolicy ROLES: ids of built-in or organization roles (at least one).' })
  useRoleIds?: string[] | null;
}
