import { Button, EmptyState, Paper } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Paper withBorder radius="md" py={64} px="xl">
      <EmptyState
        icon={<IconMapQuestion stroke={1.5} />}
        withIndicatorBackground
        title="Page not found"
        description="The address does not match any page in Keyward."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            Go to the start page
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
