import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import type { OrganizationSettingsFieldsFragment } from '../../graphql/generated';
import { useUpdateOrganizationSettingsMutation } from './settings.generated';
import { EnvironmentsEditor } from './environments-editor';
import { RateLimitFields } from './rate-limit-fields';
import { confirmRemovingEnvironments } from './remove-environments-confirmation';
import {
  settingsFormPath,
  settingsSchema,
  toFormInput,
  toMutationInput,
  type SettingsFormInput,
  type SettingsFormValues,
} from './settings-schema';
import { SettingsSection } from './settings-section';

interface SettingsFormProps {
  organization: OrganizationSettingsFieldsFragment;
  readOnly: boolean;
}

export function SettingsForm({ organization, readOnly }: SettingsFormProps) {
  const [updateSettings] = useUpdateOrganizationSettingsMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SettingsFormInput, unknown, SettingsFormValues>({
    resolver: zodResolver(settingsSchema),
    defaultValues: toFormInput(organization),
  });
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isDirty, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const kept = new Set(values.environments.map((environment) => environment.slug));
    const removed = organization.environments.filter((environment) => !kept.has(environment.slug));
    if (removed.length > 0 && !(await confirmRemovingEnvironments(removed))) return;

    try {
      const { data } = await updateSettings({ variables: { input: toMutationInput(values) } });
      if (data) reset(toFormInput(data.updateOrganizationSettings));
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const environmentCount = getValues('environments').length;
      const unclaimed = applyServerFieldErrors(problems, setError, (field) =>
        settingsFormPath(field, environmentCount),
      );
      setFormError(
        unclaimed.length > 0
          ? unclaimed.map((problem) => problem.message).join(' ')
          : 'Some settings need attention. See the highlighted fields.',
      );
      return;
    }
    notifications.show({ color: 'teal', title: 'Settings saved', message: 'The organization settings are up to date.' });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Organization settings">
        <Stack gap="lg">
          <SettingsSection title="Organization" description="How this organization is named across Keyward.">
            <TextInput
              label="Organization name"
              description={`Slug: ${organization.slug}`}
              disabled={readOnly}
              error={errors.name?.message}
              {...register('name')}
            />
          </SettingsSection>

          <SettingsSection
            title="Environments"
            description="Secrets and connection credentials hold one value per environment, and flows run in one. The order here is the order shown everywhere."
          >
            <EnvironmentsEditor readOnly={readOnly} />
          </SettingsSection>

          <SettingsSection
            title="API rate limits"
            description="Requests each API key may make. Keys over their limit get HTTP 429 with a Retry-After header."
          >
            <RateLimitFields readOnly={readOnly} />
          </SettingsSection>

          {formError ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title="Settings not saved" role="alert">
              {formError}
            </Alert>
          ) : null}

          {readOnly ? null : (
            <Paper
              withBorder
              radius="md"
              p="md"
              shadow={isDirty ? 'md' : undefined}
              // Follows the page only while there is something to save.
              pos={isDirty ? 'sticky' : 'static'}
              bottom={16}
              style={{ zIndex: 1 }}
            >
              <Group justify="space-between">
                <Text size="sm" c={isDirty ? undefined : 'dimmed'} fw={isDirty ? 500 : undefined}>
                  {isDirty ? 'You have unsaved changes.' : 'No unsaved changes.'}
                </Text>
                <Group gap="sm">
                  <Button
                    variant="default"
                    disabled={!isDirty || isSubmitting}
                    onClick={() => {
                      setFormError(null);
                      reset();
                    }}
                  >
                    Discard changes
                  </Button>
                  <Button
                    type="submit"
                    leftSection={<IconDeviceFloppy size={16} />}
                    disabled={!isDirty}
                    loading={isSubmitting}
                  >
                    Save settings
                  </Button>
                </Group>
              </Group>
            </Paper>
          )}
        </Stack>
      </form>
    </FormProvider>
  );
}
