import { ALL_PERMISSIONS, BUILT_IN_ROLES, type Permission } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, viewer } from './fixtures';
import { api, server, type Reply } from './msw-server';
import { renderApp } from './render-app';
import { roles, signInMethods, userRow, usersPage } from './users-fixtures';
import type {
  InviteUserMutation,
  InviteUserMutationVariables,
  UserFormOptionsQuery,
  UserFormOptionsQueryVariables,
  UsersQuery,
  UsersQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

function signedInAs(permissions: readonly Permission[] = ALL_PERMISSIONS, methods = signInMethods) {
  let listed = 0;
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<UsersQuery, UsersQueryVariables>('Users', () => {
      listed += 1;
      return HttpResponse.json({ data: usersPage([userRow()]) });
    }),
    api.query<UserFormOptionsQuery, UserFormOptionsQueryVariables>('UserFormOptions', () => HttpResponse.json({ data: { roles, signInMethods: methods } })),
  );
  return { listCalls: () => listed };
}

function recordInvites(respond: (input: InviteUserMutationVariables['input']) => Reply<InviteUserMutation>) {
  const inputs: InviteUserMutationVariables['input'][] = [];
  server.use(
    api.mutation<InviteUserMutation, InviteUserMutationVariables>('InviteUser', ({ variables }) => {
      const input = variables.input;
      inputs.push(input);
      return respond(input);
    }),
  );
  return inputs;
}

async function openDialog(permissions?: readonly Permission[], methods?: typeof signInMethods) {
  const session = signedInAs(permissions, methods);
  const rendered = renderApp('/admin/security/users');
  await rendered.user.click(await screen.findByRole('button', { name: 'Add User' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add user' });
  await within(dialog).findByLabelText(/Email address/);
  return { ...rendered, dialog, session };
}

describe('Add User dialog', () => {
  it('requires a valid email and at least one role before calling the server', async () => {
    const inputs = recordInvites(() => HttpResponse.json({ data: null }));
    const { user, dialog } = await openDialog();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Member' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('Email address is required.')).toBeVisible();
    expect(within(dialog).getByText('Choose at least one role.')).toBeVisible();
    expect(within(dialog).getByLabelText(/Email address/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(within(dialog).getByLabelText(/Email address/), 'grace-at-acme');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Enter a valid email address.')).toBeVisible();
    expect(inputs).toHaveLength(0);
  });

  it('preselects Member and locks roles whose permissions the viewer does not hold', async () => {
    const { dialog } = await openDialog(BUILT_IN_ROLES.ORG_ADMIN.permissions);

    expect(within(dialog).getByRole('checkbox', { name: 'Member' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Super Admin' })).toBeDisabled();
    expect(within(dialog).getByRole('checkbox', { name: 'Org Admin' })).toBeEnabled();
    expect(within(dialog).getByLabelText('Sign-in method')).toHaveValue('PASSWORD');
  });

  it("shows the server's field error next to the email field", async () => {
    const message = 'grace@acme.test is already a member of this organization.';
    const inputs = recordInvites(() =>
      HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'email', fields: [{ field: 'email', message }] })] }),
    );
    const { user, dialog } = await openDialog();

    const email = within(dialog).getByLabelText(/Email address/);
    await user.type(email, 'grace@acme.test');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText(message)).toBeVisible();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(inputs).toHaveLength(1);
  });

  it('shows a refusal that is not about one field in an alert and keeps the dialog open', async () => {
    recordInvites(() =>
      HttpResponse.json({
        errors: [graphQLError('You can only assign or remove roles whose permissions you hold. You cannot assign Super Admin.', { code: 'FORBIDDEN' })],
      }),
    );
    const { user, dialog } = await openDialog();

    await user.type(within(dialog).getByLabelText(/Email address/), 'new@acme.test');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You cannot assign Super Admin.');
    expect(screen.getByRole('dialog', { name: 'Add user' })).toBeVisible();
  });

  it('sends the invitation with names, sign-in method and roles, confirms it and refreshes the list', async () => {
    const inputs = recordInvites((input) =>
      HttpResponse.json({
        data: {
          inviteUser: userRow({
            id: 'user_new',
            email: input.email,
            status: 'INVITED',
            lastLoginAt: null,
            invitation: { __typename: 'UserInvitation', sentAt: new Date().toISOString(), expiresAt: new Date().toISOString(), expired: false },
          }),
        },
      }),
    );
    const { user, dialog, session } = await openDialog();
    const before = session.listCalls();

    await user.type(within(dialog).getByLabelText('First name'), 'Alan');
    await user.type(within(dialog).getByLabelText('Last name'), 'Turing');
    await user.type(within(dialog).getByLabelText(/Email address/), 'alan@acme.test');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Read-only' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Invitation sent')).toBeVisible();
    expect(inputs).toEqual([
      { email: 'alan@acme.test', firstName: 'Alan', lastName: 'Turing', signInMethod: 'PASSWORD', ssoProvider: null, roleIds: ['role_member', 'role_read'] },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add user' })).not.toBeInTheDocument());
    await waitFor(() => expect(session.listCalls()).toBeGreaterThan(before));
  });

  it('invites with an SSO provider of the organization, without any password', async () => {
    const inputs = recordInvites((input) => HttpResponse.json({ data: { inviteUser: userRow({ id: 'user_new', email: input.email, status: 'INVITED', signInMethod: 'SSO', ssoProvider: 'sso_okta', ssoProviderName: 'Okta' }) } }));
    const { user, dialog } = await openDialog(ALL_PERMISSIONS, [...signInMethods, { __typename: 'SignInMethodOption', method: 'SSO', provider: 'sso_okta', label: 'Okta' }]);

    await user.type(within(dialog).getByLabelText(/Email address/), 'alan@acme.test');
    await user.selectOptions(within(dialog).getByLabelText('Sign-in method'), 'Okta (single sign-on)');
    expect(within(dialog).queryByLabelText(/password/i)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await screen.findByText(/will get an email with a link to sign in with Okta/)).toBeVisible();
    expect(inputs).toEqual([{ email: 'alan@acme.test', firstName: null, lastName: null, signInMethod: 'SSO', ssoProvider: 'sso_okta', roleIds: ['role_member'] }]);
  });
});
