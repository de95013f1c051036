import { SSO_REFUSAL_MESSAGES } from '@keyward/shared/sso';
import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page } from './connections-fixtures';
import { dashboardHandlers } from './dashboard-fixtures';
import { graphQLError, organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';
import type {
  ConnectionsQuery,
  ConnectionsQueryVariables,
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  SignInMutation,
  SignInMutationVariables,
  SignInOptionsQuery,
  SignInOptionsQueryVariables,
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

type SignInOptions = WithTypename<SignInOptionsQuery['signInOptions']>;

const passwordOnly: SignInOptions = { __typename: 'SignInOptions', password: true, providers: [] };

function provider(id: string, displayName: string) {
  return { __typename: 'SignInProvider', id, displayName, startUrl: `/auth/sso/${id}/start` };
}

/** Answers signInOptions with `options` and records the emails asked about. */
function signInOptions(options: SignInOptions = passwordOnly) {
  const emails: string[] = [];
  server.use(
    api.query<SignInOptionsQuery, SignInOptionsQueryVariables>('SignInOptions', ({ variables }) => {
      emails.push(variables.email);
      return HttpResponse.json({ data: { signInOptions: options } });
    }),
  );
  return emails;
}

async function continueAs(user: ReturnType<typeof renderApp>['user'], email: string) {
  await user.type(screen.getByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
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
  it('asks for the email first, then the password, without calling the server for empty fields', async () => {
    const calls = countSignIns();
    const emails = signInOptions();
    const { user } = renderApp('/login');

    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Email is required.')).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(emails).toHaveLength(0);

    await continueAs(user, 'ada@acme.test');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Password is required.')).toBeVisible();
    expect(emails).toEqual(['ada@acme.test']);
    expect(calls).toHaveLength(0);
  });

  it('rejects an invalid email address without calling the server', async () => {
    const emails = signInOptions();
    const { user } = renderApp('/login');

    await continueAs(user, 'ada-at-acme');

    expect(await screen.findByText('Enter a valid email address.')).toBeVisible();
    expect(emails).toHaveLength(0);
  });

  it("shows the server's message when the credentials are wrong", async () => {
    const calls = countSignIns();
    signInOptions();
    const { user } = renderApp('/login');

    await continueAs(user, 'ada@acme.test');
    await user.type(await screen.findByLabelText('Password'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Invalid email or password.');
    expect(calls).toEqual([{ email: 'ada@acme.test', password: 'wrong password' }]);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  it('opens the signed-in shell on success', async () => {
    server.use(api.mutation<SignInMutation, SignInMutationVariables>('SignIn', () => HttpResponse.json({ data: { signIn: viewer() } })));
    signInOptions();
    signedInArea();
    const { user, router } = renderApp('/login');

    await continueAs(user, 'ada@acme.test');
    await user.type(await screen.findByLabelText('Password'), 'Correct-Horse-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Home' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Administration' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('button', { name: /Account menu for Ada Lovelace/ })).toBeVisible();
  });

  it('returns to the page that asked for sign-in', async () => {
    server.use(api.mutation<SignInMutation, SignInMutationVariables>('SignIn', () => HttpResponse.json({ data: { signIn: viewer() } })));
    signInOptions();
    signedInArea();
    const { user, router } = renderApp('/login?next=%2Fconnections');

    await continueAs(user, 'ada@acme.test');
    await user.type(await screen.findByLabelText('Password'), 'Correct-Horse-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Connections' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/connections');
  });

  it('offers only the providers, no password field, when the email must use single sign-on', async () => {
    signInOptions({ __typename: 'SignInOptions', password: false, providers: [provider('sso_okta', 'Okta'), provider('sso_entra', 'Entra ID')] });
    const { user } = renderApp('/login?next=%2Fconnections');

    await continueAs(user, 'ada@acme.test');

    const okta = await screen.findByRole('link', { name: 'Continue with Okta' });
    expect(okta).toHaveAttribute('href', '/auth/sso/sso_okta/start?next=%2Fconnections');
    expect(screen.getByRole('link', { name: 'Continue with Entra ID' })).toHaveAttribute('href', '/auth/sso/sso_entra/start?next=%2Fconnections');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('offers the provider and the password field when both are allowed, and goes back to change the email', async () => {
    const emails = signInOptions({ __typename: 'SignInOptions', password: true, providers: [provider('sso_okta', 'Okta')] });
    const { user } = renderApp('/login');

    await continueAs(user, 'ada@acme.test');

    expect(await screen.findByRole('link', { name: 'Continue with Okta' })).toHaveAttribute('href', '/auth/sso/sso_okta/start');
    expect(screen.getByLabelText('Password')).toBeVisible();
    expect(screen.getByText('ada@acme.test')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Use a different email' }));
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    const email = screen.getByLabelText('Email');
    expect(email).toHaveValue('ada@acme.test');
    await user.clear(email);
    await continueAs(user, 'grace@globex.test');
    expect(await screen.findByText('grace@globex.test')).toBeVisible();
    expect(emails).toEqual(['ada@acme.test', 'grace@globex.test']);
  });

  it('explains why single sign-on did not sign the person in', async () => {
    renderApp('/login?sso_error=unverified_email');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not sign in with single sign-on')).toBeVisible();
    expect(alert).toHaveTextContent(SSO_REFUSAL_MESSAGES.unverified_email);
    expect(screen.getByRole('button', { name: 'Continue' })).toBeVisible();
  });

  it('forgets the single sign-on refusal once the person tries again', async () => {
    signInOptions();
    const { user, router } = renderApp('/login?sso_error=domain&provider=sso_okta&next=%2Fconnections');

    expect(await screen.findByRole('alert')).toHaveTextContent(SSO_REFUSAL_MESSAGES.domain);
    await continueAs(user, 'ada@acme.test');
    await screen.findByLabelText('Password');
    await user.click(screen.getByRole('button', { name: 'Use a different email' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fconnections');
  });

  it('sends a member who must use single sign-on to their provider when they try a password', async () => {
    const message = 'This account signs in with Okta. Use “Continue with Okta”.';
    server.use(
      api.mutation<SignInMutation, SignInMutationVariables>('SignIn', () =>
        HttpResponse.json({
          errors: [graphQLError(message, { code: 'UNAUTHENTICATED', reason: 'SSO_REQUIRED', provider: { id: 'sso_okta', displayName: 'Okta', startUrl: '/auth/sso/sso_okta/start' } })],
        }),
      ),
    );
    signInOptions();
    const { user } = renderApp('/login?next=%2Fconnections');

    await continueAs(user, 'ada@acme.test');
    await user.type(await screen.findByLabelText('Password'), 'Old-Password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('link', { name: 'Continue with Okta' })).toHaveAttribute('href', '/auth/sso/sso_okta/start?next=%2Fconnections');
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
