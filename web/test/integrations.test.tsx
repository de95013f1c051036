import { ALL_PERMISSIONS, type Permission } from '@keyward/shared/permissions';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AT, page } from './connections-fixtures';
import { organization, viewer } from './fixtures';
import { api, recordMutation, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';
import type {
  CreateIntegrationMutation,
  CreateIntegrationMutationVariables,
  CreateIntegrationVersionMutation,
  CreateIntegrationVersionMutationVariables,
  DeleteIntegrationMutation,
  DeleteIntegrationMutationVariables,
  IntegrationCardFieldsFragment,
  IntegrationDetailsFieldsFragment,
  IntegrationDetailsQuery,
  IntegrationDetailsQueryVariables,
  IntegrationEnvironmentsQuery,
  IntegrationEnvironmentsQueryVariables,
  IntegrationSecretKeysQuery,
  IntegrationSecretKeysQueryVariables,
  IntegrationsQuery,
  IntegrationsQueryVariables,
  UpdateIntegrationMutation,
  UpdateIntegrationMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

function integration(overrides: Partial<WithTypename<IntegrationDetailsFieldsFragment>> = {}): WithTypename<IntegrationDetailsFieldsFragment> {
  return {
    __typename: 'Integration',
    id: 'int_stripe',
    name: 'Stripe REST',
    description: 'Payments API',
    domainVertical: 'Payments',
    type: 'REST_API',
    provider: 'rest',
    scope: 'ORGANIZATION',
    configMode: 'SAME_FOR_ALL',
    specUrl: null,
    connectionCount: 3,
    canManage: true,
    createdAt: AT,
    activeVersion: null,
    configs: [
      {
        __typename: 'IntegrationEnvironmentConfig',
        environment: null,
        baseUrl: 'https://api.stripe.com',
        testPath: '/v1/balance',
        authType: 'OAUTH2',
        settings: {
          authorizationUrl: 'https://connect.stripe.com/oauth/authorize',
          tokenUrl: 'https://connect.stripe.com/oauth/token',
          userInfoUrl: '',
          scopes: 'read_write',
          clientId: 'ca_123',
        },
        secretSettingsSet: ['clientSecret'],
      },
    ],
    versions: [],
    ...overrides,
  };
}

function card(details: WithTypename<IntegrationDetailsFieldsFragment>): WithTypename<IntegrationCardFieldsFragment> {
  const { configs: _configs, versions: _versions, ...rest } = details;
  return rest;
}

const gmail = card(integration({ id: 'int_gmail', name: 'Gmail', description: 'Google mail', type: 'EMAIL', provider: 'smtp', scope: 'SYSTEM', canManage: false, connectionCount: 0 }));

function signedIn(permissions: readonly Permission[] = ALL_PERMISSIONS) {
  const filters: unknown[] = [];
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<IntegrationsQuery, IntegrationsQueryVariables>('Integrations', ({ variables }) => {
      filters.push(variables['filter']);
      return HttpResponse.json({ data: { integrations: page('Integration', [card(integration()), gmail]) } });
    }),
    api.query<IntegrationDetailsQuery, IntegrationDetailsQueryVariables>('IntegrationDetails', () => HttpResponse.json({ data: { integration: integration() } })),
    api.query<IntegrationSecretKeysQuery, IntegrationSecretKeysQueryVariables>('IntegrationSecretKeys', () =>
      HttpResponse.json({ data: { secrets: page('Secret', [{ __typename: 'Secret', id: 'secret_1', key: 'STRIPE_CLIENT_SECRET' }]) } }),
    ),
    api.query<IntegrationEnvironmentsQuery, IntegrationEnvironmentsQueryVariables>('IntegrationEnvironments', () =>
      HttpResponse.json({ data: { organization: { __typename: 'Organization', id: organization.id, environments: organization.environments } } }),
    ),
  );
  return filters;
}

describe('Integrations page', () => {
  it('shows cards with type, scope and description, and actions only where the viewer may manage', async () => {
    signedIn();
    renderApp('/admin/integrations');
    const stripe = await screen.findByRole('article', { name: 'Stripe REST' });
    expect(stripe).toHaveTextContent('REST API');
    expect(stripe).toHaveTextContent('Organization');
    expect(stripe).toHaveTextContent('Payments API');
    expect(within(stripe).getByRole('button', { name: 'Edit Stripe REST' })).toBeVisible();
    const system = screen.getByRole('article', { name: 'Gmail' });
    expect(system).toHaveTextContent('System');
    expect(within(system).queryByRole('button', { name: /Edit|Delete/ })).not.toBeInTheDocument();
  });

  it('filters by scope with the tabs', async () => {
    const filters = signedIn();
    const { user } = renderApp('/admin/integrations');
    await screen.findByRole('article', { name: 'Stripe REST' });
    await user.click(screen.getByRole('tab', { name: 'System' }));
    await waitFor(() => expect(filters.at(-1)).toEqual({ search: null, scope: 'SYSTEM' }));
  });

  it('says how many connections a delete will affect', async () => {
    signedIn();
    const deletes = recordMutation<DeleteIntegrationMutation, DeleteIntegrationMutationVariables>('DeleteIntegration', () => HttpResponse.json({ data: { deleteIntegration: 'int_stripe' } }));
    const { user } = renderApp('/admin/integrations');
    await user.click(await screen.findByRole('button', { name: 'Delete Stripe REST' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Stripe REST?' });
    expect(dialog).toHaveTextContent('Its 3 connections are deleted with their stored credentials in every environment');
    await user.click(within(dialog).getByRole('button', { name: 'Delete integration' }));
    await waitFor(() => expect(deletes).toEqual([{ id: 'int_stripe' }]));
  });
});

describe('Integration form', () => {
  it('creates a REST API integration with API key auth configured per environment, copying one tab into another', async () => {
    signedIn();
    const creates = recordMutation<CreateIntegrationMutation, CreateIntegrationMutationVariables>('CreateIntegration', () => HttpResponse.json({ data: { createIntegration: integration() } }));
    const { user } = renderApp('/admin/integrations');
    await user.click(await screen.findByRole('button', { name: 'New Integration' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Integration' });

    await user.type(within(dialog).getByLabelText(/^Name/), 'Acme API');
    await user.click(within(dialog).getByRole('radio', { name: 'REST API' }));
    await user.type(within(dialog).getByLabelText('OpenAPI document'), 'https://acme.test/openapi.json');
    await user.click(within(dialog).getByRole('radio', { name: 'Per environment' }));

    await user.type(within(dialog).getByLabelText('Base URL'), 'https://dev.acme.test');
    await user.selectOptions(within(dialog).getByLabelText('Authentication'), 'API_KEY');
    await user.type(within(dialog).getByLabelText(/^Key name/), 'X-Acme-Key');

    await user.click(within(dialog).getByRole('tab', { name: 'Production' }));
    await user.click(within(dialog).getByRole('button', { name: 'Copy from…' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Development' }));
    const baseUrl = within(dialog).getByLabelText('Base URL');
    expect(baseUrl).toHaveValue('https://dev.acme.test');
    await user.clear(baseUrl);
    await user.type(baseUrl, 'https://acme.test');

    await user.click(within(dialog).getByRole('button', { name: 'Create Integration' }));
    await waitFor(() => expect(creates).toHaveLength(1));
    const config = (environment: string, baseUrl: string) => ({
      environment,
      baseUrl,
      testPath: null,
      authType: 'API_KEY',
      settings: { headerName: 'X-Acme-Key', location: 'header' },
    });
    expect(creates[0]).toEqual({
      input: {
        name: 'Acme API',
        description: '',
        domainVertical: null,
        type: 'REST_API',
        provider: 'rest',
        scope: 'ORGANIZATION',
        configMode: 'PER_ENVIRONMENT',
        specUrl: 'https://acme.test/openapi.json',
        configs: [config('development', 'https://dev.acme.test'), config('production', 'https://acme.test')],
      },
    });
  });

  it('opens pre-filled with the type locked and keeps a stored secret setting left blank', async () => {
    signedIn();
    const updates = recordMutation<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>('UpdateIntegration', () => HttpResponse.json({ data: { updateIntegration: integration() } }));
    const { user } = renderApp('/admin/integrations');
    await user.click(await screen.findByRole('button', { name: 'Edit Stripe REST' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Integration' });

    expect(await within(dialog).findByLabelText(/^Name/)).toHaveValue('Stripe REST');
    expect(within(dialog).getByRole('radio', { name: 'REST API' })).toHaveAttribute('aria-checked', 'true');
    expect(within(dialog).getByRole('radio', { name: 'Database' })).toBeDisabled();
    const secret = within(dialog).getByLabelText(/^Client secret/, { selector: 'input' });
    expect(secret).toHaveValue('');
    expect(secret).toHaveAttribute('placeholder', expect.stringContaining('leave blank to keep'));
    expect(within(dialog).getByRole('button', { name: 'Insert secret reference into Client secret' })).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Save Integration' }));
    await waitFor(() => expect(updates).toHaveLength(1));
    const input = updates[0]?.['input'] as { configs: { settings: Record<string, unknown> }[] };
    expect(input).not.toHaveProperty('type');
    expect(input.configs[0]?.settings).toEqual({
      // Not set on the stored integration: the form sends the defaults.
      grantType: 'authorization_code',
      issuer: '',
      authorizationUrl: 'https://connect.stripe.com/oauth/authorize',
      tokenUrl: 'https://connect.stripe.com/oauth/token',
      tokenEndpointAuthMethod: 'client_secret_basic',
      userInfoUrl: '',
      scopes: 'read_write',
      clientId: 'ca_123',
    });
  });
});

describe('Integration form for auth types without integration settings', () => {
  it('says that Bearer, Basic and Custom Headers values are entered per connection', async () => {
    signedIn();
    const { user } = renderApp('/admin/integrations');
    await user.click(await screen.findByRole('button', { name: 'New Integration' }));
    const dialog = await screen.findByRole('dialog', { name: 'New Integration' });
    await user.click(within(dialog).getByRole('radio', { name: 'REST API' }));
    const authentication = within(dialog).getByLabelText('Authentication');
    await user.selectOptions(authentication, 'BEARER');
    expect(dialog).toHaveTextContent('Bearer needs no settings here: each connection enters its bearer token per environment.');
    await user.selectOptions(authentication, 'BASIC');
    expect(dialog).toHaveTextContent('Basic needs no settings here: each connection enters its username and password per environment.');
    await user.selectOptions(authentication, 'CUSTOM_HEADERS');
    expect(dialog).toHaveTextContent('Custom Headers needs no settings here: each connection enters its headers per environment.');
  });
});

describe('Manage Versions', () => {
  it('adds a version with a blank specification URL as one without a URL, not the previous version’s', async () => {
    signedIn();
    const versions: WithTypename<IntegrationDetailsFieldsFragment['versions'][number]>[] = [];
    const creates = recordMutation<CreateIntegrationVersionMutation, CreateIntegrationVersionMutationVariables>('CreateIntegrationVersion', ({ input }) => {
      versions.push({
        __typename: 'IntegrationVersion',
        id: `ver_${versions.length + 1}`,
        label: input.label,
        status: input.status ?? 'DRAFT',
        specUrl: input.specUrl ?? null,
        createdAt: AT,
      });
      return HttpResponse.json({ data: { createIntegrationVersion: integration({ versions: [...versions] }) } });
    });
    const { user } = renderApp('/admin/integrations');
    await user.click(await screen.findByRole('button', { name: 'Manage versions of Stripe REST' }));
    const dialog = await screen.findByRole('dialog');
    const form = await within(dialog).findByRole('form', { name: 'Add version' });

    await user.type(within(form).getByLabelText(/^Version/), 'v1');
    await user.type(within(form).getByLabelText('Specification URL'), 'https://api.example.com/v1/openapi.json');
    await user.click(within(form).getByRole('button', { name: 'Add version' }));
    await within(dialog).findByText('https://api.example.com/v1/openapi.json');
    await waitFor(() => expect(within(form).getByLabelText('Specification URL')).toHaveValue(''));

    await user.type(within(form).getByLabelText(/^Version/), 'v2');
    await user.click(within(form).getByRole('button', { name: 'Add version' }));
    await waitFor(() => expect(creates).toHaveLength(2));
    expect(creates[1]).toMatchObject({ input: { label: 'v2', specUrl: null } });
  });
});
