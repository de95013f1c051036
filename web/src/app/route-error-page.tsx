import { Alert, Button, Center, Container, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown when rendering a route throws: the rest of the app stays usable after a reload. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;

  return (
    <Center h="100vh">
      <Container size="sm" w="100%">
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Something went wrong">
          <Text size="sm" mb="sm">
            This page failed to display. Reloading usually helps.
          </Text>
          {detail ? (
            <Text size="xs" c="dimmed" mb="sm" ff="monospace">
              {detail}
            </Text>
          ) : null}
          <Button size="xs" variant="light" color="red" onClick={() => window.location.reload()}>
            Reload
          </Button>
        </Alert>
      </Container>
    </Center>
  );
}
