import { ALL_PERMISSIONS } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  SecretEnvironmentsQuery,
  SecretEnvironmentsQueryVariables,
  SecretsQuery,
  SecretsQueryVariables,
  SecretUseRoleOptionsQuery,
  SecretUseRoleOptionsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';
import { organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';

const noSecrets: WithTypename<SecretsQuery> = {
  secrets: { __typename: 'SecretConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] },
};
const environments: WithTypename<SecretEnvironmentsQuery> = {
  organization: { __typename: 'Organization', id: organization.id, environments: organization.environments },
};

function secretsPage() {
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(ALL_PERMISSIONS) } })),
    api.query<SecretsQuery, SecretsQueryVariables>('Secrets', () => HttpResponse.json({ data: noSecrets })),
    api.query<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>('SecretEnvironments', () => HttpResponse.json({ data: environments })),
    api.query<SecretUseRoleOptionsQuery, SecretUseRoleOptionsQueryVariables>('SecretUseRoleOptions', () => HttpResponse.json({ data: { secretUseRoleOptions: [] } })),
  );
}

afterEach(() => vi.restoreAllMocks());

describe('long dialogs', () => {
  it('bring the first invalid field into view and focus it after a failed submit', async () => {
    secretsPage();
    const scrolled: Element[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this);
    });
    const { user } = renderApp('/admin/security/secrets');
    await user.click((await screen.findAllByRole('button', { name: 'New Secret' }))[0] ?? document.body);
    const dialog = await screen.findByRole('dialog', { name: 'New Secret' });
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    const keyField = within(dialog).getByLabelText(/Secret Key/);
    await waitFor(() => expect(keyField).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() => expect(scrolled[0]).toBe(keyField));
    expect(keyField).toHaveFocus();
  });

  it('keep the footer with the primary button stuck to the bottom of the dialog', async () => {
    secretsPage();
    const { user } = renderApp('/admin/security/secrets');
    await user.click((await screen.findAllByRole('button', { name: 'New Secret' }))[0] ?? document.body);
    const dialog = await screen.findByRole('dialog', { name: 'New Secret' });
    const footer = within(dialog).getByRole('button', { name: 'Create' }).parentElement?.closest('.mantine-Group-root');
    expect(footer).toHaveStyle({ position: 'sticky', bottom: '0px' });
  });

  it('show toasts bottom left, away from a dialog’s close button', async () => {
    secretsPage();
    renderApp('/admin/security/secrets');
    await screen.findByRole('heading', { name: 'Secrets' });
    expect(document.querySelector('.mantine-Notifications-root[data-position="bottom-left"]')).not.toBeNull();
  });
});
