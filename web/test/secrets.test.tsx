import { ALL_PERMISSIONS } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, organization, viewer } from './fixtures';
import { api, recordMutation, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';
import type {
  CreateSecretMutation,
  CreateSecretMutationVariables,
  DeleteSecretMutation,
  DeleteSecretMutationVariables,
  RestoreSecretVersionMutation,
  RestoreSecretVersionMutationVariables,
  SecretChange,
  SecretDetailsQuery,
  SecretDetailsQueryVariables,
  SecretEnvironmentsQuery,
  SecretEnvironmentsQueryVariables,
  SecretFieldsFragment,
  SecretReferencesQuery,
  SecretReferencesQueryVariables,
  SecretUseRoleOptionsQuery,
  SecretUseRoleOptionsQueryVariables,
  SecretVersionFieldsFragment,
  SecretsQuery,
  SecretsQueryVariables,
  UpdateSecretMutation,
  UpdateSecretMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

const AT = '2026-05-01T10:00:00.000Z';

type SecretDetails = NonNullable<SecretDetailsQuery['secret']>;

function environmentValue(environment: string, version: number): WithTypename<SecretFieldsFragment['environments'][number]> {
  return { __typename: 'SecretEnvironmentValue', environment, version, updatedAt: AT, updatedBy: 'Ada Lovelace' };
}

const DBA_ROLE: WithTypename<SecretUseRoleOptionsQuery['secretUseRoleOptions'][number]> = { __typename: 'SecretUseRole', id: 'role_dba', name: 'Database team' };
const ROLES: WithTypename<SecretUseRoleOptionsQuery['secretUseRoleOptions']> = [{ __typename: 'SecretUseRole', id: 'role_admin', name: 'Org Admin' }, DBA_ROLE];

function secretNode(key: string, values: [string, number][], description = '', useRoles: (typeof DBA_ROLE)[] = []): WithTypename<SecretFieldsFragment> {
  return {
    __typename: 'Secret',
    id: `secret_${key}`,
    key,
    reference: `@@SECRET:${key}@@`,
    description,
    createdAt: AT,
    createdBy: 'Ada Lovelace',
    updatedAt: AT,
    usePolicy: useRoles.length > 0 ? 'ROLES' : 'EVERYONE',
    useRoles,
    environments: values.map(([environment, version]) => environmentValue(environment, version)),
  };
}

function version(environment: string, number: number, change: SecretChange, current: boolean, restoredFrom: number | null = null): WithTypename<SecretVersionFieldsFragment> {
  return { __typename: 'SecretVersion', environment, version: number, change, restoredFrom, current, createdAt: AT, createdBy: 'Ada Lovelace' };
}

const stripe = secretNode('STRIPE_API_KEY', [['development', 1], ['production', 3]], 'Stripe payments');

function details(values: [string, number][], useRoles: (typeof DBA_ROLE)[] = []): WithTypename<SecretDetails> {
  return {
    ...secretNode('STRIPE_API_KEY', values, 'Stripe payments', useRoles),
    versions: [
      version('development', 1, 'SET', true),
      ...values
        .filter(([environment]) => environment === 'production')
        .flatMap(([, current]) => Array.from({ length: current }, (_, i) => version('production', current - i, i === 0 ? 'SET' : 'SET', i === 0))),
    ],
  };
}

function connection(nodes: readonly WithTypename<SecretFieldsFragment>[]): WithTypename<SecretsQuery['secrets']> {
  return {
    __typename: 'SecretConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node, i) => ({ __typename: 'SecretEdge', cursor: `c${i}`, node })),
  };
}

function signedInAs(permissions = ALL_PERMISSIONS, secrets: readonly WithTypename<SecretFieldsFragment>[] = [stripe]) {
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>('SecretEnvironments', () =>
      HttpResponse.json({ data: { organization: { __typename: 'Organization', id: organization.id, environments: organization.environments } } }),
    ),
    api.query<SecretsQuery, SecretsQueryVariables>('Secrets', () => HttpResponse.json({ data: { secrets: connection(secrets) } })),
    api.query<SecretUseRoleOptionsQuery, SecretUseRoleOptionsQueryVariables>('SecretUseRoleOptions', () => HttpResponse.json({ data: { secretUseRoleOptions: ROLES } })),
  );
}

async function openPage(permissions = ALL_PERMISSIONS, secrets: readonly WithTypename<SecretFieldsFragment>[] = [stripe]) {
  signedInAs(permissions, secrets);
  const rendered = renderApp('/admin/security/secrets');
  await screen.findByRole('heading', { name: 'Secrets' });
  return rendered;
}

describe('Secrets page', () => {
  it('lists each secret with a chip per configured environment', async () => {
    await openPage();
    const row = (await screen.findByText('STRIPE_API_KEY')).closest('tr');
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement);
    expect(cells.getByText('Stripe payments')).toBeVisible();
    expect(cells.getByText('Development')).toBeVisible();
    expect(cells.getByText('Production')).toBeVisible();
  });

  it('says so when there are no secrets yet', async () => {
    await openPage(ALL_PERMISSIONS, []);
    expect(await screen.findByText('No secrets yet')).toBeVisible();
  });

  it('copies the reference of a secret and confirms with a toast', async () => {
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'Copy reference to STRIPE_API_KEY' }));
    expect(await screen.findByText('Reference copied')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe('@@SECRET:STRIPE_API_KEY@@');
  });

  it('offers no changes to someone who may only read secrets', async () => {
    await openPage(['SECRETS_READ']);
    await screen.findByText('STRIPE_API_KEY');
    expect(screen.queryByRole('button', { name: 'New Secret' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit STRIPE_API_KEY' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete STRIPE_API_KEY' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy reference to STRIPE_API_KEY' })).toBeVisible();
  });

  it('warns what will break and lists the known references before deleting', async () => {
    server.use(
      api.query<SecretReferencesQuery, SecretReferencesQueryVariables>('SecretReferences', () =>
        HttpResponse.json({
          data: {
            secret: {
              __typename: 'Secret',
              id: stripe.id,
              references: [{ __typename: 'SecretReference', ownerType: 'CONNECTION', ownerId: 'conn_1', ownerName: 'Stripe production', environments: ['production'] }],
            },
          },
        }),
      ),
    );
    const deletes = recordMutation<DeleteSecretMutation, DeleteSecretMutationVariables>('DeleteSecret', () => HttpResponse.json({ data: { deleteSecret: { __typename: 'Secret', id: stripe.id, key: stripe.key } } }));
    const { user } = await openPage();

    await user.click(await screen.findByRole('button', { name: 'Delete STRIPE_API_KEY' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete STRIPE_API_KEY?' });
    expect(dialog).toHaveTextContent('Any workflows or connections using @@SECRET:STRIPE_API_KEY@@ will fail.');
    expect(dialog).toHaveTextContent('removes the secret from all environments (Development, Production)');
    const references = await within(dialog).findByRole('list', { name: 'Known references' });
    expect(references).toHaveTextContent('Stripe production (Connection · Production)');

    await user.click(within(dialog).getByRole('button', { name: 'Delete secret' }));
    expect(await screen.findByText('Secret deleted')).toBeVisible();
    expect(deletes).toEqual([{ key: 'STRIPE_API_KEY' }]);
  });
});

describe('New Secret dialog', () => {
  it('checks the key as you type with the shared rule', async () => {
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'New Secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Secret' });
    const key = within(dialog).getByLabelText(/Secret Key/);

    await user.type(key, 'openai-key');
    expect(await within(dialog).findByText(/Secret key must be uppercase letters, digits and underscores/)).toBeVisible();
    expect(key).toHaveAttribute('aria-invalid', 'true');

    await user.clear(key);
    await user.type(key, 'OPENAI_API_KEY');
    await waitFor(() => expect(key).not.toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('Referenced as @@SECRET:OPENAI_API_KEY@@. The key cannot be changed later.')).toBeVisible();
  });

  it('needs at least one environment, then creates the secret with the values of the enabled ones', async () => {
    const creates = recordMutation<CreateSecretMutation, CreateSecretMutationVariables>('CreateSecret', (variables) => {
      const input = variables['input'] as { key: string; description: string };
      return HttpResponse.json({ data: { createSecret: secretNode(input.key, [['production', 1]], input.description) } });
    });
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'New Secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Secret' });

    await user.type(within(dialog).getByLabelText(/Secret Key/), 'OPENAI_API_KEY');
    await user.type(within(dialog).getByLabelText('Description'), 'Team account');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Enable at least one environment and enter its value.')).toBeVisible();
    expect(creates).toHaveLength(0);

    expect(within(dialog).queryByLabelText('Value for Production')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('switch', { name: 'Production' }));
    const value = within(dialog).getByLabelText('Value for Production');
    expect(value).toHaveAttribute('type', 'password');
    await user.type(value, 'sk-prod-123');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Secret created')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New Secret' })).not.toBeInTheDocument());
    expect(creates).toEqual([
      { input: { key: 'OPENAI_API_KEY', description: 'Team account', values: [{ environment: 'production', value: 'sk-prod-123' }] } },
    ]);
  });

  it('asks for a value in every enabled environment', async () => {
    const creates = recordMutation<CreateSecretMutation, CreateSecretMutationVariables>('CreateSecret', () => HttpResponse.json({ data: null }));
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'New Secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Secret' });
    await user.type(within(dialog).getByLabelText(/Secret Key/), 'EMPTY_VALUE');
    await user.click(within(dialog).getByRole('switch', { name: 'Development' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('Enter a value.')).toBeVisible();
    expect(within(dialog).getByLabelText('Value for Development')).toHaveAttribute('aria-invalid', 'true');
    expect(creates).toHaveLength(0);
  });

  it("shows the server's field error next to the key", async () => {
    const message = 'A secret with the key STRIPE_API_KEY already exists.';
    recordMutation<CreateSecretMutation, CreateSecretMutationVariables>('CreateSecret', () =>
      HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'key', fields: [{ field: 'key', message }] })] }),
    );
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'New Secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Secret' });
    const key = within(dialog).getByLabelText(/Secret Key/);
    await user.type(key, 'STRIPE_API_KEY');
    await user.click(within(dialog).getByRole('switch', { name: 'Development' }));
    await user.type(within(dialog).getByLabelText('Value for Development'), 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText(message)).toBeVisible();
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(key).toHaveAccessibleDescription(expect.stringContaining(message));
  });
});

