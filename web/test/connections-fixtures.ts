import { connectionFieldsFor } from '@keyward/shared/integration-catalog';
import type { FieldSpec } from '@keyward/shared/integration-fields';

export const AT = '2026-05-01T10:00:00.000Z';

export const ada = { __typename: 'ConnectionUser', id: 'user_1', displayName: 'Ada Lovelace', email: 'ada@acme.test' };
export const grace = { __typename: 'ConnectionUser', id: 'user_2', displayName: 'Grace Hopper', email: 'grace@acme.test' };

export const postgresIntegration = {
  __typename: 'Integration',
  id: 'int_pg',
  name: 'Team Postgres',
  description: 'The analytics warehouse',
  type: 'DATABASE',
  provider: 'postgresql',
  scope: 'ORGANIZATION',
};

export const openaiIntegration = {
  __typename: 'Integration',
  id: 'int_openai',
  name: 'OpenAI',
  description: 'GPT models',
  type: 'AI_PROVIDER',
  provider: 'openai',
  scope: 'SYSTEM',
};

/** The catalog's fields as the API returns them. */
export function credentialFields(fields: readonly FieldSpec[]) {
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
  authType?: string;
  fields?: ReturnType<typeof credentialFields>;
  tokenExpiresAt?: string | null;
  lastTest?: { ok: boolean; message: string; at: string } | null;
}

export function environmentRow(environment: string, name: string, overrides: EnvironmentOverrides = {}) {
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
    tokenExpiresAt: overrides.tokenExpiresAt ?? null,
    updatedAt: configured ? AT : null,
    updatedBy: configured ? ada : null,
    lastTest: overrides.lastTest ? { __typename: 'ConnectionLastTest', ...overrides.lastTest } : null,
  };
}

interface ConnectionOverrides {
  id?: string;
  name?: string;
  visibility?: 'ORGANIZATION' | 'PERSONAL';
  environments?: ReturnType<typeof environmentRow>[];
  owner?: typeof ada;
  sharedWith?: (typeof ada)[];
}

export function connectionDetails(overrides: ConnectionOverrides = {}) {
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

export function page<T>(typename: string, nodes: T[]) {
  return {
    __typename: `${typename}Connection`,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node, index) => ({ __typename: `${typename}Edge`, cursor: `c${index}`, node })),
  };
}
