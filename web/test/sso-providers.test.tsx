import { ALL_PERMISSIONS } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, organization, viewer } from './fixtures';
import { api, recordMutation, server } from './msw-server';
import { renderApp } from './render-app';
import type { WithTypename } from './with-typename';
import type {
  CreateSsoProviderMutation,
  CreateSsoProviderMutationVariables,
  DeleteSsoProviderMutation,
  DeleteSsoProviderMutationVariables,
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  SsoProviderFieldsFragment,
  SsoProvidersQuery,
  SsoProvidersQueryVariables,
  UpdateSsoProviderMutation,
  UpdateSsoProviderMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

const REDIRECT_URI = 'https://keyward.acme.test/auth/sso/callback';

function ssoProvider(overrides: Partial<WithTypename<SsoProviderFieldsFragment>> = {}): WithTypename<SsoProviderFieldsFragment> {
  return {
    __typename: 'SsoProvider',
    id: 'sso_okta',
    displayName: 'Okta',
    issuer: 'https://acme.okta.test',
    clientId: 'keyward-client',
    allowedDomains: ['acme.test', 'acme-robotics.test'],
    requireSso: false,
    redirectUri: REDIRECT_URI,
    memberCount: 3,
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}

function signedInWith(providers: readonly WithTypename<SsoProviderFieldsFragment>[], permissions = ALL_PERMISSIONS) {
  let current = [...providers];
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
    api.query<SsoProvidersQuery, SsoProvidersQueryVariables>('SsoProviders', () => HttpResponse.json({ data: { ssoProviders: current } })),
  );
  return { replace: (next: WithTypename<SsoProviderFieldsFragment>[]) => (current = next) };
}

type User = ReturnType<typeof renderApp>['user'];

async function openAddDialog(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Add provider' }));
  return screen.findByRole('dialog', { name: 'Add SSO provider' });
}

/** Fills the Add dialog; pasting keeps the test quick (typing is not what is under test). */
async function fillProvider(user: User, dialog: HTMLElement, { issuer, domain }: { issuer: string; domain: string }) {
  const fields: [HTMLElement, string][] = [
    [within(dialog).getByLabelText(/Display name/), 'Okta'],
    [within(dialog).getByLabelText(/Issuer URL/), issuer],
    [within(dialog).getByLabelText(/Client ID/), 'keyward-client'],
    [within(dialog).getByLabelText(/Client secret/), 'the-client-secret'],
  ];
  for (const [field, value] of fields) {
    await user.click(field);
    await user.paste(value);
  }
  await user.type(within(dialog).getByRole('combobox', { name: /Allowed email domains/ }), `${domain},`);
}

describe('Single sign-on page', () => {
  it('lists each provider with issuer, client id, allowed domains, members and the redirect URI to copy', async () => {
    signedInWith([ssoProvider(), ssoProvider({ id: 'sso_entra', displayName: 'Entra ID', issuer: 'https://login.entra.test/tenant/v2.0', allowedDomains: ['globex.test'], requireSso: true, memberCount: 1 })]);
    renderApp('/admin/security/single-sign-on');

    const okta = await screen.findByRole('article', { name: 'Okta' });
    expect(within(okta).getByText('https://acme.okta.test')).toBeVisible();
    expect(within(okta).getByText('keyward-client')).toBeVisible();
    expect(within(okta).getByText('acme.test')).toBeVisible();
    expect(within(okta).getByText('acme-robotics.test')).toBeVisible();
    expect(within(okta).getByText('3 members')).toBeVisible();
    expect(within(okta).getByText(REDIRECT_URI)).toBeVisible();
    expect(within(okta).getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();
    expect(within(okta).queryByText('SSO only')).not.toBeInTheDocument();

    const entra = screen.getByRole('article', { name: 'Entra ID' });
    expect(within(entra).getByText('SSO only')).toBeVisible();
    expect(within(entra).getByText('1 member')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Single sign-on' })).toHaveAttribute('aria-current', 'page');
  });

  it('explains single sign-on and offers to add a provider when there is none', async () => {
    signedInWith([]);
    const { user } = renderApp('/admin/security/single-sign-on');

    expect(await screen.findByText('No SSO provider yet')).toBeVisible();
    expect(screen.getByText(/Keyward never sees their password/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add provider' }));

    const dialog = await screen.findByRole('dialog', { name: 'Add SSO provider' });
    expect(within(dialog).getByLabelText('Redirect URI')).toHaveValue(`${window.location.origin}/auth/sso/callback`);
  });

  it('shows a viewer without the manage permission the providers but no way to change them', async () => {
    signedInWith(
      [ssoProvider()],
      ALL_PERMISSIONS.filter((permission) => permission !== 'SETTINGS_MANAGE'),
    );
    renderApp('/admin/security/single-sign-on');

    const okta = await screen.findByRole('article', { name: 'Okta' });
    expect(within(okta).queryByRole('button', { name: 'Edit Okta' })).not.toBeInTheDocument();
    expect(within(okta).queryByRole('button', { name: 'Delete Okta' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add provider' })).not.toBeInTheDocument();
  });

  it('checks the form before calling the server', async () => {
    signedInWith([]);
    const inputs = recordMutation<CreateSsoProviderMutation, CreateSsoProviderMutationVariables>('CreateSsoProvider', () =>
      HttpResponse.json({ errors: [graphQLError('Not expected.', { code: 'BAD_USER_INPUT' })] }),
    );
    const { user } = renderApp('/admin/security/single-sign-on');
    const dialog = await openAddDialog(user);

    await user.click(within(dialog).getByRole('button', { name: 'Add provider' }));
    expect(await within(dialog).findByText('Display name is required.')).toBeVisible();
    expect(within(dialog).getByText('Client secret is required.')).toBeVisible();
    expect(within(dialog).getByText('Add at least one email domain, such as example.com.')).toBeVisible();

    await fillProvider(user, dialog, { issuer: 'not a url', domain: 'not_a_domain' });
    await user.click(within(dialog).getByRole('button', { name: 'Add provider' }));
    expect(await within(dialog).findByText(/Not an email domain: not_a_domain/)).toBeVisible();
    expect(within(dialog).getByText('Enter the issuer URL, such as https://login.example.com.')).toBeVisible();
    expect(inputs).toHaveLength(0);
  });

  it('puts the server’s discovery error on the issuer field, then adds the provider', async () => {
    const providers = signedInWith([]);
    const message = 'Could not read https://wrong.okta.test/.well-known/openid-configuration: the server answered 404.';
    const inputs = recordMutation<CreateSsoProviderMutation, CreateSsoProviderMutationVariables>('CreateSsoProvider', ({ input }) => {
      if (input.issuer.includes('wrong')) return HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'input.issuer' })] });
      const created = ssoProvider({ ...input, requireSso: input.requireSso ?? false, memberCount: 0 });
      providers.replace([created]);
      return HttpResponse.json({ data: { createSsoProvider: created } });
    });
    const { user } = renderApp('/admin/security/single-sign-on');
    const dialog = await openAddDialog(user);

    await fillProvider(user, dialog, { issuer: 'https://wrong.okta.test', domain: 'ACME.test' });
    await user.click(within(dialog).getByRole('switch', { name: /Require SSO for these domains/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add provider' }));

    const issuer = within(dialog).getByLabelText(/Issuer URL/);
    await waitFor(() => expect(issuer).toHaveAttribute('aria-invalid', 'true'));
    expect(issuer).toHaveAccessibleDescription(expect.stringContaining(message));

    await user.clear(issuer);
    await user.paste('https://acme.okta.test');
    await user.click(within(dialog).getByRole('button', { name: 'Add provider' }));

    expect(await screen.findByRole('article', { name: 'Okta' })).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add SSO provider' })).not.toBeInTheDocument());
    expect(inputs).toHaveLength(2);
    expect(inputs[1]).toEqual({
      input: { displayName: 'Okta', issuer: 'https://acme.okta.test', clientId: 'keyward-client', clientSecret: 'the-client-secret', allowedDomains: ['acme.test'], requireSso: true },
    });
  });

  it('keeps the stored client secret when the field is left empty on edit', async () => {
    signedInWith([ssoProvider()]);
    const inputs = recordMutation<UpdateSsoProviderMutation, UpdateSsoProviderMutationVariables>('UpdateSsoProvider', ({ id, input }) =>
      HttpResponse.json({ data: { updateSsoProvider: ssoProvider({ id: String(id), displayName: input.displayName ?? 'Okta' }) } }),
    );
    const { user } = renderApp('/admin/security/single-sign-on');
    await user.click(await screen.findByRole('button', { name: 'Edit Okta' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit SSO provider' });

    expect(within(dialog).getByText('Leave empty to keep the current secret.')).toBeVisible();
    expect(within(dialog).getByLabelText('Redirect URI')).toHaveValue(REDIRECT_URI);
    const name = within(dialog).getByLabelText(/Display name/);
    await user.clear(name);
    await user.type(name, 'Acme Okta');
    // Pasting a list gives one domain each, as typed without "@" and capitals.
    await user.click(within(dialog).getByRole('combobox', { name: /Allowed email domains/ }));
    await user.paste('Globex.test, @initech.test');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]?.id).toBe('sso_okta');
    expect(inputs[0]?.input).not.toHaveProperty('clientSecret');
    expect(inputs[0]?.input).toMatchObject({ displayName: 'Acme Okta', issuer: 'https://acme.okta.test', allowedDomains: ['acme.test', 'acme-robotics.test', 'globex.test', 'initech.test'] });
  });

  it('asks before deleting and shows why a provider still in use cannot go', async () => {
    signedInWith([ssoProvider()]);
    const message = 'Okta cannot be deleted: 3 members of this organization sign in with it.';
    const calls = recordMutation<DeleteSsoProviderMutation, DeleteSsoProviderMutationVariables>('DeleteSsoProvider', () =>
      HttpResponse.json({ errors: [graphQLError(message, { code: 'CONFLICT' })] }),
    );
    const { user } = renderApp('/admin/security/single-sign-on');
    await user.click(await screen.findByRole('button', { name: 'Delete Okta' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete SSO provider' });
    expect(within(dialog).getByText(/stops offering “Continue with Okta”/)).toBeVisible();
    expect(calls).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete provider' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(calls).toEqual([{ id: 'sso_okta' }]);
    expect(screen.getByRole('dialog', { name: 'Delete SSO provider' })).toBeVisible();
  });

  it('deletes an unused provider and shows the empty state', async () => {
    const providers = signedInWith([ssoProvider({ memberCount: 0 })]);
    recordMutation<DeleteSsoProviderMutation, DeleteSsoProviderMutationVariables>('DeleteSsoProvider', ({ id }) => {
      providers.replace([]);
      return HttpResponse.json({ data: { deleteSsoProvider: String(id) } });
    });
    const { user } = renderApp('/admin/security/single-sign-on');
    await user.click(await screen.findByRole('button', { name: 'Delete Okta' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete SSO provider' })).getByRole('button', { name: 'Delete provider' }));

    expect(await screen.findByText('No SSO provider yet')).toBeVisible();
  });

  it('says what failed when the providers cannot be loaded', async () => {
    signedInWith([]);
    server.use(api.query<SsoProvidersQuery, SsoProvidersQueryVariables>('SsoProviders', () => HttpResponse.json({ errors: [graphQLError('Database unavailable.', { code: 'INTERNAL_SERVER_ERROR' })] })));
    renderApp('/admin/security/single-sign-on');

    expect(await screen.findByText('Could not load SSO providers')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
