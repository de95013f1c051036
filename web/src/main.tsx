import './app/global-styles';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo-client';
import { AppProviders } from './app/app-providers';
import { routes } from './app/routes';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');

const client = createApolloClient();
const router = createBrowserRouter(routes);

createRoot(container).render(
  <StrictMode>
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
