/**
 * Single sign-on with OpenID Connect: what the server and the SPA agree on. The server's SSO
 * callback ends a refused sign-in by redirecting to `/login?sso_error=<code>` (plus `&provider=<id>`
 * when a provider is known); the login page shows the message below for that code.
 */
export const SSO_REFUSAL_MESSAGES = {
  state: 'That sign-in link was invalid or has expired. Start again from the sign-in page.',
  provider_error: 'The identity provider did not sign you in. Try again, or ask your administrator.',
  token: 'The identity provider’s answer could not be verified, so you were not signed in. Try again.',
  unverified_email: 'Your identity provider has not verified your email address. Verify it there, then try again.',
  domain: 'Your email address’s domain is not allowed to sign in with this provider. Ask your administrator.',
  suspended: 'Your account in this organization is suspended. Ask an administrator to re-enable it.',
  unknown_person: 'No Keyward account is set up for you in this organization. Ask an administrator to invite you.',
  invitation_mismatch: 'You signed in at the provider as a different email address than the one invited. Sign in there with the invited address.',
  invitation_expired: 'This invitation has expired or was already used. Ask an administrator to send a new one.',
  not_configured: 'This sign-in provider is no longer configured. Sign in another way or ask your administrator.',
  unavailable: 'The identity provider could not be reached. Try again later, or ask your administrator.',
} as const;

export type SsoRefusal = keyof typeof SSO_REFUSAL_MESSAGES;

export function isSsoRefusal(value: unknown): value is SsoRefusal {
  return typeof value === 'string' && Object.hasOwn(SSO_REFUSAL_MESSAGES, value);
}

/** Where the SPA sends the browser to start sign-in with a provider (optionally accepting an invitation). */
export function ssoStartPath(providerId: string, options: { invitation?: string; next?: string } = {}): string {
  const query = Object.entries(options)
    .filter(([, value]) => typeof value === 'string' && value !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  const suffix = query.length > 0 ? `?${query.join('&')}` : '';
  return `/auth/sso/${encodeURIComponent(providerId)}/start${suffix}`;
}

/** The one callback path every provider redirects back to (register `PUBLIC_URL` + this at the provider). */
export const SSO_CALLBACK_PATH = '/auth/sso/callback';

/** An allowed email domain as admins type it: lower-case host name, no `@`, at least one dot. */
export const EMAIL_DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
