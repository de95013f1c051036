import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, NativeSelect, SegmentedControl, SimpleGrid, Skeleton, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { z } from 'zod';
import { DialogFooter } from '../../components/dialog-footer';
import { revealingErrors } from '../../components/long-dialog';
import { QueryError } from '../../components/query-error';
import { useViewer } from '../../components/viewer-context';
import type { SignInMethod, UserFormOptionsQuery, UserRowFieldsFragment } from '../../graphql/generated';
import { useUserFormOptionsQuery } from './users.generated';
import { useInviteUserMutation } from './user-dialogs.generated';
import { CreateUserFields } from './create-user-fields';
import { defaultRoleIds, RoleCheckboxes } from './role-checkboxes';
import { emailAddressSchema, personNameSchema, roleIdsSchema } from './user-form-schema';
import { reportMutationError } from '../../components/server-field-errors';

const addUserSchema = z.object({
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailAddressSchema,
  signInMethod: z.string().min(1, 'Choose how the user signs in.'),
  roleIds: roleIdsSchema,
});

type AddUserValues = z.infer<typeof addUserSchema>;

const SERVER_FIELDS: Partial<Record<string, Path<AddUserValues>>> = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  signInMethod: 'signInMethod',
  ssoProvider: 'signInMethod',
  roleIds: 'roleIds',
};

/** Select values carry the method and, for SSO, the provider: "PASSWORD" or "SSO:okta". */
function parseSignInMethod(value: string): { signInMethod: SignInMethod; ssoProvider: string | null } {
  if (value.startsWith('SSO:')) return { signInMethod: 'SSO', ssoProvider: value.slice(4) };
  return { signInMethod: 'PASSWORD', ssoProvider: null };
}

function signInMethodValue(option: UserFormOptionsQuery['signInMethods'][number]): string {
  return option.method === 'SSO' && option.provider ? `SSO:${option.provider}` : option.method;
}

/** The provider's name when the chosen method is SSO, else null. */
function ssoProviderLabel(options: UserFormOptionsQuery, value: string): string | null {
  if (!value.startsWith('SSO:')) return null;
  return options.signInMethods.find((m) => signInMethodValue(m) === value)?.label ?? null;
}

interface AddUserDialogProps {
  opened: boolean;
  onClose: () => void;
  onInvited?: (user: UserRowFieldsFragment) => void;
}

/** Add User: invites someone by email with a sign-in method and initial role(s). */
export function AddUserDialog({ opened, onClose, onInvited }: AddUserDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add user" centered size="lg">
      {opened ? <AddUserForm onClose={onClose} onInvited={onInvited} /> : null}
    </Modal>
  );
}

function AddUserForm({ onClose, onInvited }: Omit<AddUserDialogProps, 'opened'>) {
  const options = useUserFormOptionsQuery();
  if (options.error) return <QueryError error={options.error} what="roles and sign-in methods" onRetry={() => void options.refetch()} />;
  if (!options.data) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading the form">
        <Skeleton h={36} />
        <Skeleton h={36} />
        <Skeleton h={120} />
      </Stack>
    );
  }
  return <AddUserModes options={options.data} onClose={onClose} onInvited={onInvited} />;
}

type AddUserMode = 'invite' | 'password';

/** Super admins may create the account with an initial password instead; everyone else invites. */
function AddUserModes(props: Omit<AddUserDialogProps, 'opened'> & { options: UserFormOptionsQuery }) {
  const viewer = useViewer();
  const [mode, setMode] = useState<AddUserMode>('invite');
  if (!viewer.isSuperAdmin) return <AddUserFields {...props} />;
  return (
    <Stack gap="md">
      <SegmentedControl
        fullWidth
        aria-label="How to add the user"
        value={mode}
        onChange={(value) => setMode(value === 'password' ? 'password' : 'invite')}
        data={[
          { value: 'invite', label: 'Send invitation' },
          { value: 'password', label: 'Create with password' },
        ]}
      />
      {mode === 'password' ? <CreateUserFields options={props.options} onClose={props.onClose} onCreated={props.onInvited} /> : <AddUserFields {...props} />}
    </Stack>
  );
}

function AddUserFields({ options, onClose, onInvited }: Omit<AddUserDialogProps, 'opened'> & { options: UserFormOptionsQuery }) {
  const viewer = useViewer();
  const [inviteUser] = useInviteUserMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddUserValues>({
    resolver: zodResolver(addUserSchema),
    defaultValues: { firstName: '', lastName: '', email: '', signInMethod: 'PASSWORD', roleIds: defaultRoleIds(options.roles, viewer.permissions) },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await inviteUser({
        variables: {
          input: {
            email: values.email,
            firstName: values.firstName || null,
            lastName: values.lastName || null,
            ...parseSignInMethod(values.signInMethod),
            roleIds: values.roleIds,
          },
        },
        refetchQueries: ['Users'],
      });
      if (data) onInvited?.(data.inviteUser);
    } catch (error) {
      setFormError(reportMutationError(error, setError, SERVER_FIELDS));
      return;
    }
    const provider = ssoProviderLabel(options, values.signInMethod);
    notifications.show({
      color: 'teal',
      title: 'Invitation sent',
      message:
        provider === null
          ? `${values.email} will get an email with a link to set a password. The link works once and expires in 7 days.`
          : `${values.email} will get an email with a link to sign in with ${provider}. The link works once and expires in 7 days.`,
    });
    onClose();
  });

  return (
    <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label="Add user">
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="User not added" role="alert">
            {formError}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" autoComplete="off" error={errors.firstName?.message} {...register('firstName')} />
          <TextInput label="Last name" autoComplete="off" error={errors.lastName?.message} {...register('lastName')} />
        </SimpleGrid>
        <TextInput
          label="Email address"
          type="email"
          withAsterisk
          autoComplete="off"
          description="The invitation is sent here."
          error={errors.email?.message}
          data-autofocus
          {...register('email')}
        />
        <NativeSelect
          label="Sign-in method"
          description={
            options.signInMethods.some((m) => m.method === 'SSO')
              ? 'How the user will authenticate. With single sign-on, the invitation is accepted by signing in at the provider; no password is set.'
              : 'How the user will authenticate. SSO providers appear here once one is configured under Single sign-on.'
          }
          data={options.signInMethods.map((m) => ({
            value: signInMethodValue(m),
            label: m.method === 'SSO' ? `${m.label} (single sign-on)` : m.label,
          }))}
          error={errors.signInMethod?.message}
          {...register('signInMethod')}
        />
        <Controller
          control={control}
          name="roleIds"
          render={({ field }) => (
            <RoleCheckboxes
              label="Initial role"
              description="You can change it later with Manage roles."
              roles={options.roles}
              value={field.value}
              onChange={field.onChange}
              viewerPermissions={viewer.permissions}
              error={errors.roleIds?.message}
            />
          )}
        />
        <DialogFooter confirmLabel="Create" onCancel={onClose} busy={isSubmitting} sticky />
      </Stack>
    </form>
  );
}
