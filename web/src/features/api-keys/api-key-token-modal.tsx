import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

interface ApiKeyTokenModalProps {
  /** The full key; null when closed. Held only in this modal's props, never cached or stored. */
  token: string | null;
  keyName: string;
  /** "created" or "rolled": what just happened, for the title. */
  reason?: 'created' | 'rolled';
  onClose: () => void;
}

/**
 * Shows a new key once, with a copy button and the warning that it is never shown again. It only
 * closes through its button, so the key is not lost to a stray click or Escape.
 */
export function ApiKeyTokenModal({ token, keyName, reason = 'created', onClose }: ApiKeyTokenModalProps) {
  return (
    <Modal
      opened={token !== null}
      onClose={onClose}
      title={reason === 'created' ? 'Copy your new API key' : 'Copy the new key'}
      centered
      size="lg"
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
    >
      {token !== null ? (
        <Stack gap="md">
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="This key will never be shown again">
            Copy it now and store it somewhere safe, such as your secrets manager. If you lose it, roll the key or create a new one.
          </Alert>
          <Text size="sm">
            The full key for <b>{keyName}</b>:
          </Text>
          <Code block data-testid="api-key-token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} fz="sm">
            {token}
          </Code>
          <Text size="xs" c="dimmed">
            Send it as <Code>X-API-Key: {'<key>'}</Code> or <Code>Authorization: Bearer {'<key>'}</Code>.
          </Text>
          <Group justify="space-between">
            <CopyButton value={token} timeout={4000}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'filled'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy key'}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              I have copied the key
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
