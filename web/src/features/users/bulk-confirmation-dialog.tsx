import { Stack, Text } from '@mantine/core';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../components/format';
import type { UserRowFieldsFragment } from '../../graphql/generated';

export type BulkKind = 'disable' | 'enable' | 'delete';

interface BulkConfirmationDialogProps {
  /** The bulk action awaiting confirmation; null keeps the dialog closed. */
  kind: BulkKind | null;
  users: UserRowFieldsFragment[];
  onClose: () => void;
  onConfirm: (kind: BulkKind, users: UserRowFieldsFragment[]) => Promise<void>;
}

/** Confirms disabling, enabling or deleting users, saying who is affected and what will break. */
export function BulkConfirmationDialog({ kind, users, onClose, onConfirm }: BulkConfirmationDialogProps) {
  const who = users.length === 1 ? (users[0]?.email ?? '') : plural(users.length, 'user');
  const copy = {
    disable: {
      title: users.length === 1 ? 'Disable user' : `Disable ${users.length} users`,
      confirm: users.length === 1 ? 'Disable user' : `Disable ${users.length} users`,
      body: `${who} will be signed out at once and cannot sign in until someone enables them again. Their account and roles are kept.`,
    },
    enable: {
      title: users.length === 1 ? 'Enable user' : `Enable ${users.length} users`,
      confirm: users.length === 1 ? 'Enable user' : `Enable ${users.length} users`,
      body: `${who} can sign in again with their existing password and roles.`,
    },
    delete: {
      title: users.length === 1 ? 'Delete user' : `Delete ${users.length} users`,
      confirm: users.length === 1 ? 'Delete user' : `Delete ${users.length} users`,
      body: `Deletion is permanent: ${who} lose${users.length === 1 ? 's' : ''} access at once, pending invitation links stop working, and this cannot be undone. To keep the account, disable it instead.`,
    },
  };
  const text = kind ? copy[kind] : copy.disable;
  return (
    <ConfirmDialog
      opened={kind !== null}
      title={text.title}
      confirmLabel={text.confirm}
      danger={kind !== 'enable'}
      onClose={onClose}
      onConfirm={() => (kind ? onConfirm(kind, users) : Promise.resolve())}
    >
      <Stack gap="xs">
        <Text size="sm">{text.body}</Text>
        {users.length > 1 ? (
          <Text size="xs" c="dimmed">
            {users.map((u) => u.email).join(', ')}
          </Text>
        ) : null}
      </Stack>
    </ConfirmDialog>
  );
}
