import { AUTH_TYPES, type AuthTypeId, integrationFieldsFor } from '@keyward/shared/integration-auth-types';
import { type IntegrationTypeId } from '@keyward/shared/integration-catalog';
import { NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { CatalogFieldInput } from '../../components/catalog-field-input';
import { useHasPermission } from '../../components/viewer-context';
import { useIntegrationSecretKeysQuery } from './integrations.generated';
import { authTypeOptions, typeHasEndpoint, type IntegrationFormValues } from './integration-form';

/** Where in the form one configuration lives: the one for all environments, or one environment's. */
export type ConfigBase = 'shared' | `perEnvironment.${number}`;

/** One configuration's endpoint (REST APIs), authentication type and the settings that type needs. */
export function IntegrationAuthFields({ base, type, stored }: { base: ConfigBase; type: IntegrationTypeId; stored: readonly string[] }) {
  const { control } = useFormContext<IntegrationFormValues>();
  const canReadSecrets = useHasPermission('SECRETS_READ');
  const secrets = useIntegrationSecretKeysQuery({ skip: !canReadSecrets });
  const secretKeys = secrets.data?.secrets.edges.map((edge) => edge.node.key);
  const authType = useWatch({ control, name: `${base}.authType` }) as AuthTypeId;
  const options = authTypeOptions(type);
  return (
    <Stack gap="sm">
      {typeHasEndpoint(type) ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Controller
            control={control}
            name={`${base}.baseUrl`}
            render={({ field, fieldState }) => (
              <TextInput label="Base URL" placeholder="https://api.example.com/v1" {...field} error={fieldState.error?.message} />
            )}
          />
          <Controller
            control={control}
            name={`${base}.testPath`}
            render={({ field, fieldState }) => (
              <TextInput
                label="Test path"
                placeholder="/me"
                description="Test connection sends a GET here with the credentials applied."
                {...field}
                error={fieldState.error?.message}
              />
            )}
          />
        </SimpleGrid>
      ) : null}
      {options.length > 1 ? (
        <Controller
          control={control}
          name={`${base}.authType`}
          render={({ field }) => (
            <NativeSelect label="Authentication" data={options} value={field.value} onChange={(event) => field.onChange(event.currentTarget.value)} />
          )}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {integrationFieldsFor(authType).map((spec) => (
          <Controller
            key={spec.key}
            control={control}
            name={`${base}.settings.${spec.key}`}
            render={({ field, fieldState }) => (
              <CatalogFieldInput
                field={spec}
                value={field.value ?? ''}
                onChange={field.onChange}
                error={fieldState.error?.message}
                stored={spec.secret && stored.includes(spec.key)}
                secretKeys={spec.secret ? secretKeys : undefined}
              />
            )}
          />
        ))}
      </SimpleGrid>
      {integrationFieldsFor(authType).length === 0 && AUTH_TYPES[authType].connectionFields.length > 0 ? (
        <Text size="sm" c="dimmed">
          {AUTH_TYPES[authType].label} needs no settings here: each connection enters its{' '}
          {AUTH_TYPES[authType].connectionFields
            .map((spec) => spec.label.toLowerCase())
            .join(' and ')}{' '}
          per environment.
        </Text>
      ) : null}
      {integrationFieldsFor(authType).some((spec) => spec.secret) ? (
        <Text size="xs" c="dimmed">
          Secret settings are encrypted and never shown again; they accept @@SECRET:KEY@@ references.
        </Text>
      ) : null}
    </Stack>
  );
}
