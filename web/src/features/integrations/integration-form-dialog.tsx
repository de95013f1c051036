import { AUTH_TYPES, integrationFieldsFor, type AuthTypeId } from '@keyward/shared/integration-auth-types';
import { INTEGRATION_TYPE_IDS, INTEGRATION_TYPES, type IntegrationTypeId } from '@keyward/shared/integration-catalog';
import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  Menu,
  Modal,
  NativeSelect,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCopy, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { CatalogFieldInput } from '../../components/catalog-field-input';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { providerLabel } from '../../components/integration-labels';
import { QueryError } from '../../components/query-error';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useHasPermission } from '../../components/viewer-context';
import {
  useCreateIntegrationMutation,
  useIntegrationDetailsQuery,
  useIntegrationEnvironmentsQuery,
  useIntegrationSecretKeysQuery,
  useUpdateIntegrationMutation,
  type IntegrationDetailsFieldsFragment,
} from '../../graphql/generated';
import {
  authTypeOptions,
  emptyIntegrationForm,
  integrationFormDefaults,
  integrationFormPath,
  localSettingProblems,
  storedSecretSettings,
  toCreateInput,
  toUpdateInput,
  typeHasConfiguration,
  typeHasEndpoint,
  type IntegrationFormValues,
  type OrgEnvironment,
} from './integration-form';

interface IntegrationFormDialogProps {
  opened: boolean;
  /** The integration to edit; null for New Integration. */
  integrationId: string | null;
  onClose: () => void;
}

export function IntegrationFormDialog({ opened, integrationId, onClose }: IntegrationFormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={integrationId ? 'Edit Integration' : 'New Integration'} size="xl" centered>
      {opened ? <IntegrationFormLoader integrationId={integrationId} onClose={onClose} /> : null}
    </Modal>
  );
}

function IntegrationFormLoader({ integrationId, onClose }: { integrationId: string | null; onClose: () => void }) {
  const environments = useIntegrationEnvironmentsQuery();
  const details = useIntegrationDetailsQuery({ variables: { id: integrationId ?? '' }, skip: integrationId === null, fetchPolicy: 'network-only' });
  const error = environments.error ?? details.error;
  if (error) return <QueryError error={error} what="the integration" onRetry={() => void (environments.error ? environments.refetch() : details.refetch())} />;
  if (!environments.data || (integrationId !== null && !details.data)) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading the form">
        <Skeleton h={36} />
        <Skeleton h={120} />
        <Skeleton h={36} />
      </Stack>
    );
  }
  return (
    <IntegrationForm
      environments={environments.data.organization.environments}
      integration={details.data?.integration ?? null}
      onClose={onClose}
    />
  );
}

