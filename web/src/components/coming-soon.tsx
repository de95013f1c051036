import { EmptyState, Paper } from '@mantine/core';
import { IconHourglassHigh } from '@tabler/icons-react';

interface ComingSoonProps {
  title: string;
  description: string;
}

/** Stands in for a page that a later release fills in. */
export function ComingSoon({ title, description }: ComingSoonProps) {
  return (
    <Paper withBorder radius="md" py={64} px="xl">
      <EmptyState
        variant="light"
        size="lg"
        icon={<IconHourglassHigh stroke={1.5} />}
        title={title}
        description={description}
      />
    </Paper>
  );
}
