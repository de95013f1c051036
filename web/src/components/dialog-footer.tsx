import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { STICKY_DIALOG_FOOTER } from './long-dialog';

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
  /** Long dialogs: the footer stays at the bottom of the scrolling modal, so the primary button is always reachable. */
  sticky?: boolean;
}

/** The Cancel / primary button pair at the foot of every dialog. */
export function DialogFooter({ confirmLabel, onCancel, onConfirm, busy, danger = false, disabled = false, note, sticky = false }: DialogFooterProps) {
  const style = sticky ? STICKY_DIALOG_FOOTER : undefined;
  const buttons = (
    <>
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
    </>
  );
  // Without a note the buttons sit directly in the (possibly sticky) footer: one Group, no wrapper.
  if (note === undefined)
    return (
      <Group gap="sm" justify="flex-end" mt="sm" style={style}>
        {buttons}
      </Group>
    );
  return (
    <Group justify="space-between" mt="sm" style={style}>
      {note}
      <Group gap="sm" justify="flex-end">
        {buttons}
      </Group>
    </Group>
  );
}
