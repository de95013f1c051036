import { Badge, Checkbox, Group, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconKey, IconMailForward, IconPencil, IconPlayerPause, IconPlayerPlay, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { RelativeTime } from '../../components/relative-time';
import { RowActionsHeader, RowActionsMenu } from '../../components/row-actions';
import type { RowAction } from '../../components/row-actions-dropdown';
import { StatusBadge } from '../../components/status-badge';
import { useViewer } from '../../components/viewer-context';
import type { UserRowFieldsFragment } from '../../graphql/generated';
import { canSelectUser, userActions, type UserAction } from './user-actions';
import { signInMethodLabel } from './user-labels';

interface UsersTableProps {
  rows: UserRowFieldsFragment[];
  /** Shows the selection checkboxes (the viewer may manage users). */
  withCheckboxes: boolean;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSelectionChange: (selected: Set<string>) => void;
  onAction: (action: UserAction, user: UserRowFieldsFragment) => void;
}

/** The users of one page, with selection for bulk actions and each row's action menu. */
export function UsersTable({ rows, withCheckboxes, selected, onToggle, onSelectionChange, onAction }: UsersTableProps) {
  const viewer = useViewer();
  const selectable = rows.filter((u) => canSelectUser(viewer, u));
  const anySelected = rows.some((u) => selected.has(u.id));
  const allSelected = selectable.every((u) => selected.has(u.id));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {withCheckboxes ? (
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all users on this page"
                  checked={selectable.length > 0 && allSelected}
                  indeterminate={anySelected && !allSelected}
                  disabled={selectable.length === 0}
                  onChange={(event) => onSelectionChange(event.currentTarget.checked ? new Set(selectable.map((u) => u.id)) : new Set())}
                />
              </Table.Th>
            ) : null}
            <Table.Th>Name</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Sign-in method</Table.Th>
            <Table.Th>Last login</Table.Th>
            <RowActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isViewer={user.id === viewer.id}
              withCheckbox={withCheckboxes}
              selectable={canSelectUser(viewer, user)}
              selected={selected.has(user.id)}
              onToggle={() => onToggle(user.id)}
              actions={userActions(viewer, user)}
              onAction={(action) => onAction(action, user)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface UserRowProps {
  user: UserRowFieldsFragment;
  isViewer: boolean;
  withCheckbox: boolean;
  selectable: boolean;
  selected: boolean;
  onToggle: () => void;
  actions: UserAction[];
  onAction: (action: UserAction) => void;
}

const ACTION_ITEMS: Record<UserAction, Pick<RowAction, 'label' | 'icon' | 'color'>> = {
  manageRoles: { label: 'Manage Roles', icon: IconShieldCheck },
  edit: { label: 'Edit User', icon: IconPencil },
  disable: { label: 'Disable User', icon: IconPlayerPause },
  enable: { label: 'Enable User', icon: IconPlayerPlay },
  resendInvitation: { label: 'Resend Invitation', icon: IconMailForward },
  resetPassword: { label: 'Reset Password', icon: IconKey },
  delete: { label: 'Delete User', icon: IconTrash, color: 'red' },
};

function UserRow({ user, isViewer, withCheckbox, selectable, selected, onToggle, actions, onAction }: UserRowProps) {
  return (
    <Table.Tr bg={selected ? 'var(--mantine-color-indigo-0)' : undefined}>
      {withCheckbox ? (
        <Table.Td>
          <Checkbox aria-label={`Select ${user.email}`} checked={selected} disabled={!selectable} onChange={onToggle} />
        </Table.Td>
      ) : null}
      <Table.Td>
        <Group gap={6}>
          <Text size="sm" fw={500}>
            {user.displayName}
          </Text>
          {isViewer ? (
            <Badge size="xs" variant="outline" color="gray">
              You
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {user.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {user.roles.map((role) => (
            <Badge key={role.id} variant="light" color="gray" radius="sm">
              {role.name}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={user.status} />
        {user.invitation ? (
          user.invitation.expired ? (
            <Text size="xs" c="red" mt={2}>
              Invitation expired — resend it
            </Text>
          ) : (
            <Text size="xs" c="dimmed" mt={2}>
              Sent <RelativeTime value={user.invitation.sentAt} size="xs" c="dimmed" /> · expires <RelativeTime value={user.invitation.expiresAt} size="xs" c="dimmed" />
            </Text>
          )
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{signInMethodLabel(user)}</Text>
      </Table.Td>
      <Table.Td>
        <RelativeTime value={user.lastLoginAt} fallback="Never" />
      </Table.Td>
      <Table.Td>
        {actions.length > 0 ? (
          <RowActionsMenu label={`Actions for ${user.email}`} actions={actions.map((action) => ({ key: action, ...ACTION_ITEMS[action], onClick: () => onAction(action) }))} />
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

export function UsersSkeleton() {
  return (
    <Paper withBorder radius="md" p="md" aria-busy="true" aria-label="Loading users">
      <Stack gap="md">
        {[0, 1, 2, 3, 4].map((row) => (
          <Group key={row} gap="md" wrap="nowrap">
            <Skeleton h={32} w={32} circle />
            <Skeleton h={14} w="30%" />
            <Skeleton h={14} w="15%" />
            <Skeleton h={14} w="10%" />
            <Skeleton h={14} w="15%" />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
