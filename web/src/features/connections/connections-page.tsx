import { Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlugConnected, IconPlus, IconShare, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { CardGridPage, CardHeading, useCardGridSearch } from '../../components/card-grid-page';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../components/format';
import { integrationTypeLabel } from '../../components/integration-labels';
import { RowActionButtons, type RowActionButton } from '../../components/row-action-buttons';
import { useHasPermission, useViewer } from '../../components/viewer-context';
import type { ConnectionCardFieldsFragment, ConnectionVisibility } from '../../graphql/generated';
import { useConnectionIntegrationOptionsQuery, useConnectionsQuery, useDeleteConnectionMutation } from './connections.generated';
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
  const actions: RowActionButton[] = [
    { key: 'edit', label: 'Edit', ariaLabel: `Edit ${connection.name}`, icon: IconPencil, onClick: () => onAction({ kind: 'edit', connection }) },
    { key: 'delete', label: 'Delete', ariaLabel: `Delete ${connection.name}`, icon: IconTrash, color: 'red', onClick: () => onAction({ kind: 'delete', connection }) },
  ];
  if (personal && ownedByViewer) {
    actions.unshift({ key: 'share', label: 'Share', ariaLabel: `Share ${connection.name}`, icon: IconShare, onClick: () => onAction({ kind: 'share', connection }) });
  }
  return (
    <Stack gap="xs" h="100%">
      <CardHeading
        name={connection.name}
        details={
          <Text size="sm" c="dimmed" truncate>
            {connection.integration.name} · {integrationTypeLabel(connection.integration.type)}
          </Text>
        }
        badge={personal ? { label: 'Personal', color: 'grape' } : { label: 'Organization', color: 'blue' }}
      />
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
      {connection.canManage ? <RowActionButtons actions={actions} mt="auto" /> : null}
    </Stack>
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

export function ConnectionsPage() {
  useOAuthReturnNotice();
  const viewer = useViewer();
  const canManage = useHasPermission('CONNECTIONS_MANAGE');
  const { search, setSearch, debouncedSearch } = useCardGridSearch();
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
    <CardGridPage
      width={{ max: 1400, centered: true }}
      title="Connections"
      description="Named instances of an integration with credentials stored per environment. Workflow nodes pick a compatible connection and get the credentials of the environment they run in."
      newButton={newButton}
      search={{ value: search, onChange: setSearch, placeholder: 'Search connections', label: 'Search connections', width: 300 }}
      filters={
        <>
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
        </>
      }
      aside={
        <Anchor component={Link} to="/connections/node-preview" size="sm">
          Node properties preview
        </Anchor>
      }
      what="Connections"
      items={connections}
      totalCount={data?.connections.totalCount ?? null}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      filtered={filtered}
      emptyIcon={<IconPlugConnected stroke={1.5} />}
      empty={{ title: 'No connections yet', description: 'Create a connection from an integration, then add its credentials for each environment.' }}
      emptyFiltered={{ title: 'No connections match', description: 'Try another name or service, or show all visibilities.' }}
      renderCard={(connection) => <ConnectionCard connection={connection} viewerId={viewer.id} onAction={setDialog} />}
    >
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
    </CardGridPage>
  );
}
