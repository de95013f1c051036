import { ALL_PERMISSIONS, BUILT_IN_ROLES, type Permission } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, viewer } from './fixtures';
import { api, server } from './msw-server';
import { renderApp } from './render-app';
import { roles, signInMethods, userRow, usersPage } from './users-fixtures';
import type {
  DeleteUsersMutation,
  DeleteUsersMutationVariables,
  DisableUsersMutation,
  DisableUsersMutationVariables,
  UserFormOptionsQuery,
  UserFormOptionsQueryVariables,
  UsersQuery,
  UsersQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

const me = userRow({ id: 'user_1', email: 'ada@acme.test', displayName: 'Ada Lovelace', roles: [{ __typename: 'Role', id: 'role_admin', name: 'Org Admin' }] });
const grace = userRow();
const alan = userRow({ id: 'user_3', email: 'alan@acme.test', displayName: 'Alan Turing', status: 'SUSPENDED' });
const pending = userRow({
  id: 'user_4',
  email: 'new@acme.test',
  displayName: 'new',
  status: 'INVITED',
  lastLoginAt: null,
  invitation: {
    __typename: 'UserInvitation',
    sentAt: new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString(),
    expiresAt: new Date(Date.now() + 6 * 24 * 60 * 60 * 1000).toISOString(),
    expired: false,
  },
});
const root = userRow({ id: 'user_5', email: 'root@acme.test', displayName: 'Root', isSuperAdmin: true, roles: [{ __typename: 'Role', id: 'role_super', name: 'Super Admin' }] });

function signedInAs(permissions: readonly Permission[] = BUILT_IN_ROLES.ORG_ADMIN.permissions, users = [me, grace, alan, pending, root]) {
  const filters: UsersQueryVariables['filter'][] = [];
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<UsersQuery, UsersQueryVariables>('Users', ({ variables }) => {
      filters.push(variables.filter ?? {});
      return HttpResponse.json({ data: usersPage(users) });
    }),
    api.query<UserFormOptionsQuery, UserFormOptionsQueryVariables>('UserFormOptions', () => HttpResponse.json({ data: { roles, signInMethods } })),
  );
  return filters;
}

async function openUsers(permissions?: readonly Permission[], users?: ReturnType<typeof userRow>[]) {
  const filters = signedInAs(permissions, users);
  const rendered = renderApp('/admin/security/users');
  await screen.findByText('grace@acme.test');
  return { ...rendered, filters };
}

async function menuItems(user: ReturnType<typeof renderApp>['user'], email: string): Promise<string[]> {
  await user.click(screen.getByRole('button', { name: `Actions for ${email}` }));
  const menu = await screen.findByRole('menu');
  const items = within(menu).getAllByRole('menuitem').map((item) => item.textContent ?? '');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  return items;
}

