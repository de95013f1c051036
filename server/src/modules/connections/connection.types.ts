import type { AuthTypeId } from '@keyward/shared/integration-auth-types';
import { type IntegrationTypeId, NODE_TYPE_IDS, NODE_TYPES, type NodeTypeId } from '@keyward/shared/integration-catalog';
import type { FieldKind, FieldSpec } from '@keyward/shared/integration-fields';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, PageArgs } from '../../core/pagination';
import { Requires } from '../../core/requires';
import { AuthTypeEnum, IntegrationType, IntegrationTypeEnum } from '../integrations/integration.types';
import type { User } from '../users/user.entity';
import { CONNECTION_VISIBILITIES, type ConnectionVisibility } from './connection.entity';
import type { ResolvedConnectionData } from './connection-resolution';
import type { ConnectionEnvironmentView, ConnectionView } from './connection.service';
import { ConnectionLastTestType } from './connection-test-results';
import type { ConnectionTestOutcome } from './connection-tester';

// Only ResolvedConnection carries plaintexts (CONNECTIONS_RESOLVE, API keys only, audited). Everything else shows
// non-secret values and which secret fields are set, never a secret value.

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ConnectionVisibilityEnum = enumOf(CONNECTION_VISIBILITIES);
registerEnumType(ConnectionVisibilityEnum, {
  name: 'ConnectionVisibility',
  valuesConfig: {
    ORGANIZATION: { description: 'Every member can see and use it.' },
    PERSONAL: { description: 'Its owner, and members it is shared with (who use it without seeing values).' },
  },
});
export const NodeTypeEnum = enumOf(NODE_TYPE_IDS);
registerEnumType(NodeTypeEnum, { name: 'NodeTypeId', description: 'A workflow node type that uses connections.' });

@ObjectType('ConnectionUser')
export class ConnectionUserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  static from(user: User): ConnectionUserType {
    return Object.assign(new ConnectionUserType(), { id: user.id, displayName: user.displayName, email: user.email });
  }
}

@ObjectType('CredentialField', { description: 'A credential field from the catalog.' })
export class CredentialFieldType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'text, password, number, boolean, url, select, textarea or keyValue.' })
  kind!: FieldKind;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Boolean)
  secret!: boolean;

  @Field(() => String, { nullable: true })
  placeholder!: string | null;

  @Field(() => String, { nullable: true })
  help!: string | null;

  @Field(() => [String], { nullable: true })
  options!: string[] | null;

  static from(spec: FieldSpec): CredentialFieldType {
    return Object.assign(new CredentialFieldType(), {
      key: spec.key,
      label: spec.label,
      kind: spec.kind,
      required: spec.required,
      secret: spec.secret,
      placeholder: spec.placeholder ?? null,
      help: spec.help ?? null,
      options: spec.options ? [...spec.options] : null,
    });
  }
}

@ObjectType('ConnectionEnvironment', { description: 'A row of the credential grid: one organization environment.' })
export class ConnectionEnvironmentType {
  @Field(() => String)
  environment!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Credentials are saved for this environment (always true with the OAuth2 client_credentials grant, which needs none).' })
  configured!: boolean;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Non-secret field values; null when not configured.' })
  @Requires('CONNECTIONS_READ')
  values!: Record<string, unknown> | null;

  @Field(() => [String], { description: 'Secret fields with a stored value (never the value).' })
  @Requires('CONNECTIONS_READ')
  secretFieldsSet!: string[];

  @Field(() => [String], { description: 'Referenced secret keys with no value in this environment.' })
  missingSecrets!: string[];

  @Field(() => [CredentialFieldType], { description: 'The fields of this environment (its configuration may use another auth type).' })
  fields!: CredentialFieldType[];

  @Field(() => AuthTypeEnum, { description: 'The auth type of the integration configuration for this environment (OAUTH2: connect with OAuth2).' })
  authType!: AuthTypeId;

  @Field(() => String, { nullable: true, description: 'OAUTH2 only: authorization_code (connect with OAuth2) or client_credentials (Keyward requests and caches tokens).' })
  grantType!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the access token obtained with OAuth2 expires (client_credentials: until when it is cached); null when unknown.' })
  tokenExpiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The scopes the provider granted with the stored OAuth2 access token, when it said.' })
  tokenScopes!: string | null;

