import { ALL_PERMISSIONS, BUILT_IN_ROLES, type Permission } from '@keyward/shared/permissions';
import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type {
  SecretDetailsQuery,
  SecretDetailsQueryVariables,
  SecretEnvironmentsQuery,
  SecretEnvironmentsQueryVariables,
  SecretsQuery,
  SecretsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';
import { organization, viewer } from './fixtures';
import { api, server } from './msw-server';
import type { WithTypename } from './with-typename';
import { renderApp } from './render-app';

const CREATED = '2026-03-04T10:00:00.000Z';
const UPDATED = new Date(Date.now() - 2 * 3_600_000).toISOString();

type SecretNode = WithTypename<SecretsQuery>['secrets']['edges'][number]['node'];

function secret(key: string, values: [environment: string, version: number][]): SecretNode {
  return {
    __typename: 'Secret',
    id: `secret_${key}`,
    key,
    reference: `@@SECRET:${key}@@`,
    description: '',
    createdAt: CREATED,
    createdBy: 'Ada Lovelace',
    updatedAt: UPDATED,
    usePolicy: 'EVERYONE',
    useRoles: [],
    environments: values.map(([environment, version]) => ({ __typename: 'SecretEnvironmentValue', environment, version, updatedAt: UPDATED, updatedBy: 'Ada Lovelace' })),
  };
}

const secrets: WithTypename<SecretsQuery> = {
  secrets: {
    __typename: 'SecretConnection',
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [secret('STRIPE_API_KEY', [['development', 1], ['production', 3]]), secret('SENTRY_DSN', [['production', 1]])].map((node, i) => ({
      __typename: 'SecretEdge',
      cursor: `c${i}`,
      node,
    })),
  },
};

const environments: WithTypename<SecretEnvironmentsQuery> = {
  organization: { __typename: 'Organization', id: organization.id, environments: organization.environments },
};

function signedInAs(permissions: readonly Permission[]) {
  server.use(
    api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })),
    api.query<SecretsQuery, SecretsQueryVariables>('Secrets', () => HttpResponse.json({ data: secrets })),
    api.query<SecretEnvironmentsQuery, SecretEnvironmentsQueryVariables>('SecretEnvironments', () => HttpResponse.json({ data: environments })),
  );
}

describe('Secrets matrix', () => {
  it('shows a cell per key and environment: set with its version and update time, or missing', async () => {
    signedInAs(ALL_PERMISSIONS);
    const { user } = renderApp('/admin/security/secrets');
    await screen.findByRole('table', { name: 'Secrets' });
    await user.click(screen.getByText('Matrix'));

    const matrix = await screen.findByRole('table', { name: 'Secrets by environment' });
    expect(within(matrix).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Key', 'Development', 'Production']);
    const stripeDev = within(matrix).getByLabelText('STRIPE_API_KEY in Development: set, version 1');
    expect(stripeDev).toHaveTextContent('v1');
    expect(stripeDev).toHaveTextContent('2 hours ago');
    expect(within(matrix).getByLabelText('STRIPE_API_KEY in Production: set, version 3')).toHaveTextContent('v3');
    expect(within(matrix).getByLabelText('SENTRY_DSN in Development: missing')).toHaveTextContent('Missing');
    expect(within(matrix).getByLabelText('SENTRY_DSN in Production: set, version 1')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Secrets' })).toBeNull();
  });

  it('opens the editor when a manager clicks a key', async () => {
    server.use(api.query<SecretDetailsQuery, SecretDetailsQueryVariables>('SecretDetails', () => HttpResponse.json({ errors: [{ message: 'Not part of this test.' }] })));
    signedInAs(ALL_PERMISSIONS);
    const { user } = renderApp('/admin/security/secrets');
    await screen.findByRole('table', { name: 'Secrets' });
    await user.click(screen.getByText('Matrix'));
    await user.click(await screen.findByRole('button', { name: 'Edit SENTRY_DSN' }));
    expect(await screen.findByRole('dialog')).toBeVisible();
  });

  it('gives a reader the matrix without edit buttons', async () => {
    signedInAs(BUILT_IN_ROLES.READ_ONLY.permissions);
    const { user } = renderApp('/admin/security/secrets');
    await screen.findByRole('table', { name: 'Secrets' });
    await user.click(screen.getByText('Matrix'));
    const matrix = await screen.findByRole('table', { name: 'Secrets by environment' });
    expect(within(matrix).getByText('STRIPE_API_KEY')).toBeVisible();
    expect(within(matrix).queryByRole('button')).toBeNull();
  });
});

describe('Secrets list', () => {
  it('shows the Created date, with the relative time on hover', async () => {
    signedInAs(ALL_PERMISSIONS);
    const { user } = renderApp('/admin/security/secrets');
    const list = await screen.findByRole('table', { name: 'Secrets' });
    const created = (await within(list).findAllByText('4 Mar 2026'))[0];
    expect(created).toHaveAttribute('datetime', CREATED);
    if (created === undefined) throw new Error('no Created date');
    await user.hover(created);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/ago$/);
  });
});
