import { Badge, Button, EmptyState, Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLock, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { DateWithRelative } from '../../components/relative-time';
import { RowActionButtons } from '../../components/row-action-buttons';
import { useHasPermission } from '../../components/viewer-context';
import { appendEdges, useLoadMore } from '../../components/use-load-more';
import type { SecretFieldsFragment } from '../../graphql/generated';
import { useSecretEnvironmentsQuery, useSecretsQuery } from './secrets.generated';
import { CopyReferenceButton } from './copy-reference-button';
import { CreateSecretDialog } from './create-secret-dialog';
import { DeleteSecretDialog } from './delete-secret-dialog';
import { EditSecretDialog } from './edit-secret-dialog';
import type { OrgEnvironment } from './secret-form';
import { SecretsMatrix } from './secrets-matrix';
import { RestrictedBadge } from './use-policy-field';

const PAGE_SIZE = 25;

type SecretsView = 'list' | 'matrix';
const isSecretsView = (value: string): value is SecretsView => value === 'list' || value === 'matrix';

function LoadingRows() {
  return (
    <>
      {[0, 1, 2].map((row) => (
        <Table.Tr key={row} aria-hidden>
          {[140, 220, 160, 80, 90].map((width) => (
            <Table.Td key={width}>
              <Skeleton h={14} w={width} />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}

function EnvironmentChips({ secret, environments }: { secret: SecretFieldsFragment; environments: readonly OrgEnvironment[] }) {
  if (secret.environments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No values
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {secret.environments.map((value) => (
        <Badge key={value.environment} variant="light" radius="sm" color="indigo" tt="none">
          {environments.find((environment) => environment.slug === value.environment)?.name ?? value.environment}
        </Badge>
      ))}
    </Group>
  );
}

export function SecretsPage() {
  const canManage = useHasPermission('SECRETS_MANAGE');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SecretFieldsFragment | null>(null);
  const [view, setView] = useState<SecretsView>('list');

  const environmentsQuery = useSecretEnvironmentsQuery();
  const environments = environmentsQuery.data?.organization.environments ?? [];
  const { data, error, loading, refetch, fetchMore } = useSecretsQuery({
    variables: { search: debouncedSearch || null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const secrets = data?.secrets.edges.map((edge) => edge.node) ?? [];

  const { loadMore, loadingMore } = useLoadMore(
    (after) =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({ secrets: appendEdges(previous.secrets, fetchMoreResult.secrets) }),
      }),
    data?.secrets.pageInfo.endCursor,
  );

  const newSecretButton = canManage ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} disabled={environmentsQuery.loading}>
      New Secret
    </Button>
  ) : null;

  return (
    <Stack gap={0} maw={1200}>
      <PageHeader
        title="Secrets"
        description="Sensitive values (API keys, passwords, tokens) stored encrypted, one value per environment. Reference them in connection credentials as @@SECRET:KEY@@; values cannot be viewed after saving."
        actions={newSecretButton}
      />

      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <TextInput
            placeholder="Search by key or description"
            aria-label="Search secrets"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={360}
          />
          <SegmentedControl
            aria-label="View"
            value={view}
            onChange={(value) => {
              if (isSecretsView(value)) setView(value);
            }}
            data={[
              { value: 'list', label: 'List' },
              { value: 'matrix', label: 'Matrix' },
            ]}
          />
        </Group>

        {error ? (
          <QueryError error={error} what="secrets" onRetry={() => void refetch()} />
        ) : !loading && secrets.length === 0 ? (
          <Paper withBorder radius="md" py={48} px="xl">
            <EmptyState
              variant="light"
              icon={<IconLock stroke={1.5} />}
              title={debouncedSearch ? `No secrets match “${debouncedSearch}”` : 'No secrets yet'}
              description={
                debouncedSearch
                  ? 'Try another part of the key or description.'
                  : 'Store API keys, passwords and tokens here, then reference them in connections instead of pasting raw values.'
              }
            >
              {debouncedSearch ? null : newSecretButton}
            </EmptyState>
          </Paper>
        ) : view === 'matrix' && secrets.length > 0 ? (
          <SecretsMatrix secrets={secrets} environments={environments} busy={loading} onOpen={canManage ? setEditing : null} />
        ) : (
          <Paper withBorder radius="md">
            <Table verticalSpacing="sm" highlightOnHover aria-label="Secrets" aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Key</Table.Th>
                  <Table.Th>Description</Table.Th>
                  <Table.Th>Environments</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {loading && secrets.length === 0 ? (
                  <LoadingRows />
                ) : (
                  secrets.map((secret) => (
                    <Table.Tr key={secret.id}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text ff="monospace" size="sm" fw={500}>
                            {secret.key}
                          </Text>
                          {secret.usePolicy === 'ROLES' ? <RestrictedBadge secretKey={secret.key} roles={secret.useRoles} /> : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={secret.description ? undefined : 'dimmed'} lineClamp={2}>
                          {secret.description || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <EnvironmentChips secret={secret} environments={environments} />
                      </Table.Td>
                      <Table.Td>
                        <DateWithRelative value={secret.createdAt} />
                      </Table.Td>
                      <Table.Td>
                        <RowActionButtons
                          leading={<CopyReferenceButton secretKey={secret.key} />}
                          actions={
                            canManage
                              ? [
                                  { key: 'edit', label: 'Edit', ariaLabel: `Edit ${secret.key}`, icon: IconPencil, onClick: () => setEditing(secret.key) },
                                  { key: 'delete', label: 'Delete', ariaLabel: `Delete ${secret.key}`, icon: IconTrash, color: 'red', onClick: () => setDeleting(secret) },
                                ]
                              : []
                          }
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Paper>
        )}

        {data?.secrets.pageInfo.hasNextPage ? (
          <Group justify="center">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              Load more ({data.secrets.totalCount - secrets.length} more)
            </Button>
          </Group>
        ) : null}
      </Stack>

      <CreateSecretDialog opened={creating} environments={environments} onClose={() => setCreating(false)} />
      <EditSecretDialog secretKey={editing} environments={environments} onClose={() => setEditing(null)} />
      <DeleteSecretDialog secret={deleting} environments={environments} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
