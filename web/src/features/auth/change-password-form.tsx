import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { PASSWORD_HINT } from '../../components/password-schema';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useChangePasswordMutation } from './auth.generated';
import { changePasswordSchema, type ChangePasswordValues } from './auth-schemas';

const SERVER_FIELDS: Record<string, Path<ChangePasswordValues>> = {
  currentPassword: 'currentPassword',
  newPassword: 'newPassword',
};

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

interface ChangePasswordFormProps {
  /** Called after the server accepted the new password. */
  onChanged: () => Promise<void> | void;
  /** Shown as a Cancel button when the person may leave without changing it. */
  onCancel?: () => void;
  /** Queries to reload with the change (the viewer, when it must no longer be asked). */
  refetchQueries?: string[];
  currentPasswordLabel?: string;
}

/** Current password, new password twice: the menu's dialog and the first-sign-in screen share it. */
export function ChangePasswordForm({ onChanged, onCancel, refetchQueries, currentPasswordLabel = 'Current password' }: ChangePasswordFormProps) {
  const [changePassword] = useChangePasswordMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });

  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    try {
      await changePassword({ variables: { currentPassword, newPassword }, refetchQueries, awaitRefetchQueries: true });
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
    await onChanged();
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Change password">
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Password not changed" role="alert">
            {formError}
          </Alert>
        ) : null}
        <PasswordInput label={currentPasswordLabel} autoComplete="current-password" data-autofocus error={errors.currentPassword?.message} {...register('currentPassword')} />
        <PasswordInput label="New password" description={PASSWORD_HINT} autoComplete="new-password" error={errors.newPassword?.message} {...register('newPassword')} />
        <PasswordInput label="Confirm new password" autoComplete="new-password" error={errors.confirmPassword?.message} {...register('confirmPassword')} />
        <Group justify="flex-end" mt="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={isSubmitting}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
