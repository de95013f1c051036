import type { ApiKeyScopePreset } from '@keyward/shared/api-keys';
import {
  ActionIcon,
  Badge,
  Button,
  Code,
  EmptyState,
  Group,
  Menu,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAdjustments,
  IconBan,
  IconDots,
  IconEye,
  IconKey,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlus,
  IconRefresh,
  IconSearch,
  IconTrash,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { RelativeTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import { useHasPermission } from '../../components/viewer-context';
import {
  useApiKeysQuery,
  useApiKeyStatsQuery,
  useDeleteApiKeyMutation,
  useResumeApiKeyMutation,
  useRevokeApiKeyMutation,
  useSuspendApiKeyMutation,
  type ApiKeyRowFieldsFragment,
  type ApiKeyStatus,
} from '../../graphql/generated';
import { ApiKeyDetailsDialog } from './api-key-details-dialog';
import { formatLimit, SCOPE_PRESET_LABELS } from './api-key-form';
import { ApiKeyTokenModal } from './api-key-token-modal';
import { CreateApiKeyDialog } from './create-api-key-dialog';
import { EditApiKeyDialog } from './edit-api-key-dialog';
import { RateLimitDialog } from './rate-limit-dialog';
import { RollApiKeyDialog } from './roll-api-key-dialog';
import { plural } from '../../components/format';

const PAGE_SIZE = 25;

const STATUS_OPTIONS = [
  { value: '', label: 'All statuses' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'REVOKED', label: 'Revoked' },
  { value: 'EXPIRED', label: 'Expired' },
];

type RowAction = 'details' | 'edit' | 'rateLimits' | 'roll' | 'suspend' | 'resume' | 'revoke' | 'delete';
type OpenDialog = { kind: 'create' } | { kind: RowAction; key: ApiKeyRowFieldsFragment } | null;
type Revealed = { token: string; name: string; reason: 'created' | 'rolled' } | null;

/** What may be done to a key in its status; revoked keys can only be looked at and deleted. */
export function rowActions(key: Pick<ApiKeyRowFieldsFragment, 'status'>, canManage: boolean): RowAction[] {
  if (!canManage) return ['details'];
  if (key.status === 'REVOKED') return ['details', 'delete'];
  const actions: RowAction[] = ['details', 'edit', 'rateLimits'];
  if (key.status !== 'EXPIRED') actions.push('roll');
  actions.push(key.status === 'SUSPENDED' ? 'resume' : 'suspend', 'revoke', 'delete');
  return actions;
}

const ACTION_ITEMS: Record<RowAction, { label: string; icon: typeof IconDots; color?: string }> = {
  details: { label: 'View details', icon: IconEye },
  edit: { label: 'Edit', icon: IconPencil },
  rateLimits: { label: 'Edit Rate Limits', icon: IconAdjustments },
  roll: { label: 'Roll key', icon: IconRefresh },
  suspend: { label: 'Suspend', icon: IconPlayerPause },
  resume: { label: 'Resume', icon: IconPlayerPlay },
  revoke: { label: 'Revoke Key', icon: IconBan, color: 'red' },
  delete: { label: 'Delete', icon: IconTrash, color: 'red' },
};

export function ApiKeysPage() {
  const canManage = useHasPermission('API_KEYS_MANAGE');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [revealed, setRevealed] = useState<Revealed>(null);

  const page = cursors.length - 1;
  const { data, previousData, error, loading, refetch } = useApiKeysQuery({
    variables: { filter: { search: debouncedSearch || null, status: (status || null) as ApiKeyStatus | null }, first: PAGE_SIZE, after: cursors[page] ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const stats = useApiKeyStatsQuery();
  const [suspendApiKey] = useSuspendApiKeyMutation();
  const [resumeApiKey] = useResumeApiKeyMutation();
  const [revokeApiKey] = useRevokeApiKeyMutation();
  const [deleteApiKey] = useDeleteApiKeyMutation();

  const shown = data ?? previousData;
  const rows = shown?.apiKeys.edges.map((e) => e.node) ?? [];
  const filtered = Boolean(debouncedSearch || status);
  const close = () => setDialog(null);
  const refresh = ['ApiKeys', 'ApiKeyStats'];

  async function resume(key: ApiKeyRowFieldsFragment) {
    await resumeApiKey({ variables: { id: key.id }, refetchQueries: refresh });
    notifications.show({ color: 'teal', title: 'API key resumed', message: `${key.name} authenticates requests again.` });
  }

  function act(action: RowAction, key: ApiKeyRowFieldsFragment) {
    if (action === 'resume') {
      resume(key).catch((failure: unknown) => notifications.show({ color: 'red', title: 'Not resumed', message: graphqlErrorMessage(failure) }));
      return;
    }
    setDialog({ kind: action, key });
  }

  const target = dialog && 'key' in dialog ? dialog.key : null;

  return (
    <Stack gap={0}>
      <PageHeader
        title="API Keys"
        description="Keys let external applications and scripts call the Keyward API without a user session. Each key acts with its roles, narrowed by its scopes, within its rate limits."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
              New API Key
            </Button>
          ) : null
        }
      />

      <StatsCards stats={stats.data?.apiKeyStats ?? null} />

      <Group gap="sm" mb="md" align="flex-end">
        <TextInput
          aria-label="Search API keys"
          placeholder="Search by name"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setCursors([null]);
          }}
          w={280}
        />
        <NativeSelect
          aria-label="Filter by status"
          value={status}
          onChange={(event) => {
            setStatus(event.currentTarget.value);
            setCursors([null]);
          }}
          data={STATUS_OPTIONS}
        />
      </Group>

      {error && !shown ? (
        <QueryError error={error} what="API keys" onRetry={() => void refetch()} />
      ) : !shown ? (
        <Paper withBorder radius="md" p="md" aria-busy="true" aria-label="Loading API keys">
          <Stack gap="sm">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} h={28} />
            ))}
          </Stack>
        </Paper>
      ) : rows.length === 0 ? (
        <Paper withBorder radius="md" py={48}>
          <EmptyState
            icon={<IconKey stroke={1.5} />}
            title={filtered ? 'No API keys match these filters' : 'No API keys yet'}
            description={filtered ? 'Change the search or the status filter.' : canManage ? 'Create a key for each application or script that calls the API.' : 'Keys created by administrators appear here.'}
          />
        </Paper>
      ) : (
        <Paper withBorder radius="md" aria-busy={loading}>
          <Table.ScrollContainer minWidth={1040}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Key</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Roles / scopes</Table.Th>
                  <Table.Th>Rate limit</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th w={48}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((key) => (
                  <ApiKeyRow key={key.id} apiKey={key} actions={rowActions(key, canManage)} onAction={(action) => act(action, key)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" px="md" py="sm">
            <Text size="sm" c="dimmed">
              {plural(shown.apiKeys.totalCount, 'key')}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" disabled={page === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
                Previous
              </Button>
              <Button size="xs" variant="default" disabled={!shown.apiKeys.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, shown.apiKeys.pageInfo.endCursor])}>
                Next
              </Button>
            </Group>
          </Group>
        </Paper>
      )}

      <CreateApiKeyDialog
        opened={dialog?.kind === 'create'}
        onClose={close}
        onCreated={({ apiKey, token }) => {
          close();
          setRevealed({ token, name: apiKey.name, reason: 'created' });
        }}
      />
      <ApiKeyTokenModal token={revealed?.token ?? null} keyName={revealed?.name ?? ''} reason={revealed?.reason} onClose={() => setRevealed(null)} />
      <ApiKeyDetailsDialog apiKeyId={dialog?.kind === 'details' ? (target?.id ?? null) : null} onClose={close} />
      <EditApiKeyDialog apiKey={dialog?.kind === 'edit' ? target : null} onClose={close} />
      <RateLimitDialog apiKey={dialog?.kind === 'rateLimits' ? target : null} onClose={close} />
      <RollApiKeyDialog
        apiKey={dialog?.kind === 'roll' ? target : null}
        onClose={close}
        onRolled={(token, key) => {
          close();
          setRevealed({ token, name: key.name, reason: 'rolled' });
        }}
      />
      <ConfirmDialog
        opened={dialog?.kind === 'suspend'}
        title="Suspend API key"
        confirmLabel="Suspend key"
        danger
        onClose={close}
        onConfirm={async () => {
          if (!target) return;
          await suspendApiKey({ variables: { id: target.id }, refetchQueries: refresh });
          notifications.show({ color: 'teal', title: 'API key suspended', message: `${target.name} is refused until you resume it.` });
        }}
      >
        {`Applications using ${target?.name ?? 'this key'} will be refused from their next request until you resume the key. Its settings and usage history are kept.`}
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog?.kind === 'revoke'}
        title="Revoke API key"
        confirmLabel="Revoke key"
        danger
        onClose={close}
        onConfirm={async () => {
          if (!target) return;
          await revokeApiKey({ variables: { id: target.id }, refetchQueries: refresh });
          notifications.show({ color: 'teal', title: 'API key revoked', message: `${target.name} can no longer authenticate.` });
        }}
      >
        <Stack gap="xs">
          <Text size="sm">
            Applications using <b>{target?.name}</b> will immediately lose access: their next request is refused.
          </Text>
          <Text size="sm" fw={600}>
            Revocation is permanent — the key cannot be re-activated. Create a new key to restore access.
          </Text>
        </Stack>
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title="Delete API key"
        confirmLabel="Delete key"
        danger
        onClose={close}
        onConfirm={async () => {
          if (!target) return;
          await deleteApiKey({ variables: { id: target.id }, refetchQueries: refresh });
          notifications.show({ color: 'teal', title: 'API key deleted', message: `${target.name} and its usage history were removed.` });
        }}
      >
        {`Deleting ${target?.name ?? 'this key'} is permanent: applications still using it lose access at once, and its usage history is removed.`}
      </ConfirmDialog>
    </Stack>
  );
}

