import { ALL_PERMISSIONS } from '@keyward/shared/permissions';
import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { graphQLError, organization, viewer } from './fixtures';
import { api, server, type Reply } from './msw-server';
import { renderApp } from './render-app';
import type {
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  UpdateOrganizationSettingsMutation,
  UpdateOrganizationSettingsMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

const readOnlyPermissions = ALL_PERMISSIONS.filter((permission) => permission !== 'SETTINGS_MANAGE');

function signedInAs(permissions = ALL_PERMISSIONS) {
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
  );
}

function recordUpdates(respond: (input: UpdateOrganizationSettingsMutationVariables['input']) => Reply<UpdateOrganizationSettingsMutation>) {
  const inputs: UpdateOrganizationSettingsMutationVariables['input'][] = [];
  server.use(
    api.mutation<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>('UpdateOrganizationSettings', ({ variables }) => {
      const input = variables.input;
      inputs.push(input);
      return respond(input);
    }),
  );
  return inputs;
}

async function openSettings(permissions = ALL_PERMISSIONS) {
  signedInAs(permissions);
  const rendered = renderApp('/admin/settings');
  await screen.findByLabelText('Ceiling per minute');
  return rendered;
}

describe('SettingsPage', () => {
  it('shows the saved settings and keeps Save disabled until something changes', async () => {
    const { user } = await openSettings();

    expect(screen.getByLabelText('Organization name')).toHaveValue('Acme Robotics');
    expect(screen.getByLabelText('Slug of environment 2')).toHaveValue('production');
    expect(screen.getByLabelText('Default per minute')).toHaveValue('60');
    expect(screen.getByLabelText('Ceiling per hour')).toHaveValue('20000');
    const save = screen.getByRole('button', { name: 'Save settings' });
    expect(save).toBeDisabled();

    await user.clear(screen.getByLabelText('Ceiling per minute'));
    await user.type(screen.getByLabelText('Ceiling per minute'), '700');

    expect(save).toBeEnabled();
  });

  it("shows the server's field error next to the ceiling field", async () => {
    const message = 'The ceiling cannot be lower than an existing API key limit (900 per minute).';
    const inputs = recordUpdates(() =>
      HttpResponse.json({
        errors: [
          graphQLError(message, {
            code: 'BAD_USER_INPUT',
            field: 'rateLimitCeiling.perMinute',
            fields: [{ field: 'rateLimitCeiling.perMinute', message }],
          }),
        ],
      }),
    );
    const { user } = await openSettings();

    const ceiling = screen.getByLabelText('Ceiling per minute');
    await user.clear(ceiling);
    await user.type(ceiling, '700');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText(message)).toBeVisible();
    expect(ceiling).toHaveAttribute('aria-invalid', 'true');
    expect(ceiling).toHaveAccessibleDescription(message);
    expect(screen.getByLabelText('Default per minute')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Settings not saved');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ rateLimitCeiling: { perMinute: 700, perHour: 20000 } });
  });

  it('checks environment slugs with the shared rules before calling the server', async () => {
    const inputs = recordUpdates(() => HttpResponse.json({ data: { updateOrganizationSettings: organization } }));
    const { user } = await openSettings();

    await user.click(screen.getByRole('button', { name: 'Add environment' }));
    await user.type(screen.getByLabelText('Slug of environment 3'), 'QA Env');
    await user.type(screen.getByLabelText('Name of environment 3'), 'QA');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText(/Slug must be lowercase letters, digits and hyphens/)).toBeVisible();
    expect(screen.getByLabelText('Slug of environment 3')).toHaveAttribute('aria-invalid', 'true');
    expect(inputs).toHaveLength(0);
  });

  it('saves changes, confirms it and starts clean again', async () => {
    const inputs = recordUpdates((input) =>
      HttpResponse.json({
        data: {
          updateOrganizationSettings: {
            ...organization,
            name: String(input['name']),
            rateLimitCeiling: { __typename: 'RateLimit', perMinute: 700, perHour: 20000 },
          },
        },
      }),
    );
    const { user } = await openSettings();

    const name = screen.getByLabelText('Organization name');
    await user.clear(name);
    await user.type(name, 'Acme Labs');
    await user.clear(screen.getByLabelText('Ceiling per minute'));
    await user.type(screen.getByLabelText('Ceiling per minute'), '700');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    expect(screen.getByLabelText('Ceiling per minute')).toHaveValue('700');
    // The header reads the same cached organization, so the new name shows there too.
    expect(within(screen.getByRole('banner')).getByText('Acme Labs')).toBeInTheDocument();
    expect(inputs[0]).toEqual({
      name: 'Acme Labs',
      environments: [
        { slug: 'development', name: 'Development' },
        { slug: 'production', name: 'Production' },
      ],
      defaultRateLimit: { perMinute: 60, perHour: 1000 },
      rateLimitCeiling: { perMinute: 700, perHour: 20000 },
    });
  });

  it('asks before saving when an environment is removed', async () => {
    const inputs = recordUpdates(() => HttpResponse.json({ data: { updateOrganizationSettings: organization } }));
    const { user } = await openSettings();

    await user.click(screen.getByRole('button', { name: 'Remove Production' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const dialog = await screen.findByRole('dialog', { name: 'Remove an environment?' });
    expect(dialog).toHaveTextContent('secret values and connection credentials stored for it stop being used');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));

    expect(inputs).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeEnabled();
  });

  it('is read-only for someone without the permission to change settings', async () => {
    await openSettings(readOnlyPermissions);

    expect(screen.getByText('View only')).toBeVisible();
    expect(screen.getByLabelText('Organization name')).toBeDisabled();
    expect(screen.getByLabelText('Slug of environment 1')).toBeDisabled();
    expect(screen.getByLabelText('Ceiling per minute')).toBeDisabled();
    expect(screen.getByLabelText('Default per hour')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add environment' })).not.toBeInTheDocument();
  });

  it('shows an error with a way to retry when the settings cannot be loaded', async () => {
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer() } })),
      api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () =>
        HttpResponse.json({ errors: [graphQLError('Database unavailable.', { code: 'INTERNAL_SERVER_ERROR' })] }),
      ),
    );
    renderApp('/admin/settings');

    expect(await screen.findByText('Could not load organization settings')).toBeVisible();
    expect(screen.getByText('Database unavailable.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
