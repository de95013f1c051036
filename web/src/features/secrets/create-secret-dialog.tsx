import { zodResolver } from '@hookform/resolvers/zod';
import { secretReference } from '@keyward/shared/secret-reference';
import {
  Alert,
  Modal,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { revealingErrors } from '../../components/long-dialog';
import { useCreateSecretMutation } from './secrets.generated';
import {
  createFormPath,
  createSecretSchema,
  emptyCreateForm,
  toCreateInput,
  type CreateSecretFormInput,
  type CreateSecretFormValues,
  type OrgEnvironment,
} from './secret-form';
import { UsePolicyField } from './use-policy-field';

interface CreateSecretDialogProps {
  opened: boolean;
  environments: readonly OrgEnvironment[];
  onClose: () => void;
}

export function CreateSecretDialog({ opened, environments, onClose }: CreateSecretDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New Secret" size="lg" centered>
      {/* Mounted only while open, so every opening starts with an empty form. */}
      {opened ? <CreateSecretForm environments={environments} onDone={onClose} /> : null}
    </Modal>
  );
}

function CreateSecretForm({ environments, onDone }: { environments: readonly OrgEnvironment[]; onDone: () => void }) {
  const [createSecret] = useCreateSecretMutation({ refetchQueries: ['Secrets'], awaitRefetchQueries: true });
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    getValues,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<CreateSecretFormInput, unknown, CreateSecretFormValues>({
    resolver: zodResolver(createSecretSchema),
    defaultValues: emptyCreateForm(environments),
    // The key is checked as you type, with the rule the server applies.
    mode: 'onChange',
  });
  const key = watch('key');
  const rows = watch('environments');
  const usePolicy = watch('usePolicy');
  const useRoleIds = watch('useRoleIds');

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await createSecret({ variables: { input: toCreateInput(values) } });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const unclaimed = applyServerFieldErrors(problems, setError, (field) => createFormPath(field, getValues()));
      if (unclaimed.length > 0) setFormError(unclaimed.map((problem) => problem.message).join(' '));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Secret created',
      message: `Reference it as ${secretReference(values.key)} in connection credentials.`,
    });
    onDone();
  });

  const environmentsError = errors.environments?.message ?? errors.environments?.root?.message;

  return (
    <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label="New secret">
      <Stack gap="md">
        <TextInput
          label="Secret Key"
          placeholder="OPENAI_API_KEY"
          description={
            key && !errors.key
              ? `Referenced as ${secretReference(key)}. The key cannot be changed later.`
              : 'Uppercase letters, numbers and underscores, starting with a letter. It cannot be changed later.'
          }
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={errors.key?.message}
          data-autofocus
          {...register('key')}
        />
        <Textarea
          label="Description"
          placeholder="What the value is for and who owns it"
          rows={2}
          error={errors.description?.message}
          {...register('description')}
        />

        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Values
          </Text>
          <Text size="xs" c="dimmed">
            Enable the environments this secret has a value in. Values are encrypted and cannot be viewed after saving.
          </Text>
          {rows.map((row, index) => (
            <Paper key={row.slug} withBorder radius="sm" p="sm">
              <Stack gap="xs">
                <Switch label={row.name} {...register(`environments.${index}.enabled`, { deps: ['environments'] })} />
                {row.enabled ? (
                  <PasswordInput
                    label={`Value for ${row.name}`}
                    autoComplete="new-password"
                    error={errors.environments?.[index]?.value?.message}
                    // PasswordInput does not mark its inner input itself.
                    aria-invalid={errors.environments?.[index]?.value ? true : undefined}
                    {...register(`environments.${index}.value`)}
                  />
                ) : null}
              </Stack>
            </Paper>
          ))}
          {environmentsError ? (
            <Text size="xs" c="red" role="alert">
              {environmentsError}
            </Text>
          ) : null}
        </Stack>

        <UsePolicyField
          policy={usePolicy}
          roleIds={useRoleIds}
          onPolicyChange={(policy) => setValue('usePolicy', policy, { shouldDirty: true })}
          onRolesChange={(ids) => setValue('useRoleIds', ids, { shouldDirty: true, shouldValidate: true })}
          error={errors.useRoleIds?.message}
        />

        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Secret not created" role="alert">
            {formError}
          </Alert>
        ) : null}

        <DialogFooter confirmLabel="Create" onCancel={onDone} busy={isSubmitting} sticky />
      </Stack>
    </form>
  );
}
