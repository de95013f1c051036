import { AUTH_TYPE_IDS, type AuthTypeId } from '@keyward/shared/integration-auth-types';
import { INTEGRATION_TYPE_IDS, type IntegrationTypeId } from '@keyward/shared/integration-catalog';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, PageArgs } from '../../core/pagination';
import {
  CONFIG_MODES,
  INTEGRATION_VERSION_STATUSES,
  type ConfigMode,
  type IntegrationConfig,
  type IntegrationVersion,
  type IntegrationVersionStatus,
} from './integration.entity';
import { scopeOf, type IntegrationScope, type IntegrationView } from './integration-data';

// No type here maps a sealed column: secret settings leave the server only as `secretSettingsSet`.

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const IntegrationTypeEnum = enumOf(INTEGRATION_TYPE_IDS);
registerEnumType(IntegrationTypeEnum, { name: 'IntegrationType', description: 'What kind of service an integration talks to (the catalog in @keyward/shared).' });
export const AuthTypeEnum = enumOf(AUTH_TYPE_IDS);
registerEnumType(AuthTypeEnum, { name: 'AuthType' });
export const IntegrationScopeEnum = enumOf<IntegrationScope>(['SYSTEM', 'ORGANIZATION']);
registerEnumType(IntegrationScopeEnum, {
  name: 'IntegrationScope',
  valuesConfig: { SYSTEM: { description: 'Managed by super admins, visible to every organization.' }, ORGANIZATION: { description: 'One organization’s own.' } },
});
export const ConfigModeEnum = enumOf(CONFIG_MODES);
registerEnumType(ConfigModeEnum, { name: 'ConfigMode' });
export const IntegrationVersionStatusEnum = enumOf(INTEGRATION_VERSION_STATUSES);
registerEnumType(IntegrationVersionStatusEnum, { name: 'IntegrationVersionStatus', description: 'At most one version of an integration is ACTIVE.' });

@ObjectType('IntegrationEnvironmentConfig')
export class IntegrationEnvironmentConfigType {
  @Field(() => String, { nullable: true, description: 'Environment slug; null for the configuration shared by every environment.' })
  environment!: string | null;

  @Field(() => String, { nullable: true })
  baseUrl!: string | null;

  @Field(() => String, { nullable: true })
  testPath!: string | null;

  @Field(() => AuthTypeEnum)
  authType!: AuthTypeId;

  @Field(() => GraphQLJSONObject, { description: 'Non-secret auth settings only.' })
  settings!: Record<string, unknown>;

  @Field(() => [String], { description: 'Keys of secret settings with a stored value (never the value).' })
  secretSettingsSet!: string[];

  static from(row: IntegrationConfig): IntegrationEnvironmentConfigType {
    return Object.assign(new IntegrationEnvironmentConfigType(), {
      environment: row.environment,
      baseUrl: row.baseUrl,
      testPath: row.testPath,
      authType: row.authType,
      settings: row.settings,
      secretSettingsSet: row.secretKeys,
    });
  }
}

@ObjectType('IntegrationVersion')
export class IntegrationVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => IntegrationVersionStatusEnum)
  status!: IntegrationVersionStatus;

  @Field(() => String, { nullable: true })
  specUrl!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  static from(row: IntegrationVersion): IntegrationVersionType {
    return Object.assign(new IntegrationVersionType(), { id: row.id, label: row.label, status: row.status, specUrl: row.specUrl, createdAt: row.createdAt });
  }
}

