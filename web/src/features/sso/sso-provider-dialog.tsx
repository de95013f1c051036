import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, PasswordInput, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DialogFooter } from '../../components/dialog-footer';
import { revealingErrors } from '../../components/long-dialog';
import { reportMutationError } from '../../components/server-field-errors';
import type { SsoProviderFieldsFragment } from '../../graphql/generated';
import { useCreateSsoProviderMutation, useUpdateSsoProviderMutation } from './sso.generated';
import { RedirectUriField } from './redirect-uri';
import { normalizeDomains, SSO_SERVER_FIELDS, ssoProviderDefaults, ssoProviderSchema, type SsoProviderValues } from './sso-provider-form';

interface SsoProviderDialogProps {
  /** 'new' adds a provider; a provider edits it. */
  provider: SsoProviderFieldsFragment | 'new' | null;
  redirectUri: string;
  onClose: () => void;
}

export function SsoProviderDialog({ provider, redirectUri, onClose }: SsoProviderDialogProps) {
  return (
    <Modal opened={provider !== null} onClose={onClose} title={provider === 'new' ? 'Add SSO provider' : 'Edit SSO provider'} centered size="lg">
      {provider !== null ? <SsoProviderForm key={provider === 'new' ? 'new' : provider.id} provider={provider === 'new' ? null : provider} redirectUri={redirectUri} onClose={onClose} /> : null}
    </Modal>
  );
}

function SsoProviderForm({ provider, redirectUri, onClose }: { provider: SsoProviderFieldsFragment | null; redirectUri: string; onClose: () => void }) {
  const creating = provider === null;
  const [createProvider] = useCreateSsoProviderMutation();
  const [updateProvider] = useUpdateSsoProviderMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SsoProviderValues>({
    resolver: zodResolver(ssoProviderSchema(creating ? 'create' : 'edit')),
    defaultValues: ssoProviderDefaults(provider),
  });

  const onSubmit = handleSubmit(async ({ clientSecret, ...values }) => {
    setFormError(null);
    try {
      if (creating) {
        await createProvider({ variables: { input: { ...values, clientSecret } }, refetchQueries: ['SsoProviders'], awaitRefetchQueries: true });
      } else {
        // An empty secret field keeps the stored secret: the field is left out of the input.
        const input = clientSecret === '' ? values : { ...values, clientSecret };
        await updateProvider({ variables: { id: provider.id, input } });
      }
    } catch (error) {
      setFormError(reportMutationError(error, setError, SSO_SERVER_FIELDS));
      return;
    }
    notifications.show({
      color: 'teal',
      title: creating ? 'SSO provider added' : 'SSO provider saved',
      message: creating
        ? `People with ${values.allowedDomains.join(', ')} addresses can now use “Continue with ${values.displayName}” once they are invited with it.`
        : `${values.displayName} was updated.`,
    });
    onClose();
  });

  return (
    <form onSubmit={revealingErrors(onSubmit)} noValidate aria-label={creating ? 'Add SSO provider' : 'Edit SSO provider'}>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title={creating ? 'Provider not added' : 'Provider not saved'} role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label="Display name"
          withAsterisk
          autoComplete="off"
          description="Shown on the sign-in button: “Continue with …”."
          placeholder="Okta"
          data-autofocus
          error={errors.displayName?.message}
          {...register('displayName')}
        />
        <TextInput
          label="Issuer URL"
          withAsterisk
          autoComplete="off"
          placeholder="https://login.example.com"
          description="Keyward reads the provider’s configuration from this URL + /.well-known/openid-configuration when you save."
          error={errors.issuer?.message}
          {...register('issuer')}
        />
        <TextInput label="Client ID" withAsterisk autoComplete="off" error={errors.clientId?.message} {...register('clientId')} />
        <PasswordInput
          label="Client secret"
          withAsterisk={creating}
          autoComplete="new-password"
          description={creating ? 'Stored encrypted; it is never shown again.' : 'Leave empty to keep the current secret.'}
          error={errors.clientSecret?.message}
          {...register('clientSecret')}
        />
        <Controller
          control={control}
          name="allowedDomains"
          render={({ field }) => (
            <TagsInput
              label="Allowed email domains"
              withAsterisk
              description="People whose email address ends in one of these domains may sign in with this provider. Press Enter or comma after each."
              placeholder="example.com"
              splitChars={[',', ' ', ';']}
              value={field.value}
              onChange={(domains) => field.onChange(normalizeDomains(domains))}
              onBlur={field.onBlur}
              error={errors.allowedDomains?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="requireSso"
          render={({ field }) => (
            <Switch
              label="Require SSO for these domains"
              description="The sign-in page then offers only this provider, without a password field, to every email of these domains. Members of these domains who still sign in with a password can no longer do so from the sign-in page."
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              error={errors.requireSso?.message}
            />
          )}
        />
        <RedirectUriField value={provider?.redirectUri ?? redirectUri} description="Register this as the redirect (callback) URL of the application at your provider." />
        <DialogFooter confirmLabel={creating ? 'Add provider' : 'Save'} onCancel={onClose} busy={isSubmitting} />
      </Stack>
    </form>
  );
}