describe('Edit dialog', () => {
  function detailsServed(...responses: WithTypename<SecretDetails>[]) {
    let call = 0;
    server.use(
      api.query<SecretDetailsQuery, SecretDetailsQueryVariables>('SecretDetails', () => {
        const secret = responses[Math.min(call, responses.length - 1)];
        call += 1;
        return secret ? HttpResponse.json({ data: { secret } }) : HttpResponse.json({ errors: [graphQLError('Secret not found.', { code: 'NOT_FOUND' })] });
      }),
    );
    return () => call;
  }

  async function openEditor() {
    const rendered = await openPage();
    await rendered.user.click(await screen.findByRole('button', { name: 'Edit STRIPE_API_KEY' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit STRIPE_API_KEY' });
    await within(dialog).findByText('Version 3');
    return { ...rendered, dialog };
  }

  it('shows each environment with its version and never a value', async () => {
    detailsServed(details([['development', 1], ['production', 3]]));
    const { dialog } = await openEditor();
    expect(within(dialog).getByLabelText('Description')).toHaveValue('Stripe payments');
    expect(within(dialog).getByText('Version 1')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Replace the Production value' })).toBeVisible();
    expect(within(dialog).queryByLabelText(/value for Production/i)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('replaces one value and removes another, sending the versions it saw', async () => {
    detailsServed(details([['development', 1], ['production', 3]]));
    const updates = recordMutation<UpdateSecretMutation, UpdateSecretMutationVariables>('UpdateSecret', () => HttpResponse.json({ data: { updateSecret: details([['production', 4]]) } }));
    const { user, dialog } = await openEditor();

    await user.click(within(dialog).getByRole('button', { name: 'Replace the Production value' }));
    const value = within(dialog).getByLabelText('New value for Production');
    expect(value).toHaveAttribute('type', 'password');
    await user.type(value, 'sk_live_new');
    await user.click(within(dialog).getByRole('button', { name: 'Remove the Development value' }));
    expect(within(dialog).getByText('Will be removed')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Secret saved')).toBeVisible();
    expect(updates).toEqual([
      {
        key: 'STRIPE_API_KEY',
        input: {
          set: [{ environment: 'production', value: 'sk_live_new' }],
          remove: ['development'],
          expectedVersions: [
            { environment: 'production', version: 3 },
            { environment: 'development', version: 1 },
          ],
        },
      },
    ]);
  });

  it('offers to reload when someone else changed the value meanwhile', async () => {
    const calls = detailsServed(details([['development', 1], ['production', 3]]), details([['development', 1], ['production', 4]]));
    recordMutation<UpdateSecretMutation, UpdateSecretMutationVariables>('UpdateSecret', () =>
      HttpResponse.json({
        errors: [graphQLError('The value of STRIPE_API_KEY in production was changed by someone else meanwhile. Reload it and try again.', { code: 'CONFLICT' })],
      }),
    );
    const { user, dialog } = await openEditor();

    await user.click(within(dialog).getByRole('button', { name: 'Replace the Production value' }));
    await user.type(within(dialog).getByLabelText('New value for Production'), 'mine');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else');
    expect(alert).toHaveTextContent('was changed by someone else meanwhile');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await within(dialog).findByText('Version 4')).toBeVisible();
    expect(calls()).toBe(2);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText('New value for Production')).not.toBeInTheDocument();
  });

  it('restores an earlier version from the history', async () => {
    detailsServed(details([['development', 1], ['production', 3]]));
    const restores = recordMutation<RestoreSecretVersionMutation, RestoreSecretVersionMutationVariables>('RestoreSecretVersion', () =>
      HttpResponse.json({ data: { restoreSecretVersion: { ...details([['development', 1], ['production', 4]]) } } }),
    );
    const { user, dialog } = await openEditor();

    const history = within(dialog).getByRole('table', { name: 'Version history' });
    expect(within(history).queryByRole('button', { name: 'Restore version 3 of Production' })).not.toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Restore version 2 of Production' }));

    expect(await screen.findByText('Version restored')).toBeVisible();
    expect(screen.getByText('Production now has the value of version 2 (as version 4).')).toBeVisible();
    expect(restores).toEqual([{ key: 'STRIPE_API_KEY', environment: 'production', version: 2 }]);
  });

  it('does not restore while there are unsaved edits', async () => {
    detailsServed(details([['development', 1], ['production', 3]]));
    const { user, dialog } = await openEditor();
    await user.type(within(dialog).getByLabelText('Description'), ' (live)');
    expect(within(dialog).getByRole('button', { name: 'Restore version 2 of Production' })).toBeDisabled();
  });
});

describe('Use policy', () => {
  it('marks a secret only some roles may use as restricted in the list', async () => {
    await openPage(ALL_PERMISSIONS, [stripe, secretNode('DB_PASSWORD', [['production', 1]], 'Warehouse', [DBA_ROLE])]);
    const row = (await screen.findByText('DB_PASSWORD')).closest('tr');
    expect(within(row as HTMLElement).getByLabelText('DB_PASSWORD is restricted to Database team')).toHaveTextContent('Restricted');
    const stripeRow = screen.getByText('STRIPE_API_KEY').closest('tr');
    expect(within(stripeRow as HTMLElement).queryByText('Restricted')).not.toBeInTheDocument();
  });

  it('creates a secret only chosen roles may use, asking for at least one role', async () => {
    const creates = recordMutation<CreateSecretMutation, CreateSecretMutationVariables>('CreateSecret', (variables) => {
      const input = variables['input'] as { key: string };
      return HttpResponse.json({ data: { createSecret: secretNode(input.key, [['development', 1]], '', [DBA_ROLE]) } });
    });
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'New Secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Secret' });
    expect(within(dialog).getByRole('radio', { name: 'Everyone in the organization' })).toBeChecked();
    await user.type(within(dialog).getByLabelText(/Secret Key/), 'DB_PASSWORD');
    await user.click(within(dialog).getByRole('switch', { name: 'Development' }));
    await user.type(within(dialog).getByLabelText('Value for Development'), 'pw');
    await user.click(within(dialog).getByRole('radio', { name: 'Only these roles' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Choose at least one role that may use this secret.')).toBeVisible();
    expect(creates).toHaveLength(0);

    await user.click(await within(dialog).findByLabelText('Roles that may use it', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Database team' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Secret created')).toBeVisible();
    expect(creates).toEqual([
      { input: { key: 'DB_PASSWORD', description: '', values: [{ environment: 'development', value: 'pw' }], usePolicy: 'ROLES', useRoleIds: ['role_dba'] } },
    ]);
  });

  it('shows the current policy when editing and sends only a changed one', async () => {
    server.use(api.query<SecretDetailsQuery, SecretDetailsQueryVariables>('SecretDetails', () => HttpResponse.json({ data: { secret: details([['development', 1], ['production', 3]], [DBA_ROLE]) } })));
    const updates = recordMutation<UpdateSecretMutation, UpdateSecretMutationVariables>('UpdateSecret', () => HttpResponse.json({ data: { updateSecret: details([['development', 1], ['production', 3]]) } }));
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'Edit STRIPE_API_KEY' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit STRIPE_API_KEY' });
    await within(dialog).findByText('Version 3');
    expect(within(dialog).getByRole('radio', { name: 'Only these roles' })).toBeChecked();
    expect(within(dialog).getByLabelText('Roles that may use it', { selector: 'input' }).closest('.mantine-MultiSelect-root')).toHaveTextContent('Database team');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(within(dialog).getByRole('radio', { name: 'Everyone in the organization' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Secret saved')).toBeVisible();
    expect(updates).toEqual([{ key: 'STRIPE_API_KEY', input: { usePolicy: 'EVERYONE' } }]);
  });

  it("shows the server's policy refusal next to the roles", async () => {
    const message = 'Choose roles of this organization.';
    server.use(api.query<SecretDetailsQuery, SecretDetailsQueryVariables>('SecretDetails', () => HttpResponse.json({ data: { secret: details([['development', 1], ['production', 3]]) } })));
    recordMutation<UpdateSecretMutation, UpdateSecretMutationVariables>('UpdateSecret', () =>
      HttpResponse.json({ errors: [graphQLError(message, { code: 'BAD_USER_INPUT', field: 'useRoleIds', fields: [{ field: 'useRoleIds', message }] })] }),
    );
    const { user } = await openPage();
    await user.click(await screen.findByRole('button', { name: 'Edit STRIPE_API_KEY' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit STRIPE_API_KEY' });
    await within(dialog).findByText('Version 3');
    await user.click(within(dialog).getByRole('radio', { name: 'Only these roles' }));
    await user.click(await within(dialog).findByLabelText('Roles that may use it', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Org Admin' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(message)).toBeVisible();
  });
});
