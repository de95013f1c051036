import { Client, type GraphQLResponse, type TestServer } from './harness';
import { MEMBER_PASSWORD } from './members';

export const USER_FIELDS = 'id email firstName lastName displayName signInMethod status isSuperAdmin lastLoginAt roles { id name } invitation { sentAt expiresAt expired }';

export interface UserNode {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  signInMethod: string;
  status: string;
  isSuperAdmin: boolean;
  lastLoginAt: string | null;
  roles: { id: string; name: string }[];
  invitation: { sentAt: string; expiresAt: string; expired: boolean } | null;
}

export interface UsersPage {
  users: { edges: { cursor: string; node: UserNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

export const USERS = `query($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) { edges { cursor node { ${USER_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount }
}`;
export const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { ${USER_FIELDS} } }`;
export const SET_ROLES = `mutation($id: ID!, $roleIds: [ID!]!) { setUserRoles(id: $id, roleIds: $roleIds) { ${USER_FIELDS} } }`;
export const DISABLE = `mutation($id: ID!) { disableUser(id: $id) { id status } }`;
export const ENABLE = `mutation($id: ID!) { enableUser(id: $id) { id status } }`;
export const DELETE = `mutation($id: ID!) { deleteUser(id: $id) }`;
export const RESET = `mutation($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER_FIELDS} } }`;
export const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { email } }`;
export const VIEWER = '{ viewer { email } }';

export type BuiltInRoleIds = Record<'SUPER_ADMIN' | 'ORG_ADMIN' | 'MEMBER' | 'READ_ONLY', string>;

/** The ids of the built-in roles, as the signed-in admin sees them. */
export async function builtInRoleIds(admin: Client): Promise<BuiltInRoleIds> {
  const res = await admin.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
  const byName = (name: string) => res.data?.roles.find((r) => r.name === name)?.id ?? '';
  return { SUPER_ADMIN: byName('Super Admin'), ORG_ADMIN: byName('Org Admin'), MEMBER: byName('Member'), READ_ONLY: byName('Read-only') };
}

/** The input field the first error names. */
export function field(res: GraphQLResponse): unknown {
  return res.errors?.[0]?.extensions?.field;
}

export interface UserTestHelpers {
  signedIn(email: string, password?: string): Promise<Client>;
  /** The link LogMailer wrote for the last invitation to `email` (the server runs without SMTP_URL). */
  loggedInvitationToken(email: string): string;
  userByEmail(email: string): Promise<UserNode | undefined>;
}

/** Helpers for a test file's server and signed-in admin, read when a test calls them (both are set in beforeAll). */
export function userTestHelpers(world: () => { server: TestServer; admin: Client }): UserTestHelpers {
  return {
    async signedIn(email, password = MEMBER_PASSWORD) {
      const client = new Client(world().server.url);
      const res = await client.signIn(email, password);
      if (res.errors) throw new Error(`${email}: ${res.errors[0]?.message}`);
      return client;
    },
    loggedInvitationToken(email) {
      const lines = world().server.logs.filter((l) => l.includes('"mail"') && l.includes(email));
      const match = /\/invite\/([A-Za-z0-9_-]+)/.exec(lines.at(-1) ?? '');
      if (!match?.[1]) throw new Error(`no invitation mail logged for ${email}`);
      return match[1];
    },
    async userByEmail(email) {
      const res = await world().admin.request<UsersPage>(USERS, { filter: { search: email } });
      return res.data?.users.edges.map((e) => e.node).find((u) => u.email === email);
    },
  };
}
