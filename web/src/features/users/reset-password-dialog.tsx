import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { z } from 'zod';
import type { UserRowFieldsFragment } from '../../graphql/generated';
import { useResetUserPasswordMutation } from './user-dialogs.generated';
import { newPasswordSchema } from '../../components/password-schema';
import { reportMutationError } from '../../components/server-field-errors';
import { DialogFooter } from '../../components/dialog-footer';

const resetSchema = z
  .object({
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => values.password === values.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });

type ResetValues = z.infer<typeof resetSchema>;

const SERVER_FIELDS: Partial<Record<string, Path<ResetValues>>> = { password: 'password' };

interface ResetPasswordDialogProps {
  user: UserRowFieldsFragment | null;
  onClose: () => void;
}

/** Super admins only: sets a new password for someone else and ends their sessions. */
export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  return (
    <Modal opened={user !== null} onClose={onClose} title="Reset password" centered>
      {user ? <ResetPasswordForm key={user.id} user={user} onClose={onClose} /> : null}
    </Modal>
  );
}

function ResetPasswordForm({ user, onClose }: { user: UserRowFieldsFragment; onClose: () => void }) {
  const [resetPassword] = useResetUserPasswordMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetValues>({ resolver: zodResolver(resetSchema), defaultValues: { password: '', confirmPassword: '' } });

  const onSubmit = handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await resetPassword({ variables: { id: user.id, password } });
    } catch (error) {
      setFormError(reportMutationError(error, setError, SERVER_FIELDS));
      return;
    }
    notifications.show({ color: 'teal', title: 'Password reset', message: `${user.displayName} was signed out everywhere and must use the new password.` });
    onClose();
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Reset password">
      <Stack gap="md">
        <Text size="sm">
          Set a new password for <strong>{user.email}</strong>. They are signed out of every session at once; give them the new password through a
          channel you trust.
        </Text>
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Password not reset" role="alert">
            {formError}
          </Alert>
        ) : null}
        <PasswordInput
          label="New password"
          description="At least 12 characters, mixing three of: lowercase, uppercase, digits, symbols."
          autoComplete="new-password"
          data-autofocus
          error={errors.password?.message}
          {...register('password')}
        />
        <PasswordInput label="Confirm new password" autoComplete="new-password" error={errors.confirmPassword?.message} {...register('confirmPassword')} />
        <DialogFooter confirmLabel="Reset password" onCancel={onClose} busy={isSubmitting} danger />
      </Stack>
    </form>
  );
}
