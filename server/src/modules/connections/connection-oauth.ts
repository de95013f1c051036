import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { oauth2GrantTypeOf, type OAuth2GrantType, type OAuth2TokenAuthMethod } from '@keyward/shared/integration-auth-types';
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
  grantType: OAuth2GrantType;
  /** When set, endpoints left blank are discovered from it (through the outbound guard). */
  issuer: string | null;
  authorizationUrl: string | null;
  tokenUrl: string | null;
  userInfoUrl: string | null;
  tokenEndpointAuthMethod: OAuth2TokenAuthMethod;
  scopes: string | null;
  clientId: string;
  clientSecret: string;
}

/** The settings, or null when something the grant needs is missing or not a URL. */
export function oauthSettingsOf(settings: Record<string, unknown>): OAuthSettings | null {
  const text = (key: string) => (typeof settings[key] === 'string' && (settings[key] as string).trim() !== '' ? (settings[key] as string).trim() : null);
  const grantType = oauth2GrantTypeOf(settings);
  const [issuer, authorizationUrl, tokenUrl, userInfoUrl] = [text('issuer'), text('authorizationUrl'), text('tokenUrl'), text('userInfoUrl')];
  const clientId = text('clientId');
  const clientSecret = text('clientSecret');
  if (clientId === null || clientSecret === null) return null;
  if ([issuer, authorizationUrl, tokenUrl, userInfoUrl].some((url) => url !== null && !URL.canParse(url))) return null;
  if (issuer === null && (tokenUrl === null || (grantType === 'authorization_code' && authorizationUrl === null))) return null;
  const tokenEndpointAuthMethod = settings.tokenEndpointAuthMethod === 'client_secret_post' ? 'client_secret_post' : 'client_secret_basic';
  return { grantType, issuer, authorizationUrl, tokenUrl, userInfoUrl, tokenEndpointAuthMethod, scopes: text('scopes'), clientId, clientSecret };
}

const insecure = (url: string) => (new URL(url).protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {});

/** The authorization server's discovery document could not be fetched or is not valid; the message is Keyward's own. */
export class OAuthDiscoveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OAuthDiscoveryError';
  }
}

/** The issuer's metadata: OpenID Connect discovery, else RFC 8414 authorization server metadata. */
async function discover(issuer: string, guard: OutboundGuard): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  let failure = 'no discovery document';
  for (const algorithm of ['oidc', 'oauth2'] as const) {
    try {
      const response = await oauth.discoveryRequest(url, {
        algorithm,
        ...insecure(issuer),
        signal: AbortSignal.timeout(15_000),
        [oauth.customFetch]: guardedFetcher(guard, { label: 'The issuer', reveal: false }),
      });
      return await oauth.processDiscoveryResponse(url, response);
    } catch (error) {
      if (error instanceof OutboundRefusedError) throw new OAuthDiscoveryError(`Discovery at the issuer was refused: ${error.message.replace(/\.$/, '')}.`);
      failure = error instanceof oauth.ResponseBodyError ? (safeCode(error.error) ?? 'provider_error') : error instanceof Error ? error.name : 'unknown';
    }
  }
  throw new OAuthDiscoveryError(`The issuer publishes no usable discovery document (${failure}).`);
}

/**
 * The authorization server as oauth4webapi sees it: the configured endpoints, with those left
 * blank discovered from the issuer. Without an issuer, the issuer is taken to be the
 * authorization (or token) endpoint's origin (what an `iss` response parameter must then match).
 */
export async function authorizationServer(settings: OAuthSettings, guard: OutboundGuard): Promise<oauth.AuthorizationServer> {
  const needsDiscovery = settings.tokenUrl === null || (settings.grantType === 'authorization_code' && settings.authorizationUrl === null);
  const discovered = settings.issuer !== null && needsDiscovery ? await discover(settings.issuer, guard) : null;
  const issuer = discovered?.issuer ?? settings.issuer ?? new URL(settings.authorizationUrl ?? settings.tokenUrl ?? '').origin;
  const authorizationEndpoint = settings.authorizationUrl ?? discovered?.authorization_endpoint;
  const tokenEndpoint = settings.tokenUrl ?? discovered?.token_endpoint;
  if (tokenEndpoint === undefined) throw new OAuthDiscoveryError('The issuer publishes no token endpoint.');
  if (settings.grantType === 'authorization_code' && authorizationEndpoint === undefined) throw new OAuthDiscoveryError('The issuer publishes no authorization endpoint.');
  return {
    ...(discovered ?? {}),
    issuer,
    token_endpoint: tokenEndpoint,
    ...(authorizationEndpoint === undefined ? {} : { authorization_endpoint: authorizationEndpoint }),
    ...(settings.userInfoUrl === null ? {} : { userinfo_endpoint: settings.userInfoUrl }),
  };
}

/** A fresh state, PKCE verifier and the authorization URL to send the browser to. */
export async function beginAuthorization(as: oauth.AuthorizationServer, settings: OAuthSettings, redirectUri: string): Promise<{ state: string; verifier: string; authorizationUrl: string }> {
  const state = oauth.generateRandomState();
  const verifier = oauth.generateRandomCodeVerifier();
  const challenge = await oauth.calculatePKCECodeChallenge(verifier);
  const url = new URL(as.authorization_endpoint ?? '');
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
  /** The scopes the provider granted, when it says. */
  scopes: string | null;
}

