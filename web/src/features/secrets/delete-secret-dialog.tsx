import { Alert, List, Loader, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import type { SecretFieldsFragment } from '../../graphql/generated';
import { useDeleteSecretMutation, useSecretReferencesQuery } from './secrets.generated';
import type { OrgEnvironment } from './secret-form';

interface DeleteSecretDialogProps {
  secret: SecretFieldsFragment | null;
  environments: readonly OrgEnvironment[];
  onClose: () => void;
}

const OWNER_LABELS: Record<string, string> = { CONNECTION: 'Connection', INTEGRATION: 'Integration' };

function KnownReferences({ secretKey, environmentName }: { secretKey: string; environmentName: (slug: string) => string }) {
  const { data, error, loading } = useSecretReferencesQuery({ variables: { key: secretKey }, fetchPolicy: 'network-only' });
  if (loading) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Looking for connections that use it…
        </Text>
      </Group>
    );
  }
  if (error || !data) {
    return (
      <Text size="sm" c="red">
        Could not check what uses this secret: {graphqlErrorMessage(error)}
      </Text>
    );
  }
  const references = data.secret.references;
  if (references.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No connection is known to reference it.
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Known references ({references.length}):
      </Text>
      <List size="sm" aria-label="Known references">
        {references.map((reference) => (
          <List.Item key={`${reference.ownerType}:${reference.ownerId}`}>
            {reference.ownerName}{' '}
            <Text span size="xs" c="dimmed">
              ({OWNER_LABELS[reference.ownerType] ?? reference.ownerType}
              {reference.environments.length > 0 ? ` · ${reference.environments.map(environmentName).join(', ')}` : ''})
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Deleting a secret breaks what references it: the confirmation says so and lists what is known to. */
export function DeleteSecretDialog({ secret: requested, environments, onClose }: DeleteSecretDialogProps) {
  // Keeps showing the last secret while the dialog animates closed.
  const [secret, setSecret] = useState(requested);
  if (requested !== null && requested !== secret) setSecret(requested);
  const [deleteSecret] = useDeleteSecretMutation({
    refetchQueries: ['Secrets'],
    awaitRefetchQueries: true,
    update: (cache, { data }) => {
      if (data) cache.evict({ id: cache.identify({ __typename: 'Secret', id: data.deleteSecret.id }) });
    },
  });
  const environmentName = (slug: string) => environments.find((environment) => environment.slug === slug)?.name ?? slug;
  const key = secret?.key ?? '';
  const inUse = secret?.environments.map((value) => environmentName(value.environment)) ?? [];

  return (
    <ConfirmDialog
      opened={requested !== null}
      title={`Delete ${key}?`}
      confirmLabel="Delete secret"
      danger
      onClose={onClose}
      onConfirm={async () => {
        await deleteSecret({ variables: { key } });
        notifications.show({ color: 'teal', title: 'Secret deleted', message: `${key} was removed from every environment.` });
      }}
    >
      <Stack gap="sm">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
          Any workflows or connections using <Text span ff="monospace" size="sm">{`@@SECRET:${key}@@`}</Text> will fail.
        </Alert>
        <Text size="sm">
          This removes the secret from all environments
          {inUse.length > 0 ? ` (${inUse.join(', ')})` : ''}, with its version history. It cannot be undone.
        </Text>
        {requested !== null && secret !== null ? <KnownReferences secretKey={secret.key} environmentName={environmentName} /> : null}
      </Stack>
    </ConfirmDialog>
  );
}
