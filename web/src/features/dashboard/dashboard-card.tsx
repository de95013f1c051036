import { Anchor, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowRight, type TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-error';

interface DashboardCardProps {
  title: string;
  icon: TablerIcon;
  /** The page the card summarises. */
  to: string;
  linkLabel: string;
  loading: boolean;
  error: unknown;
  children: ReactNode;
}

/** One card of the dashboard: a title linking to its page, a skeleton while loading, the error if the query failed. */
export function DashboardCard({ title, icon: Icon, to, linkLabel, loading, error, children }: DashboardCardProps) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Icon size={18} stroke={1.6} />
            <Text fw={600}>{title}</Text>
          </Group>
          <Anchor component={Link} to={to} size="sm" aria-label={linkLabel}>
            <Group gap={4} wrap="nowrap">
              Open
              <IconArrowRight size={14} />
            </Group>
          </Anchor>
        </Group>
        {error ? (
          <QueryError error={error} what={title.toLowerCase()} />
        ) : loading ? (
          <Stack gap="xs" aria-busy="true" aria-label={`Loading ${title.toLowerCase()}`}>
            <Skeleton h={28} w={120} />
            <Skeleton h={14} />
          </Stack>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}

/** A large number with its label under it; `color` marks a number that needs attention. */
export function Metric({ value, label, color }: { value: number; label: string; color?: string }) {
  return (
    <Stack gap={0} role="group" aria-label={label}>
      <Text fw={700} fz={26} lh={1.2} c={color}>
        {value.toLocaleString('en-US')}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
