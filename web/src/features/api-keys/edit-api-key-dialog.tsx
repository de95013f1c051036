import { zodResolver } from '@hookform/resolvers/zod';
import type { ApiKeyScopePreset } from '@keyward/shared/api-keys';
import { Alert, Modal, Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { QueryError } from '../../components/query-error';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useViewer } from '../../components/viewer-context';
import { revealingErrors } from '../../components/long-dialog';
import type { ApiKeyRowFieldsFragment } from '../../graphql/generated';
import { useApiKeyFormRolesQuery, useUpdateApiKeyMutation } from './api-keys.generated';
import { ApiKeyAccessFields } from './api-key-access-fields';
import { beyondViewer, editApiKeySchema, grantedBy, keyRoles, scopesFor, type EditApiKeyValues, type RoleChoice } from './api-key-form';

const SERVER_FIELDS: Partial<Record<string, Path<EditApiKeyValues>>> = {
  name: 'name',
  description: 'description',
  roleIds: 'roleIds',
  scopes: 'customScopes',
};

/** Edit: name, description, roles and scopes of an existing key (its token does not change). */
export function EditApiKeyDialog({ apiKey, onClose }: { apiKey: ApiKeyRowFieldsFragment | null; onClose: () => void }) {
  return (
    <Modal opened={apiKey !== null} onClose={onClose} title="Edit API key" centered size="lg">
      {apiKey ? <EditLoader apiKey={apiKey} onClose={onClose} /> : null}
    </Modal>
  );
}

function EditLoader({ apiKey, onClose }: { apiKey: ApiKeyRowFieldsFragment; onClose: () => void }) {
  const roles = useApiKeyFormRolesQuery();
  if (roles.error) return <QueryError error={roles.error} what="roles" onRetry={() => void roles.refetch()} />;
  if (!roles.data) return <Skeleton h={240} aria-label="Loading the form" />;
  return <EditForm apiKey={apiKey} roles={keyRoles(roles.data.roles)} onClose={onClose} />;
}

function EditForm({ apiKey, roles, onClose }: { apiKey: ApiKeyRowFieldsFragment; roles: RoleChoice[]; onClose: () => void }) {
  const viewer = useViewer();
  const [updateApiKey] = useUpdateApiKeyMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EditApiKeyValues>({
    resolver: zodResolver(editApiKeySchema),
    defaultValues: {
      name: apiKey.name,
      description: apiKey.description,
      roleIds: apiKey.roles.map((r) => r.id),
      scopePreset: apiKey.scopePreset as ApiKeyScopePreset,
      customScopes: apiKey.scopes ?? [],
    },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const fromRoles = grantedBy(roles, values.roleIds);
    const scopes = scopesFor(values.scopePreset, values.customScopes, fromRoles);
    const beyond = beyondViewer(fromRoles, scopes, viewer.permissions);
    if (beyond.length > 0) {
      form.setError(values.scopePreset === 'CUSTOM' ? 'customScopes' : 'roleIds', {
        type: 'client',
        message: `You cannot give an API key permissions you do not hold: ${beyond.join(', ')}.`,
      });
      return;
    }
    try {
      await updateApiKey({
        variables: { id: apiKey.id, input: { name: values.name, description: values.description, roleIds: values.roleIds, scopes } },
      });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const unclaimed = applyServerFieldErrors(problems, form.setError, (f) => SERVER_FIELDS[f.replace(/^input\./, '')] ?? null);
      if (unclaimed.length > 0) setFormError(unclaimed.map((p) => p.message).join(' '));
      return;
    }
    notifications.show({ color: 'teal', title: 'API key updated', message: `${values.name} keeps working with its new settings from the next request.` });
    onClose();
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label="Edit API key">
        <Stack gap="md">
          {formError ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title="Not saved" role="alert">
              {formError}
            </Alert>
          ) : null}
          <ApiKeyAccessFields roles={roles} />
          <DialogFooter confirmLabel="Save" onCancel={onClose} busy={form.formState.isSubmitting} sticky />
        </Stack>
      </form>
    </FormProvider>
  );
}
