import { Alert, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import { QueryError } from '../../components/query-error';
import { useViewer } from '../../components/viewer-context';
import type { UserRowFieldsFragment } from '../../graphql/generated';
import { useUserFormOptionsQuery } from './users.generated';
import { useSetUserRolesMutation, useSetUsersRolesMutation } from './user-dialogs.generated';
import { RoleCheckboxes } from './role-checkboxes';

interface ManageRolesDialogProps {
  /** One user (their roles are preselected) or several (bulk: every one gets exactly the chosen roles). */
  users: UserRowFieldsFragment[];
  opened: boolean;
  onClose: () => void;
  onDone?: () => void;
}

export function ManageRolesDialog({ users, opened, onClose, onDone }: ManageRolesDialogProps) {
  const title = users.length === 1 ? `Manage roles of ${users[0]?.displayName ?? ''}` : `Manage roles of ${users.length} users`;
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
      {opened ? <ManageRolesForm users={users} onClose={onClose} onDone={onDone} /> : null}
    </Modal>
  );
}

function ManageRolesForm({ users, onClose, onDone }: Omit<ManageRolesDialogProps, 'opened'>) {
  const viewer = useViewer();
  const options = useUserFormOptionsQuery();
  const single = users.length === 1 ? users[0] : undefined;
  const [roleIds, setRoleIds] = useState<string[]>(single ? single.roles.map((r) => r.id) : []);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [setUserRoles] = useSetUserRolesMutation();
  const [setUsersRoles] = useSetUsersRolesMutation();

  if (options.error) return <QueryError error={options.error} what="roles" onRetry={() => void options.refetch()} />;
  if (!options.data) return <Skeleton h={160} aria-label="Loading roles" />;

  async function save() {
    if (roleIds.length === 0) {
      setProblem('Choose at least one role.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      if (single) await setUserRoles({ variables: { id: single.id, roleIds }, refetchQueries: ['Users'] });
      else await setUsersRoles({ variables: { ids: users.map((u) => u.id), roleIds }, refetchQueries: ['Users'] });
    } catch (error) {
      setProblem(graphqlErrorMessage(error));
      return;
    } finally {
      setBusy(false);
    }
    notifications.show({ color: 'teal', title: 'Roles saved', message: single ? `${single.displayName} now has the chosen roles.` : `${users.length} users now have the chosen roles.` });
    onDone?.();
    onClose();
  }

  return (
    <Stack gap="md">
      {single ? null : (
        <Text size="sm">
          Every selected user gets exactly the roles you choose here; roles not chosen are removed from them. Their permissions change on their next
          request.
        </Text>
      )}
      <RoleCheckboxes
        label="Roles"
        description="At least one. Permissions change on the user's next request."
        roles={options.data.roles}
        value={roleIds}
        onChange={setRoleIds}
        viewerPermissions={viewer.permissions}
        error={problem === 'Choose at least one role.' ? problem : undefined}
      />
      {problem && problem !== 'Choose at least one role.' ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title="Roles not changed" role="alert">
          {problem}
        </Alert>
      ) : null}
      <DialogFooter confirmLabel={single ? 'Save roles' : `Apply to ${users.length} users`} onCancel={onClose} onConfirm={() => void save()} busy={busy} />
    </Stack>
  );
}
