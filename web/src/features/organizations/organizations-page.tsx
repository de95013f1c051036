import { ActionIcon, Badge, Button, EmptyState, Menu, Paper, Skeleton, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBuilding, IconDots, IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useViewer } from '../../components/viewer-context';
import type { OrganizationRowFieldsFragment } from '../../graphql/generated';
import { useOrganizationsQuery } from './organizations.generated';
import { DeleteOrganizationDialog } from './delete-organization-dialog';
import { OrganizationFormDialog } from './organization-form-dialog';

/** Administration → Organizations: every organization on this Keyward, for super admins. */
export function OrganizationsPage() {
  const { isSuperAdmin } = useViewer();
  if (!isSuperAdmin) {
    return (
      <Stack gap={0}>
        <PageHeader title="Organizations" />
        <Paper withBorder radius="md" py={48}>
          <EmptyState icon={<IconLock stroke={1.5} />} title="Super admins only" description="Only a super admin creates, renames and deletes organizations. Your organizations are in the switcher in the top bar." />
        </Paper>
      </Stack>
    );
  }
  return <OrganizationsList />;
}

function OrganizationsList() {
  const { data, error, loading, refetch } = useOrganizationsQuery();
  const [editing, setEditing] = useState<OrganizationRowFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<OrganizationRowFieldsFragment | null>(null);
  const organizations = data?.organizations ?? [];

  return (
    <Stack gap={0}>
      <PageHeader
        title="Organizations"
        description="Each organization has its own members, roles, API keys, secrets and connections. As a super admin you can enter any of them with the switcher in the top bar."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New Organization
          </Button>
        }
      />
      {error && !data ? (
        <QueryError error={error} what="organizations" onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="xs" aria-busy={loading} aria-label="Loading organizations">
          <Skeleton h={44} />
          <Skeleton h={44} />
          <Skeleton h={44} />
        </Stack>
      ) : organizations.length === 0 ? (
        <Paper withBorder radius="md" py={48}>
          <EmptyState icon={<IconBuilding stroke={1.5} />} title="No organizations yet" description="Create one to give a team its own members, keys and secrets." />
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" aria-label="Organizations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Slug</Table.Th>
                <Table.Th ta="right">Members</Table.Th>
                <Table.Th ta="right">API keys</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th w={48}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organizations.map((organization) => (
                <OrganizationRow
                  key={organization.id}
                  organization={organization}
                  lastOne={organizations.length === 1}
                  onRename={() => setEditing(organization)}
                  onDelete={() => setDeleting(organization)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <OrganizationFormDialog organization={editing} onClose={() => setEditing(null)} />
      <DeleteOrganizationDialog organization={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

interface OrganizationRowProps {
  organization: OrganizationRowFieldsFragment;
  lastOne: boolean;
  onRename: () => void;
  onDelete: () => void;
}

function OrganizationRow({ organization, lastOne, onRename, onDelete }: OrganizationRowProps) {
  // The session must stay somewhere: the current organization and the last one cannot go.
  const deleteBlocked = organization.current ? 'Switch to another organization before deleting this one.' : lastOne ? 'The last organization cannot be deleted.' : null;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500} span>
          {organization.name}
        </Text>
        {organization.current ? (
          <Badge ml="xs" size="sm" variant="light">
            Current
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {organization.slug}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{organization.memberCount}</Table.Td>
      <Table.Td ta="right">{organization.apiKeyCount}</Table.Td>
      <Table.Td>
        <Text size="sm">{dayjs(organization.createdAt).format('D MMM YYYY')}</Text>
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${organization.name}`}>
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={onRename}>
              Rename
            </Menu.Item>
            <Tooltip label={deleteBlocked} disabled={deleteBlocked === null} position="left">
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} disabled={deleteBlocked !== null} onClick={onDelete}>
                Delete
              </Menu.Item>
            </Tooltip>
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}
