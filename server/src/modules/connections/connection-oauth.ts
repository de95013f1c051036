import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { guardedFetcher } from '../../outbound/outbound-fetch';
import { OutboundRefusedError, type OutboundGuard } from '../../outbound/outbound-guard';

/** How long a started OAuth2 authorization may take before its callback is refused. */
export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;

/** The short reasons the callback redirects with (`/connections?oauth=failed&reason=…`). */
export type OAuthFailureReason =
  | 'invalid_request'
  | 'invalid_state'
  | 'state_used'
  | 'state_expired'
  | 'access_denied'
  | 'provider_error'
  | 'not_oauth2'
  | 'misconfigured'
  | 'not_allowed'
  | 'token_exchange_failed'
  | 'server_error';

/** A callback that cannot complete; `reason` is safe to show (never a token or a remote message). */
export class OAuthCallbackError extends Error {
  constructor(
    readonly reason: OAuthFailureReason,
    message: string,
    readonly connectionId: string | null = null,
  ) {
    super(message);
    this.name = 'OAuthCallbackError';
  }
}

/** The OAuth2 settings of an integration configuration (secrets already substituted). */
export interface OAuthSettings {
  authorizationUrl: string;
  tokenUrl: string;
  userInfoUrl: string | null;
  scopes: string | null;
  clientId: string;
  clientSecret: string;
}

export function oauthSettingsOf(settings: Record<string, unknown>): OAuthSettings | null {
  const text = (key: string) => (typeof settings[key] === 'string' && (settings[key] as string).trim() !== '' ? (settings[key] as string).trim() : null);
  const authorizationUrl = text('authorizationUrl');
  const tokenUrl = text('tokenUrl');
  const clientId = text('clientId');
  const clientSecret = text('clientSecret');
  if (authorizationUrl === null || tokenUrl === null || clientId === null || clientSecret === null) return null;
  if (!URL.canParse(authorizationUrl) || !URL.canParse(tokenUrl)) return null;
  return { authorizationUrl, tokenUrl, userInfoUrl: text('userInfoUrl'), scopes: text('scopes'), clientId, clientSecret };
}

/**
 * The authorization server as oauth4webapi sees it. Integrations configure endpoints, not an
 * issuer, so the issuer is taken to be the authorization endpoint's origin (what an `iss`
 * response parameter or an ID token must then match).
 */
function authorizationServer(settings: OAuthSettings): oauth.AuthorizationServer {
  return {
    issuer: new URL(settings.authorizationUrl).origin,
    authorization_endpoint: settings.authorizationUrl,
    token_endpoint: settings.tokenUrl,
    ...(settings.userInfoUrl === null ? {} : { userinfo_endpoint: settings.userInfoUrl }),
  };
}

const insecure = (url: string) => (new URL(url).protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {});

/** A fresh state, PKCE verifier and the authorization URL to send the browser to. */
export async function beginAuthorization(settings: OAuthSettings, redirectUri: string): Promise<{ state: string; verifier: string; authorizationUrl: string }> {
  const state = oauth.generateRandomState();
  const verifier = oauth.generateRandomCodeVerifier();
  const challenge = await oauth.calculatePKCECodeChallenge(verifier);
  const url = new URL(settings.authorizationUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  if (settings.scopes !== null) url.searchParams.set('scope', settings.scopes);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return { state, verifier, authorizationUrl: url.href };
}

export interface OAuthTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
}

/**
 * The token endpoint as Keyward talks to it, for the code exchange and refreshes alike: the
 * authorization server, the client, and its authentication (client secret, HTTP Basic).
 */
function tokenEndpoint(settings: OAuthSettings, guard: OutboundGuard) {
  return {
    as: authorizationServer(settings),
    client: { client_id: settings.clientId } satisfies oauth.Client,
    clientAuth: oauth.ClientSecretBasic(settings.clientSecret),
    options: {
      ...insecure(settings.tokenUrl),
      signal: AbortSignal.timeout(15_000),
      // Through the outbound guard; the endpoint is an integration setting that may hold a secret, so a refusal never names it.
      [oauth.customFetch]: guardedFetcher(guard, { label: 'The token endpoint', reveal: false }),
    },
  };
}

function tokensOf(result: oauth.TokenEndpointResponse): OAuthTokens {
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? null,
    expiresAt: typeof result.expires_in === 'number' ? new Date(Date.now() + result.expires_in * 1000) : null,
  };
}

/** The provider's error code for a failed token request (never a token or a remote message). */
function tokenErrorCode(error: unknown): string {
  if (error instanceof OutboundRefusedError) return 'outbound_refused';
  return error instanceof oauth.ResponseBodyError ? error.error : error instanceof Error ? error.name : 'unknown';
}

/** Why a token request failed, for a message: the guard's refusal, or the provider's error code. */
function tokenFailure(error: unknown): string {
  // Without its final period: callers end the sentence.
  return error instanceof OutboundRefusedError ? error.message.replace(/\.$/, '') : `the provider answered ${tokenErrorCode(error)}`;
}

/** Exchanges the authorization code at the token endpoint (client secret + PKCE verifier). */
export async function exchangeCode(
  settings: OAuthSettings,
  callbackParams: URLSearchParams,
  state: string,
  redirectUri: string,
  verifier: string,
  guard: OutboundGuard,
): Promise<OAuthTokens> {
  const { as, client, clientAuth, options } = tokenEndpoint(settings, guard);
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, callbackParams, state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      throw new OAuthCallbackError(error.error === 'access_denied' ? 'access_denied' : 'provider_error', `The provider refused: ${error.error}`);
    }
    throw new OAuthCallbackError('invalid_request', 'The callback parameters are invalid.');
  }
  try {
    const response = await oauth.authorizationCodeGrantRequest(as, client, clientAuth, params, redirectUri, verifier, options);
    return tokensOf(await oauth.processAuthorizationCodeResponse(as, client, response));
  } catch (error) {
    throw new OAuthCallbackError('token_exchange_failed', `The token exchange failed: ${tokenFailure(error)}.`);
  }
}

/**
 * A refresh that failed; `code` is the provider's error code (e.g. invalid_grant, or
 * outbound_refused when the guard refused the token endpoint), `reason` the text for a message.
 */
export class OAuthRefreshError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(`The token endpoint refused the refresh token (${code}).`);
    this.name = 'OAuthRefreshError';
  }
}

/**
 * Gets a new access token with the refresh_token grant, authenticating as in the code exchange.
 * `refreshToken` in the result is null when the provider did not rotate it.
 */
export async function refreshTokens(settings: OAuthSettings, refreshToken: string, guard: OutboundGuard): Promise<OAuthTokens> {
  const { as, client, clientAuth, options } = tokenEndpoint(settings, guard);
  try {
    const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, options);
    return tokensOf(await oauth.processRefreshTokenResponse(as, client, response));
  } catch (error) {
    throw new OAuthRefreshError(tokenErrorCode(error), tokenFailure(error));
  }
}

function verifierKey(state: string): Buffer {
  return Buffer.from(hkdfSync('sha256', state, Buffer.alloc(0), 'keyward connection-oauth pkce-verifier', 32));
}

/** Encrypts the PKCE verifier under a key only the holder of the state can derive. */
export function sealVerifier(verifier: string, state: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', verifierKey(state), iv);
  const ciphertext = Buffer.concat([cipher.update(verifier, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

export function openVerifier(sealed: Buffer, state: string): string {
  const decipher = createDecipheriv('aes-256-gcm', verifierKey(state), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
}