interface Stats {
  total: number;
  active: number;
  suspended: number;
  revoked: number;
  expired: number;
  expiringSoon: number;
  callsToday: number;
}

function StatsCards({ stats }: { stats: Stats | null }) {
  const cards: { label: string; value: (s: Stats) => number; hint?: (s: Stats) => string | null }[] = [
    { label: 'Total', value: (s) => s.total },
    { label: 'Active', value: (s) => s.active, hint: (s) => (s.expiringSoon > 0 ? `${s.expiringSoon} expiring within 7 days` : null) },
    { label: 'Suspended', value: (s) => s.suspended },
    { label: 'Revoked', value: (s) => s.revoked },
    { label: 'Expired', value: (s) => s.expired },
    { label: 'API calls today', value: (s) => s.callsToday },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mb="lg">
      {cards.map((card) => (
        <Paper key={card.label} withBorder radius="md" p="md" role="group" aria-label={card.label}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {card.label}
          </Text>
          {stats ? (
            <>
              <Text fw={700} fz={24}>
                {card.value(stats).toLocaleString('en-US')}
              </Text>
              {card.hint?.(stats) ? (
                <Text size="xs" c="orange">
                  {card.hint(stats)}
                </Text>
              ) : null}
            </>
          ) : (
            <Skeleton h={28} mt={4} w={60} />
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ApiKeyRow({ apiKey, actions, onAction }: { apiKey: ApiKeyRowFieldsFragment; actions: RowAction[]; onAction: (action: RowAction) => void }) {
  const ownLimit = apiKey.rateLimitPerMinute !== null || apiKey.rateLimitPerHour !== null;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {apiKey.name}
        </Text>
        {apiKey.description ? (
          <Text size="xs" c="dimmed" lineClamp={2} maw={260}>
            {apiKey.description}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Code>{apiKey.maskedKey}</Code>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={apiKey.status} />
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {apiKey.roles.map((role) => (
            <Badge key={role.id} variant="light" radius="sm">
              {role.name}
            </Badge>
          ))}
          <Tooltip label={`${apiKey.permissions.length} permissions`} withArrow>
            <Badge variant="outline" color="gray" radius="sm">
              {SCOPE_PRESET_LABELS[apiKey.scopePreset as ApiKeyScopePreset]}
            </Badge>
          </Tooltip>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {formatLimit(apiKey.rateLimit.perMinute)}/min · {formatLimit(apiKey.rateLimit.perHour)}/h
        </Text>
        {ownLimit ? null : (
          <Text size="xs" c="dimmed">
            Organization default
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{dayjs(apiKey.createdAt).format('D MMM YYYY')}</Text>
      </Table.Td>
      <Table.Td>
        <RelativeTime value={apiKey.lastUsedAt} fallback="Never" />
      </Table.Td>
      <Table.Td>
        {apiKey.expiresAt ? (
          <Stack gap={2}>
            <Text size="sm" c={apiKey.expiringSoon ? 'orange' : undefined}>
              {dayjs(apiKey.expiresAt).format('D MMM YYYY')}
            </Text>
            {apiKey.expiringSoon ? (
              <Badge color="orange" variant="light" size="xs" radius="sm">
                Expires soon
              </Badge>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${apiKey.name}`}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {actions.map((action) => {
              const item = ACTION_ITEMS[action];
              const Icon = item.icon;
              return (
                <Menu.Item key={action} color={item.color} leftSection={<Icon size={16} />} onClick={() => onAction(action)}>
                  {item.label}
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}
