import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useFormContext, type Path } from 'react-hook-form';
import type { SettingsFormInput } from './settings-schema';

interface RateLimitInputProps {
  name: Path<SettingsFormInput> & `${'defaultRateLimit' | 'rateLimitCeiling'}.${'perMinute' | 'perHour'}`;
  label: string;
  unit: string;
  readOnly: boolean;
}

function RateLimitInput({ name, label, unit, readOnly }: RateLimitInputProps) {
  const { control } = useFormContext<SettingsFormInput>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          rightSection={
            <Text size="xs" c="dimmed" pr="xs">
              {unit}
            </Text>
          }
          rightSectionWidth={96}
          rightSectionPointerEvents="none"
          hideControls
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          disabled={readOnly}
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

interface RateLimitGroupProps {
  title: string;
  description: string;
  children: ReactNode;
}

function RateLimitGroup({ title, description, children }: RateLimitGroupProps) {
  return (
    <Stack gap="xs">
      <div>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        {children}
      </SimpleGrid>
    </Stack>
  );
}

export function RateLimitFields({ readOnly }: { readOnly: boolean }) {
  return (
    <Stack gap="xl">
      <RateLimitGroup
        title="Default rate limit"
        description="Applies to every API key that has no limit of its own."
      >
        <RateLimitInput name="defaultRateLimit.perMinute" label="Default per minute" unit="requests/min" readOnly={readOnly} />
        <RateLimitInput name="defaultRateLimit.perHour" label="Default per hour" unit="requests/h" readOnly={readOnly} />
      </RateLimitGroup>
      <RateLimitGroup
        title="Rate-limit ceiling"
        description="No API key may be given a higher limit than this, whoever sets it."
      >
        <RateLimitInput name="rateLimitCeiling.perMinute" label="Ceiling per minute" unit="requests/min" readOnly={readOnly} />
        <RateLimitInput name="rateLimitCeiling.perHour" label="Ceiling per hour" unit="requests/h" readOnly={readOnly} />
      </RateLimitGroup>
    </Stack>
  );
}
