import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconRefresh } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { graphqlErrorCode, graphqlErrorMessage } from './graphql-errors';

interface QueryErrorProps {
  error: unknown;
  /** What failed to load, e.g. "organization settings". */
  what: string;
  onRetry?: () => void;
}

/** The error state of a page or list: says what failed and offers the way forward. */
export function QueryError({ error, what, onRetry }: QueryErrorProps) {
  const location = useLocation();
  const code = graphqlErrorCode(error);

  if (code === 'UNAUTHENTICATED') {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <Alert color="yellow" icon={<IconLock size={18} />} title="Your session has ended">
        <Text size="sm" mb="sm">
          Sign in again to continue.
        </Text>
        <Button component={Link} to={`/login?next=${next}`} size="xs" variant="light" color="yellow">
          Sign in
        </Button>
      </Alert>
    );
  }

  if (code === 'FORBIDDEN') {
    return (
      <Alert color="gray" icon={<IconLock size={18} />} title="You don't have access">
        <Text size="sm">Your roles do not allow viewing {what}. Ask an administrator if you need it.</Text>
      </Alert>
    );
  }

  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={`Could not load ${what}`}>
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm">{graphqlErrorMessage(error)}</Text>
        {onRetry ? (
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<IconRefresh size={14} />}
            onClick={onRetry}
          >
            Try again
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
