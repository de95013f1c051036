import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createApolloClient } from '../src/app/apollo-client';
import { AppProviders } from '../src/app/app-providers';
import { eagerRoutes } from './eager-routes';
import { API_URL } from './msw-server';

/** Renders the whole app at `path`, with a real Apollo Client talking to msw. */
export function renderApp(path: string) {
  const client = createApolloClient({ uri: API_URL });
  const router = createMemoryRouter(eagerRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  render(
    <AppProviders client={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { user, router, client };
}
