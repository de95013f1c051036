import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import { renderApp } from './render-app';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  SecretEnvironmentsQuery,
  SecretEnvironmentsQueryVariables,
  SecretsQuery,
  SecretsQueryVariables,
  SignOutMutation,
  SignOutMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

function signedInAs(permissions: Parameters<typeof viewer>[0]) {
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
  );
}

describe('App shell', () => {
  it('shows the organization and only the administration pages the viewer may read', async () => {
    signedInAs(['SETTINGS_READ', 'SECRETS_READ']);
    renderApp('/admin/settings');

    const sidebar = await screen.findByRole('navigation', { name: 'Administration' });
    expect(within(sidebar).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(within(sidebar).getByRole('link', { name: 'Secrets' })).toBeVisible();
    expect(within(sidebar).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(sidebar).queryByRole('link', { name: 'API Keys' })).not.toBeInTheDocument();
    expect(within(sidebar).queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Acme Robotics')).toBeVisible();
  });

  it('opens the first administration page the viewer may read', async () => {
    signedInAs(['SECRETS_READ']);
    server.use(
      api.query<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>('SecretEnvironments', () => HttpResponse.json({ data: { organization: { ...organization } } })),
      api.query<SecretsQuery, SecretsQueryVariables>('Secrets', () =>
        HttpResponse.json({
          data: { secrets: { __typename: 'SecretConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } },
        }),
      ),
    );
    const { router } = renderApp('/admin');

    expect(await screen.findByRole('heading', { name: 'Secrets' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/admin/security/secrets');
    expect(await screen.findByText('No secrets yet')).toBeVisible();
  });

  it('signs out and returns to the sign-in page', async () => {
    signedInAs(['SETTINGS_READ']);
    let signedOut = false;
    server.use(
      api.mutation<SignOutMutation, SignOutMutationVariables>('SignOut', () => {
        signedOut = true;
        return HttpResponse.json({ data: { signOut: true } });
      }),
    );
    const { user, router } = renderApp('/admin/settings');

    await user.click(await screen.findByRole('button', { name: /Account menu for Ada Lovelace/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(signedOut).toBe(true);
  });

  it('shows the server field error next to the current password when changing it', async () => {
    signedInAs(['SETTINGS_READ']);
    server.use(
      api.mutation<ChangePasswordMutation, ChangePasswordMutationVariables>('ChangePassword', () =>
        HttpResponse.json({
          errors: [
            graphQLError('The current password is not correct.', {
              code: 'BAD_USER_INPUT',
              field: 'currentPassword',
            }),
          ],
        }),
      ),
    );
    const { user } = renderApp('/admin/settings');

    await user.click(await screen.findByRole('button', { name: /Account menu for Ada Lovelace/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Change password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change password' });
    await user.type(within(dialog).getByLabelText('Current password'), 'Old-Password-11');
    await user.type(within(dialog).getByLabelText('New password'), 'Better-Horse-22');
    await user.type(within(dialog).getByLabelText('Confirm new password'), 'Better-Horse-22');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));

    const current = within(dialog).getByLabelText('Current password');
    expect(await within(dialog).findByText('The current password is not correct.')).toBeVisible();
    expect(current).toHaveAccessibleDescription('The current password is not correct.');
  });
});
