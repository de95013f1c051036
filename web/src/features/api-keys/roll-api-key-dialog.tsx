import { API_KEY_GRACE_PERIODS } from '@keyward/shared/api-keys';
import { Alert, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { DialogFooter } from '../../components/dialog-footer';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import type { ApiKeyRowFieldsFragment } from '../../graphql/generated';
import { useRollApiKeyMutation } from './api-keys.generated';

interface RollApiKeyDialogProps {
  apiKey: ApiKeyRowFieldsFragment | null;
  onClose: () => void;
  onRolled: (token: string, apiKey: ApiKeyRowFieldsFragment) => void;
}

/** Roll: a new token for the same key; the current one keeps working for the chosen grace period. */
export function RollApiKeyDialog({ apiKey, onClose, onRolled }: RollApiKeyDialogProps) {
  const [grace, setGrace] = useState('60');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rollApiKey] = useRollApiKeyMutation();

  async function roll() {
    if (!apiKey) return;
    setBusy(true);
    setError(null);
    try {
      const { data } = await rollApiKey({ variables: { id: apiKey.id, gracePeriodMinutes: Number(grace) }, refetchQueries: ['ApiKeys'], fetchPolicy: 'no-cache' });
      if (!data) throw new Error('The server did not return the new key.');
      onRolled(data.rollApiKey.token, data.rollApiKey.apiKey);
    } catch (failure) {
      setError(graphqlErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={apiKey !== null} onClose={() => !busy && onClose()} title="Roll API key" centered>
      <Stack gap="md">
        <Text size="sm">
          A new key replaces <b>{apiKey?.name}</b>, with the same roles, scopes, rate limits and usage history. Applications must switch to the new key
          before the current one stops working.
        </Text>
        <Radio.Group label="Keep the current key working for" value={grace} onChange={setGrace}>
          <Stack gap="xs" mt="xs">
            {API_KEY_GRACE_PERIODS.map((option) => (
              <Radio key={option.minutes} value={String(option.minutes)} label={option.label} />
            ))}
          </Stack>
        </Radio.Group>
        {error ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Not rolled" role="alert">
            {error}
          </Alert>
        ) : null}
        <DialogFooter confirmLabel="Roll key" onCancel={onClose} onConfirm={() => void roll()} busy={busy} danger={grace === '0'} />
      </Stack>
    </Modal>
  );
}
