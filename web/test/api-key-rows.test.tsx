import { ALL_PERMISSIONS, BUILT_IN_ROLES, type Permission } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type {
  ApiKeyDetailsQuery,
  ApiKeyDetailsQueryVariables,
  ApiKeyRowFieldsFragment,
  ApiKeysQuery,
  ApiKeysQueryVariables,
  ApiKeyStatsQuery,
  ApiKeyStatsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';
import { graphQLError, viewer } from './fixtures';
import { api, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { apiKeyRow } from './api-keys-fixtures';
import { renderApp } from './render-app';

const READ_ONLY = BUILT_IN_ROLES.READ_ONLY.permissions;

function key(overrides: Partial<WithTypename<ApiKeyRowFieldsFragment>> = {}): WithTypename<ApiKeyRowFieldsFragment> {
  return apiKeyRow({ name: 'Reporting export', description: '', createdAt: '2026-11-02T09:00:00.000Z', ...overrides });
}

const readOnlyKey = key({
  id: 'key_ro',
  name: 'Auditor key',
  permissions: [...READ_ONLY],
  roles: [{ __typename: 'Role', id: 'role_ro', name: 'Read-only' }],
});

function listOf(keys: readonly WithTypename<ApiKeyRowFieldsFragment>[]): WithTypename<ApiKeysQuery> {
  return {
    apiKeys: {
      __typename: 'ApiKeyConnection',
      edges: keys.map((node, i) => ({ __typename: 'ApiKeyEdge', cursor: `c${i}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      totalCount: keys.length,
    },
  };
}

const stats: WithTypename<ApiKeyStatsQuery> = {
  apiKeyStats: { __typename: 'ApiKeyStats', total: 2, active: 2, suspended: 0, revoked: 0, expired: 0, expiringSoon: 0, callsToday: 5 },
};

function details(of: WithTypename<ApiKeyRowFieldsFragment>): WithTypename<ApiKeyDetailsQuery> {
  return {
    apiKey: {
      ...of,
      rolledAt: null,
      previousKeyValidUntil: null,
      suspendedAt: null,
      revokedAt: null,
      createdBy: { __typename: 'User', id: 'user_1', displayName: 'Ada Lovelace', email: 'ada@acme.test' },
      usage: Array.from({ length: 30 }, (_, i) => ({
        __typename: 'ApiKeyUsageDay',
        day: `2026-11-${String(i + 1).padStart(2, '0')}`,
        requests: i === 29 ? 12 : 0,
        failures: i === 29 ? 2 : 0,
        rateLimited: i === 29 ? 1 : 0,
      })),
    },
  };
}

function signedInAs(permissions: readonly Permission[]) {
  const detailsAsked: string[] = [];
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<ApiKeysQuery, ApiKeysQueryVariables>('ApiKeys', () => HttpResponse.json({ data: listOf([key(), readOnlyKey]) })),
    api.query<ApiKeyStatsQuery, ApiKeyStatsQueryVariables>('ApiKeyStats', () => HttpResponse.json({ data: stats })),
    api.query<ApiKeyDetailsQuery, ApiKeyDetailsQueryVariables>('ApiKeyDetails', ({ variables }) => {
      const id = String(variables.id);
      detailsAsked.push(id);
      return HttpResponse.json({ data: details(id === readOnlyKey.id ? readOnlyKey : key()) });
    }),
  );
  return { detailsAsked: () => [...detailsAsked] };
}

const rowOf = async (name: string) => {
  const cell = await screen.findByRole('button', { name: `Details of ${name}` });
  const row = cell.closest('tr');
  if (row === null) throw new Error(`no row for ${name}`);
  return row;
};

describe('API key rows', () => {
  it('opens the key’s details when its row is clicked, with the usage chart summary', async () => {
    const { detailsAsked } = signedInAs(ALL_PERMISSIONS);
    const { user } = renderApp('/admin/security/api-keys');

    await user.click(within(await rowOf('Reporting export')).getByTestId('key-prefix'));
    const dialog = await screen.findByRole('dialog', { name: 'API key details' });
    expect(await within(dialog).findByRole('heading', { name: 'Reporting export' })).toBeVisible();
    expect(within(dialog).getByText('12 calls in the last 30 days: 2 failed, 1 rate-limited.')).toBeVisible();
    expect(detailsAsked()).toEqual(['key_1']);
  });

  it('does not open the details when the actions menu is used', async () => {
    const { detailsAsked } = signedInAs(ALL_PERMISSIONS);
    const { user } = renderApp('/admin/security/api-keys');

    await user.click(await screen.findByRole('button', { name: 'Actions for Reporting export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Suspend' }));
    expect(await screen.findByRole('dialog', { name: 'Suspend API key' })).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'API key details' })).toBeNull();
    expect(detailsAsked()).toEqual([]);
  });

  it('labels a key that can only read "Read-only", never "Admin"', async () => {
    signedInAs(ALL_PERMISSIONS);
    renderApp('/admin/security/api-keys');

    const readOnlyRow = await rowOf('Auditor key');
    expect(within(readOnlyRow).getByTestId('scope-badge')).toHaveTextContent(/^Read-only$/);
    expect(within(readOnlyRow).queryByText(/admin/i)).toBeNull();
    expect(within(await rowOf('Reporting export')).getByTestId('scope-badge')).toHaveTextContent(/^All role permissions$/);
  });

  it('shows a Member "You don’t have access" without loading skeletons above it', async () => {
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(BUILT_IN_ROLES.MEMBER.permissions) } })),
      api.query<ApiKeysQuery, ApiKeysQueryVariables>('ApiKeys', () => HttpResponse.json({ errors: [graphQLError('This requires the API_KEYS_READ permission.', { code: 'FORBIDDEN' })] })),
    );
    renderApp('/admin/security/api-keys');

    expect(await screen.findByText("You don't have access")).toBeVisible();
    await waitFor(() => expect(document.querySelectorAll('.mantine-Skeleton-root')).toHaveLength(0));
    expect(screen.queryByRole('group', { name: 'Total' })).toBeNull();
  });
});
