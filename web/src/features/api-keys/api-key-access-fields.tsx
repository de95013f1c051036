import { PERMISSIONS, isPermission } from '@keyward/shared/permissions';
import type { ApiKeyScopePreset } from '@keyward/shared/api-keys';
import { Checkbox, Input, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { grantedBy, SCOPE_PRESET_OPTIONS, scopesFor, type RoleChoice } from './api-key-form';

interface AccessValues {
  name: string;
  description: string;
  roleIds: string[];
  scopePreset: ApiKeyScopePreset;
  customScopes: string[];
}

/** Name, description, roles and scope narrowing: the fields the create and edit dialogs share. */
export function ApiKeyAccessFields({ roles }: { roles: readonly RoleChoice[] }) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<AccessValues>();
  const roleIds = useWatch<AccessValues, 'roleIds'>({ control, name: 'roleIds' });
  const preset = useWatch<AccessValues, 'scopePreset'>({ control, name: 'scopePreset' });
  const fromRoles = grantedBy(roles, roleIds);
  const presetScopes = preset === 'CUSTOM' ? null : scopesFor(preset, [], fromRoles);

  return (
    <Stack gap="md">
      <TextInput
        label="Key name"
        placeholder="e.g. Production Integrations, CI/CD Pipeline"
        withAsterisk
        autoComplete="off"
        data-autofocus
        error={errors.name?.message}
        {...register('name')}
      />
      <Textarea label="Description" placeholder="What uses this key?" rows={2} error={errors.description?.message} {...register('description')} />
      <Controller
        control={control}
        name="roleIds"
        render={({ field }) => (
          <Checkbox.Group
            label="Roles"
            description="The key acts with these roles' permissions, in this organization only."
            withAsterisk
            value={field.value}
            onChange={field.onChange}
            error={errors.roleIds?.message}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {roles.map((role) => (
                <Checkbox
                  key={role.id}
                  value={role.id}
                  label={role.name}
                  description={role.description || `${role.permissions.length} permissions`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
      <Controller
        control={control}
        name="scopePreset"
        render={({ field }) => (
          <Input.Wrapper
            label="Scopes"
            description={SCOPE_PRESET_OPTIONS.find((o) => o.value === field.value)?.description}
            id="api-key-scope-preset"
          >
            <SegmentedControl
              mt={6}
              fullWidth
              aria-label="Scopes"
              value={field.value}
              onChange={(value) => field.onChange(value)}
              data={SCOPE_PRESET_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
            />
          </Input.Wrapper>
        )}
      />
      {preset === 'CUSTOM' ? (
        <Controller
          control={control}
          name="customScopes"
          render={({ field }) => (
            <Checkbox.Group label="Permissions" value={field.value} onChange={field.onChange} error={errors.customScopes?.message}>
              {fromRoles.length === 0 ? (
                <Text size="sm" c="dimmed" mt="xs">
                  Choose a role first: scopes narrow what the roles allow.
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                  {fromRoles.map((permission) => (
                    <Checkbox key={permission} value={permission} label={PERMISSIONS[permission].label} description={permission} />
                  ))}
                </SimpleGrid>
              )}
            </Checkbox.Group>
          )}
        />
      ) : (
        <Text size="xs" c="dimmed" aria-live="polite">
          {roleIds.length === 0
            ? 'Choose a role to see what the key may do.'
            : `The key may: ${(presetScopes ?? fromRoles).filter(isPermission).map((p) => PERMISSIONS[p].label.toLowerCase()).join('; ') || 'nothing (the roles grant none of these)'}.`}
        </Text>
      )}
      {errors.customScopes && preset !== 'CUSTOM' ? (
        <Text size="xs" c="red" role="alert">
          {errors.customScopes.message}
        </Text>
      ) : null}
    </Stack>
  );
}
