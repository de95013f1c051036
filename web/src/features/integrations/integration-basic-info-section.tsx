import { Group, Radio, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useHasPermission } from '../../components/viewer-context';
import type { IntegrationFormValues } from './integration-form';

/** Name, description, domain vertical and, for a new integration, its scope. */
export function IntegrationBasicInfoSection({ locked }: { locked: boolean }) {
  const canManageSystem = useHasPermission('SYSTEM_INTEGRATIONS_MANAGE');
  const canManageOrganization = useHasPermission('INTEGRATIONS_MANAGE');
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<IntegrationFormValues>();
  return (
    <Stack gap="sm">
      <Title order={5}>Basic Info</Title>
      <TextInput
        label="Name"
        description="Shown to members when they create connections."
        withAsterisk
        error={errors.name?.message}
        data-autofocus
        {...register('name', { validate: (value) => (value.trim() === '' ? 'Enter a name.' : true) })}
      />
      <Textarea label="Description" rows={2} error={errors.description?.message} {...register('description')} />
      <TextInput
        label="Domain Vertical"
        placeholder="CRM, HRIS, Payments…"
        description="Optional: the domain integration category this belongs to."
        error={errors.domainVertical?.message}
        {...register('domainVertical')}
      />
      {!locked && canManageSystem ? (
        <Controller
          control={control}
          name="scope"
          render={({ field }) => (
            <Radio.Group label="Scope" value={field.value} onChange={field.onChange}>
              <Group mt={6}>
                {canManageOrganization ? <Radio value="ORGANIZATION" label="Organization" /> : null}
                <Radio value="SYSTEM" label="System (every organization)" />
              </Group>
            </Radio.Group>
          )}
        />
      ) : null}
    </Stack>
  );
}
