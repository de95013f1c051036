import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { DialogFooter } from './dialog-footer';
import { graphqlErrorMessage } from './graphql-errors';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen and what will break; shown above the buttons. */
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
  /** Runs the action; a thrown error is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** The one confirmation every destructive or far-reaching action goes through. */
export function ConfirmDialog({ opened, title, children, confirmLabel, danger = false, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    if (busy) return;
    setError(null);
    onClose();
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(graphqlErrorMessage(failure));
      return;
    } finally {
      setBusy(false);
    }
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack gap="md">
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        {error ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Not done" role="alert">
            {error}
          </Alert>
        ) : null}
        <DialogFooter confirmLabel={confirmLabel} onCancel={close} onConfirm={() => void confirm()} busy={busy} danger={danger} />
      </Stack>
    </Modal>
  );
}
