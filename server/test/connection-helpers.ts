import type { Client, GraphQLResponse } from './harness';

export const INTEGRATION_FIELDS =
  'id name description type provider scope configMode specUrl connectionCount canManage configs { environment baseUrl testPath authType settings secretSettingsSet } versions { id label status } activeVersion { id label }';
export const CONNECTION_FIELDS =
  'id name visibility canManage configuredCount environmentCount owner { id email } sharedWith { id email } integration { id name type } fields { key secret required } environments { environment name configured values secretFieldsSet missingSecrets updatedBy { email } }';

export interface IntegrationNode {
  id: string;
  name: string;
  type: string;
  provider: string;
  scope: string;
  configMode: string;
  connectionCount: number;
  canManage: boolean;
  configs: { environment: string | null; baseUrl: string | null; testPath: string | null; authType: string; settings: Record<string, unknown>; secretSettingsSet: string[] }[];
  versions: { id: string; label: string; status: string }[];
  activeVersion: { id: string; label: string } | null;
}

export interface ConnectionNode {
  id: string;
  name: string;
  visibility: string;
  canManage: boolean;
  configuredCount: number;
  environmentCount: number;
  owner: { id: string; email: string } | null;
  sharedWith: { id: string; email: string }[];
  integration: { id: string; name: string; type: string };
  fields: { key: string; secret: boolean; required: boolean }[];
  environments: { environment: string; name: string; configured: boolean; values: Record<string, unknown> | null; secretFieldsSet: string[]; missingSecrets: string[]; updatedBy: { email: string } | null }[];
}

export const CREATE_INTEGRATION = `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { ${INTEGRATION_FIELDS} } }`;
export const UPDATE_INTEGRATION = `mutation($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { ${INTEGRATION_FIELDS} } }`;
export const INTEGRATION = `query($id: ID!) { integration(id: $id) { ${INTEGRATION_FIELDS} } }`;
export const INTEGRATIONS = `query($filter: IntegrationFilter) { integrations(filter: $filter, first: 30) { totalCount edges { node { ${INTEGRATION_FIELDS} } } } }`;
export const DELETE_INTEGRATION = 'mutation($id: ID!) { deleteIntegration(id: $id) }';
export const CREATE_CONNECTION = `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { ${CONNECTION_FIELDS} } }`;
export const CONNECTION = `query($id: ID!) { connection(id: $id) { ${CONNECTION_FIELDS} } }`;
export const CONNECTIONS = `query($filter: ConnectionFilter) { connections(filter: $filter, first: 30) { totalCount edges { node { ${CONNECTION_FIELDS} } } } }`;
export const SAVE_CREDENTIALS = `mutation($id: ID!, $env: String!, $fields: JSONObject!) { saveConnectionCredentials(connectionId: $id, environment: $env, fields: $fields) { ${CONNECTION_FIELDS} } }`;
export const RESOLVE = 'query($id: ID!, $env: String!) { resolveConnection(id: $id, environment: $env) { connectionId environment fields integration { type provider baseUrl authType settings } } }';
export const TEST_CONNECTION = 'mutation($id: ID!, $env: String!) { testConnection(connectionId: $id, environment: $env) { ok available message } }';
export const CREATE_SECRET = 'mutation($input: CreateSecretInput!) { createSecret(input: $input) { key } }';

function must<T>(res: GraphQLResponse<Record<string, unknown>>, field: string): T {
  const value = res.data?.[field];
  if (value === undefined || value === null) throw new Error(`${field} failed: ${res.errors?.[0]?.message ?? 'no data'}`);
  return value as T;
}

export async function createIntegration(client: Client, input: Record<string, unknown>): Promise<IntegrationNode> {
  return must<IntegrationNode>(await client.request(CREATE_INTEGRATION, { input }), 'createIntegration');
}

export const restIntegration = (overrides: Record<string, unknown> = {}) => ({
  name: 'Billing API',
  type: 'REST_API',
  provider: 'rest',
  configMode: 'SAME_FOR_ALL',
  configs: [{ baseUrl: 'https://billing.example.com', testPath: '/v1/me', authType: 'BEARER', settings: {} }],
  ...overrides,
});

export async function createConnection(client: Client, input: Record<string, unknown>): Promise<ConnectionNode> {
  return must<ConnectionNode>(await client.request(CREATE_CONNECTION, { input }), 'createConnection');
}

export async function saveCredentials(client: Client, id: string, env: string, fields: Record<string, unknown>): Promise<ConnectionNode> {
  return must<ConnectionNode>(await client.request(SAVE_CREDENTIALS, { id, env, fields }), 'saveConnectionCredentials');
}

export async function createSecret(client: Client, key: string, values: { environment: string; value: string }[]): Promise<void> {
  must(await client.request(CREATE_SECRET, { input: { key, values } }), 'createSecret');
}
