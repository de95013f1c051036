import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconArrowBackUp, IconPencil, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage, graphqlFieldErrors, hasErrorCode } from '../../components/graphql-errors';
import { QueryError } from '../../components/query-error';
import { RelativeTime } from '../../components/relative-time';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { revealingErrors } from '../../components/long-dialog';
import type { SecretDetailsQuery } from '../../graphql/generated';
import { useSecretDetailsQuery, useUpdateSecretMutation } from './secrets.generated';
import {
  editFormDefaults,
  editFormPath,
  editRows,
  editSecretSchema,
  toUpdateInput,
  type CurrentValue,
  type EditSecretFormInput,
  type EditSecretFormValues,
  type OrgEnvironment,
} from './secret-form';
import { UsePolicyField } from './use-policy-field';
import { VersionHistory } from './version-history';

type SecretDetails = NonNullable<SecretDetailsQuery['secret']>;

interface EditSecretDialogProps {
  secretKey: string | null;
  environments: readonly OrgEnvironment[];
  onClose: () => void;
}

export function EditSecretDialog({ secretKey, environments, onClose }: EditSecretDialogProps) {
  return (
    <Modal opened={secretKey !== null} onClose={onClose} title={`Edit ${secretKey ?? 'secret'}`} size="lg" centered>
      {secretKey !== null ? <EditSecretLoader secretKey={secretKey} environments={environments} onDone={onClose} /> : null}
    </Modal>
  );
}

