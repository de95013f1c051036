import { Accordion, Badge, Button, EmptyState, Group, Paper, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconLock, IconPencil, IconPlus, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { RowActionsHeader, RowActionsMenu } from '../../components/row-actions';
import { useHasPermission, useViewer } from '../../components/viewer-context';
import type { RoleFieldsFragment } from '../../graphql/generated';
import { useDeleteRoleMutation, useRolesQuery } from './roles.generated';
import { RoleEditorDialog, type PermissionGroups } from './role-editor-dialog';

function holders(role: RoleFieldsFragment): string {
  return `${plural(role.usage.members, 'member')}${role.usage.apiKeys > 0 ? `, ${plural(role.usage.apiKeys, 'API key')}` : ''}`;
}

export function RolesPage() {
  const canManage = useHasPermission('ROLES_MANAGE');
  const { data, error, loading, refetch } = useRolesQuery();
  const [editing, setEditing] = useState<RoleFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RoleFieldsFragment | null>(null);
  const [deleteRole] = useDeleteRoleMutation();

  const builtIns = data?.roles.filter((r) => r.builtIn) ?? [];
  const custom = data?.roles.filter((r) => !r.builtIn) ?? [];

  return (
    <Stack gap={0}>
      <PageHeader
        title="Roles"
        description="A role is a named set of permissions. Built-in roles are the same in every organization; custom roles belong to this one."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} disabled={!data}>
              New Role
            </Button>
          ) : null
        }
      />
      {error && !data ? (
        <QueryError error={error} what="roles" onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="md" aria-busy={loading} aria-label="Loading roles">
          <Skeleton h={180} />
          <Skeleton h={120} />
        </Stack>
      ) : (
        <Stack gap="xl">
          <section aria-labelledby="custom-roles-title">
            <Title order={3} size="h4" mb="sm" id="custom-roles-title">
              Custom roles
            </Title>
            {custom.length === 0 ? (
              <Paper withBorder radius="md" py={36}>
                <EmptyState
                  icon={<IconShieldCheck stroke={1.5} />}
                  title="No custom roles yet"
                  description={canManage ? 'Create one when the built-in roles grant too much or too little.' : 'An administrator can create them.'}
                />
              </Paper>
            ) : (
              <Paper withBorder radius="md">
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Permissions</Table.Th>
                      <Table.Th>Held by</Table.Th>
                      <RowActionsHeader />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {custom.map((role) => (
                      <CustomRoleRow key={role.id} role={role} groups={data.permissions} canManage={canManage} onEdit={() => setEditing(role)} onDelete={() => setDeleting(role)} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            )}
          </section>

          <section aria-labelledby="built-in-roles-title">
            <Group gap="xs" mb="sm">
              <Title order={3} size="h4" id="built-in-roles-title">
                Built-in roles
              </Title>
              <Tooltip label="Built-in roles are read-only">
                <IconLock size={16} color="var(--mantine-color-dimmed)" aria-label="Read-only" />
              </Tooltip>
            </Group>
            <Paper withBorder radius="md">
              <Accordion variant="default" chevronPosition="left">
                {builtIns.map((role) => (
                  <Accordion.Item key={role.id} value={role.id}>
                    <Accordion.Control aria-label={role.name}>
                      <Group justify="space-between" wrap="nowrap" pr="md">
                        <div>
                          <Text fw={500}>{role.name}</Text>
                          <Text size="sm" c="dimmed">
                            {role.description}
                          </Text>
                        </div>
                        <Group gap="xs" wrap="nowrap">
                          <Badge variant="light" color="gray">
                            {plural(role.permissions.length, 'permission')}
                          </Badge>
                          <Badge variant="outline" color="gray">
                            {holders(role)}
                          </Badge>
                        </Group>
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <PermissionSummary permissions={role.permissions} groups={data.permissions} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </Paper>
          </section>
        </Stack>
      )}

      <RoleEditorDialog role={editing} groups={data?.permissions ?? []} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete role"
        confirmLabel="Delete role"
        danger
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deleteRole({ variables: { id: deleting.id }, refetchQueries: ['Roles'] });
          notifications.show({ color: 'teal', title: 'Role deleted', message: `${deleting.name} was deleted.` });
        }}
      >
        {`Delete the custom role “${deleting?.name ?? ''}”? This is permanent. Nobody holds it now, so no one loses access.`}
      </ConfirmDialog>
    </Stack>
  );
}

function CustomRoleRow({
  role,
  groups,
  canManage,
  onEdit,
  onDelete,
}: {
  role: RoleFieldsFragment;
  groups: PermissionGroups;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const viewer = useViewer();
  const inUse = role.usage.members + role.usage.apiKeys > 0;
  // The server refuses to let anyone change a role granting more than they hold; do not offer it.
  const editable = canManage && role.permissions.every((p) => viewer.permissions.includes(p));
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {role.name}
        </Text>
        {role.description ? (
          <Text size="xs" c="dimmed">
            {role.description}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Tooltip label={<PermissionSummary permissions={role.permissions} groups={groups} compact />} multiline w={320}>
          <Badge variant="light" color="gray">
            {plural(role.permissions.length, 'permission')}
          </Badge>
        </Tooltip>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{holders(role)}</Text>
      </Table.Td>
      <Table.Td>
        {editable ? (
          <RowActionsMenu
            label={`Actions for ${role.name}`}
            actions={[
              { key: 'edit', label: 'Edit Role', icon: IconPencil, onClick: onEdit },
              {
                key: 'delete',
                label: inUse ? `Delete Role (held by ${holders(role)})` : 'Delete Role',
                icon: IconTrash,
                color: 'red',
                disabled: inUse,
                title: inUse ? `Held by ${holders(role)}: remove it from them first` : undefined,
                onClick: onDelete,
              },
            ]}
          />
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

function PermissionSummary({ permissions, groups, compact = false }: { permissions: readonly string[]; groups: PermissionGroups; compact?: boolean }) {
  const held = groups
    .map((group) => ({ area: group.area, items: group.permissions.filter((p) => permissions.includes(p.name)) }))
    .filter((group) => group.items.length > 0);
  if (held.length === 0) return <Text size="sm">No permissions.</Text>;
  return (
    <Stack gap={compact ? 4 : 'sm'}>
      {held.map((group) => (
        <div key={group.area}>
          <Text size={compact ? 'xs' : 'sm'} fw={600}>
            {group.area}
          </Text>
          {group.items.map((p) => (
            <Group key={p.name} gap={6} wrap="nowrap">
              <IconCheck size={compact ? 12 : 14} color="var(--mantine-color-teal-6)" />
              <Text size={compact ? 'xs' : 'sm'}>{p.label}</Text>
            </Group>
          ))}
        </div>
      ))}
    </Stack>
  );
}
