import { Badge, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnectedX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { RelativeTime } from '../../components/relative-time';
import type { ConnectionEnvironmentFieldsFragment } from '../../graphql/generated';
import { useDisconnectConnectionOAuthMutation } from './connections.generated';

/**
 * Where an OAuth2 environment stands. authorization_code: connected (a token that has not
 * expired), expired, or not connected. client_credentials: a cached token, or none yet.
 */
export type OAuthRowState = 'connected' | 'expired' | 'not_connected' | 'token_cached' | 'no_token';

export function oauthRowState(environment: ConnectionEnvironmentFieldsFragment, now = Date.now()): OAuthRowState | null {
  if (environment.authType !== 'OAUTH2') return null;
  const hasToken = environment.secretFieldsSet.includes('accessToken');
  const expired = environment.tokenExpiresAt !== null && environment.tokenExpiresAt !== undefined && Date.parse(environment.tokenExpiresAt) <= now;
  if (isClientCredentials(environment)) return hasToken && !expired ? 'token_cached' : 'no_token';
  if (!hasToken) return 'not_connected';
  return expired ? 'expired' : 'connected';
}

/** Keyward requests this environment's tokens itself: nothing to enter, connect or disconnect. */
export function isClientCredentials(environment: ConnectionEnvironmentFieldsFragment): boolean {
  return environment.authType === 'OAUTH2' && environment.grantType === 'client_credentials';
}

const exactTime = (value: string) => dayjs(value).format('D MMM YYYY, HH:mm');

/** The OAuth2 state of a row: Connected (as whom, scopes, expiry) / Expired / Not connected, or the client-credentials token cache. */
export function OAuthStatus({ environment }: { environment: ConnectionEnvironmentFieldsFragment }) {
  const state = oauthRowState(environment);
  if (state === 'token_cached' || state === 'no_token') {
    return (
      <Text size="xs" c="dimmed">
        {state === 'token_cached' && environment.tokenExpiresAt
          ? `Client credentials — token cached until ${exactTime(environment.tokenExpiresAt)}`
          : 'Client credentials — no token yet'}
      </Text>
    );
  }
  if (state === 'not_connected' || state === null) {
    return (
      <Badge color="gray" variant="light" radius="sm" style={{ flexShrink: 0 }}>
        Not connected
      </Badge>
    );
  }
  const refreshes = environment.secretFieldsSet.includes('refreshToken');
  return (
    <Stack gap={2}>
      <Badge color={state === 'connected' ? 'teal' : 'orange'} variant="light" radius="sm" style={{ flexShrink: 0, alignSelf: 'flex-start' }}>
        {state === 'connected' ? 'Connected' : 'Expired'}
      </Badge>
      {environment.connectedAs ? <Text size="xs">Connected as {environment.connectedAs}</Text> : null}
      {environment.tokenScopes ? (
        <Text size="xs" c="dimmed">
          Scopes: {environment.tokenScopes}
        </Text>
      ) : null}
      {environment.tokenExpiresAt ? (
        <Text size="xs" c="dimmed">
          {state === 'connected' ? 'Expires ' : 'Expired '}
          <RelativeTime value={environment.tokenExpiresAt} size="xs" />
          {state === 'expired' ? (refreshes ? ' — refreshed on next use' : ' — connect again') : ''}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Disconnect, after a confirmation: forgets the environment's stored tokens. */
export function DisconnectButton({ connectionId, environment, size }: { connectionId: string; environment: ConnectionEnvironmentFieldsFragment; size: 'xs' | 'sm' }) {
  const [opened, setOpened] = useState(false);
  const [disconnect] = useDisconnectConnectionOAuthMutation();
  return (
    <>
      <Button size={size} variant="subtle" color="red" leftSection={<IconPlugConnectedX size={14} />} onClick={() => setOpened(true)} aria-label={`Disconnect ${environment.name}`}>
        Disconnect
      </Button>
      <ConfirmDialog
        opened={opened}
        title={`Disconnect ${environment.name}?`}
        confirmLabel="Disconnect"
        danger
        onClose={() => setOpened(false)}
        onConfirm={async () => {
          await disconnect({ variables: { connectionId, environment: environment.environment } });
          notifications.show({ color: 'teal', title: 'Disconnected', message: `The ${environment.name} tokens were removed.` });
        }}
      >
        {`Keyward forgets the ${environment.name} access and refresh tokens${environment.connectedAs ? ` of ${environment.connectedAs}` : ''}. Workflows using this connection in ${environment.name} fail until someone connects it with OAuth2 again.`}
      </ConfirmDialog>
    </>
  );
}
