import { BUILT_IN_ROLES } from '@keyward/shared/permissions';
import type { UserFormOptionsQuery, UserRowFieldsFragment, UsersQuery } from '../src/graphql/generated';
import type { WithTypename } from './with-typename';

export const roles: WithTypename<UserFormOptionsQuery['roles']> = [
  { __typename: 'Role', id: 'role_super', name: 'Super Admin', description: BUILT_IN_ROLES.SUPER_ADMIN.description, builtIn: true, permissions: [...BUILT_IN_ROLES.SUPER_ADMIN.permissions] },
  { __typename: 'Role', id: 'role_admin', name: 'Org Admin', description: BUILT_IN_ROLES.ORG_ADMIN.description, builtIn: true, permissions: [...BUILT_IN_ROLES.ORG_ADMIN.permissions] },
  { __typename: 'Role', id: 'role_member', name: 'Member', description: BUILT_IN_ROLES.MEMBER.description, builtIn: true, permissions: [...BUILT_IN_ROLES.MEMBER.permissions] },
  { __typename: 'Role', id: 'role_read', name: 'Read-only', description: BUILT_IN_ROLES.READ_ONLY.description, builtIn: true, permissions: [...BUILT_IN_ROLES.READ_ONLY.permissions] },
];

export const signInMethods: WithTypename<UserFormOptionsQuery['signInMethods']> = [{ __typename: 'SignInMethodOption', method: 'PASSWORD', provider: null, label: 'Password' }];

export function userRow(overrides: Partial<WithTypename<UserRowFieldsFragment>> = {}): WithTypename<UserRowFieldsFragment> {
  return {
    __typename: 'User',
    id: 'user_2',
    email: 'grace@acme.test',
    firstName: 'Grace',
    lastName: 'Hopper',
    displayName: 'Grace Hopper',
    signInMethod: 'PASSWORD',
    ssoProvider: null,
    ssoProviderName: null,
    status: 'ACTIVE',
    isSuperAdmin: false,
    lastLoginAt: new Date(Date.now() - 3 * 60 * 60 * 1000).toISOString(),
    createdAt: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString(),
    roles: [{ __typename: 'Role', id: 'role_member', name: 'Member' }],
    invitation: null,
    ...overrides,
  };
}

export function usersPage(users: readonly WithTypename<UserRowFieldsFragment>[]): WithTypename<UsersQuery> {
  return {
    users: {
      __typename: 'UserConnection',
      edges: users.map((node, i) => ({ __typename: 'UserEdge', cursor: `c${i}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: users.length ? `c${users.length - 1}` : null },
      totalCount: users.length,
    },
  };
}
