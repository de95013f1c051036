import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPencil, IconPlugConnected, IconPlus, IconSearch, IconStack2, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../components/format';
import { integrationTypeLabel, providerLabel } from '../../components/integration-labels';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useHasPermission } from '../../components/viewer-context';
import {
  useDeleteIntegrationMutation,
  useIntegrationsQuery,
  type IntegrationCardFieldsFragment,
  type IntegrationScope,
} from '../../graphql/generated';
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
    <Card withBorder radius="md" padding="md" component="article" aria-label={integration.name}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} miw={0}>
            <Text fw={600} truncate>
              {integration.name}
            </Text>
            <Group gap={6}>
              <Badge variant="light" radius="sm">
                {integrationTypeLabel(integration.type)}
              </Badge>
              <Text size="xs" c="dimmed">
                {providerLabel(integration.provider)}
              </Text>
            </Group>
          </Stack>
          <Badge variant="outline" color={system ? 'violet' : 'blue'} radius="sm" style={{ flexShrink: 0 }}>
            {system ? 'System' : 'Organization'}
          </Badge>
        </Group>
        <Text size="sm" c={integration.description ? undefined : 'dimmed'} lineClamp={2}>
          {integration.description || 'No description'}
        </Text>
        <Group justify="space-between" mt="auto" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {plural(integration.connectionCount, 'connection')}
            {integration.activeVersion ? ` · Active version ${integration.activeVersion.label}` : ''}
          </Text>
          {integration.canManage ? (
            <Group gap={4} wrap="nowrap">
              <Tooltip label="Edit" withArrow>
                <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${integration.name}`} onClick={() => onAction({ kind: 'edit', integration })}>
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Manage Versions" withArrow>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Manage versions of ${integration.name}`}
                  onClick={() => onAction({ kind: 'versions', integration })}
                >
                  <IconStack2 size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Delete" withArrow>
                <ActionIcon variant="subtle" color="red" aria-label={`Delete ${integration.name}`} onClick={() => onAction({ kind: 'delete', integration })}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function LoadingCards() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-hidden>
      {[0, 1, 2].map((index) => (
        <Card key={index} withBorder radius="md">
          <Skeleton h={16} w="60%" mb="xs" />
          <Skeleton h={12} w="40%" mb="md" />
          <Skeleton h={12} w="90%" />
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function IntegrationsPage() {
  const canManageOrganization = useHasPermission('INTEGRATIONS_MANAGE');
  const canManageSystem = useHasPermission('SYSTEM_INTEGRATIONS_MANAGE');
  const canCreate = canManageOrganization || canManageSystem;
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
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
    <Stack gap={0} maw={1200}>
      <PageHeader
        title="Integrations"
        description="Templates for the outside services workflow nodes reach: the type, provider and authentication. Members create connections from them and add their own credentials."
        actions={newButton}
      />
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <TextInput
            placeholder="Search by name or type"
            aria-label="Search integrations"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={320}
          />
          <Tabs value={tab} onChange={(value) => setTab((value ?? 'ALL') as ScopeTab)} variant="pills">
            <Tabs.List aria-label="Scope">
              <Tabs.Tab value="ALL">All</Tabs.Tab>
              <Tabs.Tab value="ORGANIZATION">Organization</Tabs.Tab>
              <Tabs.Tab value="SYSTEM">System</Tabs.Tab>
            </Tabs.List>
          </Tabs>
        </Group>

        {error ? (
          <QueryError error={error} what="integrations" onRetry={() => void refetch()} />
        ) : loading && integrations.length === 0 ? (
          <LoadingCards />
        ) : integrations.length === 0 ? (
          <Paper withBorder radius="md" py={48} px="xl">
            <EmptyState
              variant="light"
              icon={<IconPlugConnected stroke={1.5} />}
              title={filtered ? 'No integrations match' : 'No integrations yet'}
              description={
                filtered ? 'Try another name or type, or show all scopes.' : 'Create an integration template so members can connect to a service.'
              }
            >
              {filtered ? null : newButton}
            </EmptyState>
          </Paper>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-label="Integrations" aria-busy={loading}>
            {integrations.map((integration) => (
              <IntegrationCard key={integration.id} integration={integration} onAction={setDialog} />
            ))}
          </SimpleGrid>
        )}
        {data && data.integrations.totalCount > integrations.length ? (
          <Text size="sm" c="dimmed" ta="center">
            Showing {integrations.length} of {data.integrations.totalCount}. Search to narrow the list.
          </Text>
        ) : null}
      </Stack>

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
    </Stack>
  );
}
