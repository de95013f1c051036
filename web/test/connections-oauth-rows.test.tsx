import { notifications } from '@mantine/notifications';
import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  DisconnectConnectionOAuthMutation,
  DisconnectConnectionOAuthMutationVariables,
  TestConnectionMutation,
  TestConnectionMutationVariables,
  UpdateConnectionMutation,
  UpdateConnectionMutationVariables,
} from '../src/graphql/generated';
import { connectionDetails, environmentRow, oauthFields } from './connections-fixtures';
import { signedIn, type Details } from './connections-msw';
import { recordMutation } from './msw-server';
import { renderApp } from './render-app';

// Leaving the SPA for the provider's page is the browser's job; jsdom cannot navigate.
vi.mock('../src/features/connections/browser-navigation', () => ({ navigateTo: vi.fn() }));

const IN_AN_HOUR = new Date(Date.now() + 3600_000).toISOString();
const AN_HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();

type Row = Parameters<typeof environmentRow>[2];

/** An OAuth2 connection whose Production row is as given (Development is a plain database row). */
function oauthConnection(production: Row): Details {
  return connectionDetails({
    name: 'Mailbox',
    environments: [environmentRow('development', 'Development'), environmentRow('production', 'Production', { authType: 'OAUTH2', fields: oauthFields, ...production })],
  });
}

/** Opens the connection's credential grid (stacked on jsdom's narrow screen) and returns the Production card. */
async function productionRow(details: Details) {
  signedIn([details], details);
  recordMutation<UpdateConnectionMutation, UpdateConnectionMutationVariables>('UpdateConnection', () => HttpResponse.json({ data: { updateConnection: details } }));
  const rendered = renderApp('/connections');
  await rendered.user.click(await screen.findByRole('button', { name: `Edit ${details.name}` }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Connection' });
  await rendered.user.click(await within(dialog).findByRole('button', { name: 'Save and continue' }));
  return { ...rendered, row: await within(dialog).findByRole('region', { name: 'Production credentials' }) };
}

describe('an authorization_code OAuth2 row', () => {
  beforeEach(() => notifications.clean());

  it('shows Connected with the account, scopes and expiry, and offers Disconnect', async () => {
    const { row } = await productionRow(
      oauthConnection({ configured: true, secretFieldsSet: ['accessToken', 'refreshToken'], tokenExpiresAt: IN_AN_HOUR, connectedAs: 'dana@provider.test', tokenScopes: 'openid email' }),
    );
    expect(within(row).getByText('Connected')).toBeVisible();
    expect(within(row).getByText('Connected as dana@provider.test')).toBeVisible();
    expect(within(row).getByText('Scopes: openid email')).toBeVisible();
    expect(within(row).getByText(/^Expires/)).toHaveTextContent('Expires in an hour');
    expect(within(row).getByRole('button', { name: 'Disconnect Production' })).toBeVisible();
    expect(within(row).getByRole('button', { name: 'Connect Production with OAuth2' })).toBeVisible();
  });

  it('shows Expired, and that the refresh token renews it on next use', async () => {
    const { row } = await productionRow(oauthConnection({ configured: true, secretFieldsSet: ['accessToken', 'refreshToken'], tokenExpiresAt: AN_HOUR_AGO }));
    expect(within(row).getByText('Expired')).toBeVisible();
    expect(within(row).getByText(/refreshed on next use/)).toHaveTextContent('Expired an hour ago — refreshed on next use');
    expect(within(row).queryByText('Connected')).toBeNull();
  });

  it('shows Not connected with Connect and no Disconnect', async () => {
    const { row } = await productionRow(oauthConnection({}));
    expect(within(row).getByText('Not connected')).toBeVisible();
    expect(within(row).getByRole('button', { name: 'Connect Production with OAuth2' })).toBeVisible();
    expect(within(row).queryByRole('button', { name: 'Disconnect Production' })).toBeNull();
  });

  it('disconnects after a confirmation, and the row becomes Not connected', async () => {
    const connected = oauthConnection({ configured: true, secretFieldsSet: ['accessToken'], tokenExpiresAt: IN_AN_HOUR, connectedAs: 'dana@provider.test' });
    const disconnected = oauthConnection({ configured: true });
    const calls = recordMutation<DisconnectConnectionOAuthMutation, DisconnectConnectionOAuthMutationVariables>('DisconnectConnectionOAuth', () =>
      HttpResponse.json({ data: { disconnectConnectionOAuth: disconnected } }),
    );
    const { row, user } = await productionRow(connected);
    await user.click(within(row).getByRole('button', { name: 'Disconnect Production' }));
    const confirm = await screen.findByRole('dialog', { name: 'Disconnect Production?' });
    expect(confirm).toHaveTextContent('forgets the Production access and refresh tokens of dana@provider.test');
    expect(calls).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Disconnect' }));
    expect(await within(row).findByText('Not connected')).toBeVisible();
    expect(calls).toEqual([{ connectionId: 'conn_1', environment: 'production' }]);
    expect(within(row).queryByText(/Connected as/)).toBeNull();
  });
});

describe('a client_credentials OAuth2 row', () => {
  beforeEach(() => notifications.clean());
  const clientCredentials = (row: Row) => oauthConnection({ grantType: 'client_credentials', fields: [], ...row });

  it('shows until when the token is cached, with Request token and no Connect, Disconnect or Save', async () => {
    const { row } = await productionRow(clientCredentials({ configured: true, secretFieldsSet: ['accessToken'], tokenExpiresAt: IN_AN_HOUR }));
    expect(within(row).getByText(`Client credentials — token cached until ${dayjs(IN_AN_HOUR).format('D MMM YYYY, HH:mm')}`)).toBeVisible();
    expect(within(row).queryByRole('button', { name: /with OAuth2/ })).toBeNull();
    expect(within(row).queryByRole('button', { name: /Disconnect/ })).toBeNull();
    expect(within(row).queryByRole('button', { name: /Save/ })).toBeNull();
    expect(within(row).queryByText(/has no configuration/)).toBeNull();
  });

  it('says there is no token yet, and Request token tests the token request', async () => {
    const tests = recordMutation<TestConnectionMutation, TestConnectionMutationVariables>('TestConnection', () =>
      HttpResponse.json({ data: { testConnection: { __typename: 'ConnectionTestResult', ok: true, available: true, message: 'The token endpoint issued an access token for the client credentials.' } } }),
    );
    const { row, user } = await productionRow(clientCredentials({ configured: true }));
    expect(within(row).getByText('Client credentials — no token yet')).toBeVisible();
    const request = within(row).getByRole('button', { name: 'Request a token in Production' });
    expect(request).toBeEnabled();
    await user.click(request);
    expect(await within(row).findByText('The token endpoint issued an access token for the client credentials.')).toBeVisible();
    expect(tests).toEqual([{ connectionId: 'conn_1', environment: 'production' }]);
  });
});
