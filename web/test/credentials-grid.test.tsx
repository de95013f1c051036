import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GRID_MEDIA_QUERY } from '../src/features/connections/credentials-grid';
import { AT, connectionDetails, credentialFields, environmentRow } from './connections-fixtures';
import { signedIn, type Details } from './connections-msw';
import { recordMutation } from './msw-server';
import { renderApp } from './render-app';
import type {
  CreateConnectionMutation,
  CreateConnectionMutationVariables,
  SaveConnectionCredentialsMutation,
  SaveConnectionCredentialsMutationVariables,
  UpdateConnectionMutation,
  UpdateConnectionMutationVariables,
} from '../src/graphql/generated';

const narrowMatchMedia = window.matchMedia;

/** The grid lays itself out by a media query; jsdom answers every query with false (narrow) unless told. */
function screenIsWide() {
  window.matchMedia = (query: string) => ({ ...narrowMatchMedia(query), matches: query === GRID_MEDIA_QUERY });
}
afterEach(() => {
  window.matchMedia = narrowMatchMedia;
});

const stored = connectionDetails({
  environments: [
    environmentRow('development', 'Development'),
    environmentRow('production', 'Production', {
      configured: true,
      values: { host: 'db.prod.internal', port: '5432', database: 'analytics', username: 'reporter', ssl: true },
      secretFieldsSet: ['password'],
      lastTest: { ok: false, message: 'password authentication failed', at: AT },
    }),
  ],
});

