import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { z } from 'zod';
import { DialogFooter } from '../../components/dialog-footer';
import { newPasswordSchema, PASSWORD_HINT } from '../../components/password-schema';
import { reportMutationError } from '../../components/server-field-errors';
import { useViewer } from '../../components/viewer-context';
import type { UserFormOptionsQuery, UserRowFieldsFragment } from '../../graphql/generated';
import { useCreateUserMutation } from './user-dialogs.generated';
import { defaultRoleIds, RoleCheckboxes } from './role-checkboxes';
import { emailAddressSchema, personNameSchema, roleIdsSchema } from './user-form-schema';

const createUserSchema = z
  .object({
    firstName: personNameSchema,
    lastName: personNameSchema,
    email: emailAddressSchema,
    password: newPasswordSchema,
    confirmPassword: z.string(),
    roleIds: roleIdsSchema,
  })
  .refine((values) => values.password === values.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });

type CreateUserValues = z.infer<typeof createUserSchema>;

const SERVER_FIELDS: Partial<Record<string, Path<CreateUserValues>>> = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  password: 'password',
  roleIds: 'roleIds',
};

interface CreateUserFieldsProps {
  options: UserFormOptionsQuery;
  onClose: () => void;
  onCreated?: (user: UserRowFieldsFragment) => void;
}

/** The portal's Create User: an Active account with an initial password, to be changed at first sign-in. */
export function CreateUserFields({ options, onClose, onCreated }: CreateUserFieldsProps) {
  const viewer = useViewer();
  const [createUser] = useCreateUserMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserValues>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { firstName: '', lastName: '', email: '', password: '', confirmPassword: '', roleIds: defaultRoleIds(options.roles, viewer.permissions) },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await createUser({
        variables: {
          input: { email: values.email, firstName: values.firstName || null, lastName: values.lastName || null, password: values.password, roleIds: values.roleIds },
        },
        refetchQueries: ['Users'],
      });
      if (data) onCreated?.(data.createUser);
    } catch (error) {
      setFormError(reportMutationError(error, setError, SERVER_FIELDS));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'User created',
      message: `${values.email} is active now and must choose a new password at first sign-in. Give them the initial password through a safe channel.`,
    });
    onClose();
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Create user with password">
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="User not created" role="alert">
            {formError}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" autoComplete="off" error={errors.firstName?.message} {...register('firstName')} />
          <TextInput label="Last name" autoComplete="off" error={errors.lastName?.message} {...register('lastName')} />
        </SimpleGrid>
        <TextInput label="Email address" type="email" withAsterisk autoComplete="off" description="The user signs in with it." error={errors.email?.message} data-autofocus {...register('email')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput label="Initial password" withAsterisk description={PASSWORD_HINT} autoComplete="new-password" error={errors.password?.message} {...register('password')} />
          <PasswordInput label="Confirm initial password" withAsterisk autoComplete="new-password" error={errors.confirmPassword?.message} {...register('confirmPassword')} />
        </SimpleGrid>
        <Controller
          control={control}
          name="roleIds"
          render={({ field }) => (
            <RoleCheckboxes
              label="Roles"
              description="You can change them later with Manage roles."
              roles={options.roles}
              value={field.value}
              onChange={field.onChange}
              viewerPermissions={viewer.permissions}
              error={errors.roleIds?.message}
            />
          )}
        />
        <DialogFooter confirmLabel="Create user" onCancel={onClose} busy={isSubmitting} />
      </Stack>
    </form>
  );
}