  @Field(() => String, { nullable: true, description: 'The connected account (email, name or subject from the integration’s user-info endpoint).' })
  connectedAs!: string | null;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => ConnectionUserType, { nullable: true })
  updatedBy!: ConnectionUserType | null;

  @Field(() => ConnectionLastTestType, { nullable: true, description: 'The last Test connection of this environment; null until tested.' })
  lastTest!: ConnectionLastTestType | null;

  static from(view: ConnectionEnvironmentView): ConnectionEnvironmentType {
    const c = view.credential;
    return Object.assign(new ConnectionEnvironmentType(), {
      environment: view.environment,
      name: view.name,
      // client_credentials needs nothing per environment: Keyward requests the tokens.
      configured: c !== null || view.grantType === 'client_credentials',
      values: c?.values ?? null,
      secretFieldsSet: c?.secretKeys ?? [],
      missingSecrets: view.missingSecrets,
      fields: view.fields.map((f) => CredentialFieldType.from(f)),
      authType: view.authType,
      grantType: view.grantType,
      tokenExpiresAt: c?.tokenExpiresAt ?? null,
      tokenScopes: c?.tokenScopes ?? null,
      connectedAs: c?.connectedAs ?? null,
      updatedAt: c?.updatedAt ?? null,
      updatedBy: c?.updatedBy ? ConnectionUserType.from(c.updatedBy) : null,
      lastTest: ConnectionLastTestType.fromCredential(c),
    });
  }
}

@ObjectType('Connection', { description: 'A named instance of an integration with credentials per environment.' })
export class ConnectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => IntegrationType)
  integration!: IntegrationType;

  @Field(() => ConnectionVisibilityEnum)
  visibility!: ConnectionVisibility;

  @Field(() => ConnectionUserType, { nullable: true, description: 'Null when an API key created it or the account is gone.' })
  owner!: ConnectionUserType | null;

  @Field(() => [ConnectionUserType])
  sharedWith!: ConnectionUserType[];

  @Field(() => [ConnectionEnvironmentType], { description: 'One per organization environment, in order.' })
  @Requires('CONNECTIONS_READ')
  environments!: ConnectionEnvironmentType[];

  @Field(() => Int)
  configuredCount!: number;

  @Field(() => Int)
  environmentCount!: number;

  @Field(() => [CredentialFieldType], { description: 'The catalog fields of this connection (first configuration’s auth type).' })
  fields!: CredentialFieldType[];

  @Field(() => Boolean, { description: 'Whether you may edit, configure, share and delete it.' })
  canManage!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  static from(view: ConnectionView): ConnectionType {
    const { connection } = view;
    const environments = view.environments.map((e) => ConnectionEnvironmentType.from(e));
    return Object.assign(new ConnectionType(), {
      id: connection.id,
      name: connection.name,
      integration: IntegrationType.from(view.integration),
      visibility: connection.visibility,
      owner: connection.owner ? ConnectionUserType.from(connection.owner) : null,
      sharedWith: view.sharedWith.map((u) => ConnectionUserType.from(u)),
      environments,
      configuredCount: environments.filter((e) => e.configured).length,
      environmentCount: environments.length,
      fields: view.fields.map((f) => CredentialFieldType.from(f)),
      canManage: view.canManage,
      createdAt: connection.createdAt,
    });
  }
}

@ObjectType('ConnectionConnection')
export class ConnectionConnection extends connectionOf(ConnectionType, 'Connection') {}

@ObjectType('NodeType')
export class NodeTypeType {
  @Field(() => NodeTypeEnum)
  id!: NodeTypeId;

  @Field(() => String)
  label!: string;

  @Field(() => IntegrationTypeEnum)
  integrationType!: IntegrationTypeId;

  static all(): NodeTypeType[] {
    return NODE_TYPE_IDS.map((id) => Object.assign(new NodeTypeType(), { id, label: NODE_TYPES[id].label, integrationType: NODE_TYPES[id].integrationType }));
  }
}

@ObjectType('ConnectionTestResult')
export class ConnectionTestResultType {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { description: 'The outcome, with the remote side’s error; never a credential value.' })
  message!: string;

  @Field(() => Boolean, { description: 'False when this provider cannot be tested yet.' })
  available!: boolean;

  static from(outcome: ConnectionTestOutcome): ConnectionTestResultType {
    return Object.assign(new ConnectionTestResultType(), outcome);
  }
}