@ObjectType('Integration', { description: 'A template connections are made from.' })
export class IntegrationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  domainVertical!: string;

  @Field(() => IntegrationTypeEnum, { description: 'Fixed at creation.' })
  type!: IntegrationTypeId;

  @Field(() => String, { description: 'A provider id of the catalog, e.g. postgresql, smtp, openai, rest.' })
  provider!: string;

  @Field(() => IntegrationScopeEnum)
  scope!: IntegrationScope;

  @Field(() => ConfigModeEnum)
  configMode!: ConfigMode;

  @Field(() => String, { nullable: true })
  specUrl!: string | null;

  @Field(() => [IntegrationEnvironmentConfigType])
  configs!: IntegrationEnvironmentConfigType[];

  @Field(() => [IntegrationVersionType], { description: 'Newest first.' })
  versions!: IntegrationVersionType[];

  @Field(() => IntegrationVersionType, { nullable: true })
  activeVersion!: IntegrationVersionType | null;

  @Field(() => Int, {
    description: 'Connections made from it: in your organization, or in every organization for a system integration you manage. Deleting the integration deletes them.',
  })
  connectionCount!: number;

  @Field(() => Boolean, { description: 'Whether you may edit, version and delete it.' })
  canManage!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  static from(view: IntegrationView): IntegrationType {
    const { integration } = view;
    const versions = view.versions.map((v) => IntegrationVersionType.from(v));
    return Object.assign(new IntegrationType(), {
      id: integration.id,
      name: integration.name,
      description: integration.description,
      domainVertical: integration.domainVertical,
      type: integration.type,
      provider: integration.provider,
      scope: scopeOf(integration),
      configMode: integration.configMode,
      specUrl: integration.specUrl,
      configs: view.configs.map((c) => IntegrationEnvironmentConfigType.from(c)),
      versions,
      activeVersion: versions.find((v) => v.status === 'ACTIVE') ?? null,
      connectionCount: view.connectionCount,
      canManage: view.canManage,
      createdAt: integration.createdAt,
    });
  }
}

@ObjectType('IntegrationConnection')
export class IntegrationConnection extends connectionOf(IntegrationType, 'Integration') {}

@InputType('IntegrationFilter')
export class IntegrationFilterInput {
  @Field(() => String, { nullable: true, description: 'Name, description, provider or type.' })
  search?: string | null;

  @Field(() => IntegrationScopeEnum, { nullable: true })
  scope?: IntegrationScope | null;

  @Field(() => IntegrationTypeEnum, { nullable: true })
  type?: IntegrationTypeId | null;
}

@ArgsType()
export class IntegrationsArgs extends PageArgs {
  @Field(() => IntegrationFilterInput, { nullable: true })
  filter?: IntegrationFilterInput | null;
}

@InputType('IntegrationConfigInput')
export class IntegrationConfigInput {
  @Field(() => String, { nullable: true, description: 'Environment slug (PER_ENVIRONMENT); ignored for SAME_FOR_ALL.' })
  environment?: string | null;

  @Field(() => String, { nullable: true })
  baseUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Path requested by Test connection, e.g. /v1/me.' })
  testPath?: string | null;

  @Field(() => AuthTypeEnum)
  authType!: AuthTypeId;

  @Field(() => GraphQLJSONObject, { description: 'The auth type’s integration fields. A secret left blank or absent keeps its stored value.' })
  settings!: Record<string, unknown>;
}

@InputType('CreateIntegrationInput')
export class CreateIntegrationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  domainVertical?: string | null;

  @Field(() => IntegrationTypeEnum)
  type!: IntegrationTypeId;

  @Field(() => String)
  provider!: string;

  @Field(() => IntegrationScopeEnum, { defaultValue: 'ORGANIZATION' })
  scope!: IntegrationScope;

  @Field(() => ConfigModeEnum, { defaultValue: 'SAME_FOR_ALL' })
  configMode!: ConfigMode;

  @Field(() => String, { nullable: true })
  specUrl?: string | null;

  @Field(() => [IntegrationConfigInput])
  configs!: IntegrationConfigInput[];
}

@InputType('UpdateIntegrationInput', { description: 'The type cannot change.' })
export class UpdateIntegrationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  domainVertical?: string | null;

  @Field(() => String, { nullable: true })
  provider?: string | null;

  @Field(() => ConfigModeEnum, { nullable: true })
  configMode?: ConfigMode | null;

  @Field(() => String, { nullable: true })
  specUrl?: string | null;

  @Field(() => [IntegrationConfigInput], { nullable: true })
  configs?: IntegrationConfigInput[] | null;
}

@InputType('IntegrationVersionInput')
export class IntegrationVersionInput {
  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  specUrl?: string | null;

  @Field(() => IntegrationVersionStatusEnum, { nullable: true, description: 'DRAFT when omitted; ACTIVE deprecates the active one.' })
  status?: IntegrationVersionStatus | null;
}
