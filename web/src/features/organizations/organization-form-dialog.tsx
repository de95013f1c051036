import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { reportMutationError } from '../../components/server-field-errors';
import type { OrganizationRowFieldsFragment } from '../../graphql/generated';
import { useCreateOrganizationMutation, useUpdateOrganizationMutation } from './organizations.generated';
import { organizationSchema, slugPreview, type OrganizationValues } from './organization-form';

/** Lists that show organizations: this page, the switcher, and the viewer's own organization name. */
export const ORGANIZATION_QUERIES = ['Organizations', 'ViewerOrganizations', 'Viewer'];

interface OrganizationFormDialogProps {
  /** 'new' creates; an organization renames it. */
  organization: OrganizationRowFieldsFragment | 'new' | null;
  onClose: () => void;
}

export function OrganizationFormDialog({ organization, onClose }: OrganizationFormDialogProps) {
  const title = organization === 'new' ? 'New organization' : 'Rename organization';
  return (
    <Modal opened={organization !== null} onClose={onClose} title={title} centered>
      {organization !== null ? <OrganizationForm organization={organization} onClose={onClose} /> : null}
    </Modal>
  );
}

function OrganizationForm({ organization, onClose }: { organization: OrganizationRowFieldsFragment | 'new'; onClose: () => void }) {
  const creating = organization === 'new';
  const [createOrganization] = useCreateOrganizationMutation();
  const [updateOrganization] = useUpdateOrganizationMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OrganizationValues>({
    resolver: zodResolver(organizationSchema),
    defaultValues: creating ? { name: '', slug: '' } : { name: organization.name, slug: organization.slug },
  });
  const name = useWatch({ control, name: 'name' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const slug = values.slug === '' ? null : values.slug;
    try {
      if (creating) {
        await createOrganization({ variables: { input: { name: values.name, slug } }, refetchQueries: ORGANIZATION_QUERIES, awaitRefetchQueries: true });
      } else {
        await updateOrganization({ variables: { id: organization.id, input: { name: values.name, slug } }, refetchQueries: ORGANIZATION_QUERIES, awaitRefetchQueries: true });
      }
    } catch (error) {
      setFormError(reportMutationError(error, setError, { name: 'name', slug: 'slug' }));
      return;
    }
    notifications.show({
      color: 'teal',
      title: creating ? 'Organization created' : 'Organization renamed',
      message: creating ? `${values.name} has the built-in roles and default settings. Switch to it to invite its first members.` : `It is now called ${values.name}.`,
    });
    onClose();
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={creating ? 'New organization' : 'Rename organization'}>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title={creating ? 'Organization not created' : 'Organization not renamed'} role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput label="Name" withAsterisk autoComplete="off" data-autofocus error={errors.name?.message} {...register('name')} />
        <TextInput
          label="Slug"
          autoComplete="off"
          description={
            creating
              ? `Used in shareable links (?org=…). Leave empty to use “${slugPreview(name) || 'derived from the name'}”.`
              : 'Used in shareable links (?org=…). Changing it breaks links shared before.'
          }
          error={errors.slug?.message}
          {...register('slug')}
        />
        <DialogFooter confirmLabel={creating ? 'Create organization' : 'Save'} onCancel={onClose} busy={isSubmitting} />
      </Stack>
    </form>
  );
}
