import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { SsoProviderFieldsFragment } from '../../graphql/generated';
import { useDeleteSsoProviderMutation } from './sso.generated';

/** Deleting ends “Continue with …” for the provider; the server refuses (CONFLICT) while members still sign in with it. */
export function DeleteSsoProviderDialog({ provider, onClose }: { provider: SsoProviderFieldsFragment | null; onClose: () => void }) {
  const [deleteProvider] = useDeleteSsoProviderMutation();
  return (
    <ConfirmDialog
      opened={provider !== null}
      title="Delete SSO provider"
      confirmLabel="Delete provider"
      danger
      onClose={onClose}
      onConfirm={async () => {
        if (provider === null) return;
        await deleteProvider({ variables: { id: provider.id }, refetchQueries: ['SsoProviders'], awaitRefetchQueries: true });
        notifications.show({ color: 'teal', title: 'SSO provider deleted', message: `“Continue with ${provider.displayName}” is no longer offered.` });
      }}
    >
      <Text size="sm">
        Delete <b>{provider?.displayName}</b>? The sign-in page stops offering “Continue with {provider?.displayName}” and its settings, client secret
        included, are removed. It cannot be deleted while members of this organization still sign in with it.
      </Text>
    </ConfirmDialog>
  );
}