describe('Users page', () => {
  it('lists name and email, roles, status, sign-in method and last login, with pending invitations', async () => {
    await openUsers();
    const row = screen.getByRole('row', { name: /grace@acme.test/ });
    expect(within(row).getByText('Grace Hopper')).toBeVisible();
    expect(within(row).getByText('Member')).toBeVisible();
    expect(within(row).getByText('Active')).toBeVisible();
    expect(within(row).getByText('Password')).toBeVisible();
    expect(within(row).getByText('3 hours ago')).toBeVisible();
    const invited = screen.getByRole('row', { name: /new@acme.test/ });
    expect(within(invited).getByText('Invited')).toBeVisible();
    expect(within(invited).getByText('Never')).toBeVisible();
    expect(within(invited).getByText('in 6 days')).toBeVisible();
  });

  it('names the SSO provider a member signs in with', async () => {
    await openUsers(undefined, [me, grace, userRow({ id: 'user_6', email: 'linus@acme.test', displayName: 'Linus', signInMethod: 'SSO', ssoProvider: 'sso_okta', ssoProviderName: 'Okta' })]);

    expect(within(screen.getByRole('row', { name: /linus@acme.test/ })).getByText('Okta')).toBeVisible();
    expect(within(screen.getByRole('row', { name: /grace@acme.test/ })).getByText('Password')).toBeVisible();
  });

  it('offers only the actions the viewer may take on each row', async () => {
    const { user } = await openUsers();
    expect(await menuItems(user, 'grace@acme.test')).toEqual(['Manage Roles', 'Edit User', 'Disable User', 'Delete User']);
    expect(await menuItems(user, 'alan@acme.test')).toContain('Enable User');
    expect(await menuItems(user, 'new@acme.test')).toContain('Resend Invitation');
    expect(await menuItems(user, 'ada@acme.test')).toEqual(['Manage Roles', 'Edit User']);
    expect(screen.queryByRole('button', { name: 'Actions for root@acme.test' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select ada@acme.test' })).toBeDisabled();
  });

  it('offers Reset Password to a super admin only', async () => {
    const { user } = await openUsers(ALL_PERMISSIONS);
    expect(await menuItems(user, 'grace@acme.test')).toContain('Reset Password');
  });

  it('shows a read-only viewer the list without any way to change it', async () => {
    await openUsers(BUILT_IN_ROLES.READ_ONLY.permissions);
    expect(screen.queryByRole('button', { name: 'Add User' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Actions for/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('passes search and filters to the server and says when nothing matches', async () => {
    const { user, filters } = await openUsers(undefined, [grace]);
    server.use(api.query<UsersQuery, UsersQueryVariables>('Users', ({ variables }) => {
      filters.push(variables.filter);
      return HttpResponse.json({ data: usersPage([]) });
    }));
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'SUSPENDED');
    await user.type(screen.getByLabelText('Search users'), 'zed');
    expect(await screen.findByText('No users match these filters')).toBeVisible();
    await waitFor(() => expect(filters.at(-1)).toMatchObject({ search: 'zed', status: 'SUSPENDED' }));
  });

  it('deletes a user only after a confirmation that says deletion is permanent', async () => {
    const deleted: unknown[] = [];
    server.use(api.mutation<DeleteUsersMutation, DeleteUsersMutationVariables>('DeleteUsers', ({ variables }) => {
      deleted.push(variables['ids']);
      return HttpResponse.json({ data: { deleteUsers: [variables.ids].flat().map(String) } });
    }));
    const { user } = await openUsers();
    await user.click(screen.getByRole('button', { name: 'Actions for grace@acme.test' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete User' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete user' });
    expect(confirm).toHaveTextContent('Deletion is permanent');
    expect(deleted).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Delete user' }));
    await waitFor(() => expect(deleted).toEqual([['user_2']]));
  });

  it('disables several selected users with one confirmation, and shows a refusal in it', async () => {
    const calls: unknown[] = [];
    server.use(api.mutation<DisableUsersMutation, DisableUsersMutationVariables>('DisableUsers', ({ variables }) => {
      calls.push(variables['ids']);
      return HttpResponse.json({ errors: [graphQLError('grace@acme.test is the last Org Admin of this organization. Make someone else an Org Admin first.', { code: 'CONFLICT' })] });
    }));
    const bob = userRow({ id: 'user_6', email: 'bob@acme.test', displayName: 'Bob' });
    const { user } = await openUsers(undefined, [me, grace, bob, alan]);
    await user.click(screen.getByRole('checkbox', { name: 'Select grace@acme.test' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select bob@acme.test' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select alan@acme.test' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('3 users selected');
    await user.click(within(bar).getByRole('button', { name: 'Disable' }));

    const confirm = await screen.findByRole('dialog', { name: 'Disable 2 users' });
    expect(confirm).toHaveTextContent('signed out at once');
    expect(confirm).toHaveTextContent('grace@acme.test, bob@acme.test');
    await user.click(within(confirm).getByRole('button', { name: 'Disable 2 users' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('last Org Admin');
    expect(calls).toEqual([['user_2', 'user_6']]);
  });

  it('shows an error state with a retry when the list cannot load', async () => {
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(BUILT_IN_ROLES.ORG_ADMIN.permissions) } })),
      api.query<UserFormOptionsQuery, UserFormOptionsQueryVariables>('UserFormOptions', () => HttpResponse.json({ data: { roles, signInMethods } })),
      api.query<UsersQuery, UsersQueryVariables>('Users', () => HttpResponse.json({ errors: [graphQLError('Database unavailable.', { code: 'INTERNAL_SERVER_ERROR' })] })),
    );
    renderApp('/admin/security/users');
    expect(await screen.findByText('Could not load users')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
