import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Checkbox, Fieldset, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { z } from 'zod';
import { DialogFooter } from '../../components/dialog-footer';
import { revealingErrors } from '../../components/long-dialog';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useViewer } from '../../components/viewer-context';
import type { Permission, RoleFieldsFragment, RolesQuery } from '../../graphql/generated';
import { useCreateRoleMutation, useUpdateRoleMutation } from './roles.generated';

const roleSchema = z.object({
  name: z.string().trim().min(1, 'Role name is required.').max(80, 'Use at most 80 characters.'),
  description: z.string().trim().max(500, 'Use at most 500 characters.'),
  permissions: z.array(z.string()).min(1, 'Choose at least one permission.'),
});

type RoleValues = z.infer<typeof roleSchema>;

const SERVER_FIELDS: Partial<Record<string, Path<RoleValues>>> = { name: 'name', description: 'description', permissions: 'permissions' };

export type PermissionGroups = RolesQuery['permissions'];

interface RoleEditorDialogProps {
  /** null: closed; 'new': create a custom role; a role: edit it. */
  role: RoleFieldsFragment | 'new' | null;
  groups: PermissionGroups;
  onClose: () => void;
}

/** Create or edit a custom role: name, description and a permission checklist grouped by area. */
export function RoleEditorDialog({ role, groups, onClose }: RoleEditorDialogProps) {
  const title = role === 'new' ? 'New role' : role ? `Edit role ${role.name}` : '';
  return (
    <Modal opened={role !== null} onClose={onClose} title={title} centered size="xl">
      {role ? <RoleEditorForm key={role === 'new' ? 'new' : role.id} role={role === 'new' ? null : role} groups={groups} onClose={onClose} /> : null}
    </Modal>
  );
}

function RoleEditorForm({ role, groups, onClose }: { role: RoleFieldsFragment | null; groups: PermissionGroups; onClose: () => void }) {
  const viewer = useViewer();
  const [createRole] = useCreateRoleMutation();
  const [updateRole] = useUpdateRoleMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RoleValues>({
    resolver: zodResolver(roleSchema),
    defaultValues: { name: role?.name ?? '', description: role?.description ?? '', permissions: role ? [...role.permissions] : [] },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const input = { name: values.name, description: values.description, permissions: values.permissions as Permission[] };
    try {
      if (role) await updateRole({ variables: { id: role.id, input } });
      else await createRole({ variables: { input }, refetchQueries: ['Roles'] });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const unclaimed = applyServerFieldErrors(problems, setError, (field) => SERVER_FIELDS[field.replace(/^input\./, '')] ?? null);
      if (unclaimed.length > 0) setFormError(unclaimed.map((p) => p.message).join(' '));
      return;
    }
    notifications.show({ color: 'teal', title: role ? 'Role saved' : 'Role created', message: `${values.name} is ready to assign.` });
    onClose();
  });

  return (
    <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label={role ? 'Edit role' : 'New role'}>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Role not saved" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput label="Name" withAsterisk data-autofocus error={errors.name?.message} {...register('name')} />
        <Textarea label="Description" rows={2} error={errors.description?.message} {...register('description')} />
        <Controller
          control={control}
          name="permissions"
          render={({ field }) => (
            <Checkbox.Group
              label="Permissions"
              description="Members holding this role get these permissions on their next request. You can only grant permissions you hold yourself."
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={errors.permissions?.message}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                {groups.map((group) => (
                  <Fieldset key={group.area} legend={group.area} variant="filled" p="sm">
                    <Stack gap={6}>
                      {group.permissions.map((permission) => {
                        const held = viewer.permissions.includes(permission.name);
                        const locked = permission.superAdminOnly || !held;
                        return (
                          <Checkbox
                            key={permission.name}
                            value={permission.name}
                            label={permission.label}
                            disabled={locked}
                            description={
                              permission.superAdminOnly ? 'Super Admin only' : held ? undefined : 'You do not hold this permission'
                            }
                          />
                        );
                      })}
                    </Stack>
                  </Fieldset>
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <DialogFooter
          sticky
          confirmLabel={role ? 'Save role' : 'Create role'}
          onCancel={onClose}
          busy={isSubmitting}
          note={
            <Text size="xs" c="dimmed">
              Built-in roles cannot be changed; custom roles belong to this organization.
            </Text>
          }
        />
      </Stack>
    </form>
  );
}
