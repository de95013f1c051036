import { secretReference } from '@keyward/shared/secret-reference';
import { ActionIcon, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileText } from '@tabler/icons-react';

/** The document-icon button that puts `@@SECRET:KEY@@` on the clipboard and confirms with a toast. */
export function CopyReferenceButton({ secretKey }: { secretKey: string }) {
  const reference = secretReference(secretKey);

  async function copy() {
    try {
      await navigator.clipboard.writeText(reference);
      notifications.show({
        color: 'teal',
        title: 'Reference copied',
        message: `${reference} is on your clipboard. Paste it into a connection credential field.`,
      });
    } catch {
      notifications.show({
        color: 'orange',
        title: 'Could not copy',
        message: `Your browser blocked the clipboard. Copy the reference by hand: ${reference}`,
        autoClose: false,
      });
    }
  }

  return (
    <Tooltip label="Copy Reference" withArrow>
      <ActionIcon variant="subtle" color="gray" aria-label={`Copy reference to ${secretKey}`} onClick={() => void copy()}>
        <IconFileText size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
