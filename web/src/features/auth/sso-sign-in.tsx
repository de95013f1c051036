import { isSsoRefusal, SSO_REFUSAL_MESSAGES, ssoStartPath } from '@keyward/shared/sso';
import { Alert, Button } from '@mantine/core';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';

export interface SsoProviderChoice {
  id: string;
  displayName: string;
}

/**
 * "Continue with <provider>": a plain link, so the browser leaves the SPA for the server's start
 * URL (which redirects to the provider), carrying where to land afterwards or the invitation.
 */
export function SsoSignInButton({ provider, invitation, next }: { provider: SsoProviderChoice; invitation?: string; next?: string }) {
  return (
    <Button component="a" href={ssoStartPath(provider.id, { invitation, next })} variant="default" fullWidth leftSection={<IconShieldLock size={18} />}>
      Continue with {provider.displayName}
    </Button>
  );
}

const UNKNOWN_REFUSAL = 'Single sign-on did not complete, so you were not signed in. Try again, or ask your administrator.';

/** The message for the `sso_error` query parameter the server's SSO callback redirects with, or null without one. */
export function ssoErrorMessage(code: string | null): string | null {
  if (code === null || code === '') return null;
  return isSsoRefusal(code) ? SSO_REFUSAL_MESSAGES[code] : UNKNOWN_REFUSAL;
}

export function SsoErrorAlert({ message }: { message: string }) {
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not sign in with single sign-on" role="alert">
      {message}
    </Alert>
  );
}
