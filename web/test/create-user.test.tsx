import { ALL_PERMISSIONS, BUILT_IN_ROLES, type Permission } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import { renderApp } from './render-app';
import { roles, signInMethods, userRow, usersPage } from './users-fixtures';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
  CreateUserInput,
  CreateUserMutation,
  CreateUserMutationVariables,
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  UserFormOptionsQuery,
  UserFormOptionsQueryVariables,
  UsersQuery,
  UsersQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

function signedInAs(person: ReturnType<typeof viewer>) {
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: person } })),
    api.query<UsersQuery, UsersQueryVariables>('Users', () => HttpResponse.json({ data: usersPage([userRow()]) })),
    api.query<UserFormOptionsQuery, UserFormOptionsQueryVariables>('UserFormOptions', () => HttpResponse.json({ data: { roles, signInMethods } })),
  );
}

function recordCreates() {
  const inputs: CreateUserInput[] = [];
  server.use(
    api.mutation<CreateUserMutation, CreateUserMutationVariables>('CreateUser', ({ variables: { input } }) => {
      inputs.push(input);
      return HttpResponse.json({ data: { createUser: userRow({ id: 'user_new', email: input.email, lastLoginAt: null }) } });
    }),
  );
  return inputs;
}

async function openAddUser(person: ReturnType<typeof viewer>) {
  signedInAs(person);
  const rendered = renderApp('/admin/security/users');
  await rendered.user.click(await screen.findByRole('button', { name: 'Add User' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add user' });
  await within(dialog).findByLabelText(/Email address/);
  return { ...rendered, dialog };
}

const superAdmin = { ...viewer(ALL_PERMISSIONS), isSuperAdmin: true };

describe('Add User → Create with password', () => {
  it('is not offered to an org admin, who can only invite', async () => {
    const { dialog } = await openAddUser(viewer(BUILT_IN_ROLES.ORG_ADMIN.permissions));

    expect(within(dialog).queryByRole('radio', { name: 'Create with password' })).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/Initial password/)).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText('Sign-in method')).toBeVisible();
  });

  it('checks email, the password policy, the confirmation and roles before calling the server', async () => {
    const inputs = recordCreates();
    const { user, dialog } = await openAddUser(superAdmin);

    await user.click(within(dialog).getByRole('radio', { name: 'Create with password' }));
    const form = within(dialog).getByRole('form', { name: 'Create user with password' });
    await user.click(within(form).getByRole('checkbox', { name: 'Member' }));
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await within(form).findByText('Email address is required.')).toBeVisible();
    expect(within(form).getByText('Use at least 12 characters.')).toBeVisible();
    expect(within(form).getByText('Choose at least one role.')).toBeVisible();

    await user.type(within(form).getByLabelText(/Email address/), 'alan@acme.test');
    await user.type(within(form).getByLabelText(/^Initial password/), 'alllowercaseletters');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await within(form).findByText('Mix at least three of: lowercase, uppercase, digits, symbols.')).toBeVisible();

    await user.clear(within(form).getByLabelText(/^Initial password/));
    await user.type(within(form).getByLabelText(/^Initial password/), 'Initial-Password-1');
    await user.type(within(form).getByLabelText(/Confirm initial password/), 'Initial-Password-2');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await within(form).findByText('The passwords do not match.')).toBeVisible();
    expect(inputs).toHaveLength(0);
  });

  it('creates the user with names, the initial password and roles, and says they must change it', async () => {
    const inputs = recordCreates();
    const { user, dialog } = await openAddUser(superAdmin);

    await user.click(within(dialog).getByRole('radio', { name: 'Create with password' }));
    const form = within(dialog).getByRole('form', { name: 'Create user with password' });
    expect(within(form).getByRole('checkbox', { name: 'Member' })).toBeChecked();
    await user.type(within(form).getByLabelText('First name'), 'Alan');
    await user.type(within(form).getByLabelText('Last name'), 'Turing');
    await user.type(within(form).getByLabelText(/Email address/), 'alan@acme.test');
    await user.type(within(form).getByLabelText(/^Initial password/), 'Initial-Password-1');
    await user.type(within(form).getByLabelText(/Confirm initial password/), 'Initial-Password-1');
    await user.click(within(form).getByRole('checkbox', { name: 'Read-only' }));
    await user.click(within(form).getByRole('button', { name: 'Create user' }));

    expect(await screen.findByText('User created')).toBeVisible();
    expect(screen.getByText(/must choose a new password at first sign-in/)).toBeVisible();
    expect(inputs).toEqual([{ email: 'alan@acme.test', firstName: 'Alan', lastName: 'Turing', password: 'Initial-Password-1', roleIds: ['role_member', 'role_read'] }]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add user' })).not.toBeInTheDocument());
  });
});

describe('First sign-in with an initial password', () => {
  it('shows only the change-password screen until the password is changed, then the page asked for', async () => {
    let mustChange = true;
    const changes: ChangePasswordMutationVariables[] = [];
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: { ...viewer(['SETTINGS_READ'] satisfies Permission[]), mustChangePassword: mustChange } } })),
      api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
      api.mutation<ChangePasswordMutation, ChangePasswordMutationVariables>('ChangePassword', ({ variables }) => {
        changes.push(variables);
        mustChange = false;
        return HttpResponse.json({ data: { changePassword: true } });
      }),
    );
    const { user, router } = renderApp('/admin/settings');

    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Administration' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Organization settings' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Initial password'), 'Initial-Password-1');
    await user.type(screen.getByLabelText('New password'), 'Initial-Password-1');
    await user.type(screen.getByLabelText('Confirm new password'), 'Initial-Password-1');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Choose a password different from the current one.')).toBeVisible();
    expect(changes).toHaveLength(0);

    await user.clear(screen.getByLabelText('New password'));
    await user.clear(screen.getByLabelText('Confirm new password'));
    await user.type(screen.getByLabelText('New password'), 'My-Own-Password-22');
    await user.type(screen.getByLabelText('Confirm new password'), 'My-Own-Password-22');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('heading', { name: 'Organization settings' })).toBeVisible();
    expect(changes).toEqual([{ currentPassword: 'Initial-Password-1', newPassword: 'My-Own-Password-22' }]);
    expect(router.state.location.pathname).toBe('/admin/settings');
  });
});
