import { SSO_REFUSAL_MESSAGES } from '@keyward/shared/sso';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dashboardHandlers } from './dashboard-fixtures';
import { graphQLError, organization, viewer } from './fixtures';
import { api, server, type Reply } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';
import type {
  AcceptInvitationMutation,
  AcceptInvitationMutationVariables,
  InvitationPreviewQuery,
  InvitationPreviewQueryVariables,
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
} from '../src/graphql/generated';

const preview: WithTypename<InvitationPreviewQuery['invitation']> = { __typename: 'InvitationPreview', email: 'grace@acme.test', organizationName: 'Acme Robotics', existingAccount: false, expiresAt: new Date(Date.now() + 86_400_000).toISOString(), signInMethod: 'PASSWORD', ssoProvider: null };

const ssoPreview: WithTypename<InvitationPreviewQuery['invitation']> = {
  ...preview,
  signInMethod: 'SSO',
  ssoProvider: { __typename: 'SignInProvider', id: 'sso_okta', displayName: 'Okta', startUrl: '/auth/sso/sso_okta/start' },
};

function invitation(respond: () => Reply<InvitationPreviewQuery> = () => HttpResponse.json({ data: { invitation: preview } })) {
  const tokens: string[] = [];
  server.use(
    api.query<InvitationPreviewQuery, InvitationPreviewQueryVariables>('InvitationPreview', ({ variables }) => {
      tokens.push(variables.token);
      return respond();
    }),
    api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
  );
  dashboardHandlers();
  return tokens;
}

describe('Accept invitation page', () => {
  it('shows who the link is for, sets the password and lands signed in', async () => {
    const tokens = invitation();
    const accepted: AcceptInvitationMutationVariables[] = [];
    server.use(
      api.mutation<AcceptInvitationMutation, AcceptInvitationMutationVariables>('AcceptInvitation', ({ variables }) => {
        accepted.push(variables);
        return HttpResponse.json({ data: { acceptInvitation: { ...viewer(), email: 'grace@acme.test' } } });
      }),
    );
    const { user, router } = renderApp('/invite/tok_123');

    expect(await screen.findByRole('heading', { name: 'Join Acme Robotics' })).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveValue('grace@acme.test');
    await user.type(screen.getByLabelText('Password'), 'Grace-Password-1');
    await user.type(screen.getByLabelText('Confirm password'), 'Grace-Password-1');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(tokens[0]).toBe('tok_123');
    expect(accepted).toEqual([{ token: 'tok_123', password: 'Grace-Password-1' }]);
  });

  it('checks the password rules before calling the server and shows the server password error on the field', async () => {
    invitation();
    const message = 'This password appears in known data breaches.';
    let calls = 0;
    server.use(
      api.mutation<AcceptInvitationMutation, AcceptInvitationMutationVariables>('AcceptInvitation', () => {
        calls += 1;
        return HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'password' })] });
      }),
    );
    const { user } = renderApp('/invite/tok_123');
    const password = await screen.findByLabelText('Password');
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByText('Use at least 12 characters.')).toBeVisible();
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(calls).toBe(0);

    await user.clear(password);
    await user.type(password, 'Looks-Fine-To-Me-1');
    await user.type(screen.getByLabelText('Confirm password'), 'Looks-Fine-To-Me-1');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await waitFor(() => expect(calls).toBe(1));
    // Mantine marks a PasswordInput with data-invalid (not aria-invalid) and links the message.
    await waitFor(() => expect(password).toHaveAttribute('data-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it('explains why a used or expired link cannot be used and offers sign-in', async () => {
    const message = 'This invitation has expired. Ask an administrator to send you a new one.';
    invitation(() => HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'token' })] }));
    renderApp('/invite/tok_old');
    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/login');
  });

  it('asks an existing account for its current password, without the new-password rules, and lands signed in', async () => {
    invitation(() => HttpResponse.json({ data: { invitation: { ...preview, organizationName: 'Globex Research', existingAccount: true } } }));
    const accepted: AcceptInvitationMutationVariables[] = [];
    server.use(
      api.mutation<AcceptInvitationMutation, AcceptInvitationMutationVariables>('AcceptInvitation', ({ variables }) => {
        accepted.push(variables);
        return HttpResponse.json({ data: { acceptInvitation: { ...viewer(), email: 'grace@acme.test' } } });
      }),
    );
    const { user, router } = renderApp('/invite/tok_join');

    expect(await screen.findByRole('heading', { name: 'Sign in to join Globex Research' })).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveValue('grace@acme.test');
    expect(screen.queryByLabelText('Confirm password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in and join' }));
    expect(await screen.findByText('Enter the password of your Keyward account.')).toBeVisible();
    expect(accepted).toHaveLength(0);

    // An old password that predates today's policy still signs in: only the server judges it.
    await user.type(screen.getByLabelText('Current password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Sign in and join' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(accepted).toEqual([{ token: 'tok_join', password: 'short' }]);
  });

  it("shows the server's refusal of a wrong current password on the field", async () => {
    invitation(() => HttpResponse.json({ data: { invitation: { ...preview, existingAccount: true } } }));
    const message = 'The password is not correct.';
    server.use(api.mutation<AcceptInvitationMutation, AcceptInvitationMutationVariables>('AcceptInvitation', () => HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'password' })] })));
    const { user } = renderApp('/invite/tok_join');

    const password = await screen.findByLabelText('Current password');
    await user.type(password, 'Not-My-Password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in and join' }));
    await waitFor(() => expect(password).toHaveAttribute('data-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it('offers “Continue with <provider>” instead of a password for an SSO invitation', async () => {
    invitation(() => HttpResponse.json({ data: { invitation: ssoPreview } }));
    renderApp('/invite/tok_sso');

    expect(await screen.findByRole('heading', { name: 'Join Acme Robotics' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Continue with Okta' })).toHaveAttribute('href', '/auth/sso/sso_okta/start?invitation=tok_sso');
    expect(screen.getByLabelText('Email')).toHaveValue('grace@acme.test');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set password and sign in' })).not.toBeInTheDocument();
  });

  it('explains why signing in at the provider did not accept the invitation', async () => {
    invitation(() => HttpResponse.json({ data: { invitation: ssoPreview } }));
    renderApp('/invite/tok_sso?sso_error=invitation_mismatch');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not sign in with single sign-on')).toBeVisible();
    expect(alert).toHaveTextContent(SSO_REFUSAL_MESSAGES.invitation_mismatch);
    expect(screen.getByRole('link', { name: 'Continue with Okta' })).toBeVisible();
  });
});
