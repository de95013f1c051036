import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

interface DialogFooterProps {
  /** The primary button's label. */
  confirmLabel: ReactNode;
  onCancel: () => void;
  /** Runs the action on click; without it the primary button submits the surrounding form. */
  onConfirm?: () => void;
  /** The action is running: the primary button spins and Cancel waits. */
  busy: boolean;
  /** Red primary button for destructive actions. */
  danger?: boolean;
  disabled?: boolean;
  /** A line shown at the left of the buttons. */
  note?: ReactNode;
}

/** The Cancel / primary button pair at the foot of every dialog. */
export function DialogFooter({ confirmLabel, onCancel, onConfirm, busy, danger = false, disabled = false, note }: DialogFooterProps) {
  const buttons = (
    <Group gap="sm" justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        color={danger ? 'red' : undefined}
        loading={busy}
        disabled={disabled}
        onClick={onConfirm}
      >
        {confirmLabel}
      </Button>
    </Group>
  );
  if (note === undefined) return <Group justify="flex-end" mt="sm">{buttons}</Group>;
  return (
    <Group justify="space-between" mt="sm">
      {note}
      {buttons}
    </Group>
  );
}
