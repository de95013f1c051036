import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlugConnected, IconPlus, IconSearch, IconShare, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../components/format';
import { integrationTypeLabel } from '../../components/integration-labels';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useHasPermission, useViewer } from '../../components/viewer-context';
import {
  useConnectionIntegrationOptionsQuery,
  useConnectionsQuery,
  useDeleteConnectionMutation,
  type ConnectionCardFieldsFragment,
  type ConnectionVisibility,
} from '../../graphql/generated';
import { ConnectionWizard } from './connection-wizard';
import { LastTestBadge } from './credential-row';
import { useOAuthReturnNotice } from './oauth-return';
import { ShareConnectionDialog } from './share-connection-dialog';

const PAGE_SIZE = 50;

type VisibilityTab = 'ALL' | ConnectionVisibility;

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; connection: ConnectionCardFieldsFragment }
  | { kind: 'delete'; connection: ConnectionCardFieldsFragment }
  | { kind: 'share'; connection: ConnectionCardFieldsFragment }
  | null;

function CredentialStatus({ connection }: { connection: ConnectionCardFieldsFragment }) {
  const { configuredCount, environmentCount } = connection;
  const color = configuredCount === 0 ? 'gray' : configuredCount === environmentCount ? 'teal' : 'yellow';
  return (
    <Badge color={color} variant="light" radius="sm" tt="none">
      {configuredCount} of {plural(environmentCount, 'environment')}
    </Badge>
  );
}

