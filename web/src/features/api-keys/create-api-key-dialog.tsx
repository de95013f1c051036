import { zodResolver } from '@hookform/resolvers/zod';
import { validateApiKeyRateLimit } from '@keyward/shared/api-keys';
import { Alert, Modal, NativeSelect, NumberInput, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, FormProvider, useForm, useWatch, type Path } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { QueryError } from '../../components/query-error';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useHasPermission, useViewer } from '../../components/viewer-context';
import { revealingErrors } from '../../components/long-dialog';
import type { ApiKeyRateLimitBoundsQuery, ApiKeyRowFieldsFragment } from '../../graphql/generated';
import { useApiKeyFormRolesQuery, useApiKeyRateLimitBoundsQuery, useCreateApiKeyMutation } from './api-keys.generated';
import { ApiKeyAccessFields } from './api-key-access-fields';
import {
  beyondViewer,
  CREATE_SERVER_FIELDS,
  createApiKeySchema,
  EXPIRATION_OPTIONS,
  formatLimit,
  grantedBy,
  keyRoles,
  scopesFor,
  type CreateApiKeyValues,
  type RoleChoice,
} from './api-key-form';

export interface CreatedApiKey {
  apiKey: ApiKeyRowFieldsFragment;
  token: string;
}

interface CreateApiKeyDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the once-shown token; the page then shows it in the token modal. */
  onCreated: (created: CreatedApiKey) => void;
}

/** New API Key: name, description, roles, scopes, expiration and optional rate limits. */
export function CreateApiKeyDialog({ opened, onClose, onCreated }: CreateApiKeyDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New API key" centered size="lg">
      {opened ? <CreateApiKeyLoader onClose={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}

function CreateApiKeyLoader({ onClose, onCreated }: Omit<CreateApiKeyDialogProps, 'opened'>) {
  const canReadSettings = useHasPermission('SETTINGS_READ');
  const roles = useApiKeyFormRolesQuery();
  const bounds = useApiKeyRateLimitBoundsQuery({ skip: !canReadSettings });
  if (roles.error) return <QueryError error={roles.error} what="roles" onRetry={() => void roles.refetch()} />;
  if (!roles.data || (canReadSettings && bounds.loading)) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading the form">
        <Skeleton h={36} />
        <Skeleton h={60} />
        <Skeleton h={120} />
      </Stack>
    );
  }
  return <CreateApiKeyForm roles={keyRoles(roles.data.roles)} bounds={bounds.data?.organization ?? null} onClose={onClose} onCreated={onCreated} />;
}

interface CreateApiKeyFormProps extends Omit<CreateApiKeyDialogProps, 'opened'> {
  roles: RoleChoice[];
  bounds: ApiKeyRateLimitBoundsQuery['organization'] | null;
}

function CreateApiKeyForm({ roles, bounds, onClose, onCreated }: CreateApiKeyFormProps) {
  const viewer = useViewer();
  const [createApiKey] = useCreateApiKeyMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateApiKeyValues>({
    resolver: zodResolver(createApiKeySchema),
    defaultValues: { name: '', description: '', roleIds: [], scopePreset: 'ADMIN', customScopes: [], expiration: 'never', expiresOn: '', perMinute: '', perHour: '' },
  });
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const expiration = useWatch({ control, name: 'expiration' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const fromRoles = grantedBy(roles, values.roleIds);
    const scopes = scopesFor(values.scopePreset, values.customScopes, fromRoles);
    const beyond = beyondViewer(fromRoles, scopes, viewer.permissions);
    if (beyond.length > 0) {
      const field: Path<CreateApiKeyValues> = values.scopePreset === 'CUSTOM' ? 'customScopes' : 'roleIds';
      setError(field, { type: 'client', message: `You cannot give an API key permissions you do not hold: ${beyond.join(', ')}. Narrow its scopes or choose other roles.` });
      return;
    }
    const rateLimit = { perMinute: values.perMinute === '' ? null : values.perMinute, perHour: values.perHour === '' ? null : values.perHour };
    if (bounds) {
      const problems = validateApiKeyRateLimit(rateLimit, bounds, 'rateLimit');
      if (problems.length > 0) {
        applyServerFieldErrors(problems, setError, (f) => CREATE_SERVER_FIELDS[f] ?? null);
        return;
      }
    }
    try {
      const { data } = await createApiKey({
        variables: {
          input: {
            name: values.name,
            description: values.description || null,
            roleIds: values.roleIds,
            scopes,
            expiresInDays: /^\d+$/.test(values.expiration) ? Number(values.expiration) : null,
            expiresAt: values.expiration === 'date' ? new Date(`${values.expiresOn}T23:59:59`).toISOString() : null,
            rateLimit: rateLimit.perMinute === null && rateLimit.perHour === null ? null : rateLimit,
          },
        },
        refetchQueries: ['ApiKeys', 'ApiKeyStats'],
        // The token must not linger in the Apollo cache: it lives only in the modal that shows it.
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('The server did not return the new key.');
      onCreated({ apiKey: data.createApiKey.apiKey, token: data.createApiKey.token });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const unclaimed = applyServerFieldErrors(problems, setError, (f) => CREATE_SERVER_FIELDS[f.replace(/^input\./, '')] ?? null);
      if (unclaimed.length > 0) setFormError(unclaimed.map((p) => p.message).join(' '));
    }
  });

  const limitHint = (unit: 'perMinute' | 'perHour', words: string) =>
    bounds ? `Blank = organization default (${formatLimit(bounds.defaultRateLimit[unit])} ${words}); at most ${formatLimit(bounds.rateLimitCeiling[unit])}.` : 'Blank = organization default.';

  return (
    <FormProvider {...form}>
      <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label="New API key">
        <Stack gap="md">
          {formError ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title="Key not created" role="alert">
              {formError}
            </Alert>
          ) : null}
          <ApiKeyAccessFields roles={roles} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label="Expiration" data={EXPIRATION_OPTIONS} error={errors.expiration?.message} {...register('expiration')} />
            {expiration === 'date' ? (
              <TextInput label="Expires on" type="date" withAsterisk error={errors.expiresOn?.message} {...register('expiresOn')} />
            ) : null}
          </SimpleGrid>
          <div>
            <Text fw={500} size="sm">
              Rate limit
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              Requests are counted per GraphQL operation: each top-level field counts once.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {(['perMinute', 'perHour'] as const).map((unit) => (
                <Controller
                  key={unit}
                  control={control}
                  name={unit}
                  render={({ field, fieldState }) => (
                    <NumberInput
                      label={unit === 'perMinute' ? 'Requests per minute' : 'Requests per hour'}
                      description={limitHint(unit, unit === 'perMinute' ? 'per minute' : 'per hour')}
                      placeholder={bounds ? formatLimit(bounds.defaultRateLimit[unit]) : 'Default'}
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
          </div>
          <DialogFooter confirmLabel="Create" onCancel={onClose} busy={isSubmitting} sticky />
        </Stack>
      </form>
    </FormProvider>
  );
}
