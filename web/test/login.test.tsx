import { screen } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page } from './connections-fixtures';
import { dashboardHandlers } from './dashboard-fixtures';
import { graphQLError, organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import { renderApp } from './render-app';
import type {
  ConnectionsQuery,
  ConnectionsQueryVariables,
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  SignInMutation,
  SignInMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

function countSignIns() {
  const calls: { email: string; password: string }[] = [];
  server.use(
    api.mutation<SignInMutation, SignInMutationVariables>('SignIn', ({ variables }) => {
      calls.push({ email: String(variables['email']), password: String(variables['password']) });
      return HttpResponse.json({
        errors: [graphQLError('Invalid email or password.', { code: 'UNAUTHENTICATED' })],
      });
    }),
  );
  return calls;
}

function signedInArea() {
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer() } })),
    api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
    api.query<ConnectionsQuery, ConnectionsQueryVariables>('Connections', () => HttpResponse.json({ data: { connections: page('Connection', []) } })),
  );
  dashboardHandlers();
}

describe('LoginPage', () => {
  it('asks for the email and password without calling the server', async () => {
    const calls = countSignIns();
    const { user } = renderApp('/login');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Email is required.')).toBeVisible();
    expect(screen.getByText('Password is required.')).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
  });

  it('rejects an invalid email address without calling the server', async () => {
    const calls = countSignIns();
    const { user } = renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'ada-at-acme');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter a valid email address.')).toBeVisible();
    expect(calls).toHaveLength(0);
  });

  it("shows the server's message when the credentials are wrong", async () => {
    const calls = countSignIns();
    const { user } = renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'ada@acme.test');
    await user.type(screen.getByLabelText('Password'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Invalid email or password.');
    expect(calls).toEqual([{ email: 'ada@acme.test', password: 'wrong password' }]);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  it('opens the signed-in shell on success', async () => {
    server.use(api.mutation<SignInMutation, SignInMutationVariables>('SignIn', () => HttpResponse.json({ data: { signIn: viewer() } })));
    signedInArea();
    const { user, router } = renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'ada@acme.test');
    await user.type(screen.getByLabelText('Password'), 'Correct-Horse-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Home' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Administration' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('button', { name: /Account menu for Ada Lovelace/ })).toBeVisible();
  });

  it('returns to the page that asked for sign-in', async () => {
    server.use(api.mutation<SignInMutation, SignInMutationVariables>('SignIn', () => HttpResponse.json({ data: { signIn: viewer() } })));
    signedInArea();
    const { user, router } = renderApp('/login?next=%2Fconnections');

    await user.type(screen.getByLabelText('Email'), 'ada@acme.test');
    await user.type(screen.getByLabelText('Password'), 'Correct-Horse-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Connections' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/connections');
  });

  it('sends a visitor without a session to sign in, remembering where they were going', async () => {
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () =>
        HttpResponse.json({ errors: [graphQLError('You must sign in.', { code: 'UNAUTHENTICATED' })] }),
      ),
    );
    const { router } = renderApp('/admin/settings');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Fadmin%2Fsettings');
  });
});
