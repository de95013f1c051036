import { ALL_PERMISSIONS, BUILT_IN_ROLES, type Permission } from '@keyward/shared/permissions';
import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type {
  ConnectionsQuery,
  ConnectionsQueryVariables,
  DashboardConnectionsQuery,
  DashboardConnectionsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';
import { dashboardConnections, dashboardHandlers } from './dashboard-fixtures';
import { viewer } from './fixtures';
import { api, server } from './msw-server';
import { renderApp } from './render-app';
import type { WithTypename } from './with-typename';

function signedInAs(permissions: readonly Permission[]) {
  server.use(api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(permissions) } })));
  return dashboardHandlers();
}

const card = (name: string) => screen.findByRole('region', { name });
const ORANGE = { color: 'var(--mantine-color-orange-text)' };

/** The count's own text (the first line of a Metric). */
const count = (metric: HTMLElement) => within(metric).getByText(/^\d/);

describe('Home dashboard', () => {
  it('shows an admin every card with its counts, each linking to its page', async () => {
    signedInAs(ALL_PERMISSIONS);
    renderApp('/');

    const keys = await card('API keys');
    expect(await within(keys).findByRole('group', { name: 'Active' })).toHaveTextContent('4');
    expect(within(keys).getByRole('group', { name: 'API calls today' })).toHaveTextContent('42');
    expect(within(keys).getByText('2 keys expiring within 7 days')).toBeVisible();
    expect(within(keys).getByRole('img', { name: /API calls per day over the last 14 days: 2026-11-18 0,/ })).toBeInTheDocument();
    expect(within(keys).getByRole('link', { name: 'Open API Keys' })).toHaveAttribute('href', '/admin/security/api-keys');

    const secrets = await card('Secrets');
    expect(await within(secrets).findByRole('group', { name: 'Missing a value in some environment' })).toHaveTextContent('3');
    expect(within(secrets).getByRole('link', { name: 'Open Secrets' })).toHaveAttribute('href', '/admin/security/secrets');

    const connections = await card('Connections');
    expect(await within(connections).findByRole('group', { name: 'With environments not configured' })).toHaveTextContent('2');
    expect(within(connections).getByText('6 environments without credentials across your connections.')).toBeVisible();
    const failing = within(connections).getByRole('group', { name: 'Failing their last test' });
    expect(failing).toHaveTextContent('1');
    expect(count(failing)).toHaveStyle(ORANGE);
    expect(within(connections).getByRole('link', { name: 'Open Connections' })).toHaveAttribute('href', '/connections');

    const audit = await card('Recent activity');
    expect(await within(audit).findByText('created API key Nightly sync')).toBeVisible();
    expect(within(audit).getByRole('link', { name: 'Open Audit log' })).toHaveAttribute('href', '/admin/audit');
  });

  it('shows a Member only the cards they may read and never asks for the others', async () => {
    const { asked } = signedInAs(BUILT_IN_ROLES.MEMBER.permissions);
    renderApp('/');

    expect(await within(await card('Secrets')).findByRole('group', { name: 'Secrets' })).toHaveTextContent('12');
    expect(await within(await card('Connections')).findByRole('group', { name: 'Connections' })).toHaveTextContent('5');
    expect(screen.queryByRole('region', { name: 'API keys' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Recent activity' })).toBeNull();
    expect(screen.queryByText("You don't have access")).toBeNull();
    expect(asked().sort()).toEqual(['DashboardConnections', 'DashboardSecrets']);
  });

  it('shows no connection failing its last test in the plain colour', async () => {
    signedInAs(ALL_PERMISSIONS);
    const passing: WithTypename<DashboardConnectionsQuery> = { connectionStats: { ...dashboardConnections.connectionStats, failingLastTest: 0 } };
    server.use(api.query<DashboardConnectionsQuery, DashboardConnectionsQueryVariables>('DashboardConnections', () => HttpResponse.json({ data: passing })));
    renderApp('/');

    const failing = await within(await card('Connections')).findByRole('group', { name: 'Failing their last test' });
    expect(failing).toHaveTextContent('0');
    expect(count(failing)).not.toHaveStyle(ORANGE);
  });

  it('tells someone who may read none of it instead of showing empty cards', async () => {
    const { asked } = signedInAs(['SETTINGS_READ', 'FLOWS_READ']);
    renderApp('/');

    expect(await screen.findByText('Nothing to show here yet')).toBeVisible();
    expect(screen.queryAllByRole('region')).toHaveLength(0);
    expect(asked()).toEqual([]);
  });

  it('follows a card link to its page', async () => {
    // The Connections page's own query is not what this test is about.
    server.use(api.query<ConnectionsQuery, ConnectionsQueryVariables>('Connections', () => HttpResponse.json({ errors: [{ message: 'Not part of this test.' }] })));
    signedInAs(ALL_PERMISSIONS);
    const { user, router } = renderApp('/');
    await user.click(within(await card('Connections')).getByRole('link', { name: 'Open Connections' }));
    expect(router.state.location.pathname).toBe('/connections');
  });
});
