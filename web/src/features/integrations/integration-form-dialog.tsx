import { Alert, Divider, Modal, Skeleton, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { revealingErrors } from '../../components/long-dialog';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { QueryError } from '../../components/query-error';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useHasPermission } from '../../components/viewer-context';
import type { IntegrationDetailsFieldsFragment } from '../../graphql/generated';
import { useCreateIntegrationMutation, useIntegrationDetailsQuery, useIntegrationEnvironmentsQuery, useUpdateIntegrationMutation } from './integrations.generated';
import { IntegrationBasicInfoSection } from './integration-basic-info-section';
import { IntegrationConfigurationSection } from './integration-configuration-section';
import {
  emptyIntegrationForm,
  integrationFormDefaults,
  integrationFormPath,
  localSettingProblems,
  toCreateInput,
  toUpdateInput,
  type IntegrationFormValues,
  type OrgEnvironment,
} from './integration-form';
import { IntegrationTypePicker } from './integration-type-picker';

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
  const canManageOrganization = useHasPermission('INTEGRATIONS_MANAGE');
  const [createIntegration] = useCreateIntegrationMutation({ refetchQueries: ['Integrations'], awaitRefetchQueries: true });
  const [updateIntegration] = useUpdateIntegrationMutation({ refetchQueries: ['Integrations'] });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<IntegrationFormValues>({
    defaultValues: integration
      ? integrationFormDefaults(integration, environments)
      : { ...emptyIntegrationForm(environments), scope: canManageOrganization ? 'ORGANIZATION' : 'SYSTEM' },
  });
  const {
    control,
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const type = useWatch({ control, name: 'type' });
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
    <FormProvider {...form}>
      <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label={integration ? 'Edit integration' : 'New integration'}>
        <Stack gap="lg">
          <IntegrationBasicInfoSection locked={locked} />
          <Divider />
          <IntegrationTypePicker locked={locked} />

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
              <IntegrationConfigurationSection type={type} environments={environments} integration={integration} />
            </>
          ) : null}

          {formError ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title={integration ? 'Integration not saved' : 'Integration not created'} role="alert">
              {formError}
            </Alert>
          ) : null}

          <DialogFooter confirmLabel={integration ? 'Save Integration' : 'Create Integration'} onCancel={onClose} busy={isSubmitting} sticky />
        </Stack>
      </form>
    </FormProvider>
  );
}