function IntegrationForm({
  environments,
  integration,
  onClose,
}: {
  environments: readonly OrgEnvironment[];
  integration: IntegrationDetailsFieldsFragment | null;
  onClose: () => void;
}) {
  const canManageSystem = useHasPermission('SYSTEM_INTEGRATIONS_MANAGE');
  const canManageOrganization = useHasPermission('INTEGRATIONS_MANAGE');
  const [createIntegration] = useCreateIntegrationMutation({ refetchQueries: ['Integrations'], awaitRefetchQueries: true });
  const [updateIntegration] = useUpdateIntegrationMutation({ refetchQueries: ['Integrations'] });
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    setValue,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<IntegrationFormValues>({
    defaultValues: integration
      ? integrationFormDefaults(integration, environments)
      : { ...emptyIntegrationForm(environments), scope: canManageOrganization ? 'ORGANIZATION' : 'SYSTEM' },
  });
  const type = useWatch({ control, name: 'type' });
  const configMode = useWatch({ control, name: 'configMode' });
  const locked = integration !== null;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const local = localSettingProblems(values, integration);
    if (local.length > 0) {
      local.forEach((problem, index) => setError(problem.path, { type: 'local', message: problem.message }, { shouldFocus: index === 0 }));
      return;
    }
    try {
      if (integration) {
        await updateIntegration({ variables: { id: integration.id, input: toUpdateInput(values) } });
        notifications.show({ color: 'teal', title: 'Integration saved', message: `${values.name.trim()} was updated.` });
      } else {
        await createIntegration({ variables: { input: toCreateInput(values) } });
        notifications.show({ color: 'teal', title: 'Integration created', message: `Members can now create connections from ${values.name.trim()}.` });
      }
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const unclaimed = applyServerFieldErrors(problems, setError, (field) => integrationFormPath(field, getValues()));
      if (unclaimed.length > 0) setFormError(unclaimed.map((problem) => problem.message).join(' '));
      return;
    }
    onClose();
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={integration ? 'Edit integration' : 'New integration'}>
      <Stack gap="lg">
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

        <Divider />
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
                      control={control}
                      error={errors.provider?.message}
                      onSelect={() => {
                        if (locked || field.value === id) return;
                        field.onChange(id);
                        const providers = INTEGRATION_TYPES[id].providers;
                        setValue('provider', providers.length === 1 ? (providers[0] ?? '') : '');
                        const authType = INTEGRATION_TYPES[id].authTypes[0] ?? 'NONE';
                        setValue('shared.authType', authType);
                        getValues('perEnvironment').forEach((_, index) => setValue(`perEnvironment.${index}.authType`, authType));
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

        {type === 'REST_API' ? (
          <>
            <Divider />
            <Stack gap="sm">
              <Title order={5}>API Specification</Title>
              <TextInput
                label="OpenAPI document"
                placeholder="https://api.example.com/openapi.json"
                description="Optional: a link to the API’s OpenAPI specification."
                error={errors.specUrl?.message}
                {...register('specUrl')}
              />
            </Stack>
          </>
        ) : null}

        {type !== '' ? (
          <>
            <Divider />
            {typeHasConfiguration(type) ? (
              <Stack gap="sm">
                <Title order={5}>Configuration Mode</Title>
                <Controller
                  control={control}
                  name="configMode"
                  render={({ field }) => (
                    <SegmentedControl
                      aria-label="Configuration mode"
                      value={field.value}
                      onChange={(value) => {
                        if (value === 'PER_ENVIRONMENT' && field.value === 'SAME_FOR_ALL' && !integration) {
                          // Start every environment from what was set for all.
                          const shared = getValues('shared');
                          environments.forEach((environment, index) =>
                            setValue(`perEnvironment.${index}`, { ...structuredClone(shared), environment: environment.slug }),
                          );
                        }
                        field.onChange(value);
                      }}
                      data={[
                        { value: 'SAME_FOR_ALL', label: 'Same for all' },
                        { value: 'PER_ENVIRONMENT', label: 'Per environment' },
                      ]}
                      w="fit-content"
                    />
                  )}
                />
                <Title order={5} mt="sm">
                  {typeHasEndpoint(type) ? 'Endpoint and Authentication' : 'Authentication'}
                </Title>
                {configMode === 'SAME_FOR_ALL' ? (
                  <ConfigFields control={control} base="shared" type={type} stored={storedSecretSettings(integration, null)} />
                ) : (
                  <Tabs defaultValue={environments[0]?.slug ?? ''} keepMounted={false}>
                    <Tabs.List>
                      {environments.map((environment) => (
                        <Tabs.Tab key={environment.slug} value={environment.slug}>
                          {environment.name}
                        </Tabs.Tab>
                      ))}
                    </Tabs.List>
                    {environments.map((environment, index) => (
                      <Tabs.Panel key={environment.slug} value={environment.slug} pt="md">
                        <Stack gap="sm">
                          <CopyFromMenu
                            environments={environments}
                            index={index}
                            getValues={getValues}
                            setValue={setValue}
                          />
                          <ConfigFields
                            control={control}
                            base={`perEnvironment.${index}`}
                            type={type}
                            stored={storedSecretSettings(integration, environment.slug)}
                          />
                        </Stack>
                      </Tabs.Panel>
                    ))}
                  </Tabs>
                )}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {INTEGRATION_TYPES[type].label} integrations have no shared configuration: each connection provides its own
                credentials (host, keys, tokens…) per environment.
              </Text>
            )}
          </>
        ) : null}

        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title={integration ? 'Integration not saved' : 'Integration not created'} role="alert">
            {formError}
          </Alert>
        ) : null}

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {integration ? 'Save Integration' : 'Create Integration'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TypeCard({
  type,
  selected,
  disabled,
  control,
  error,
  onSelect,
}: {
  type: IntegrationTypeId;
  selected: boolean;
  disabled: boolean;
  control: Control<IntegrationFormValues>;
  error: string | undefined;
  onSelect: () => void;
}) {
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
              error={error}
            />
          )}
        />
      ) : null}
    </Card>
  );
}

type ConfigBase = 'shared' | `perEnvironment.${number}`;

function ConfigFields({
  control,
  base,
  type,
  stored,
}: {
  control: Control<IntegrationFormValues>;
  base: ConfigBase;
  type: IntegrationTypeId;
  stored: readonly string[];
}) {
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

function CopyFromMenu({
  environments,
  index,
  getValues,
  setValue,
}: {
  environments: readonly OrgEnvironment[];
  index: number;
  getValues: () => IntegrationFormValues;
  setValue: UseFormSetValue<IntegrationFormValues>;
}) {
  const target = environments[index];
  if (!target) return null;
  return (
    <Group justify="flex-end">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="xs" leftSection={<IconCopy size={14} />}>
            Copy from…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Copy settings into {target.name}</Menu.Label>
          {environments.map((source, sourceIndex) =>
            sourceIndex === index ? null : (
              <Menu.Item
                key={source.slug}
                onClick={() => {
                  const copied = getValues().perEnvironment[sourceIndex];
                  if (!copied) return;
                  setValue(`perEnvironment.${index}`, { ...structuredClone(copied), environment: target.slug }, { shouldDirty: true });
                  notifications.show({
                    color: 'blue',
                    title: `Copied from ${source.name}`,
                    message: 'Stored secret settings are not copied: enter them again or leave blank to keep this environment’s own.',
                  });
                }}
              >
                {source.name}
              </Menu.Item>
            ),
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
