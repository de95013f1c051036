import { validateApiKeyRateLimit } from '@keyward/shared/api-keys';
import { Alert, Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useHasPermission } from '../../components/viewer-context';
import { revealingErrors } from '../../components/long-dialog';
import type { ApiKeyRowFieldsFragment } from '../../graphql/generated';
import { useApiKeyRateLimitBoundsQuery, useSetApiKeyRateLimitMutation } from './api-keys.generated';
import { formatLimit } from './api-key-form';

interface LimitValues {
  perMinute: number | '';
  perHour: number | '';
}

/** Edit Rate Limits: the key's own limits per minute and per hour, blank for the organization default. */
export function RateLimitDialog({ apiKey, onClose }: { apiKey: ApiKeyRowFieldsFragment | null; onClose: () => void }) {
  return (
    <Modal opened={apiKey !== null} onClose={onClose} title="Edit rate limits" centered>
      {apiKey ? <RateLimitForm apiKey={apiKey} onClose={onClose} /> : null}
    </Modal>
  );
}

function RateLimitForm({ apiKey, onClose }: { apiKey: ApiKeyRowFieldsFragment; onClose: () => void }) {
  const canReadSettings = useHasPermission('SETTINGS_READ');
  const bounds = useApiKeyRateLimitBoundsQuery({ skip: !canReadSettings }).data?.organization ?? null;
  const [setRateLimit] = useSetApiKeyRateLimitMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<LimitValues>({
    defaultValues: { perMinute: apiKey.rateLimitPerMinute ?? '', perHour: apiKey.rateLimitPerHour ?? '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const input = { perMinute: values.perMinute === '' ? null : values.perMinute, perHour: values.perHour === '' ? null : values.perHour };
    const fields = (f: string) => (f === 'perMinute' || f === 'perHour' ? f : null);
    if (bounds) {
      const problems = validateApiKeyRateLimit(input, bounds);
      if (problems.length > 0) {
        applyServerFieldErrors(problems, setError, fields);
        return;
      }
    }
    try {
      await setRateLimit({ variables: { id: apiKey.id, input } });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      const unclaimed = applyServerFieldErrors(problems, setError, (f) => fields(f.replace(/^input\./, '')));
      if (problems.length === 0 || unclaimed.length > 0) setFormError(graphqlErrorMessage(error));
      return;
    }
    notifications.show({ color: 'teal', title: 'Rate limits saved', message: `${apiKey.name} runs under the new limits from its next request.` });
    onClose();
  });

  return (
    <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label="Edit rate limits">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Limits count GraphQL operations (each top-level field once). Leave a field blank to use the organization default
          {bounds ? ` (${formatLimit(bounds.defaultRateLimit.perMinute)} per minute, ${formatLimit(bounds.defaultRateLimit.perHour)} per hour)` : ''}. A key can never exceed the organization ceiling
          {bounds ? ` (${formatLimit(bounds.rateLimitCeiling.perMinute)} per minute, ${formatLimit(bounds.rateLimitCeiling.perHour)} per hour)` : ''}.
        </Text>
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Not saved" role="alert">
            {formError}
          </Alert>
        ) : null}
        <SimpleGrid cols={2}>
          {(['perMinute', 'perHour'] as const).map((unit) => (
            <Controller
              key={unit}
              control={control}
              name={unit}
              render={({ field, fieldState }) => (
                <NumberInput
                  label={unit === 'perMinute' ? 'Requests per minute' : 'Requests per hour'}
                  placeholder="Organization default"
                  hideControls
                  allowDecimal={false}
                  allowNegative={false}
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </SimpleGrid>
        <DialogFooter confirmLabel="Save limits" onCancel={onClose} busy={formState.isSubmitting} />
      </Stack>
    </form>
  );
}
