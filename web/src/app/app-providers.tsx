import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { theme } from './theme';

// The toasts' container (and its transition and scroll-lock libraries) arrives after the first
// page: a notification shown before then waits in Mantine's store and appears once it is there.
const ToastsContainer = lazy(async () => ({ default: (await import('./toasts-container')).ToastsContainer }));

interface AppProvidersProps {
  client: ApolloClient;
  /** `test` turns off transitions and portals' delays in component tests. */
  env?: 'default' | 'test';
  children: ReactNode;
}

export function AppProviders({ client, env = 'default', children }: AppProvidersProps) {
  return (
    <ApolloProvider client={client}>
      {/* Every theme variable in the inline style it generates anyway, instead of only those that differ
          from a default-css-variables.css the page would have to download first (global-styles.ts). */}
      <MantineProvider theme={theme} env={env} defaultColorScheme="light" deduplicateCssVariables={false}>
        <Suspense fallback={null}>
          <ToastsContainer />
        </Suspense>
        {/* The confirmation modals (@mantine/modals): the settings page, their only user, provides them. */}
        {children}
      </MantineProvider>
    </ApolloProvider>
  );
}