/** Per configured environment: the last Test connection and when; untested environments say so. */
function EnvironmentTests({ connection }: { connection: ConnectionCardFieldsFragment }) {
  const configured = connection.environments.filter((environment) => environment.configured);
  if (configured.length === 0) return null;
  return (
    <Stack gap={4} aria-label={`Last tests of ${connection.name}`}>
      {configured.map((environment) => (
        <Group key={environment.environment} gap="xs" wrap="nowrap" justify="space-between">
          <Text size="xs" truncate>
            {environment.name}
          </Text>
          {environment.lastTest ? (
            <LastTestBadge lastTest={environment.lastTest} />
          ) : (
            <Text size="xs" c="dimmed">
              Not tested
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function ConnectionCard({
  connection,
  viewerId,
  onAction,
}: {
  connection: ConnectionCardFieldsFragment;
  viewerId: string;
  onAction: (dialog: OpenDialog) => void;
}) {
  const personal = connection.visibility === 'PERSONAL';
  const ownedByViewer = connection.owner?.id === viewerId;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={connection.name}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} miw={0}>
            <Text fw={600} truncate>
              {connection.name}
            </Text>
            <Text size="sm" c="dimmed" truncate>
              {connection.integration.name} · {integrationTypeLabel(connection.integration.type)}
            </Text>
          </Stack>
          <Badge variant="outline" color={personal ? 'grape' : 'blue'} radius="sm" style={{ flexShrink: 0 }}>
            {personal ? 'Personal' : 'Organization'}
          </Badge>
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            Credentials
          </Text>
          <CredentialStatus connection={connection} />
        </Group>
        <EnvironmentTests connection={connection} />
        {personal && !ownedByViewer ? (
          <Text size="xs" c="dimmed">
            Shared with you by {connection.owner?.displayName ?? 'a former member'}
          </Text>
        ) : null}
        {personal && ownedByViewer && connection.sharedWith.length > 0 ? (
          <Text size="xs" c="dimmed">
            Shared with {connection.sharedWith.map((user) => user.displayName).join(', ')}
          </Text>
        ) : null}
        {connection.canManage ? (
          <Group gap={4} justify="flex-end" mt="auto">
            {personal && ownedByViewer ? (
              <Tooltip label="Share" withArrow>
                <ActionIcon variant="subtle" color="gray" aria-label={`Share ${connection.name}`} onClick={() => onAction({ kind: 'share', connection })}>
                  <IconShare size={18} />
                </ActionIcon>
              </Tooltip>
            ) : null}
            <Tooltip label="Edit" withArrow>
              <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${connection.name}`} onClick={() => onAction({ kind: 'edit', connection })}>
                <IconPencil size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete" withArrow>
              <ActionIcon variant="subtle" color="red" aria-label={`Delete ${connection.name}`} onClick={() => onAction({ kind: 'delete', connection })}>
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** What deleting a connection breaks, exactly. */
function DeleteConsequences({ connection }: { connection: ConnectionCardFieldsFragment }) {
  const configured = connection.environments.filter((environment) => environment.configured).map((environment) => environment.name);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {configured.length > 0
          ? `The stored credentials of ${connection.name} in ${configured.join(', ')} are deleted, including OAuth2 tokens.`
          : `${connection.name} has no stored credentials.`}
      </Text>
      <Text size="sm">
        Every workflow node that uses {connection.name} fails at its next run, in every environment, until it is pointed at another{' '}
        {connection.integration.name} connection.
        {connection.sharedWith.length > 0 ? ` The ${plural(connection.sharedWith.length, 'member')} it is shared with lose it too.` : ''}
      </Text>
      <Text size="sm">This cannot be undone.</Text>
    </Stack>
  );
}

function LoadingCards() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-hidden>
      {[0, 1, 2].map((index) => (
        <Card key={index} withBorder radius="md">
          <Skeleton h={16} w="60%" mb="xs" />
          <Skeleton h={12} w="80%" mb="md" />
          <Skeleton h={18} w={120} />
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function ConnectionsPage() {
  useOAuthReturnNotice();
  const viewer = useViewer();
  const canManage = useHasPermission('CONNECTIONS_MANAGE');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [tab, setTab] = useState<VisibilityTab>('ALL');
  const [integrationId, setIntegrationId] = useState<string | null>(null);
  const integrationOptions = useConnectionIntegrationOptionsQuery({ variables: { search: null } });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [deleteConnection] = useDeleteConnectionMutation({
    refetchQueries: ['Connections'],
    awaitRefetchQueries: true,
    update: (cache, { data }) => {
      if (data) cache.evict({ id: cache.identify({ __typename: 'Connection', id: data.deleteConnection }) });
    },
  });

  const { data, error, loading, refetch } = useConnectionsQuery({
    variables: {
      filter: { search: debouncedSearch || null, visibility: tab === 'ALL' ? null : tab, integrationId },
      first: PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connections = data?.connections.edges.map((edge) => edge.node) ?? [];
  const filtered = debouncedSearch !== '' || tab !== 'ALL' || integrationId !== null;

  const newButton = canManage ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
      New Connection
    </Button>
  ) : null;

  const deleting = dialog?.kind === 'delete' ? dialog.connection : null;

  return (
    <Stack gap={0} w="100%" maw={1400} mx="auto">
      <PageHeader
        title="Connections"
        description="Named instances of an integration with credentials stored per environment. Workflow nodes pick a compatible connection and get the credentials of the environment they run in."
        actions={newButton}
      />
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <TextInput
              placeholder="Search connections"
              aria-label="Search connections"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={300}
            />
            <Select
              placeholder="All services"
              aria-label="Integration"
              data={(integrationOptions.data?.integrations.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.name }))}
              value={integrationId}
              onChange={setIntegrationId}
              searchable
              clearable
              nothingFoundMessage="No integration matches"
              w={240}
            />
            <SegmentedControl
              aria-label="Visibility"
              value={tab}
              onChange={(value) => setTab(value as VisibilityTab)}
              data={[
                { value: 'ALL', label: 'All' },
                { value: 'ORGANIZATION', label: 'Organization' },
                { value: 'PERSONAL', label: 'Personal' },
              ]}
            />
          </Group>
          <Anchor component={Link} to="/connections/node-preview" size="sm">
            Node properties preview
          </Anchor>
        </Group>

        {error ? (
          <QueryError error={error} what="connections" onRetry={() => void refetch()} />
        ) : loading && connections.length === 0 ? (
          <LoadingCards />
        ) : connections.length === 0 ? (
          <Paper withBorder radius="md" py={48} px="xl">
            <EmptyState
              variant="light"
              icon={<IconPlugConnected stroke={1.5} />}
              title={filtered ? 'No connections match' : 'No connections yet'}
              description={
                filtered
                  ? 'Try another name or service, or show all visibilities.'
                  : 'Create a connection from an integration, then add its credentials for each environment.'
              }
            >
              {filtered ? null : newButton}
            </EmptyState>
          </Paper>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-label="Connections" aria-busy={loading}>
            {connections.map((connection) => (
              <ConnectionCard key={connection.id} connection={connection} viewerId={viewer.id} onAction={setDialog} />
            ))}
          </SimpleGrid>
        )}
        {data && data.connections.totalCount > connections.length ? (
          <Text size="sm" c="dimmed" ta="center">
            Showing {connections.length} of {data.connections.totalCount}. Search to narrow the list.
          </Text>
        ) : null}
      </Stack>

      <ConnectionWizard
        opened={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        connectionId={dialog?.kind === 'edit' ? dialog.connection.id : null}
        onClose={() => setDialog(null)}
      />
      <ShareConnectionDialog connection={dialog?.kind === 'share' ? dialog.connection : null} onClose={() => setDialog(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'connection'}?`}
        confirmLabel="Delete connection"
        danger
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deleteConnection({ variables: { id: deleting.id } });
          notifications.show({ color: 'teal', title: 'Connection deleted', message: `${deleting.name} and its stored credentials were removed.` });
        }}
      >
        {deleting ? <DeleteConsequences connection={deleting} /> : null}
      </ConfirmDialog>
    </Stack>
  );
}
