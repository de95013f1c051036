import { Badge, Button, EmptyState, Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text, TextInput, Tooltip, type MantineColor } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconHistory, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { RelativeTime } from '../../components/relative-time';
import { appendEdges, useLoadMore } from '../../components/use-load-more';
import type { AuditActorType, AuditEventFieldsFragment } from '../../graphql/generated';
import { useAuditEventsQuery } from './audit.generated';

const PAGE_SIZE = 50;

type ActorFilter = 'ALL' | AuditActorType;

const ACTOR_TYPES: Record<AuditActorType, { label: string; filterLabel: string; color: MantineColor }> = {
  USER: { label: 'User', filterLabel: 'Users', color: 'blue' },
  API_KEY: { label: 'API key', filterLabel: 'API keys', color: 'grape' },
  SYSTEM: { label: 'System', filterLabel: 'System', color: 'gray' },
  ANONYMOUS: { label: 'Anonymous', filterLabel: 'Anonymous', color: 'orange' },
};

function LoadingRows() {
  return (
    <>
      {[0, 1, 2].map((row) => (
        <Table.Tr key={row} aria-hidden>
          {[80, 180, 140, 120, 240, 90].map((width) => (
            <Table.Td key={width}>
              <Skeleton h={14} w={width} />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}

function Actor({ event }: { event: AuditEventFieldsFragment }) {
  const type = ACTOR_TYPES[event.actorType];
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={event.actorLabel ? undefined : 'dimmed'} truncate maw={220}>
        {event.actorLabel ?? 'Unknown'}
      </Text>
      <Badge variant="light" radius="sm" color={type.color} tt="none" style={{ flexShrink: 0 }}>
        {type.label}
      </Badge>
    </Group>
  );
}

function Target({ event }: { event: AuditEventFieldsFragment }) {
  if (!event.targetType && !event.targetId) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {event.targetType ? <Text size="sm">{event.targetType}</Text> : null}
      {event.targetId ? (
        <Text size="xs" c="dimmed" ff="monospace" truncate maw={160} title={event.targetId}>
          {event.targetId}
        </Text>
      ) : null}
    </Stack>
  );
}

export function AuditPage() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [actorType, setActorType] = useState<ActorFilter>('ALL');

  const filter = { search: debouncedSearch || null, actorType: actorType === 'ALL' ? null : actorType };
  const filtered = Boolean(debouncedSearch) || actorType !== 'ALL';
  const { data, error, loading, refetch, fetchMore } = useAuditEventsQuery({
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const events = data?.auditEvents.edges.map((edge) => edge.node) ?? [];

  const { loadMore, loadingMore } = useLoadMore(
    (after) =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({ auditEvents: appendEdges(previous.auditEvents, fetchMoreResult.auditEvents) }),
      }),
    data?.auditEvents.pageInfo.endCursor,
  );

  return (
    <Stack gap={0} maw={1300}>
      <PageHeader title="Audit log" description="Who did what, and when, in this organization. Entries are permanent and never contain secret values." />

      <Stack gap="md">
        <Group gap="sm" wrap="wrap">
          <TextInput
            placeholder="Search summary, action, actor or target"
            aria-label="Search audit log"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={340}
          />
          <SegmentedControl
            aria-label="Actor type"
            value={actorType}
            onChange={(value) => setActorType(value as ActorFilter)}
            data={[
              { value: 'ALL', label: 'All actors' },
              ...Object.entries(ACTOR_TYPES).map(([value, type]) => ({ value, label: type.filterLabel })),
            ]}
          />
        </Group>

        {error ? (
          <QueryError error={error} what="the audit log" onRetry={() => void refetch()} />
        ) : !loading && events.length === 0 ? (
          <Paper withBorder radius="md" py={48} px="xl">
            <EmptyState
              variant="light"
              icon={<IconHistory stroke={1.5} />}
              title={filtered ? 'No events match these filters' : 'No events yet'}
              description={
                filtered
                  ? 'Try other search words or another actor type.'
                  : 'Sign-ins and every change to users, roles, API keys, secrets, integrations, connections and settings appear here.'
              }
            />
          </Paper>
        ) : (
          <Paper withBorder radius="md">
            <Table verticalSpacing="sm" highlightOnHover aria-label="Audit events" aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Actor</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Target</Table.Th>
                  <Table.Th>Summary</Table.Th>
                  <Table.Th>IP</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {loading && events.length === 0 ? (
                  <LoadingRows />
                ) : (
                  events.map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <RelativeTime value={event.at} />
                      </Table.Td>
                      <Table.Td>
                        <Actor event={event} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {event.action}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Target event={event} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={3}>
                          {event.summary}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {event.ip ? (
                          <Tooltip label={event.userAgent ?? 'Unknown client'} withArrow openDelay={300} multiline maw={360}>
                            <Text size="sm" ff="monospace">
                              {event.ip}
                            </Text>
                          </Tooltip>
                        ) : (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Paper>
        )}

        {data?.auditEvents.pageInfo.hasNextPage ? (
          <Group justify="center">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              Load more ({data.auditEvents.totalCount - events.length} more)
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Stack>
  );
}
