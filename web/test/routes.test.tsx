import { render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../src/app/apollo-client';
import { AppProviders } from '../src/app/app-providers';
import { routes } from '../src/app/routes';
import { dashboardHandlers } from './dashboard-fixtures';
import { organization, viewer } from './fixtures';
import { api, API_URL, server } from './msw-server';
import type {
  OrganizationSettingsQuery,
  OrganizationSettingsQueryVariables,
  SsoProvidersQuery,
  SsoProvidersQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../src/graphql/generated';

/** The routes with their own `lazy` objects: a router marks what it has loaded there, and each test starts afresh. */
function unloaded(route: RouteObject): RouteObject {
  const { lazy, children } = route;
  return { ...route, lazy: typeof lazy === 'object' ? { ...lazy } : lazy, children: children?.map(unloaded) } as RouteObject;
}

/** The app's routes as the browser gets them: each page's code arrives after the first render. */
function renderLazy(path: string) {
  const router = createMemoryRouter(routes.map(unloaded), { initialEntries: [path] });
  render(
    <AppProviders client={createApolloClient({ uri: API_URL })} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('lazy routes', () => {
  it('shows a loader while the sign-in page loads, then the page', async () => {
    renderLazy('/login');

    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByRole('button', { name: 'Continue' })).toBeVisible();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('loads the signed-in layout and the dashboard on a first visit to /', async () => {
    server.use(api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer() } })));
    dashboardHandlers();
    const router = renderLazy('/');

    expect(await screen.findByRole('region', { name: 'API keys' }, { timeout: 5000 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('navigation', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('brings the Administration sidebar with an administration page', async () => {
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(['SETTINGS_READ']) } })),
      api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
    );
    renderLazy('/admin/settings');

    const sidebar = await screen.findByRole('navigation', { name: 'Administration' }, { timeout: 5000 });
    expect(within(sidebar).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens the first administration page the viewer may see from /admin, then adds the organization to the URL', async () => {
    server.use(
      api.query<ViewerQuery, ViewerQueryVariables>('Viewer', () => HttpResponse.json({ data: { viewer: viewer(['SETTINGS_READ']) } })),
      api.query<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>('OrganizationSettings', () => HttpResponse.json({ data: { organization } })),
      api.query<SsoProvidersQuery, SsoProvidersQueryVariables>('SsoProviders', () => HttpResponse.json({ data: { ssoProviders: [] } })),
    );
    const router = renderLazy('/admin');

    const sidebar = await screen.findByRole('navigation', { name: 'Administration' }, { timeout: 5000 });
    // Single sign-on is the first item a viewer with only SETTINGS_READ sees.
    await waitFor(() => expect(within(sidebar).getByRole('link', { name: 'Single sign-on' })).toHaveAttribute('aria-current', 'page'), { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/admin/security/single-sign-on');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('org')).toBe(organization.slug));
  });
});
