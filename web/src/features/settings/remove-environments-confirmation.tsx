import { List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';

interface RemovedEnvironment {
  slug: string;
  name: string;
}

/** Asks before saving settings that drop environments; resolves true when the person confirms. */
export function confirmRemovingEnvironments(removed: readonly RemovedEnvironment[]): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: removed.length === 1 ? 'Remove an environment?' : `Remove ${removed.length} environments?`,
      centered: true,
      children: (
        <Stack gap="sm">
          <List size="sm">
            {removed.map((environment) => (
              <List.Item key={environment.slug}>
                {environment.name} <Text span c="dimmed" ff="monospace" size="xs">({environment.slug})</Text>
              </List.Item>
            ))}
          </List>
          <Text size="sm">
            Flows can no longer run in a removed environment, and the secret values and connection
            credentials stored for it stop being used.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Remove and save', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
