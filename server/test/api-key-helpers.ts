import { Client, type GraphQLResponse, type TestServer } from './harness';
import { MEMBER_PASSWORD } from './members';

export interface KeyNode {
  id: string;
  name: string;
  maskedKey: string;
  status: string;
  permissions: string[];
  scopes: string[] | null;
  scopePreset: string;
  rateLimit: { perMinute: number; perHour: number };
  rateLimitPerMinute: number | null;
  rateLimitPerHour: number | null;
  expiresAt: string | null;
  expiringSoon: boolean;
  lastUsedAt: string | null;
  roles: { id: string; name: string }[];
}

export const KEY_FIELDS =
  'id name maskedKey status permissions scopes scopePreset rateLimit { perMinute perHour } rateLimitPerMinute rateLimitPerHour expiresAt expiringSoon lastUsedAt roles { id name }';
export const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { ${KEY_FIELDS} } } }`;
export const KEY = `query($id: ID!) { apiKey(id: $id) { ${KEY_FIELDS} } }`;
export const SUSPEND_KEY = 'mutation($id: ID!) { suspendApiKey(id: $id) { status } }';
export const RESUME_KEY = 'mutation($id: ID!) { resumeApiKey(id: $id) { status } }';
export const REVOKE_KEY = 'mutation($id: ID!) { revokeApiKey(id: $id) { status } }';
export const DELETE_KEY = 'mutation($id: ID!) { deleteApiKey(id: $id) }';
export const ROLL_KEY = 'mutation($id: ID!, $grace: Int!) { rollApiKey(id: $id, gracePeriodMinutes: $grace) { token apiKey { maskedKey } } }';

/** A member added with `addMember`, signed in over HTTP. */
export async function signedInMember(server: TestServer, email: string): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.signIn(email, MEMBER_PASSWORD);
  if (res.errors) throw new Error(res.errors[0]?.message);
  return client;
}

/** The id of a role visible to the organization, by name. */
export async function roleId(admin: Client, name: string): Promise<string> {
  const res = await admin.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
  const role = res.data?.roles.find((r) => r.name === name);
  if (!role) throw new Error(`no role named ${name}: ${res.errors?.[0]?.message ?? ''}`);
  return role.id;
}

/** Creates a key through the API and returns its record and once-shown token. */
export async function createKey(client: Client, input: Record<string, unknown>): Promise<{ apiKey: KeyNode; token: string }> {
  const res = await client.request<{ createApiKey: { apiKey: KeyNode; token: string } }>(CREATE_KEY, { input });
  if (!res.data?.createApiKey) throw new Error(`createApiKey failed: ${res.errors?.[0]?.message ?? 'no data'}`);
  return res.data.createApiKey;
}

/** An integrator's client: no cookie, the key in `X-API-Key` or as a Bearer token. */
export function keyClient(baseUrl: string, token: string, header: 'x-api-key' | 'bearer' = 'x-api-key'): Client {
  return new Client(baseUrl, header === 'x-api-key' ? { 'x-api-key': token } : { authorization: `Bearer ${token}` });
}

export const ORGANIZATION = '{ organization { name } }';

export function firstError(res: GraphQLResponse): { message: string; code: unknown; field: unknown } {
  const error = res.errors?.[0];
  return { message: error?.message ?? '', code: error?.extensions?.code, field: error?.extensions?.field };
}
