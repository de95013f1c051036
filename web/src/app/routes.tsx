import type { RouteObject } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader';
import type { LayoutHandle } from './layout-handle';
import { RequireViewer } from './require-viewer';
import { RouteErrorPage } from './route-error-page';

// Every page is its own chunk: the sign-in page does not download the admin tables and charts,
// and each admin page downloads only what it shows. The router fetches a page's chunk before it
// renders the page (the layout shows a progress bar meanwhile; a first load shows the loader below).
const loading = <FullPageLoader label="Loading…" />;

export const routes: RouteObject[] = [
  {
    path: '/login',
    lazy: { Component: async () => (await import('../features/auth/login-page')).LoginPage },
    hydrateFallbackElement: loading,
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/setup',
    lazy: { Component: async () => (await import('../features/auth/setup-page')).SetupPage },
    hydrateFallbackElement: loading,
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/invite/:token',
    lazy: { Component: async () => (await import('../features/auth/accept-invitation-page')).AcceptInvitationPage },
    hydrateFallbackElement: loading,
    errorElement: <RouteErrorPage />,
  },
  {
    element: <RequireViewer />,
    hydrateFallbackElement: loading,
    errorElement: <RouteErrorPage />,
    children: [
      {
        lazy: { Component: async () => (await import('./app-layout')).AppLayout },
        children: [
          { index: true, lazy: { Component: async () => (await import('../features/dashboard/dashboard-page')).DashboardPage } },
          { path: 'flows', lazy: { Component: async () => (await import('./flows-page')).FlowsPage } },
          { path: 'connections', lazy: { Component: async () => (await import('../features/connections/connections-page')).ConnectionsPage } },
          {
            path: 'connections/node-preview',
            lazy: { Component: async () => (await import('../features/connections/node-preview-page')).NodePreviewPage },
          },
          {
            path: 'admin',
            // The sidebar arrives with the area's pages, in parallel with them; the layout draws it from here.
            lazy: { handle: async () => ({ sidebar: (await import('./admin-sidebar')).AdminSidebar }) satisfies LayoutHandle },
            children: [
              { index: true, lazy: { Component: async () => (await import('./admin-index-redirect')).AdminIndexRedirect } },
              { path: 'security/users', lazy: { Component: async () => (await import('../features/users/users-page')).UsersPage } },
              { path: 'security/roles', lazy: { Component: async () => (await import('../features/roles/roles-page')).RolesPage } },
              { path: 'security/api-keys', lazy: { Component: async () => (await import('../features/api-keys/api-keys-page')).ApiKeysPage } },
              { path: 'security/secrets', lazy: { Component: async () => (await import('../features/secrets/secrets-page')).SecretsPage } },
              { path: 'security/single-sign-on', lazy: { Component: async () => (await import('../features/sso/sso-providers-page')).SsoProvidersPage } },
              { path: 'integrations', lazy: { Component: async () => (await import('../features/integrations/integrations-page')).IntegrationsPage } },
              { path: 'audit', lazy: { Component: async () => (await import('../features/audit/audit-page')).AuditPage } },
              { path: 'settings', lazy: { Component: async () => (await import('../features/settings/settings-page')).SettingsPage } },
              { path: 'organizations', lazy: { Component: async () => (await import('../features/organizations/organizations-page')).OrganizationsPage } },
            ],
          },
          { path: '*', lazy: { Component: async () => (await import('./not-found-page')).NotFoundPage } },
        ],
      },
    ],
  },
];