async function openGrid(details: Details = stored) {
  signedIn([details], details);
  recordMutation<UpdateConnectionMutation, UpdateConnectionMutationVariables>('UpdateConnection', () => HttpResponse.json({ data: { updateConnection: details } }));
  const rendered = renderApp('/connections');
  await rendered.user.click(await screen.findByRole('button', { name: `Edit ${details.name}` }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Connection' });
  expect(await within(dialog).findByLabelText(/Connection Name/)).toHaveValue(details.name);
  await rendered.user.click(within(dialog).getByRole('button', { name: 'Save and continue' }));
  return { ...rendered, dialog };
}

describe('Configure Credentials on a wide screen', () => {
  beforeEach(screenIsWide);

  it('is a table: a row per environment, a column per credential field, then status and actions', async () => {
    const { dialog } = await openGrid();
    const table = await within(dialog).findByRole('table', { name: 'Credentials per environment' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent?.replace(/\s*\*$/, '').trim());
    expect(headers).toEqual(['Environment', 'Host', 'Port', 'Database', 'Username', 'Password', 'Use SSL', 'Status and actions']);
    const development = within(table).getByRole('row', { name: 'Development credentials' });
    const production = within(table).getByRole('row', { name: 'Production credentials' });
    for (const [row, name] of [[development, 'Development'], [production, 'Production']] as const) {
      // One input per field, labelled with its environment; no help text repeated in the cells.
      for (const label of ['Host', 'Port', 'Database', 'Username']) expect(within(row).getByRole('textbox', { name: `${name} ${label}` })).toBeVisible();
      expect(within(row).getByRole('switch', { name: `${name} Use SSL` })).toBeVisible();
      expect(within(row).getByRole('button', { name: `Save ${name} credentials` })).toBeVisible();
      expect(within(row).getByRole('button', { name: `Test connection in ${name}` })).toBeVisible();
    }
    expect(within(production).getByLabelText('Production Password')).toHaveAttribute('placeholder', 'Stored — leave blank to keep');
    expect(within(production).getByText('Configured')).toBeVisible();
    expect(within(production).getByText('Test failed')).toBeVisible();
    expect(within(development).getByText('Not configured')).toBeVisible();
    expect(within(dialog).queryByRole('region', { name: /credentials$/ })).not.toBeInTheDocument();
  });

  it('saves one row and sends only that environment’s values', async () => {
    const saves = recordMutation<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>('SaveConnectionCredentials', () => HttpResponse.json({ data: { saveConnectionCredentials: stored } }));
    const { user, dialog } = await openGrid();
    const development = await within(dialog).findByRole('row', { name: 'Development credentials' });
    const production = within(dialog).getByRole('row', { name: 'Production credentials' });
    await user.type(within(production).getByRole('textbox', { name: 'Production Host' }), '2');
    await user.type(within(development).getByRole('textbox', { name: 'Development Host' }), 'dev.internal');
    await user.click(within(production).getByRole('button', { name: 'Save Production credentials' }));

    expect(await screen.findByText('Production credentials were saved.')).toBeVisible();
    expect(saves).toEqual([
      {
        connectionId: 'conn_1',
        environment: 'production',
        fields: { host: 'db.prod.internal2', port: '5432', database: 'analytics', username: 'reporter', ssl: true },
      },
    ]);
  });

  it('shows a field problem in its cell and saves nothing', async () => {
    const saves = recordMutation<SaveConnectionCredentialsMutation, SaveConnectionCredentialsMutationVariables>('SaveConnectionCredentials', () => HttpResponse.json({ data: { saveConnectionCredentials: stored } }));
    const { user, dialog } = await openGrid();
    const development = await within(dialog).findByRole('row', { name: 'Development credentials' });
    await user.click(within(development).getByRole('button', { name: 'Save Development credentials' }));
    expect(await within(development).findByText('Host is required.')).toBeVisible();
    expect(saves).toHaveLength(0);
  });

  it('gives an environment without fields in a per-environment integration a hint to configure its tab first', async () => {
    const details = connectionDetails({
      environments: [environmentRow('development', 'Development'), environmentRow('staging', 'Staging', { fields: credentialFields([]) })],
    });
    const { dialog } = await openGrid(details);
    const staging = await within(dialog).findByRole('row', { name: 'Staging credentials' });
    expect(staging).toHaveTextContent('Team Postgres has no configuration for Staging yet');
    expect(staging).toHaveTextContent('configures its Staging tab');
    expect(within(staging).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(staging).queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
  });
});

describe('Configure Credentials on a narrow screen', () => {
  it('falls back to a stacked card per environment with labelled fields', async () => {
    const { dialog } = await openGrid();
    const production = await within(dialog).findByRole('region', { name: 'Production credentials' });
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
    expect(within(production).getByLabelText(/^Host/)).toHaveValue('db.prod.internal');
    expect(within(production).getByRole('button', { name: 'Save Production credentials' })).toBeVisible();
    expect(within(dialog).getByRole('region', { name: 'Development credentials' })).toBeVisible();
  });
});

describe('Connections page', () => {
  it('filters by integration (service)', async () => {
    const { filters } = signedIn([stored]);
    const { user } = renderApp('/connections');
    await screen.findByRole('article', { name: stored.name });
    await user.click(screen.getByLabelText('Integration', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Team Postgres' }));
    await waitFor(() => expect(filters.at(-1)).toMatchObject({ integrationId: 'int_pg' }));
  });

  it('shows the last test result and time per configured environment on the card', async () => {
    signedIn([stored]);
    renderApp('/connections');
    const cardElement = await screen.findByRole('article', { name: stored.name });
    const tests = within(cardElement).getByLabelText(`Last tests of ${stored.name}`);
    expect(tests).toHaveTextContent('Production');
    expect(tests).toHaveTextContent('Test failed');
    expect(within(tests).getByText(/ago$/)).toBeVisible();
    expect(tests).not.toHaveTextContent('Development');
  });

  it('says exactly what deleting a connection breaks', async () => {
    signedIn([stored]);
    const { user } = renderApp('/connections');
    await user.click(await screen.findByRole('button', { name: `Delete ${stored.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Delete ${stored.name}?` });
    expect(dialog).toHaveTextContent(`The stored credentials of ${stored.name} in Production are deleted`);
    expect(dialog).toHaveTextContent('Every workflow node that uses Analytics DB fails at its next run');
  });
});

describe('New Connection', () => {
  it('defaults to Personal visibility', async () => {
    const created = connectionDetails({ visibility: 'PERSONAL' });
    signedIn([], created);
    const creates = recordMutation<CreateConnectionMutation, CreateConnectionMutationVariables>('CreateConnection', () => HttpResponse.json({ data: { createConnection: created } }));
    const { user } = renderApp('/connections');
    await user.click(await screen.findByRole('button', { name: 'New Connection' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Connection' });
    expect(within(dialog).getByRole('radio', { name: /Personal/ })).toBeChecked();
    await user.click(await within(dialog).findByRole('radio', { name: 'Team Postgres' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create Connection' }));
    await waitFor(() => expect(creates).toEqual([{ input: { integrationId: 'int_pg', name: 'Team Postgres', visibility: 'PERSONAL' } }]));
  });

  it('clears “Enter a connection name.” once picking an integration fills the name', async () => {
    signedIn([]);
    const { user } = renderApp('/connections');
    await user.click(await screen.findByRole('button', { name: 'New Connection' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Connection' });
    await within(dialog).findByRole('radio', { name: 'Team Postgres' });
    await user.click(within(dialog).getByRole('button', { name: 'Create Connection' }));
    expect(await within(dialog).findByText('Enter a connection name.')).toBeVisible();
    await user.click(within(dialog).getByRole('radio', { name: 'Team Postgres' }));
    expect(within(dialog).getByLabelText(/Connection Name/)).toHaveValue('Team Postgres');
    await waitFor(() => expect(within(dialog).queryByText('Enter a connection name.')).not.toBeInTheDocument());
  });
});
