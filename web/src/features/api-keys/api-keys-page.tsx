import { Button, EmptyState, Group, Paper, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FilterSelect } from '../../components/filter-select';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useHasPermission } from '../../components/viewer-context';
import type { ApiKeyRowFieldsFragment, ApiKeyStatus } from '../../graphql/generated';
import { useApiKeysQuery, useApiKeyStatsQuery, useDeleteApiKeyMutation, useResumeApiKeyMutation, useRevokeApiKeyMutation, useSuspendApiKeyMutation } from './api-keys.generated';
import { ApiKeyDetailsDialog } from './api-key-details-dialog';
import { ApiKeyStatsCards } from './api-key-stats-cards';
import { ApiKeyTokenModal } from './api-key-token-modal';
import { ApiKeysTable, type RowAction } from './api-keys-table';
import { CreateApiKeyDialog } from './create-api-key-dialog';
import { EditApiKeyDialog } from './edit-api-key-dialog';
import { RateLimitDialog } from './rate-limit-dialog';
import { RollApiKeyDialog } from './roll-api-key-dialog';

const PAGE_SIZE = 25;

const STATUS_OPTIONS = [
  { value: '', label: 'All statuses' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'REVOKED', label: 'Revoked' },
  { value: 'EXPIRED', label: 'Expired' },
];

type OpenDialog = { kind: 'create' } | { kind: RowAction; key: ApiKeyRowFieldsFragment } | null;
type Revealed = { token: string; name: string; reason: 'created' | 'rolled' } | null;

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
  const canRead = useHasPermission('API_KEYS_READ');
  // Without the permission there are no stats to wait for: the list below says "You don't have access".
  const stats = useApiKeyStatsQuery({ skip: !canRead });
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

      {canRead && !stats.error ? <ApiKeyStatsCards stats={stats.data?.apiKeyStats ?? null} /> : null}

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
        <FilterSelect
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
        <ApiKeysTable
          rows={rows}
          canManage={canManage}
          busy={loading}
          totalCount={shown.apiKeys.totalCount}
          hasPrevious={page > 0}
          hasNext={shown.apiKeys.pageInfo.hasNextPage}
          onPrevious={() => setCursors((c) => c.slice(0, -1))}
          onNext={() => setCursors((c) => [...c, shown.apiKeys.pageInfo.endCursor])}
          onAction={act}
        />
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
