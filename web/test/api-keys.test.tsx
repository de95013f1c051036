import { ALL_PERMISSIONS, BUILT_IN_ROLES, type Permission } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, organization, viewer } from './fixtures';
import { api, server, type Reply } from './msw-server';
import type { WithTypename } from './with-typename';
import { apiKeyRow } from './api-keys-fixtures';
import { renderApp } from './render-app';
import { roles } from './users-fixtures';
import type {
  ApiKeyFormRolesQuery,
  ApiKeyFormRolesQueryVariables,
  ApiKeyRateLimitBoundsQuery,
  ApiKeyRateLimitBoundsQueryVariables,
  ApiKeyRowFieldsFragment,
  ApiKeyStatsQuery,
  ApiKeyStatsQueryVariables,
  ApiKeysQuery,
  ApiKeysQueryVariables,
  CreateApiKeyMutation,
  CreateApiKeyMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

const TOKEN = 'apk_AbCdEfGh12345678_0123456789abcdefghijABCDEFGHIJklmnopqrstuvw1a2B3c';


function keysPage(keys: readonly WithTypename<ApiKeyRowFieldsFragment>[]): WithTypename<ApiKeysQuery> {
  return {
    apiKeys: {
      __typename: 'ApiKeyConnection',
      edges: keys.map((node, i) => ({ __typename: 'ApiKeyEdge', cursor: `c${i}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      totalCount: keys.length,
    },
  };
}

const stats = { __typename: 'ApiKeyStats', total: 1, active: 1, suspended: 0, revoked: 0, expired: 0, expiringSoon: 0, callsToday: 42 };

function signedInAs(permissions: readonly Permission[] = ALL_PERMISSIONS, rows: ReturnType<typeof apiKeyRow>[] = [apiKeyRow()]) {
  let listed = 0;
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<ApiKeysQuery, ApiKeysQueryVariables>('ApiKeys', () => {
      listed += 1;
      return HttpResponse.json({ data: keysPage(rows) });
    }),
    api.query<ApiKeyStatsQuery, ApiKeyStatsQueryVariables>('ApiKeyStats', () => HttpResponse.json({ data: { apiKeyStats: stats } })),
    api.query<ApiKeyFormRolesQuery, ApiKeyFormRolesQueryVariables>('ApiKeyFormRoles', () => HttpResponse.json({ data: { roles } })),
    api.query<ApiKeyRateLimitBoundsQuery, ApiKeyRateLimitBoundsQueryVariables>('ApiKeyRateLimitBounds', () =>
      HttpResponse.json({ data: { organization: { __typename: 'Organization', id: organization.id, defaultRateLimit: organization.defaultRateLimit, rateLimitCeiling: organization.rateLimitCeiling } } }),
    ),
  );
  return { listCalls: () => listed };
}

function recordCreates(respond: (input: CreateApiKeyMutationVariables['input']) => Reply<CreateApiKeyMutation>) {
  const inputs: CreateApiKeyMutationVariables['input'][] = [];
  server.use(
    api.mutation<CreateApiKeyMutation, CreateApiKeyMutationVariables>('CreateApiKey', ({ variables }) => {
      const input = variables.input;
      inputs.push(input);
      return respond(input);
    }),
  );
  return inputs;
}

const created = (input: CreateApiKeyMutationVariables['input']): Reply<CreateApiKeyMutation> =>
  HttpResponse.json({ data: { createApiKey: { __typename: 'CreateApiKeyPayload', token: TOKEN, apiKey: apiKeyRow({ id: 'key_new', name: input.name }) } } });

async function openDialog(permissions?: readonly Permission[]) {
  const session = signedInAs(permissions);
  const rendered = renderApp('/admin/security/api-keys');
  await rendered.user.click(await screen.findByRole('button', { name: 'New API Key' }));
  const dialog = await screen.findByRole('dialog', { name: 'New API key' });
  await within(dialog).findByLabelText(/Key name/);
  return { ...rendered, dialog, session };
}

describe('API Keys page', () => {
  it('shows the stats cards and the masked key, never a full key', async () => {
    signedInAs();
    renderApp('/admin/security/api-keys');
    expect(await screen.findByText('Production Integrations')).toBeVisible();
    expect(screen.getByText('apk_AbCdEfGh12345678_…B3c')).toBeVisible();
    expect(within(screen.getByRole('group', { name: 'API calls today' })).getByText('42')).toBeVisible();
    expect(screen.getByRole('group', { name: 'Expired' })).toBeVisible();
    expect(screen.queryByText(TOKEN)).not.toBeInTheDocument();
  });

  it('offers no New API Key button and no changes to a viewer who may only read keys', async () => {
    signedInAs(['API_KEYS_READ']);
    const { user } = renderApp('/admin/security/api-keys');
    await screen.findByText('Production Integrations');
    expect(screen.queryByRole('button', { name: 'New API Key' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Actions for Production Integrations' }));
    expect(await screen.findByRole('menuitem', { name: 'View details' })).toBeVisible();
    expect(screen.queryByRole('menuitem', { name: 'Revoke Key' })).not.toBeInTheDocument();
  });
});

describe('row actions on a key more powerful than the viewer', () => {
  const KEY_MANAGER: Permission[] = ['API_KEYS_READ', 'API_KEYS_MANAGE'];
  const orgAdminKey = (overrides: Partial<WithTypename<ApiKeyRowFieldsFragment>> = {}) =>
    apiKeyRow({
      name: 'Org Admin key',
      permissions: [...BUILT_IN_ROLES.ORG_ADMIN.permissions],
      roles: [{ __typename: 'Role', id: 'role_org_admin', name: 'Org Admin' }],
      viewerCanManage: false,
      viewerMissingPermissions: ['SETTINGS_READ', 'SETTINGS_MANAGE', 'USERS_READ', 'USERS_MANAGE', 'SECRETS_MANAGE'],
      ...overrides,
    });

  async function openMenu(row: ReturnType<typeof apiKeyRow>) {
    signedInAs(KEY_MANAGER, [row]);
    const { user } = renderApp('/admin/security/api-keys');
    await screen.findByText('Org Admin key');
    await user.click(screen.getByRole('button', { name: 'Actions for Org Admin key' }));
    await screen.findByRole('menuitem', { name: 'View details' });
  }

  const offered = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

  it('offers only View details, Suspend, Revoke and Delete, and says why the rest are withheld', async () => {
    await openMenu(orgAdminKey());
    expect(offered()).toEqual(['View details', 'Suspend', 'Revoke Key', 'Delete']);
    expect(screen.getByTestId('withheld-actions')).toHaveTextContent(
      'Roll, Resume, Edit and Edit Rate Limits need every permission this key holds. You do not hold SETTINGS_READ, SETTINGS_MANAGE, USERS_READ and 2 more.',
    );
  });

  it('does not offer Resume on a suspended key of that kind, but still Revoke and Delete', async () => {
    await openMenu(orgAdminKey({ status: 'SUSPENDED' }));
    expect(offered()).toEqual(['View details', 'Revoke Key', 'Delete']);
  });

  it('offers every action on a key within the viewer’s permissions', async () => {
    await openMenu(orgAdminKey({ viewerCanManage: true, viewerMissingPermissions: [] }));
    expect(offered()).toEqual(['View details', 'Edit', 'Edit Rate Limits', 'Roll key', 'Suspend', 'Revoke Key', 'Delete']);
    expect(screen.queryByTestId('withheld-actions')).not.toBeInTheDocument();
  });
});

describe('New API Key dialog', () => {
  it('requires a name and at least one role before calling the server', async () => {
    const inputs = recordCreates(created);
    const { user, dialog } = await openDialog();

    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('A name is required.')).toBeVisible();
    expect(within(dialog).getByText('Choose at least one role.')).toBeVisible();
    expect(within(dialog).getByLabelText(/Key name/)).toHaveAttribute('aria-invalid', 'true');
    expect(inputs).toHaveLength(0);
  });

  it('does not offer the Super Admin role', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).queryByRole('checkbox', { name: 'Super Admin' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: 'Org Admin' })).toBeVisible();
  });

  it('refuses a rate limit above the organization ceiling next to the field', async () => {
    const inputs = recordCreates(created);
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText(/Key name/), 'Greedy');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Member' }));
    await user.type(within(dialog).getByLabelText('Requests per minute'), '601');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText("At most 600 requests per minute (the organization's ceiling).")).toBeVisible();
    expect(inputs).toHaveLength(0);
  });

  it('refuses, before calling the server, to give the key permissions the viewer lacks', async () => {
    const inputs = recordCreates(created);
    const { user, dialog } = await openDialog(['API_KEYS_READ', 'API_KEYS_MANAGE', 'FLOWS_READ']);
    await user.type(within(dialog).getByLabelText(/Key name/), 'Escalation');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Org Admin' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText(/You cannot give an API key permissions you do not hold/)).toBeVisible();
    expect(inputs).toHaveLength(0);
  });

  it("shows the server's field error next to the field it names", async () => {
    const message = 'You cannot give an API key permissions you do not hold: SECRETS_MANAGE.';
    const inputs = recordCreates(() =>
      HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'roleIds', fields: [{ field: 'roleIds', message }] })] }),
    );
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText(/Key name/), 'CI/CD Pipeline');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Org Admin' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText(message)).toBeVisible();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'New API key' })).toBeVisible();
    expect(inputs).toHaveLength(1);
  });

  it('sends the name, roles, read scopes, expiration and rate limits, then shows the key once', async () => {
    const inputs = recordCreates(created);
    const { user, dialog, session } = await openDialog();
    const before = session.listCalls();

    await user.type(within(dialog).getByLabelText(/Key name/), 'CI/CD Pipeline');
    await user.type(within(dialog).getByLabelText('Description'), 'Deploys on merge');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Member' }));
    await user.click(within(dialog).getByText('Read'));
    await user.selectOptions(within(dialog).getByLabelText('Expiration'), '90');
    await user.type(within(dialog).getByLabelText('Requests per minute'), '120');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    const modal = await screen.findByRole('dialog', { name: 'Copy your new API key' });
    expect(inputs).toEqual([
      {
        name: 'CI/CD Pipeline',
        description: 'Deploys on merge',
        roleIds: ['role_member'],
        scopes: ['SETTINGS_READ', 'SECRETS_READ', 'INTEGRATIONS_READ', 'CONNECTIONS_READ', 'FLOWS_READ'],
        expiresInDays: 90,
        expiresAt: null,
        rateLimit: { perMinute: 120, perHour: null },
      },
    ]);
    expect(within(modal).getByTestId('api-key-token')).toHaveTextContent(TOKEN);
    expect(within(modal).getByText('This key will never be shown again')).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'New API key' })).not.toBeInTheDocument();
    await waitFor(() => expect(session.listCalls()).toBeGreaterThan(before));
  });

  it('sends a custom scope chosen from the roles’ permissions', async () => {
    const inputs = recordCreates(created);
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText(/Key name/), 'Runner');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Member' }));
    await user.click(within(dialog).getByText('Custom'));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Choose at least one permission.')).toBeVisible();
    await user.click(within(dialog).getByRole('checkbox', { name: /Execute workflows/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await screen.findByRole('dialog', { name: 'Copy your new API key' });
    expect(inputs[0]).toMatchObject({ scopes: ['FLOWS_EXECUTE'], expiresInDays: null, rateLimit: null });
  });
});

describe('once-only key modal', () => {
  async function createAndReveal() {
    recordCreates(created);
    const rendered = await openDialog();
    await rendered.user.type(within(rendered.dialog).getByLabelText(/Key name/), 'Shown once');
    await rendered.user.click(within(rendered.dialog).getByRole('checkbox', { name: 'Member' }));
    await rendered.user.click(within(rendered.dialog).getByRole('button', { name: 'Create' }));
    const modal = await screen.findByRole('dialog', { name: 'Copy your new API key' });
    return { ...rendered, modal };
  }

  it('copies the full key to the clipboard', async () => {
    const { user, modal } = await createAndReveal();
    await user.click(within(modal).getByRole('button', { name: 'Copy key' }));
    expect(await within(modal).findByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(navigator.clipboard.readText()).resolves.toBe(TOKEN);
  });

  it('stays open on Escape, so the key is not lost by accident', async () => {
    const { user, modal } = await createAndReveal();
    await user.keyboard('{Escape}');
    expect(modal).toBeVisible();
    expect(within(modal).getByTestId('api-key-token')).toHaveTextContent(TOKEN);
  });

  it('forgets the key once closed: it is nowhere on the page afterwards', async () => {
    const { user, modal } = await createAndReveal();
    await user.click(within(modal).getByRole('button', { name: 'I have copied the key' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Copy your new API key' })).not.toBeInTheDocument());
    expect(screen.queryByText(TOKEN)).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(TOKEN.slice(22));
  });
});
