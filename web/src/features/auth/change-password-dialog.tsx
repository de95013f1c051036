import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { z } from 'zod';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useChangePasswordMutation } from '../../graphql/generated';
import { newPasswordSchema, PASSWORD_HINT } from './auth-schemas';

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  })
  .refine((values) => values.newPassword !== values.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

type ChangePasswordValues = z.infer<typeof changePasswordSchema>;

const SERVER_FIELDS: Record<string, Path<ChangePasswordValues>> = {
  currentPassword: 'currentPassword',
  newPassword: 'newPassword',
};

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

interface ChangePasswordDialogProps {
  opened: boolean;
  onClose: () => void;
}

export function ChangePasswordDialog({ opened, onClose }: ChangePasswordDialogProps) {
  const [changePassword] = useChangePasswordMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });

  function close() {
    reset(EMPTY);
    setFormError(null);
    onClose();
  }

  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    try {
      await changePassword({ variables: { currentPassword, newPassword } });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const unclaimed = applyServerFieldErrors(problems, setError, (field) => SERVER_FIELDS[field] ?? null);
      if (unclaimed.length > 0) setFormError(unclaimed.map((problem) => problem.message).join(' '));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Password changed',
      message: 'Use your new password the next time you sign in.',
    });
    close();
  });

  return (
    <Modal opened={opened} onClose={close} title="Change password" centered>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Change password">
        <Stack gap="md">
          {formError ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title="Password not changed" role="alert">
              {formError}
            </Alert>
          ) : null}
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            data-autofocus
            error={errors.currentPassword?.message}
            {...register('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description={PASSWORD_HINT}
            autoComplete="new-password"
            error={errors.newPassword?.message}
            {...register('newPassword')}
          />
          <PasswordInput
            label="Confirm new password"
            autoComplete="new-password"
            error={errors.confirmPassword?.message}
            {...register('confirmPassword')}
          />
          <DialogFooter confirmLabel="Change password" onCancel={close} busy={isSubmitting} />
        </Stack>
      </form>
    </Modal>
  );
}
