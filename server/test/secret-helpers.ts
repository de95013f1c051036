import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Organization } from '../src/modules/organizations/organization.entity';
import { signedInMember } from './api-key-helpers';
import type { Client, GraphQLResponse, TestServer } from './harness';

export const SECRET_FIELDS = 'id key reference description createdAt createdBy environments { environment version updatedAt updatedBy }';
export const CREATE = `mutation($i: CreateSecretInput!) { createSecret(input: $i) { ${SECRET_FIELDS} } }`;
export const UPDATE = `mutation($k: String!, $i: UpdateSecretInput!) { updateSecret(key: $k, input: $i) { ${SECRET_FIELDS} } }`;
export const RESTORE = `mutation($k: String!, $e: String!, $v: Int!) { restoreSecretVersion(key: $k, environment: $e, version: $v) { ${SECRET_FIELDS} } }`;
export const DELETE = `mutation($k: String!) { deleteSecret(key: $k) { key environments { environment } } }`;
export const GET = `query($k: String!) { secret(key: $k) { ${SECRET_FIELDS} versions { environment version change restoredFrom current createdAt createdBy } references { ownerType ownerId ownerName environments } } }`;
export const LIST = `query($s: String, $f: Int, $a: String) { secrets(search: $s, first: $f, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { key description environments { environment } } } } }`;

export interface EnvValue {
  environment: string;
  version: number;
  updatedBy: string | null;
}
export interface SecretResult {
  id: string;
  key: string;
  reference: string;
  description: string;
  createdBy: string | null;
  environments: EnvValue[];
  versions?: { environment: string; version: number; change: string; restoredFrom: number | null; current: boolean; createdBy: string | null }[];
  references?: { ownerType: string; ownerId: string; ownerName: string; environments: string[] }[];
}

export async function create(client: Client, key: string, values: Record<string, string>, description?: string): Promise<GraphQLResponse<{ createSecret: SecretResult }>> {
  return client.request<{ createSecret: SecretResult }>(CREATE, {
    i: { key, description, values: Object.entries(values).map(([environment, value]) => ({ environment, value })) },
  });
}

export async function get(client: Client, key: string): Promise<GraphQLResponse<{ secret: SecretResult }>> {
  return client.request<{ secret: SecretResult }>(GET, { k: key });
}

/** The id of the organization the bootstrap admin starts in. */
export async function defaultOrganizationId(server: TestServer): Promise<string> {
  return (await server.keyward.orm.em.fork().findOneOrFail(Organization, { slug: 'default' })).id;
}

export interface SecretTestHelpers {
  signedIn(email: string): Promise<Client>;
  /** What the workflow runtime would get for `text` in `environment` (the default organization unless told). */
  resolve(text: string, environment: string, organizationId?: string): Promise<string>;
  auditEvents(action: string, key: string): Promise<AuditEvent[]>;
}

/** Helpers for a test file's server and default organization, read when a test calls them (both are set in beforeAll). */
export function secretTestHelpers(world: () => { server: TestServer; orgId: string }): SecretTestHelpers {
  return {
    signedIn: (email) => signedInMember(world().server, email),
    resolve: (text, environment, organizationId = world().orgId) =>
      world().server.keyward.services.secretResolver.substitute(world().server.keyward.orm.em.fork(), organizationId, environment, text),
    auditEvents: (action, key) => world().server.keyward.orm.em.fork().find(AuditEvent, { action, targetId: key }, { orderBy: { at: 'asc' } }),
  };
}
