import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { z } from 'zod';
import type { UserRowFieldsFragment } from '../../graphql/generated';
import { useUpdateUserMutation } from './user-dialogs.generated';
import { reportMutationError } from '../../components/server-field-errors';
import { DialogFooter } from '../../components/dialog-footer';

const editUserSchema = z.object({
  firstName: z.string().trim().max(100, 'Use at most 100 characters.'),
  lastName: z.string().trim().max(100, 'Use at most 100 characters.'),
  displayName: z.string().trim().min(1, 'Display name is required.').max(200, 'Use at most 200 characters.'),
});

type EditUserValues = z.infer<typeof editUserSchema>;

const SERVER_FIELDS: Partial<Record<string, Path<EditUserValues>>> = { firstName: 'firstName', lastName: 'lastName', displayName: 'displayName' };

interface EditUserDialogProps {
  user: UserRowFieldsFragment | null;
  onClose: () => void;
}

export function EditUserDialog({ user, onClose }: EditUserDialogProps) {
  return (
    <Modal opened={user !== null} onClose={onClose} title="Edit user" centered>
      {user ? <EditUserForm key={user.id} user={user} onClose={onClose} /> : null}
    </Modal>
  );
}

function EditUserForm({ user, onClose }: { user: UserRowFieldsFragment; onClose: () => void }) {
  const [updateUser] = useUpdateUserMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EditUserValues>({
    resolver: zodResolver(editUserSchema),
    defaultValues: { firstName: user.firstName ?? '', lastName: user.lastName ?? '', displayName: user.displayName },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await updateUser({
        variables: { id: user.id, input: { firstName: values.firstName || null, lastName: values.lastName || null, displayName: values.displayName } },
      });
    } catch (error) {
      setFormError(reportMutationError(error, setError, SERVER_FIELDS));
      return;
    }
    notifications.show({ color: 'teal', title: 'User saved', message: `${values.displayName} was updated.` });
    onClose();
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Edit user">
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="User not saved" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput label="Email" value={user.email} readOnly disabled />
        <SimpleGrid cols={2}>
          <TextInput label="First name" error={errors.firstName?.message} {...register('firstName')} />
          <TextInput label="Last name" error={errors.lastName?.message} {...register('lastName')} />
        </SimpleGrid>
        <TextInput label="Display name" withAsterisk error={errors.displayName?.message} {...register('displayName')} />
        <DialogFooter confirmLabel="Save" onCancel={onClose} busy={isSubmitting} />
      </Stack>
    </form>
  );
}
