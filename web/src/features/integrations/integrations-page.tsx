import { Alert, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPencil, IconPlugConnected, IconPlus, IconStack2, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { CardGridPage, CardHeading, useCardGridSearch } from '../../components/card-grid-page';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../components/format';
import { integrationTypeLabel, providerLabel } from '../../components/integration-labels';
import { RowActionButtons } from '../../components/row-action-buttons';
import { useHasPermission } from '../../components/viewer-context';
import type { IntegrationCardFieldsFragment, IntegrationScope } from '../../graphql/generated';
import { useDeleteIntegrationMutation, useIntegrationsQuery } from './integrations.generated';
import { IntegrationFormDialog } from './integration-form-dialog';
import { ManageVersionsDialog } from './manage-versions-dialog';

const PAGE_SIZE = 60;

type ScopeTab = 'ALL' | IntegrationScope;

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit' | 'versions' | 'delete'; integration: IntegrationCardFieldsFragment }
  | null;

function IntegrationCard({ integration, onAction }: { integration: IntegrationCardFieldsFragment; onAction: (dialog: OpenDialog) => void }) {
  const system = integration.scope === 'SYSTEM';
  return (
    <Stack gap="xs" h="100%">
      <CardHeading
        name={integration.name}
        details={
          <Group gap={6}>
            <Badge variant="light" radius="sm">
              {integrationTypeLabel(integration.type)}
            </Badge>
            <Text size="xs" c="dimmed">
              {providerLabel(integration.provider)}
            </Text>
          </Group>
        }
        badge={system ? { label: 'System', color: 'violet' } : { label: 'Organization', color: 'blue' }}
      />
      <Text size="sm" c={integration.description ? undefined : 'dimmed'} lineClamp={2}>
        {integration.description || 'No description'}
      </Text>
      <Group justify="space-between" mt="auto" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {plural(integration.connectionCount, 'connection')}
          {integration.activeVersion ? ` · Active version ${integration.activeVersion.label}` : ''}
        </Text>
        {integration.canManage ? (
          <RowActionButtons
            actions={[
              { key: 'edit', label: 'Edit', ariaLabel: `Edit ${integration.name}`, icon: IconPencil, onClick: () => onAction({ kind: 'edit', integration }) },
              {
                key: 'versions',
                label: 'Manage Versions',
                ariaLabel: `Manage versions of ${integration.name}`,
                icon: IconStack2,
                onClick: () => onAction({ kind: 'versions', integration }),
              },
              { key: 'delete', label: 'Delete', ariaLabel: `Delete ${integration.name}`, icon: IconTrash, color: 'red', onClick: () => onAction({ kind: 'delete', integration }) },
            ]}
          />
        ) : null}
      </Group>
    </Stack>
  );
}

export function IntegrationsPage() {
  const canManageOrganization = useHasPermission('INTEGRATIONS_MANAGE');
  const canManageSystem = useHasPermission('SYSTEM_INTEGRATIONS_MANAGE');
  const canCreate = canManageOrganization || canManageSystem;
  const { search, setSearch, debouncedSearch } = useCardGridSearch();
  const [tab, setTab] = useState<ScopeTab>('ALL');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [deleteIntegration] = useDeleteIntegrationMutation({
    refetchQueries: ['Integrations'],
    awaitRefetchQueries: true,
    update: (cache, { data }) => {
      if (data) cache.evict({ id: cache.identify({ __typename: 'Integration', id: data.deleteIntegration }) });
    },
  });
  const { data, error, loading, refetch } = useIntegrationsQuery({
    variables: { filter: { search: debouncedSearch || null, scope: tab === 'ALL' ? null : tab }, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const integrations = data?.integrations.edges.map((edge) => edge.node) ?? [];
  const filtered = debouncedSearch !== '' || tab !== 'ALL';

  const newButton = canCreate ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
      New Integration
    </Button>
  ) : null;
  const deleting = dialog?.kind === 'delete' ? dialog.integration : null;

  return (
    <CardGridPage
      title="Integrations"
      description="Templates for the outside services workflow nodes reach: the type, provider and authentication. Members create connections from them and add their own credentials."
      newButton={newButton}
      search={{ value: search, onChange: setSearch, placeholder: 'Search by name or type', label: 'Search integrations', width: 320 }}
      aside={
        <Tabs value={tab} onChange={(value) => setTab((value ?? 'ALL') as ScopeTab)} variant="pills">
          <Tabs.List aria-label="Scope">
            <Tabs.Tab value="ALL">All</Tabs.Tab>
            <Tabs.Tab value="ORGANIZATION">Organization</Tabs.Tab>
            <Tabs.Tab value="SYSTEM">System</Tabs.Tab>
          </Tabs.List>
        </Tabs>
      }
      what="Integrations"
      items={integrations}
      totalCount={data?.integrations.totalCount ?? null}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      filtered={filtered}
      emptyIcon={<IconPlugConnected stroke={1.5} />}
      empty={{ title: 'No integrations yet', description: 'Create an integration template so members can connect to a service.' }}
      emptyFiltered={{ title: 'No integrations match', description: 'Try another name or type, or show all scopes.' }}
      renderCard={(integration) => <IntegrationCard integration={integration} onAction={setDialog} />}
    >
      <IntegrationFormDialog
        opened={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        integrationId={dialog?.kind === 'edit' ? dialog.integration.id : null}
        onClose={() => setDialog(null)}
      />
      <ManageVersionsDialog integration={dialog?.kind === 'versions' ? dialog.integration : null} onClose={() => setDialog(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'integration'}?`}
        confirmLabel="Delete integration"
        danger
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deleteIntegration({ variables: { id: deleting.id } });
          notifications.show({ color: 'teal', title: 'Integration deleted', message: `${deleting.name} was deleted.` });
        }}
      >
        <Stack gap="sm">
          {deleting && deleting.connectionCount > 0 ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {deleting.connectionCount === 1
                ? 'Its 1 connection is deleted with its stored credentials in every environment, and every workflow node that uses that connection fails at its next run.'
                : `Its ${plural(deleting.connectionCount, 'connection')} are deleted with their stored credentials in every environment, and every workflow node that uses one of them fails at its next run.`}
            </Alert>
          ) : (
            <Text size="sm">No connection uses it.</Text>
          )}
          <Text size="sm">
            {deleting?.scope === 'SYSTEM' ? 'It is a system integration: it disappears for every organization. ' : ''}This cannot be undone.
          </Text>
        </Stack>
      </ConfirmDialog>
    </CardGridPage>
  );
}
