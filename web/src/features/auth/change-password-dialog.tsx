import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ChangePasswordForm } from './change-password-form';

interface ChangePasswordDialogProps {
  opened: boolean;
  onClose: () => void;
}

export function ChangePasswordDialog({ opened, onClose }: ChangePasswordDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Change password" centered>
      {opened ? (
        <ChangePasswordForm
          onCancel={onClose}
          onChanged={() => {
            notifications.show({ color: 'teal', title: 'Password changed', message: 'Use your new password the next time you sign in.' });
            onClose();
          }}
        />
      ) : null}
    </Modal>
  );
}
