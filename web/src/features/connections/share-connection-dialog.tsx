import { Alert, Modal, MultiSelect, Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import { QueryError } from '../../components/query-error';
import { useViewer } from '../../components/viewer-context';
import type { ConnectionCardFieldsFragment } from '../../graphql/generated';
import { useConnectionShareCandidatesQuery, useShareConnectionMutation } from './connections.generated';

interface ShareConnectionDialogProps {
  /** A personal connection of the viewer; null when closed. */
  connection: ConnectionCardFieldsFragment | null;
  onClose: () => void;
}

/** Share a personal connection with chosen members: they can use it in workflows but never see its values. */
export function ShareConnectionDialog({ connection, onClose }: ShareConnectionDialogProps) {
  return (
    <Modal opened={connection !== null} onClose={onClose} title={connection ? `Share ${connection.name}` : 'Share'} centered>
      {connection ? <ShareForm connection={connection} onClose={onClose} /> : null}
    </Modal>
  );
}

function ShareForm({ connection, onClose }: { connection: ConnectionCardFieldsFragment; onClose: () => void }) {
  const viewer = useViewer();
  const candidates = useConnectionShareCandidatesQuery({ variables: { id: connection.id } });
  const [shareConnection, { loading }] = useShareConnectionMutation();
  const [selected, setSelected] = useState<string[]>(connection.sharedWith.map((user) => user.id));
  const [error, setError] = useState<string | null>(null);
  // Closed after each pick, so the list never lies over Cancel and Save.
  const [dropdownOpened, setDropdownOpened] = useState(false);

  // Members already shared with stay selectable even if the member list does not return them.
  const options = new Map<string, string>();
  for (const user of connection.sharedWith) options.set(user.id, `${user.displayName} (${user.email})`);
  for (const user of candidates.data?.connectionShareCandidates ?? []) {
    if (user.id !== viewer.id) options.set(user.id, `${user.displayName} (${user.email})`);
  }

  async function save() {
    setError(null);
    try {
      await shareConnection({ variables: { id: connection.id, userIds: selected } });
    } catch (failure) {
      setError(graphqlErrorMessage(failure));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Sharing updated',
      message: selected.length === 0 ? `${connection.name} is private to you again.` : `${connection.name} is shared with ${selected.length} member${selected.length === 1 ? '' : 's'}.`,
    });
    onClose();
  }

  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
        Members you choose can use this connection in their workflows without ever seeing its credential values. Only you can edit
        or delete it.
      </Alert>
      {candidates.error ? (
        <QueryError error={candidates.error} what="members" onRetry={() => void candidates.refetch()} />
      ) : candidates.loading ? (
        <Skeleton h={36} />
      ) : (
        <MultiSelect
          label="Share with"
          placeholder={selected.length === 0 ? 'Choose members' : undefined}
          data={[...options].map(([value, label]) => ({ value, label }))}
          value={selected}
          onChange={setSelected}
          searchable
          clearable
          nothingFoundMessage="No member matches"
          dropdownOpened={dropdownOpened}
          onDropdownOpen={() => setDropdownOpened(true)}
          onDropdownClose={() => setDropdownOpened(false)}
          onOptionSubmit={() => setDropdownOpened(false)}
          maxDropdownHeight={200}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {error ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title="Sharing not changed" role="alert">
          {error}
        </Alert>
      ) : null}
      <DialogFooter confirmLabel="Save sharing" onCancel={onClose} onConfirm={() => void save()} busy={loading} />
    </Stack>
  );
}
