import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { HOME_PATH } from '../features/auth/next-path';
import { SetupPage } from '../features/auth/setup-page';
import { SettingsPage } from '../features/settings/settings-page';
import { AdminIndexRedirect } from './admin-index-redirect';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { PlaceholderPage } from './placeholder-page';
import { RequireViewer } from './require-viewer';
import { RouteErrorPage } from './route-error-page';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  { path: '/setup', element: <SetupPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireViewer />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to={HOME_PATH} replace /> },
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
          {
            path: 'connections',
            element: (
              <PlaceholderPage
                title="Connections"
                description="Configured instances of an integration, with credentials stored per environment."
                comingSoon="Connections arrive with the integrations release."
              />
            ),
          },
          {
            path: 'admin',
            children: [
              { index: true, element: <AdminIndexRedirect /> },
              {
                path: 'security/users',
                element: (
                  <PlaceholderPage
                    title="Users"
                    description="Who may sign in to this organization, with which roles."
                    comingSoon="Inviting, suspending and assigning roles to users arrives in the next release."
                  />
                ),
              },
              {
                path: 'security/roles',
                element: (
                  <PlaceholderPage
                    title="Roles"
                    description="Built-in and custom roles and the permissions they grant."
                    comingSoon="Viewing roles and creating custom ones arrives in the next release."
                  />
                ),
              },
              {
                path: 'security/api-keys',
                element: (
                  <PlaceholderPage
                    title="API Keys"
                    description="Keys that programs use to call the Keyward API, with their roles and rate limits."
                    comingSoon="Creating, suspending and revoking API keys arrives in the next release."
                  />
                ),
              },
              {
                path: 'security/secrets',
                element: (
                  <PlaceholderPage
                    title="Secrets"
                    description="Encrypted values, one per environment, referenced as @@SECRET:KEY@@."
                    comingSoon="Managing secrets arrives in the next release."
                  />
                ),
              },
              {
                path: 'integrations',
                element: (
                  <PlaceholderPage
                    title="Integrations"
                    description="Templates for the outside services that workflow nodes reach."
                    comingSoon="Integration templates arrive with the integrations release."
                  />
                ),
              },
              {
                path: 'audit',
                element: (
                  <PlaceholderPage
                    title="Audit log"
                    description="Who did what, and when, in this organization."
                    comingSoon="The audit log viewer arrives in a later release."
                  />
                ),
              },
              { path: 'settings', element: <SettingsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
