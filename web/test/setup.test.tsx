import { screen } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dashboardHandlers } from './dashboard-fixtures';
import { organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import { renderApp } from './render-app';
import type {
  CreateFirstAdminMutation,
  CreateFirstAdminMutationVariables,
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  SetupStatusQuery,
  SetupStatusQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

function setupStatus(needsFirstAdmin: boolean) {
  server.use(
    api.query<SetupStatusQuery, SetupStatusQueryVariables>('SetupStatus', () =>
      HttpResponse.json({ data: { setupStatus: { __typename: 'SetupStatus', needsFirstAdmin } } }),
    ),
  );
}

describe('SetupPage', () => {
  it('says so when Keyward already has an administrator', async () => {
    setupStatus(false);
    renderApp('/setup?token=setup-token');

    expect(await screen.findByRole('heading', { name: 'Keyward is already set up' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/login');
  });

  it('checks the password with the shared policy before calling the server', async () => {
    setupStatus(true);
    const { user } = renderApp('/setup?token=setup-token');

    await user.type(await screen.findByLabelText('Your name'), 'Ada Lovelace');
    await user.type(screen.getByLabelText('Email'), 'ada@acme.test');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.type(screen.getByLabelText('Confirm password'), 'different');
    await user.click(screen.getByRole('button', { name: 'Create administrator and sign in' }));

    expect(await screen.findByText('Use at least 12 characters.')).toBeVisible();
    expect(screen.getByText('The passwords do not match.')).toBeVisible();
  });

  it('creates the first administrator with the setup token and signs them in', async () => {
    setupStatus(true);
    const inputs: unknown[] = [];
    server.use(
      api.mutation<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>('CreateFirstAdmin', ({ variables }) => {
        inputs.push(variables['input']);
        return HttpResponse.json({ data: { createFirstAdmin: viewer() } });
      }),
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer() } })),
      api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
    );
    dashboardHandlers();
    const { user, router } = renderApp('/setup?token=setup-token');

    await user.type(await screen.findByLabelText('Your name'), 'Ada Lovelace');
    await user.type(screen.getByLabelText('Email'), 'ada@acme.test');
    await user.type(screen.getByLabelText('Password'), 'Correct-Horse-1');
    await user.type(screen.getByLabelText('Confirm password'), 'Correct-Horse-1');
    await user.click(screen.getByRole('button', { name: 'Create administrator and sign in' }));

    expect(await screen.findByRole('heading', { name: 'Home' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(inputs).toEqual([
      {
        token: 'setup-token',
        organizationName: 'Default',
        displayName: 'Ada Lovelace',
        email: 'ada@acme.test',
        password: 'Correct-Horse-1',
      },
    ]);
  });
});