function EditSecretLoader({ secretKey, environments, onDone }: { secretKey: string; environments: readonly OrgEnvironment[]; onDone: () => void }) {
  // Always from the server: the versions shown are the ones a save is checked against.
  const { data, error, loading, refetch } = useSecretDetailsQuery({
    variables: { key: secretKey },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const secret = data?.secret;
  if (secret) {
    // A new revision (after a restore or a reload) starts a fresh form from the new values.
    const revision = `${secret.description}|${secret.usePolicy}:${secret.useRoles.map((r) => r.id).join(',')}|${secret.environments.map((e) => `${e.environment}:${e.version}`).join(',')}`;
    return (
      <EditSecretForm
        key={revision}
        secret={secret}
        environments={environments}
        reloading={loading}
        onReload={async () => {
          await refetch();
        }}
        onDone={onDone}
      />
    );
  }
  if (error) return <QueryError error={error} what="this secret" onRetry={() => void refetch()} />;
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading the secret">
      <Skeleton h={60} />
      <Skeleton h={160} />
    </Stack>
  );
}

interface EditSecretFormProps {
  secret: SecretDetails;
  environments: readonly OrgEnvironment[];
  reloading: boolean;
  onReload: () => Promise<void>;
  onDone: () => void;
}

function EditSecretForm({ secret, environments, reloading, onReload, onDone }: EditSecretFormProps) {
  const [updateSecret] = useUpdateSecretMutation({ refetchQueries: ['Secrets'] });
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const rows = editRows(environments, secret.environments);
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError,
    getValues,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<EditSecretFormInput, unknown, EditSecretFormValues>({
    resolver: zodResolver(editSecretSchema),
    defaultValues: editFormDefaults(secret, rows),
  });
  const values = watch('environments');
  const usePolicy = watch('usePolicy');
  const useRoleIds = watch('useRoleIds');
  const current = (slug: string): CurrentValue | undefined => secret.environments.find((value) => value.environment === slug);

  const onSubmit = handleSubmit(async (form) => {
    setFormError(null);
    setConflict(null);
    try {
      await updateSecret({ variables: { key: secret.key, input: toUpdateInput(form, secret) } });
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        setConflict(graphqlErrorMessage(error));
        return;
      }
      const problems = graphqlFieldErrors(error);
      const unclaimed = applyServerFieldErrors(problems, setError, (field) => editFormPath(field, getValues()));
      if (problems.length === 0 || unclaimed.length > 0) {
        setFormError(problems.length === 0 ? graphqlErrorMessage(error) : unclaimed.map((p) => p.message).join(' '));
      }
      return;
    }
    notifications.show({ color: 'teal', title: 'Secret saved', message: `${secret.key} is up to date.` });
    onDone();
  });

  const setAction = (index: number, action: 'keep' | 'set' | 'remove') => {
    setValue(`environments.${index}.action`, action, { shouldDirty: true });
    if (action !== 'set') setValue(`environments.${index}.value`, '', { shouldDirty: true });
  };

  return (
    <Stack gap="lg">
      <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label={`Edit ${secret.key}`}>
        <Stack gap="md">
          <Textarea label="Description" rows={2} error={errors.description?.message} {...register('description')} />

          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Values
            </Text>
            <Text size="xs" c="dimmed">
              Values are write-only: add one, replace one with a new value, or remove one. Earlier versions are kept.
            </Text>
            {rows.map((row, index) => {
              const value = current(row.slug);
              const action = values[index]?.action ?? 'keep';
              return (
                <Paper key={row.slug} withBorder radius="sm" p="sm">
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap">
                      <Stack gap={2}>
                        <Group gap="xs">
                          <Text size="sm" fw={500}>
                            {row.name}
                          </Text>
                          {action === 'remove' ? (
                            <Badge color="red" variant="light" radius="sm">
                              Will be removed
                            </Badge>
                          ) : value ? (
                            <Badge color="teal" variant="light" radius="sm">
                              Version {value.version}
                            </Badge>
                          ) : (
                            <Badge color="gray" variant="light" radius="sm">
                              No value
                            </Badge>
                          )}
                        </Group>
                        {value ? (
                          <Text size="xs" c="dimmed">
                            Updated <RelativeTime value={value.updatedAt} size="xs" c="dimmed" />
                            {value.updatedBy ? ` by ${value.updatedBy}` : ''}
                          </Text>
                        ) : null}
                      </Stack>
                      <Group gap="xs" wrap="nowrap">
                        {action === 'keep' && value ? (
                          <>
                            <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setAction(index, 'set')} aria-label={`Replace the ${row.name} value`}>
                              Replace
                            </Button>
                            <Button size="xs" variant="light" color="red" leftSection={<IconTrash size={14} />} onClick={() => setAction(index, 'remove')} aria-label={`Remove the ${row.name} value`}>
                              Remove
                            </Button>
                          </>
                        ) : null}
                        {action === 'keep' && !value ? (
                          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAction(index, 'set')} aria-label={`Add a ${row.name} value`}>
                            Add value
                          </Button>
                        ) : null}
                        {action !== 'keep' ? (
                          <Button size="xs" variant="subtle" leftSection={<IconArrowBackUp size={14} />} onClick={() => setAction(index, 'keep')} aria-label={`Keep the ${row.name} value as it is`}>
                            Undo
                          </Button>
                        ) : null}
                      </Group>
                    </Group>
                    {action === 'set' ? (
                      <PasswordInput
                        label={value ? `New value for ${row.name}` : `Value for ${row.name}`}
                        autoComplete="new-password"
                        data-autofocus
                        error={errors.environments?.[index]?.value?.message}
                        // PasswordInput does not mark its inner input itself.
                        aria-invalid={errors.environments?.[index]?.value ? true : undefined}
                        {...register(`environments.${index}.value`)}
                      />
                    ) : null}
                  </Stack>
                </Paper>
              );
            })}
          </Stack>

          <UsePolicyField
            policy={usePolicy}
            roleIds={useRoleIds}
            onPolicyChange={(policy) => setValue('usePolicy', policy, { shouldDirty: true })}
            onRolesChange={(ids) => setValue('useRoleIds', ids, { shouldDirty: true, shouldValidate: true })}
            error={errors.useRoleIds?.message}
          />

          {conflict ? (
            <Alert color="orange" icon={<IconAlertCircle size={18} />} title="Changed by someone else" role="alert">
              <Stack gap="xs">
                <Text size="sm">
                  {conflict} Reloading shows the latest versions; your unsaved changes are discarded.
                </Text>
                <Group>
                  <Button size="xs" color="orange" variant="light" leftSection={<IconRefresh size={14} />} loading={reloading} onClick={() => void onReload()}>
                    Reload
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null}
          {formError ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title="Secret not saved" role="alert">
              {formError}
            </Alert>
          ) : null}

          <DialogFooter confirmLabel="Save" onCancel={onDone} busy={isSubmitting} disabled={!isDirty || conflict !== null} sticky />
        </Stack>
      </form>

      <VersionHistory secret={secret} environments={rows} disabledReason={isDirty ? 'Save or undo your changes before restoring a version.' : null} />
    </Stack>
  );
}
