import { INTEGRATION_TYPE_IDS, INTEGRATION_TYPES, type IntegrationTypeId } from '@keyward/shared/integration-catalog';
import { Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Controller, useFormContext } from 'react-hook-form';
import { providerLabel } from '../../components/integration-labels';
import type { IntegrationFormValues } from './integration-form';

/** The integration type as a grid of cards, with the provider choice inside the chosen one; fixed once created. */
export function IntegrationTypePicker({ locked }: { locked: boolean }) {
  const {
    control,
    setValue,
    getValues,
    formState: { errors },
  } = useFormContext<IntegrationFormValues>();

  function choose(id: IntegrationTypeId) {
    const providers = INTEGRATION_TYPES[id].providers;
    setValue('provider', providers.length === 1 ? (providers[0] ?? '') : '');
    const authType = INTEGRATION_TYPES[id].authTypes[0] ?? 'NONE';
    setValue('shared.authType', authType);
    getValues('perEnvironment').forEach((_, index) => setValue(`perEnvironment.${index}.authType`, authType));
  }

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Title order={5}>Type</Title>
        {locked ? (
          <Text size="xs" c="dimmed">
            <IconLock size={12} /> The type cannot be changed after creation.
          </Text>
        ) : null}
      </Group>
      <Controller
        control={control}
        name="type"
        rules={{ validate: (value) => (value === '' ? 'Choose a type.' : true) }}
        render={({ field, fieldState }) => (
          <Stack gap={6}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" role="radiogroup" aria-label="Integration type">
              {INTEGRATION_TYPE_IDS.map((id) => (
                <TypeCard
                  key={id}
                  type={id}
                  selected={field.value === id}
                  disabled={locked && field.value !== id}
                  providerError={errors.provider?.message}
                  onSelect={() => {
                    if (locked || field.value === id) return;
                    field.onChange(id);
                    choose(id);
                  }}
                />
              ))}
            </SimpleGrid>
            {fieldState.error ? (
              <Text size="xs" c="red" role="alert">
                {fieldState.error.message}
              </Text>
            ) : null}
          </Stack>
        )}
      />
    </Stack>
  );
}

function TypeCard({
  type,
  selected,
  disabled,
  providerError,
  onSelect,
}: {
  type: IntegrationTypeId;
  selected: boolean;
  disabled: boolean;
  providerError: string | undefined;
  onSelect: () => void;
}) {
  const { control } = useFormContext<IntegrationFormValues>();
  const spec = INTEGRATION_TYPES[type];
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      style={{
        borderColor: selected ? 'var(--mantine-primary-color-filled)' : undefined,
        opacity: disabled ? 0.5 : 1,
      }}
    >
      <UnstyledButton
        role="radio"
        aria-checked={selected}
        aria-label={spec.label}
        disabled={disabled}
        onClick={onSelect}
        style={{ cursor: disabled ? 'not-allowed' : 'pointer' }}
      >
        <Text fw={600} size="sm">
          {spec.label}
        </Text>
        <Text size="xs" c="dimmed">
          {spec.description}
        </Text>
      </UnstyledButton>
      {selected && spec.providers.length > 1 ? (
        <Controller
          control={control}
          name="provider"
          rules={{ validate: (value) => (value === '' ? 'Choose a provider.' : true) }}
          render={({ field }) => (
            <NativeSelect
              mt="xs"
              size="xs"
              label="Provider"
              withAsterisk
              data={[{ value: '', label: 'Choose…' }, ...spec.providers.map((provider) => ({ value: provider, label: providerLabel(provider) }))]}
              value={field.value}
              onChange={(event) => field.onChange(event.currentTarget.value)}
              error={providerError}
            />
          )}
        />
      ) : null}
    </Card>
  );
}