@ObjectType('ResolvedIntegration')
export class ResolvedIntegrationType {
  @Field(() => IntegrationTypeEnum)
  type!: IntegrationTypeId;

  @Field(() => String)
  provider!: string;

  @Field(() => String, { nullable: true })
  baseUrl!: string | null;

  @Field(() => String, { nullable: true })
  testPath!: string | null;

  @Field(() => AuthTypeEnum)
  authType!: AuthTypeId;

  @Field(() => GraphQLJSONObject, { description: 'Auth settings, secret ones decrypted, references substituted.' })
  settings!: Record<string, unknown>;
}

@ObjectType('ResolvedSecretReference', { description: 'A @@SECRET:KEY@@ the resolution uses and whether it has a value in the environment. Never the value.' })
export class ResolvedSecretReferenceType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  environment!: string;

  @Field(() => Boolean, { description: 'False when the secret does not exist or has no value in this environment.' })
  present!: boolean;
}

@ObjectType('ResolvedConnection', {
  description:
    'For an API key (the workflow runtime): plaintext credentials. For a signed-in person: the same shape with every secret field, secret setting and substituted value masked. Audited.',
})
export class ResolvedConnectionType {
  @Field(() => ID)
  connectionId!: string;

  @Field(() => String)
  environment!: string;

  @Field(() => ResolvedIntegrationType)
  integration!: ResolvedIntegrationType;

  @Field(() => GraphQLJSONObject, { description: 'Credential fields with every @@SECRET:KEY@@ substituted (masked for a person).' })
  fields!: Record<string, unknown>;

  @Field(() => Boolean, { description: 'True when secret and substituted values are masked (a signed-in person resolving).' })
  masked!: boolean;

  @Field(() => [ResolvedSecretReferenceType], { description: 'The secrets referenced, and whether each has a value in this environment.' })
  references!: ResolvedSecretReferenceType[];

  static from(data: ResolvedConnectionData): ResolvedConnectionType {
    return Object.assign(new ResolvedConnectionType(), {
      connectionId: data.connectionId,
      environment: data.environment,
      integration: Object.assign(new ResolvedIntegrationType(), data.integration),
      fields: data.fields,
      masked: data.masked,
      references: data.references.map((r) => Object.assign(new ResolvedSecretReferenceType(), r)),
    });
  }
}

@InputType('ConnectionFilter')
export class ConnectionFilterInput {
  @Field(() => String, { nullable: true, description: 'Connection or integration name.' })
  search?: string | null;

  @Field(() => NodeTypeEnum, { nullable: true, description: 'Only connections a node of this type can use.' })
  nodeType?: NodeTypeId | null;

  @Field(() => IntegrationTypeEnum, { nullable: true })
  integrationType?: IntegrationTypeId | null;

  @Field(() => ID, { nullable: true, description: 'Only connections of this integration (the service their credentials are for).' })
  integrationId?: string | null;

  @Field(() => ConnectionVisibilityEnum, { nullable: true })
  visibility?: ConnectionVisibility | null;
}

@ArgsType()
export class ConnectionsArgs extends PageArgs {
  @Field(() => ConnectionFilterInput, { nullable: true })
  filter?: ConnectionFilterInput | null;
}

@InputType('CreateConnectionInput')
export class CreateConnectionInput {
  @Field(() => ID)
  integrationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ConnectionVisibilityEnum)
  visibility!: ConnectionVisibility;
}

@InputType('UpdateConnectionInput')
export class UpdateConnectionInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ConnectionVisibilityEnum, { nullable: true })
  visibility?: ConnectionVisibility | null;
}

@ObjectType('OAuthStart', { description: 'Where to send the browser to authorize a connection with OAuth2.' })
export class OAuthStartType {
  @Field(() => String, { description: 'The provider’s authorization URL (valid for 10 minutes, once).' })
  authorizationUrl!: string;

  static from(data: { authorizationUrl: string }): OAuthStartType {
    return Object.assign(new OAuthStartType(), { authorizationUrl: data.authorizationUrl });
  }
}
