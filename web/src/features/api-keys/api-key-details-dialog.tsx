import { PERMISSIONS, isPermission } from '@keyward/shared/permissions';
import { Badge, Code, Group, Modal, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { QueryError } from '../../components/query-error';
import { RelativeTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import { useApiKeyDetailsQuery } from './api-keys.generated';
import { formatLimit, scopeBadgeLabel } from './api-key-form';
import { UsageChart } from './usage-chart';

/** Details: the key's whole configuration and its last 30 days of calls. */
export function ApiKeyDetailsDialog({ apiKeyId, onClose }: { apiKeyId: string | null; onClose: () => void }) {
  return (
    <Modal opened={apiKeyId !== null} onClose={onClose} title="API key details" centered size="xl">
      {apiKeyId ? <Details id={apiKeyId} /> : null}
    </Modal>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

const date = (value: string | null | undefined) => (value ? dayjs(value).format('D MMM YYYY, HH:mm') : null);

function Details({ id }: { id: string }) {
  const { data, error, refetch } = useApiKeyDetailsQuery({ variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} what="this API key" onRetry={() => void refetch()} />;
  if (!data) return <Skeleton h={320} aria-label="Loading the key" />;
  const key = data.apiKey;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={4}>{key.name}</Title>
          {key.description ? (
            <Text size="sm" c="dimmed">
              {key.description}
            </Text>
          ) : null}
        </Stack>
        <StatusBadge status={key.status} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Item label="Key">
          <Code>{key.maskedKey}</Code>
        </Item>
        <Item label="Roles">
          <Group gap={4}>
            {key.roles.map((r) => (
              <Badge key={r.id} variant="light" radius="sm">
                {r.name}
              </Badge>
            ))}
          </Group>
        </Item>
        <Item label="Rate limit">
          <Text size="sm">
            {formatLimit(key.rateLimit.perMinute)} per minute · {formatLimit(key.rateLimit.perHour)} per hour
            {key.rateLimitPerMinute === null && key.rateLimitPerHour === null ? ' (organization default)' : ''}
          </Text>
        </Item>
        <Item label="Expires">
          <Text size="sm" c={key.expiringSoon ? 'orange' : undefined}>
            {date(key.expiresAt) ?? 'Never'}
          </Text>
        </Item>
        <Item label="Created">
          <Text size="sm">
            {date(key.createdAt)}
            {key.createdBy ? ` by ${key.createdBy.displayName}` : ''}
          </Text>
        </Item>
        <Item label="Last used">
          <RelativeTime value={key.lastUsedAt} fallback="Never" />
        </Item>
        {key.rolledAt ? (
          <Item label="Rolled">
            <Text size="sm">
              {date(key.rolledAt)}
              {key.previousKeyValidUntil ? ` — the previous key works until ${date(key.previousKeyValidUntil)}` : ''}
            </Text>
          </Item>
        ) : null}
        {key.revokedAt ? (
          <Item label="Revoked">
            <Text size="sm">{date(key.revokedAt)}</Text>
          </Item>
        ) : key.suspendedAt ? (
          <Item label="Suspended">
            <Text size="sm">{date(key.suspendedAt)}</Text>
          </Item>
        ) : null}
      </SimpleGrid>
      <Item label={`Scopes — ${scopeBadgeLabel(key.scopePreset, key.permissions)}`}>
        <Group gap={4}>
          {key.permissions.filter(isPermission).map((p) => (
            <Badge key={p} variant="outline" color="gray" radius="sm" tt="none" title={p}>
              {PERMISSIONS[p].label}
            </Badge>
          ))}
        </Group>
      </Item>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          Usage, last 30 days
        </Text>
        <UsageChart days={key.usage} />
      </Stack>
    </Stack>
  );
}
