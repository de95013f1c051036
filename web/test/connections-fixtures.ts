import { connectionFieldsFor } from '@keyward/shared/integration-catalog';
import { type FieldSpec } from '@keyward/shared/integration-fields';
import type {
  AuthType,
  ConnectionDetailsFieldsFragment,
  ConnectionEnvironmentFieldsFragment,
  ConnectionIntegrationOptionsQuery,
  ConnectionUserFieldsFragment,
  ConnectionVisibility,
  CredentialFieldFieldsFragment,
} from '../src/graphql/generated';
import type { WithTypename } from './with-typename';

type IntegrationOption = ConnectionIntegrationOptionsQuery['integrations']['edges'][number]['node'];

export const AT = '2026-05-01T10:00:00.000Z';

export const ada: WithTypename<ConnectionUserFieldsFragment> = { __typename: 'ConnectionUser', id: 'user_1', displayName: 'Ada Lovelace', email: 'ada@acme.test' };
export const grace: WithTypename<ConnectionUserFieldsFragment> = { __typename: 'ConnectionUser', id: 'user_2', displayName: 'Grace Hopper', email: 'grace@acme.test' };

export const postgresIntegration: WithTypename<IntegrationOption> = {
  __typename: 'Integration',
  id: 'int_pg',
  name: 'Team Postgres',
  description: 'The analytics warehouse',
  type: 'DATABASE',
  provider: 'postgresql',
  scope: 'ORGANIZATION',
};

export const openaiIntegration: WithTypename<IntegrationOption> = {
  __typename: 'Integration',
  id: 'int_openai',
  name: 'OpenAI',
  description: 'GPT models',
  type: 'AI_PROVIDER',
  provider: 'openai',
  scope: 'SYSTEM',
};

/** The catalog's fields as the API returns them. */
export function credentialFields(fields: readonly FieldSpec[]): WithTypename<CredentialFieldFieldsFragment>[] {
  return fields.map((field) => ({
    __typename: 'CredentialField',
    key: field.key,
    label: field.label,
    kind: field.kind,
    required: field.required,
    secret: field.secret,
    placeholder: field.placeholder ?? null,
    help: field.help ?? null,
    options: field.options ? [...field.options] : null,
  }));
}

export const postgresFields = credentialFields(connectionFieldsFor('DATABASE', 'postgresql', 'NONE'));
export const oauthFields = credentialFields(connectionFieldsFor('REST_API', 'rest', 'OAUTH2'));

interface EnvironmentOverrides {
  configured?: boolean;
  values?: Record<string, unknown> | null;
  secretFieldsSet?: string[];
  missingSecrets?: string[];
  authType?: AuthType;
  fields?: WithTypename<CredentialFieldFieldsFragment>[];
  grantType?: string | null;
  tokenExpiresAt?: string | null;
  tokenScopes?: string | null;
  connectedAs?: string | null;
  lastTest?: { ok: boolean; message: string; at: string } | null;
}

export function environmentRow(environment: string, name: string, overrides: EnvironmentOverrides = {}): WithTypename<ConnectionEnvironmentFieldsFragment> {
  const configured = overrides.configured ?? false;
  return {
    __typename: 'ConnectionEnvironment',
    environment,
    name,
    configured,
    values: overrides.values ?? null,
    secretFieldsSet: overrides.secretFieldsSet ?? [],
    missingSecrets: overrides.missingSecrets ?? [],
    fields: overrides.fields ?? postgresFields,
    authType: overrides.authType ?? 'NONE',
    grantType: overrides.grantType ?? (overrides.authType === 'OAUTH2' ? 'authorization_code' : null),
    tokenExpiresAt: overrides.tokenExpiresAt ?? null,
    tokenScopes: overrides.tokenScopes ?? null,
    connectedAs: overrides.connectedAs ?? null,
    updatedAt: configured ? AT : null,
    updatedBy: configured ? ada : null,
    lastTest: overrides.lastTest ? { __typename: 'ConnectionLastTest', ...overrides.lastTest } : null,
  };
}

interface ConnectionOverrides {
  id?: string;
  name?: string;
  visibility?: ConnectionVisibility;
  environments?: WithTypename<ConnectionEnvironmentFieldsFragment>[];
  owner?: WithTypename<ConnectionUserFieldsFragment>;
  sharedWith?: WithTypename<ConnectionUserFieldsFragment>[];
}

export function connectionDetails(overrides: ConnectionOverrides = {}): WithTypename<ConnectionDetailsFieldsFragment> {
  const environments = overrides.environments ?? [environmentRow('development', 'Development'), environmentRow('production', 'Production')];
  return {
    __typename: 'Connection',
    id: overrides.id ?? 'conn_1',
    name: overrides.name ?? 'Analytics DB',
    visibility: overrides.visibility ?? 'ORGANIZATION',
    configuredCount: environments.filter((environment) => environment.configured).length,
    environmentCount: environments.length,
    canManage: true,
    createdAt: AT,
    owner: overrides.owner ?? ada,
    sharedWith: overrides.sharedWith ?? [],
    integration: { __typename: 'Integration', id: postgresIntegration.id, name: postgresIntegration.name, type: 'DATABASE', provider: 'postgresql' },
    fields: postgresFields,
    environments,
  };
}

/** One page of a connection type: `page('Connection', nodes)` for a `ConnectionConnection`. */
export function page<T>(typename: string, nodes: readonly T[]) {
  return {
    __typename: `${typename}Connection`,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node, index) => ({ __typename: `${typename}Edge`, cursor: `c${index}`, node })),
  };
}
