import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Radio,
  ScrollArea,
  Skeleton,
  Stack,
  Stepper,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { revealingErrors } from '../../components/long-dialog';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { integrationTypeLabel } from '../../components/integration-labels';
import { QueryError } from '../../components/query-error';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import type { ConnectionDetailsFieldsFragment, ConnectionVisibility } from '../../graphql/generated';
import { useConnectionDetailsQuery, useConnectionIntegrationOptionsQuery, useCreateConnectionMutation, useUpdateConnectionMutation } from './connections.generated';
import { CredentialsGrid } from './credentials-grid';

interface ConnectionWizardProps {
  opened: boolean;
  /** The connection to edit; null for New Connection. */
  connectionId: string | null;
  onClose: () => void;
}

/** New Connection / Edit: step 1 Setup, step 2 Configure Credentials. */
export function ConnectionWizard({ opened, connectionId, onClose }: ConnectionWizardProps) {
  const [step, setStep] = useState(0);
  const close = () => {
    setStep(0);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={connectionId ? 'Edit Connection' : 'New Connection'}
      // Configure Credentials is a grid with a column per field: it gets the whole screen.
      size="xl"
      fullScreen={step === 1}
      centered
    >
      {/* Mounted only while open, so every opening starts at step 1. */}
      {opened ? <WizardBody connectionId={connectionId} onClose={close} step={step} setStep={setStep} /> : null}
    </Modal>
  );
}

function WizardBody({
  connectionId,
  onClose,
  step,
  setStep,
}: {
  connectionId: string | null;
  onClose: () => void;
  step: number;
  setStep: (step: number) => void;
}) {
  const [createdId, setCreatedId] = useState<string | null>(null);
  const id = connectionId ?? createdId;
  const details = useConnectionDetailsQuery({ variables: { id: id ?? '' }, skip: id === null });

  if (id !== null && details.error) {
    return <QueryError error={details.error} what="the connection" onRetry={() => void details.refetch()} />;
  }
  if (id !== null && !details.data) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading the connection">
        <Skeleton h={36} />
        <Skeleton h={36} />
        <Skeleton h={120} />
      </Stack>
    );
  }
  const connection = details.data?.connection ?? null;

  return (
    <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
      <Stepper.Step label="Setup" description="Integration, name, visibility">
        <SetupStep
          connection={connection}
          onDone={(saved) => {
            if (connectionId === null) setCreatedId(saved.id);
            setStep(1);
          }}
          onCancel={onClose}
        />
      </Stepper.Step>
      <Stepper.Step label="Configure Credentials" description="Per environment">
        {connection ? (
          <Stack gap="md">
            <CredentialsGrid connection={connection} />
            <Group justify="flex-end">
              <Button onClick={onClose}>Done</Button>
            </Group>
          </Stack>
        ) : null}
      </Stepper.Step>
    </Stepper>
  );
}

interface SetupValues {
  integrationId: string;
  name: string;
  visibility: ConnectionVisibility;
}

