import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** What each `reason` of `/connections?oauth=failed&reason=…` means to the user. */
const FAILURES: Record<string, string> = {
  invalid_state: 'The authorization was not recognized. Start again with Connect with OAuth2.',
  state_used: 'This authorization was already used. Start again with Connect with OAuth2.',
  state_expired: 'The authorization took longer than 10 minutes. Start again with Connect with OAuth2.',
  access_denied: 'Access was denied at the provider.',
  provider_error: 'The provider returned an error instead of an authorization code.',
  token_exchange_failed: 'The provider did not accept the authorization code. Check the integration’s token endpoint, client ID and client secret.',
  not_oauth2: 'The integration no longer uses OAuth2 in this environment.',
  misconfigured: 'The integration’s OAuth2 settings are incomplete for this environment.',
  not_allowed: 'You may no longer change this connection.',
};
const GENERIC_FAILURE = 'The OAuth2 authorization could not be completed. Try again.';

/** On return from an OAuth2 provider: one notification for `oauth=connected|failed`, then a clean URL. */
export function useOAuthReturnNotice(): void {
  const [params, setParams] = useSearchParams();
  const outcome = params.get('oauth');
  const reason = params.get('reason');
  const shown = useRef<string | null>(null);

  useEffect(() => {
    if (outcome !== 'connected' && outcome !== 'failed') return;
    const key = `${outcome}:${reason ?? ''}`;
    if (shown.current !== key) {
      shown.current = key;
      if (outcome === 'connected') {
        notifications.show({ color: 'teal', title: 'Connected with OAuth2', message: 'The access token was stored in the connection’s credentials.' });
      } else {
        notifications.show({ color: 'red', title: 'OAuth2 connection failed', message: (reason !== null ? FAILURES[reason] : undefined) ?? GENERIC_FAILURE });
      }
    }
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of ['oauth', 'reason', 'connection']) next.delete(name);
        return next;
      },
      { replace: true },
    );
  }, [outcome, reason, setParams]);
}
