import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { theme } from './theme';

interface AppProvidersProps {
  client: ApolloClient;
  /** `test` turns off transitions and portals' delays in component tests. */
  env?: 'default' | 'test';
  children: ReactNode;
}

export function AppProviders({ client, env = 'default', children }: AppProvidersProps) {
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} env={env} defaultColorScheme="light">
        <ModalsProvider>
          {/* Bottom left and narrow: toasts stay clear of a centered dialog's close button and of its right-aligned buttons. */}
          <Notifications position="bottom-left" containerWidth={360} />
          {children}
        </ModalsProvider>
      </MantineProvider>
    </ApolloProvider>
  );
}
