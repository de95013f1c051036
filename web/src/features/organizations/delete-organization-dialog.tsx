import { Alert, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { plural } from '../../components/format';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import type { OrganizationRowFieldsFragment } from '../../graphql/generated';
import { useDeleteOrganizationMutation } from './organizations.generated';
import { ORGANIZATION_QUERIES } from './organization-form-dialog';

interface DeleteOrganizationDialogProps {
  organization: OrganizationRowFieldsFragment | null;
  onClose: () => void;
}

/** Deleting an organization needs its exact name typed, after saying everything that goes with it. */
export function DeleteOrganizationDialog({ organization, onClose }: DeleteOrganizationDialogProps) {
  return (
    <Modal opened={organization !== null} onClose={onClose} title="Delete organization" centered>
      {organization ? <DeleteOrganizationForm organization={organization} onClose={onClose} /> : null}
    </Modal>
  );
}

function DeleteOrganizationForm({ organization, onClose }: { organization: OrganizationRowFieldsFragment; onClose: () => void }) {
  const [deleteOrganization] = useDeleteOrganizationMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    formState: { isSubmitting },
  } = useForm<{ confirmName: string }>({ defaultValues: { confirmName: '' } });
  // Exactly the name: no trimming, no case folding — the server compares the same way.
  const matches = useWatch({ control, name: 'confirmName' }) === organization.name;

  const onSubmit = handleSubmit(async ({ confirmName }) => {
    if (confirmName !== organization.name) return;
    setFormError(null);
    try {
      await deleteOrganization({ variables: { id: organization.id, confirmName }, refetchQueries: ORGANIZATION_QUERIES, awaitRefetchQueries: true });
    } catch (error) {
      setFormError(graphqlErrorMessage(error));
      return;
    }
    notifications.show({ color: 'teal', title: 'Organization deleted', message: `${organization.name} and everything in it were removed.` });
    onClose();
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Delete organization">
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={`This permanently deletes ${organization.name}`}>
          <Text size="sm" mb="xs">
            Removed with it:
          </Text>
          <List size="sm" spacing={2}>
            <List.Item>
              {plural(organization.memberCount, 'membership')} — people who belong to no other organization lose their account
            </List.Item>
            <List.Item>{plural(organization.apiKeyCount, 'API key')} — applications using them lose access at once</List.Item>
            <List.Item>its secrets, integrations and connections — workflows using them will fail</List.Item>
          </List>
          <Text size="sm" mt="xs">
            This cannot be undone. The deletion is recorded in the platform audit log.
          </Text>
        </Alert>
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Organization not deleted" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label={`Type “${organization.name}” to confirm`}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          {...register('confirmName')}
        />
        <DialogFooter confirmLabel="Delete organization" onCancel={onClose} busy={isSubmitting} danger disabled={!matches} />
      </Stack>
    </form>
  );
}