function SetupStep({
  connection,
  onDone,
  onCancel,
}: {
  connection: ConnectionDetailsFieldsFragment | null;
  onDone: (saved: ConnectionDetailsFieldsFragment) => void;
  onCancel: () => void;
}) {
  const [createConnection] = useCreateConnectionMutation({ refetchQueries: ['Connections'] });
  const [updateConnection] = useUpdateConnectionMutation();
  const [formError, setFormError] = useState<string | null>(null);
  // The name follows the chosen integration until the person types their own.
  const [nameEdited, setNameEdited] = useState(connection !== null);
  const {
    control,
    register,
    handleSubmit,
    setValue,
    setError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<SetupValues>({
    defaultValues: {
      integrationId: connection?.integration.id ?? '',
      name: connection?.name ?? '',
      // Personal is the default (api-key-credentials): sharing with the organization is a choice.
      visibility: connection?.visibility ?? 'PERSONAL',
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (connection) {
        const { data } = await updateConnection({
          variables: { id: connection.id, input: { name: values.name.trim(), visibility: values.visibility } },
        });
        if (data) onDone(data.updateConnection);
      } else {
        const { data } = await createConnection({
          variables: { input: { integrationId: values.integrationId, name: values.name.trim(), visibility: values.visibility } },
        });
        if (data) {
          notifications.show({ color: 'teal', title: 'Connection created', message: `Now add the credentials of ${data.createConnection.name}.` });
          onDone(data.createConnection);
        }
      }
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const unclaimed = applyServerFieldErrors(problems, setError, (field) => {
        const key = field.replace(/^input\./, '');
        return key === 'name' || key === 'integrationId' || key === 'visibility' ? key : null;
      });
      if (unclaimed.length > 0) setFormError(unclaimed.map((problem) => problem.message).join(' '));
    }
  });

  return (
    <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label="Connection setup">
      <Stack gap="md" mt="md">
        {connection ? (
          <Paper withBorder radius="md" p="sm">
            <Text size="xs" c="dimmed">
              Integration (cannot be changed)
            </Text>
            <Text fw={500}>
              {connection.integration.name} · {integrationTypeLabel(connection.integration.type)}
            </Text>
          </Paper>
        ) : (
          <Controller
            control={control}
            name="integrationId"
            rules={{ required: 'Select an integration.' }}
            render={({ field, fieldState }) => (
              <IntegrationPicker
                value={field.value}
                error={fieldState.error?.message}
                onChange={(integration) => {
                  field.onChange(integration.id);
                  if (!nameEdited) {
                    setValue('name', integration.name, { shouldValidate: false });
                    // The filled-in name answers an earlier "Enter a connection name."
                    clearErrors('name');
                  }
                }}
              />
            )}
          />
        )}

        <TextInput
          label="Connection Name"
          description="Auto-filled from the integration; make it specific, e.g. “Sales Team Gmail”."
          withAsterisk
          error={errors.name?.message}
          {...register('name', {
            validate: (value) => (value.trim() === '' ? 'Enter a connection name.' : value.trim().length > 120 ? 'Use at most 120 characters.' : true),
            onChange: () => setNameEdited(true),
          })}
        />

        <Controller
          control={control}
          name="visibility"
          render={({ field }) => (
            <Radio.Group label="Connection Visibility" value={field.value} onChange={(value) => field.onChange(value as ConnectionVisibility)}>
              <Stack gap="xs" mt={6}>
                <Radio value="PERSONAL" label="Personal" description="Only you can see and use it, unless you share it with chosen members." />
                <Radio value="ORGANIZATION" label="Organization" description="All team members can use this connection in their workflows." />
              </Stack>
            </Radio.Group>
          )}
        />

        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title={connection ? 'Connection not saved' : 'Connection not created'} role="alert">
            {formError}
          </Alert>
        ) : null}

        <DialogFooter confirmLabel={connection ? 'Save and continue' : 'Create Connection'} onCancel={onCancel} busy={isSubmitting} sticky />
      </Stack>
    </form>
  );
}

interface PickedIntegration {
  id: string;
  name: string;
}

function IntegrationPicker({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (integration: PickedIntegration) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, error: queryError, loading, refetch } = useConnectionIntegrationOptionsQuery({
    variables: { search: debounced || null },
    notifyOnNetworkStatusChange: true,
  });
  const integrations = data?.integrations.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Integration{' '}
        <Text span c="red">
          *
        </Text>
      </Text>
      <TextInput
        placeholder="Search integrations by name or type"
        aria-label="Search integrations"
        leftSection={<IconSearch size={16} />}
        rightSection={loading ? <Loader size="xs" /> : null}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-autofocus
      />
      {queryError ? (
        <QueryError error={queryError} what="integrations" onRetry={() => void refetch()} />
      ) : !loading && integrations.length === 0 ? (
        <Text size="sm" c="dimmed" py="sm">
          {debounced ? `No integration matches “${debounced}”.` : 'No integrations yet. An administrator creates them under Administration → Integrations.'}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={260} type="auto">
          <Radio.Group
            value={value}
            onChange={(id) => {
              const picked = integrations.find((integration) => integration.id === id);
              if (picked) onChange(picked);
            }}
            aria-label="Integrations"
          >
            <Stack gap={6}>
              {integrations.map((integration) => (
                <Radio.Card key={integration.id} value={integration.id} radius="md" p="sm" aria-label={integration.name}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <Stack gap={2} style={{ flex: 1 }}>
                      <Group gap="xs">
                        <Text fw={500} size="sm">
                          {integration.name}
                        </Text>
                        <Badge size="xs" variant="light" radius="sm">
                          {integrationTypeLabel(integration.type)}
                        </Badge>
                        <Badge size="xs" variant="outline" color="gray" radius="sm">
                          {integration.scope === 'SYSTEM' ? 'System' : 'Organization'}
                        </Badge>
                      </Group>
                      {integration.description ? (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {integration.description}
                        </Text>
                      ) : null}
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        </ScrollArea.Autosize>
      )}
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
