import { Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconKey, IconListDetails, IconLock, IconPlugConnected } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { plural } from '../../components/format';
import { RelativeTime } from '../../components/relative-time';
import { useDashboardApiKeysQuery, useDashboardAuditQuery, useDashboardConnectionsQuery, useDashboardSecretsQuery } from './dashboard.generated';
import { DashboardCard, Metric } from './dashboard-card';

// The chart library is most of the dashboard's weight: the counts show first, the chart follows.
const CallsSparkline = lazy(async () => ({ default: (await import('./calls-sparkline')).CallsSparkline }));

/** Keys by status, calls today and the organization's calls over 14 days. */
export function ApiKeysCard() {
  const { data, loading, error } = useDashboardApiKeysQuery();
  const stats = data?.apiKeyStats;
  const days = data?.apiKeyDailyCalls ?? [];
  const total = days.reduce((sum, d) => sum + d.requests, 0);
  const callsLabel = `API calls per day over the last 14 days: ${days.map((d) => `${d.day} ${d.requests}`).join(', ')}`;
  return (
    <DashboardCard title="API keys" icon={IconKey} to="/admin/security/api-keys" linkLabel="Open API Keys" loading={loading && !data} error={error}>
      {stats ? (
        <Stack gap="sm">
          <Group gap="xl">
            <Metric value={stats.active} label="Active" />
            <Metric value={stats.suspended} label="Suspended" color={stats.suspended > 0 ? 'orange' : undefined} />
            <Metric value={stats.expired} label="Expired" />
            <Metric value={stats.revoked} label="Revoked" />
          </Group>
          {stats.expiringSoon > 0 ? (
            <Badge color="orange" variant="light" radius="sm" tt="none">
              {plural(stats.expiringSoon, 'key')} expiring within 7 days
            </Badge>
          ) : null}
          <Group justify="space-between" align="flex-end" wrap="nowrap">
            <Metric value={stats.callsToday} label="API calls today" />
            <Text size="xs" c="dimmed">
              {plural(total, 'call')} in 14 days
            </Text>
          </Group>
          <Suspense fallback={<Skeleton h={48} role="img" aria-label={callsLabel} />}>
            <CallsSparkline requests={days.map((d) => d.requests)} label={callsLabel} />
          </Suspense>
        </Stack>
      ) : null}
    </DashboardCard>
  );
}

/** Secrets without a value in some environment. */
export function SecretsCard() {
  const { data, loading, error } = useDashboardSecretsQuery();
  const stats = data?.secretStats;
  return (
    <DashboardCard title="Secrets" icon={IconLock} to="/admin/security/secrets" linkLabel="Open Secrets" loading={loading && !data} error={error}>
      {stats ? (
        <Stack gap="xs">
          <Group gap="xl">
            <Metric value={stats.total} label="Secrets" />
            <Metric value={stats.incomplete} label="Missing a value in some environment" color={stats.incomplete > 0 ? 'orange' : undefined} />
          </Group>
          <Text size="xs" c="dimmed">
            {stats.incomplete > 0 ? 'The matrix view on the Secrets page shows which environments lack a value.' : 'Every secret has a value in every environment.'}
          </Text>
        </Stack>
      ) : null}
    </DashboardCard>
  );
}

/** Connections with environments lacking credentials, and those failing their last test. */
export function ConnectionsCard() {
  const { data, loading, error } = useDashboardConnectionsQuery();
  const stats = data?.connectionStats;
  return (
    <DashboardCard title="Connections" icon={IconPlugConnected} to="/connections" linkLabel="Open Connections" loading={loading && !data} error={error}>
      {stats ? (
        <Stack gap="xs">
          <Group gap="xl">
            <Metric value={stats.total} label="Connections" />
            <Metric value={stats.incomplete} label="With environments not configured" color={stats.incomplete > 0 ? 'orange' : undefined} />
            <Metric value={stats.failingLastTest} label="Failing their last test" color={stats.failingLastTest > 0 ? 'orange' : undefined} />
          </Group>
          <Text size="xs" c="dimmed">
            {stats.environmentsNotConfigured > 0
              ? `${plural(stats.environmentsNotConfigured, 'environment')} without credentials across your connections.`
              : 'Every connection has credentials in every environment.'}
          </Text>
        </Stack>
      ) : null}
    </DashboardCard>
  );
}

/** The latest audit events. */
export function AuditCard() {
  const { data, loading, error } = useDashboardAuditQuery();
  const events = data?.auditEvents.edges.map((e) => e.node) ?? [];
  return (
    <DashboardCard title="Recent activity" icon={IconListDetails} to="/admin/audit" linkLabel="Open Audit log" loading={loading && !data} error={error}>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing recorded yet.
        </Text>
      ) : (
        <Stack gap={8} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {events.map((event) => (
            <Group key={event.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" lineClamp={1} miw={0}>
                <Text span fw={500}>
                  {event.actorLabel}
                </Text>{' '}
                {event.summary}
              </Text>
              <RelativeTime value={event.at} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} />
            </Group>
          ))}
        </Stack>
      )}
    </DashboardCard>
  );
}
