import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { navigateTo } from '../src/features/connections/browser-navigation';
import {
  ada,
  connectionDetails,
  environmentRow,
  grace,
  oauthFields,
  openaiIntegration,
  page,
  postgresIntegration,
} from './connections-fixtures';
import { card, signedIn, type Details } from './connections-msw';
import { api, recordMutation, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';
import type {
  CompatibleConnectionsQuery,
  CompatibleConnectionsQueryVariables,
  ConnectionShareCandidatesQuery,
  ConnectionShareCandidatesQueryVariables,
  CreateConnectionMutation,
  CreateConnectionMutationVariables,
  NodeTypesQuery,
  NodeTypesQueryVariables,
  SaveConnectionCredentialsMutation,
  SaveConnectionCredentialsMutationVariables,
  ShareConnectionMutation,
  ShareConnectionMutationVariables,
  StartConnectionOAuthMutation,
  StartConnectionOAuthMutationVariables,
  TestConnectionMutation,
  TestConnectionMutationVariables,
  UpdateConnectionMutation,
  UpdateConnectionMutationVariables,
} from '../src/graphql/generated';

// Leaving the SPA for the provider's page is the browser's job; jsdom cannot navigate.
vi.mock('../src/features/connections/browser-navigation', () => ({ navigateTo: vi.fn() }));

type CompatibleConnection = WithTypename<CompatibleConnectionsQuery['connections']['edges'][number]['node']>;

describe('Connections page', () => {
  it('shows each connection with its integration, scope and credential status', async () => {
    signedIn([
      connectionDetails({
        environments: [
          environmentRow('development', 'Development', { configured: true }),
          environmentRow('production', 'Production'),
        ],
      }),
    ]);
    renderApp('/connections');
    const item = await screen.findByRole('article', { name: 'Analytics DB' });
    expect(item).toHaveTextContent('Team Postgres · Database');
    expect(item).toHaveTextContent('Organization');
    expect(item).toHaveTextContent('1 of 2 environments');
  });

  it('says so when there are no connections yet', async () => {
    signedIn([]);
    renderApp('/connections');
    expect(await screen.findByText('No connections yet')).toBeVisible();
  });
});

describe('Sharing a personal connection', () => {
  it('is offered to the owner only and sends the chosen members', async () => {
    const mine = connectionDetails({ id: 'conn_mine', name: 'My OpenAI', visibility: 'PERSONAL', owner: ada });
    const theirs = connectionDetails({ id: 'conn_theirs', name: 'Grace DB', visibility: 'PERSONAL', owner: grace });
    signedIn([mine, theirs]);
    server.use(
      api.query<ConnectionShareCandidatesQuery, ConnectionShareCandidatesQueryVariables>('ConnectionShareCandidates', () =>
        HttpResponse.json({
          data: {
            connectionShareCandidates: [{ __typename: 'ConnectionUser', id: grace.id, displayName: grace.displayName, email: grace.email }],
          },
        }),
      ),
    );
    const shares = recordMutation<ShareConnectionMutation, ShareConnectionMutationVariables>('ShareConnection', () => HttpResponse.json({ data: { shareConnection: card({ ...mine, sharedWith: [grace] }) } }));
    const { user } = renderApp('/connections');

    const theirCard = await screen.findByRole('article', { name: 'Grace DB' });
    expect(theirCard).toHaveTextContent('Shared with you by Grace Hopper');
    expect(within(theirCard).queryByRole('button', { name: 'Share Grace DB' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Share My OpenAI' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share My OpenAI' });
    expect(dialog).toHaveTextContent('without ever seeing its credential values');
    await user.click(await within(dialog).findByLabelText('Share with', { selector: 'input' }));
    expect(screen.queryByRole('option', { name: /Ada Lovelace/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Grace Hopper (grace@acme.test)' }));
    // The member list closes after a pick instead of lying over Cancel and Save.
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    await user.click(within(dialog).getByRole('button', { name: 'Save sharing' }));
    await waitFor(() => expect(shares).toEqual([{ id: 'conn_mine', userIds: ['user_2'] }]));
  });
});

describe('New Connection wizard', () => {
  it('creates the connection in step 1, then shows a row per environment with the catalog fields', async () => {
    const created = connectionDetails({ name: 'Analytics DB', visibility: 'PERSONAL' });
    signedIn([], created);
    const creates = recordMutation<CreateConnectionMutation, CreateConnectionMutationVariables>('CreateConnection', () => HttpResponse.json({ data: { createConnection: created } }));
    const { user } = renderApp('/connections');

    await user.click(await screen.findByRole('button', { name: 'New Connection' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Connection' });
    await user.click(await within(dialog).findByRole('radio', { name: 'Team Postgres' }));
    const name = within(dialog).getByLabelText(/Connection Name/);
    expect(name).toHaveValue('Team Postgres');

    await user.clear(name);
    await user.type(name, 'Analytics DB');
    await user.click(within(dialog).getByRole('radio', { name: /Personal/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create Connection' }));

    const development = await within(dialog).findByRole('region', { name: 'Development credentials' });
    expect(creates).toEqual([{ input: { integrationId: 'int_pg', name: 'Analytics DB', visibility: 'PERSONAL' } }]);
    const production = within(dialog).getByRole('region', { name: 'Production credentials' });
    for (const row of [development, production]) {
      for (const label of ['Host', 'Port', 'Database', 'Username', 'Password']) {
        expect(within(row).getByLabelText(new RegExp(`^${label}`))).toBeVisible();
      }
      expect(within(row).getByRole('switch', { name: 'Use SSL' })).toBeVisible();
      expect(within(row).getByRole('button', { name: /^Save .* credentials$/ })).toBeVisible();
    }
    expect(within(development).getByLabelText(/^Password/, { selector: 'input' })).toHaveAttribute('type', 'password');

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New Connection' })).not.toBeInTheDocument());
  });

  it('needs an integration before creating', async () => {
    signedIn([]);
    const creates = recordMutation<CreateConnectionMutation, CreateConnectionMutationVariables>('CreateConnection', () => HttpResponse.json({ data: null }));
    const { user } = renderApp('/connections');
    await user.click(await screen.findByRole('button', { name: 'New Connection' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Connection' });
    await within(dialog).findByRole('radio', { name: 'Team Postgres' });
    await user.click(within(dialog).getByRole('button', { name: 'Create Connection' }));
    expect(await within(dialog).findByText('Select an integration.')).toBeVisible();
    expect(creates).toHaveLength(0);
  });
});

describe('Credentials grid', () => {
  const stored = connectionDetails({
    environments: [
      environmentRow('development', 'Development', { missingSecrets: [] }),
      environmentRow('production', 'Production', {
        configured: true,
        values: { host: 'db.prod.internal', port: '5432', database: 'analytics', username: 'reporter', ssl: true },
        secretFieldsSet: ['password'],
      }),
    ],
  });

  async function openEditWizard(details: Details = stored) {
    signedIn([details], details);
    recordMutation<UpdateConnectionMutation, UpdateConnectionMutationVariables>('UpdateConnection', () => HttpResponse.json({ data: { updateConnection: details } }));
    const rendered = renderApp('/connections');
    await rendered.user.click(await screen.findByRole('button', { name: `Edit ${details.name}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Connection' });
    expect(await within(dialog).findByLabelText(/Connection Name/)).toHaveValue(details.name);
    await rendered.user.click(within(dialog).getByRole('button', { name: 'Save and continue' }));
    return { ...rendered, dialog };
  }

  it('saves one row with only its environment, leaving a blank secret out so the stored one is kept', async () => {
    const saves = recordMutation<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>('SaveConnectionCredentials', () => HttpResponse.json({ data: { saveConnectionCredentials: stored } }));
    const { user, dialog } = await openEditWizard();

    const production = await within(dialog).findByRole('region', { name: 'Production credentials' });
    const password = within(production).getByLabelText(/^Password/, { selector: 'input' });
    expect(password).toHaveValue('');
    expect(password).toHaveAttribute('placeholder', expect.stringContaining('leave blank to keep'));
    const host = within(production).getByLabelText(/^Host/);
    expect(host).toHaveValue('db.prod.internal');

    await user.clear(host);
    await user.type(host, 'db2.prod.internal');
    await user.click(within(production).getByRole('button', { name: 'Save Production credentials' }));

    expect(await screen.findByText('Production credentials were saved.')).toBeVisible();
    expect(saves).toEqual([
      {
        connectionId: 'conn_1',
        environment: 'production',
        fields: { host: 'db2.prod.internal', port: '5432', database: 'analytics', username: 'reporter', ssl: true },
      },
    ]);
  });

  it('asks for the required fields of a new row before saving', async () => {
    const saves = recordMutation<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>('SaveConnectionCredentials', () => HttpResponse.json({ data: { saveConnectionCredentials: stored } }));
    const { user, dialog } = await openEditWizard();
    const development = await within(dialog).findByRole('region', { name: 'Development credentials' });
    await user.click(within(development).getByRole('button', { name: 'Save Development credentials' }));
    expect(await within(development).findByText('Host is required.')).toBeVisible();
    expect(saves).toHaveLength(0);
  });

  it('offers secret keys as references and warns when a referenced secret has no value in the row', async () => {
    const details = connectionDetails({
      environments: [
        environmentRow('development', 'Development', {
          configured: true,
          values: { host: 'localhost', port: '5432', database: 'dev', username: 'dev', ssl: false },
          secretFieldsSet: ['password'],
          missingSecrets: ['PG_PASSWORD'],
        }),
        environmentRow('production', 'Production'),
      ],
    });
    const saves = recordMutation<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>('SaveConnectionCredentials', () => HttpResponse.json({ data: { saveConnectionCredentials: details } }));
    const { user, dialog } = await openEditWizard(details);

    const development = await within(dialog).findByRole('region', { name: 'Development credentials' });
    expect(within(development).getByRole('alert')).toHaveTextContent('@@SECRET:PG_PASSWORD@@ has no value in Development');
    await user.click(within(development).getByRole('button', { name: 'Insert secret reference into Password' }));
    await user.click(await screen.findByRole('menuitem', { name: '@@SECRET:PG_PASSWORD@@' }));
    await user.click(within(development).getByRole('button', { name: 'Save Development credentials' }));

    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toMatchObject({ environment: 'development', fields: { password: '@@SECRET:PG_PASSWORD@@' } });
  });

  it('tests a configured row and shows the remote error', async () => {
    const tests = recordMutation<TestConnectionMutation, TestConnectionMutationVariables>('TestConnection', () =>
      HttpResponse.json({ data: { testConnection: { __typename: 'ConnectionTestResult', ok: false, available: true, message: 'password authentication failed for user "reporter"' } } }),
    );
    const { user, dialog } = await openEditWizard();
    const production = await within(dialog).findByRole('region', { name: 'Production credentials' });
    expect(within(dialog).getByRole('button', { name: 'Test connection in Development' })).toBeDisabled();
    await user.click(within(production).getByRole('button', { name: 'Test connection in Production' }));
    expect(await within(production).findByText('password authentication failed for user "reporter"')).toBeVisible();
    expect(within(production).getByText('Connection failed')).toBeVisible();
    expect(tests).toEqual([{ connectionId: 'conn_1', environment: 'production' }]);
  });
});

describe('Connecting with OAuth2', () => {
  // Notifications live in a module-level store; earlier tests' ones would fill the visible limit.
  beforeEach(() => notifications.clean());
  const oauth = connectionDetails({
    environments: [
      environmentRow('development', 'Development'),
      environmentRow('production', 'Production', { authType: 'OAUTH2', fields: oauthFields, tokenExpiresAt: null }),
    ],
  });

  it('starts the OAuth2 flow for the row’s environment and sends the browser to the provider', async () => {
    signedIn([oauth], oauth);
    recordMutation<UpdateConnectionMutation, UpdateConnectionMutationVariables>('UpdateConnection', () => HttpResponse.json({ data: { updateConnection: oauth } }));
    const starts = recordMutation<StartConnectionOAuthMutation, StartConnectionOAuthMutationVariables>('StartConnectionOAuth', () =>
      HttpResponse.json({ data: { startConnectionOAuth: { __typename: 'OAuthStart', authorizationUrl: 'https://auth.example.com/authorize?state=abc' } } }),
    );
    const { user } = renderApp('/connections');
    await user.click(await screen.findByRole('button', { name: `Edit ${oauth.name}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Connection' });
    await user.click(await within(dialog).findByRole('button', { name: 'Save and continue' }));

    const development = await within(dialog).findByRole('region', { name: 'Development credentials' });
    expect(within(development).queryByRole('button', { name: /with OAuth2/ })).toBeNull();
    const production = within(dialog).getByRole('region', { name: 'Production credentials' });
    await user.click(within(production).getByRole('button', { name: 'Connect Production with OAuth2' }));

    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith('https://auth.example.com/authorize?state=abc'));
    expect(starts).toEqual([{ connectionId: 'conn_1', environment: 'production' }]);
  });

  it('shows the error when the server refuses to start', async () => {
    signedIn([oauth], oauth);
    recordMutation<UpdateConnectionMutation, UpdateConnectionMutationVariables>('UpdateConnection', () => HttpResponse.json({ data: { updateConnection: oauth } }));
    recordMutation<StartConnectionOAuthMutation, StartConnectionOAuthMutationVariables>('StartConnectionOAuth', () =>
      HttpResponse.json({ data: null, errors: [{ message: 'Integration Provider API is missing OAuth2 settings for Production.', extensions: { code: 'BAD_USER_INPUT', field: 'connectionId' } }] }),
    );
    const { user } = renderApp('/connections');
    await user.click(await screen.findByRole('button', { name: `Edit ${oauth.name}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Connection' });
    await user.click(await within(dialog).findByRole('button', { name: 'Save and continue' }));
    const production = await within(dialog).findByRole('region', { name: 'Production credentials' });
    await user.click(within(production).getByRole('button', { name: 'Connect Production with OAuth2' }));
    expect(await within(production).findByText(/missing OAuth2 settings for Production/)).toBeVisible();
  });

  it('announces a completed authorization on return, then cleans the address', async () => {
    signedIn([oauth], oauth);
    const { router } = renderApp(`/connections?oauth=connected&connection=${oauth.id}`);
    expect(await screen.findByText('Connected with OAuth2')).toBeVisible();
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(router.state.location.pathname).toBe('/connections');
  });

  it('explains a failed authorization by its reason', async () => {
    signedIn([oauth], oauth);
    const { router } = renderApp('/connections?oauth=failed&reason=state_expired');
    expect(await screen.findByText('OAuth2 connection failed')).toBeVisible();
    expect(screen.getByText(/took longer than 10 minutes/)).toBeVisible();
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});

describe('ConnectionSelect on the node properties preview', () => {
  it('lists only the connections compatible with the chosen node type', async () => {
    signedIn([]);
    const asked: unknown[] = [];
    const openai: CompatibleConnection = { __typename: 'Connection', id: 'conn_ai', name: 'OpenAI prod', visibility: 'ORGANIZATION', configuredCount: 1, environmentCount: 2, integration: { __typename: 'Integration', id: openaiIntegration.id, name: 'OpenAI', type: 'AI_PROVIDER' } };
    const postgres: CompatibleConnection = { __typename: 'Connection', id: 'conn_pg', name: 'Analytics DB', visibility: 'ORGANIZATION', configuredCount: 2, environmentCount: 2, integration: { __typename: 'Integration', id: postgresIntegration.id, name: 'Team Postgres', type: 'DATABASE' } };
    server.use(
      api.query<NodeTypesQuery, NodeTypesQueryVariables>('NodeTypes', () =>
        HttpResponse.json({
          data: {
            nodeTypes: [
              { __typename: 'NodeType', id: 'AI_AGENT', label: 'AI Agent', integrationType: 'AI_PROVIDER' },
              { __typename: 'NodeType', id: 'SQL', label: 'SQL', integrationType: 'DATABASE' },
            ],
          },
        }),
      ),
      api.query<CompatibleConnectionsQuery, CompatibleConnectionsQueryVariables>('CompatibleConnections', ({ variables }) => {
        asked.push(variables['nodeType']);
        const nodes = variables['nodeType'] === 'AI_AGENT' ? [openai] : variables['nodeType'] === 'SQL' ? [postgres] : [];
        return HttpResponse.json({ data: { connections: page('Connection', nodes) } });
      }),
    );
    const { user } = renderApp('/connections/node-preview');

    await user.click(await screen.findByLabelText('Node type', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'AI Agent' }));
    const select = await screen.findByLabelText('AI Provider Integration', { selector: 'input' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.click(select);
    expect(await screen.findByRole('option', { name: 'OpenAI prod (OpenAI · AI Provider)' })).toBeVisible();
    expect(screen.queryByRole('option', { name: /Analytics DB/ })).not.toBeInTheDocument();
    expect(asked).toEqual(['AI_AGENT']);
  });
});
