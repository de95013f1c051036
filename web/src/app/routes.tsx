import type { RouteObject } from 'react-router';
import { ApiKeysPage } from '../features/api-keys/api-keys-page';
import { AuditPage } from '../features/audit/audit-page';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { LoginPage } from '../features/auth/login-page';
import { SetupPage } from '../features/auth/setup-page';
import { ConnectionsPage } from '../features/connections/connections-page';
import { NodePreviewPage } from '../features/connections/node-preview-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { IntegrationsPage } from '../features/integrations/integrations-page';
import { OrganizationsPage } from '../features/organizations/organizations-page';
import { RolesPage } from '../features/roles/roles-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SecretsPage } from '../features/secrets/secrets-page';
import { SsoProvidersPage } from '../features/sso/sso-providers-page';
import { UsersPage } from '../features/users/users-page';
import { AdminIndexRedirect } from './admin-index-redirect';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { PlaceholderPage } from './placeholder-page';
import { RequireViewer } from './require-viewer';
import { RouteErrorPage } from './route-error-page';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  { path: '/setup', element: <SetupPage />, errorElement: <RouteErrorPage /> },
  { path: '/invite/:token', element: <AcceptInvitationPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireViewer />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          {
            path: 'flows',
            element: (
              <PlaceholderPage
                title="Flows"
                description="Workflows that call your integrations with the credentials of the right environment."
                comingSoon="Flows come later. Connections and secrets you set up now are what they will use."
              />
            ),
          },
          { path: 'connections', element: <ConnectionsPage /> },
          { path: 'connections/node-preview', element: <NodePreviewPage /> },
          {
            path: 'admin',
            children: [
              { index: true, element: <AdminIndexRedirect /> },
              { path: 'security/users', element: <UsersPage /> },
              { path: 'security/roles', element: <RolesPage /> },
              { path: 'security/api-keys', element: <ApiKeysPage /> },
              { path: 'security/secrets', element: <SecretsPage /> },
              { path: 'security/single-sign-on', element: <SsoProvidersPage /> },
              { path: 'integrations', element: <IntegrationsPage /> },
              { path: 'audit', element: <AuditPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: 'organizations', element: <OrganizationsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
