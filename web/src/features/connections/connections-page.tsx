import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlugConnected, IconPlus, IconShare, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { CardGridPage, CardHeading, useCardGridSearch } from '../../components/card-grid-page';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../components/format';
import { integrationTypeLabel } from '../../components/integration-labels';
import { RowActionButtons, type RowActionButton } from '../../components/row-actions';
import { useHasPermission, useViewer } from '../../components/viewer-context';
import {
  useConnectionsQuery,
  useDeleteConnectionMutation,
  type ConnectionCardFieldsFragment,
  type ConnectionVisibility,
} from '../../graphql/generated';
import { ConnectionWizard } from './connection-wizard';
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

export function ConnectionsPage() {
  useOAuthReturnNotice();
  const viewer = useViewer();
  const canManage = useHasPermission('CONNECTIONS_MANAGE');
  const { search, setSearch, debouncedSearch } = useCardGridSearch();
  const [tab, setTab] = useState<VisibilityTab>('ALL');
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
      filter: { search: debouncedSearch || null, visibility: tab === 'ALL' ? null : tab },
      first: PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connections = data?.connections.edges.map((edge) => edge.node) ?? [];
  const filtered = debouncedSearch !== '' || tab !== 'ALL';

  const newButton = canManage ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
      New Connection
    </Button>
  ) : null;

  const deleting = dialog?.kind === 'delete' ? dialog.connection : null;

  return (
    <CardGridPage
      title="Connections"
      description="Named instances of an integration with credentials stored per environment. Workflow nodes pick a compatible connection and get the credentials of the environment they run in."
      newButton={newButton}
      search={{ value: search, onChange: setSearch, placeholder: 'Search connections', label: 'Search connections', width: 300 }}
      filters={
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
      emptyFiltered={{ title: 'No connections match', description: 'Try another name, or show all visibilities.' }}
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
        {`Its credentials in every environment are deleted. Workflow nodes that use ${deleting?.name ?? 'it'} will fail until they are pointed at another connection. This cannot be undone.`}
      </ConfirmDialog>
    </CardGridPage>
  );
}