/**
 * The token endpoint as Keyward talks to it, for every grant: the authorization server, the client,
 * and its authentication (client secret over HTTP Basic, or in the form with client_secret_post).
 */
function tokenEndpoint(as: oauth.AuthorizationServer, settings: OAuthSettings, guard: OutboundGuard) {
  return {
    as,
    client: { client_id: settings.clientId } satisfies oauth.Client,
    clientAuth: settings.tokenEndpointAuthMethod === 'client_secret_post' ? oauth.ClientSecretPost(settings.clientSecret) : oauth.ClientSecretBasic(settings.clientSecret),
    options: {
      ...insecure(as.token_endpoint ?? ''),
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
    scopes: typeof result.scope === 'string' && result.scope !== '' ? result.scope : null,
  };
}

/** An OAuth2 error code as the provider sent it, when it looks like one (never free text). */
function safeCode(code: string | undefined): string | null {
  return code !== undefined && /^[\w.-]{1,64}$/.test(code) ? code : null;
}

/** The provider's error code for a failed token request (never a token or a remote message). */
function tokenErrorCode(error: unknown): string {
  if (error instanceof OutboundRefusedError) return 'outbound_refused';
  // A 401 with a challenge (HTTP Basic refused): the challenge's error, else invalid_client.
  if (error instanceof oauth.WWWAuthenticateChallengeError) return safeCode(error.cause[0]?.parameters.error) ?? 'invalid_client';
  return error instanceof oauth.ResponseBodyError ? (safeCode(error.error) ?? 'provider_error') : error instanceof Error ? error.name : 'unknown';
}

/** Why a token request failed, for a message: the guard's refusal, or the provider's error code. */
function tokenFailure(error: unknown): string {
  // Without its final period: callers end the sentence.
  return error instanceof OutboundRefusedError ? error.message.replace(/\.$/, '') : `the provider answered ${tokenErrorCode(error)}`;
}

/** Exchanges the authorization code at the token endpoint (client secret + PKCE verifier). */
export async function exchangeCode(
  as: oauth.AuthorizationServer,
  settings: OAuthSettings,
  callbackParams: URLSearchParams,
  state: string,
  redirectUri: string,
  verifier: string,
  guard: OutboundGuard,
): Promise<OAuthTokens> {
  const { client, clientAuth, options } = tokenEndpoint(as, settings, guard);
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
export async function refreshTokens(as: oauth.AuthorizationServer, settings: OAuthSettings, refreshToken: string, guard: OutboundGuard): Promise<OAuthTokens> {
  const { client, clientAuth, options } = tokenEndpoint(as, settings, guard);
  try {
    const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, options);
    return tokensOf(await oauth.processRefreshTokenResponse(as, client, response));
  } catch (error) {
    throw new OAuthRefreshError(tokenErrorCode(error), tokenFailure(error));
  }
}

/** A client-credentials token request that failed; `code` as for OAuthRefreshError. */
export class OAuthClientCredentialsError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(`The token endpoint refused the client credentials (${code}).`);
    this.name = 'OAuthClientCredentialsError';
  }
}

/** Gets an access token with the client_credentials grant (the configured scopes, if any). */
export async function clientCredentialsTokens(as: oauth.AuthorizationServer, settings: OAuthSettings, guard: OutboundGuard): Promise<OAuthTokens> {
  const { client, clientAuth, options } = tokenEndpoint(as, settings, guard);
  try {
    const response = await oauth.clientCredentialsGrantRequest(as, client, clientAuth, settings.scopes === null ? {} : { scope: settings.scopes }, options);
    return { ...tokensOf(await oauth.processClientCredentialsResponse(as, client, response)), refreshToken: null };
  } catch (error) {
    throw new OAuthClientCredentialsError(tokenErrorCode(error), tokenFailure(error));
  }
}

/**
 * The connected account's identity from the user-info endpoint: its email, else its name, else
 * its subject. Null when the endpoint fails (connecting still succeeds; the row shows no identity).
 */
export async function fetchIdentity(as: oauth.AuthorizationServer, settings: OAuthSettings, accessToken: string, guard: OutboundGuard): Promise<string | null> {
  if (as.userinfo_endpoint === undefined) return null;
  try {
    const response = await oauth.userInfoRequest(as, { client_id: settings.clientId }, accessToken, {
      ...insecure(as.userinfo_endpoint),
      signal: AbortSignal.timeout(15_000),
      [oauth.customFetch]: guardedFetcher(guard, { label: 'The user info endpoint', reveal: false }),
    });
    const info = await oauth.processUserInfoResponse(as, { client_id: settings.clientId }, oauth.skipSubjectCheck, response);
    const identity = [info.email, info.name, info.preferred_username, info.sub].find((value) => typeof value === 'string' && value.trim() !== '');
    return identity === undefined ? null : identity.trim().slice(0, 320);
  } catch {
    return null;
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
