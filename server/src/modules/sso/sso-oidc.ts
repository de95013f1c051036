import * as client from 'openid-client';
import { guardedFetcher } from '../../outbound/outbound-fetch';
import { OutboundRefusedError, type OutboundGuard } from '../../outbound/outbound-guard';

/** What the login flow needs to talk to a provider. The secret is already opened. */
export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export type DiscoveryFailureKind = 'refused' | 'unreachable' | 'not_openid' | 'issuer_mismatch';

/** Discovery failed; the message names what failed (never the client secret) and is safe to show. */
export class OidcDiscoveryError extends Error {
  constructor(
    readonly kind: DiscoveryFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'OidcDiscoveryError';
  }
}

/** Why a callback could not be completed with the provider. */
export class OidcGrantError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'token',
    message: string,
  ) {
    super(message);
    this.name = 'OidcGrantError';
  }
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 8) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

/** Network failures, as a person reads them. */
const NETWORK_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  UND_ERR_SOCKET: 'connection closed',
  OAUTH_TIMEOUT: 'timed out',
  OAUTH_ABORT: 'timed out',
};

function refusalIn(error: unknown): OutboundRefusedError | undefined {
  return causes(error).find((e): e is OutboundRefusedError => e instanceof OutboundRefusedError);
}

function networkProblemIn(error: unknown): string | undefined {
  const chain = causes(error);
  for (const e of chain) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
    if (typeof code === 'string' && Object.hasOwn(NETWORK_PROBLEMS, code)) return NETWORK_PROBLEMS[code];
  }
  return chain.some((e) => e instanceof TypeError && e.message === 'fetch failed') ? 'the connection failed' : undefined;
}

function fetcherFor(guard: OutboundGuard): client.CustomFetch {
  const fetcher = guardedFetcher(guard, { label: 'The issuer' });
  // undici's fetch and the global one agree at run time; their type declarations differ.
  return ((url: string, options: unknown) => fetcher(url, options as never)) as unknown as client.CustomFetch;
}

const DISCOVERY_TIMEOUT_SECONDS = 10;

/**
 * Reads `{issuer}/.well-known/openid-configuration` through the outbound guard and returns the
 * client configuration (client_secret_basic unless the provider only takes client_secret_post).
 * Throws OidcDiscoveryError naming what failed.
 */
export async function discoverProvider(guard: OutboundGuard, settings: OidcClientSettings): Promise<client.Configuration> {
  const issuerUrl = new URL(settings.issuer);
  const insecure = issuerUrl.protocol === 'http:';
  const fetch = fetcherFor(guard);
  let discovered: client.Configuration;
  try {
    discovered = await client.discovery(issuerUrl, settings.clientId, undefined, client.None(), {
      [client.customFetch]: fetch,
      timeout: DISCOVERY_TIMEOUT_SECONDS,
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
    });
  } catch (error) {
    throw describeDiscoveryFailure(settings.issuer, error);
  }
  const metadata = discovered.serverMetadata();
  const missing = (['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const).filter((key) => typeof metadata[key] !== 'string');
  if (missing.length > 0) {
    throw new OidcDiscoveryError('not_openid', `${settings.issuer} is not an OpenID Connect issuer: its discovery document has no ${missing.join(', ')}.`);
  }
  const methods = metadata.token_endpoint_auth_methods_supported;
  const auth =
    methods !== undefined && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')
      ? client.ClientSecretPost(settings.clientSecret)
      : client.ClientSecretBasic(settings.clientSecret);
  const configuration = new client.Configuration(metadata, settings.clientId, settings.clientSecret, auth);
  configuration[client.customFetch] = fetch;
  configuration.timeout = DISCOVERY_TIMEOUT_SECONDS;
  if (insecure) client.allowInsecureRequests(configuration);
  return configuration;
}

function describeDiscoveryFailure(issuer: string, error: unknown): OidcDiscoveryError {
  const refused = refusalIn(error);
  if (refused !== undefined) return new OidcDiscoveryError('refused', `Keyward's outbound guard refused to connect to the issuer: ${refused.message}`);
  const network = networkProblemIn(error);
  if (network !== undefined) return new OidcDiscoveryError('unreachable', `The issuer ${issuer} could not be reached (${network}). Check the URL and that Keyward can connect to it.`);
  const mismatch = error instanceof client.ClientError ? (error.cause as { attribute?: unknown; body?: { issuer?: unknown } } | undefined) : undefined;
  if (mismatch?.attribute === 'issuer') {
    const body = mismatch.body;
    const named = typeof body?.issuer === 'string' ? ` (${body.issuer.slice(0, 200)})` : '';
    return new OidcDiscoveryError('issuer_mismatch', `The issuer's discovery document names another issuer${named}. Enter exactly the issuer the provider names.`);
  }
  const detail = error instanceof Error ? error.message.slice(0, 120) : 'unexpected answer';
  return new OidcDiscoveryError(
    'not_openid',
    `${issuer} is not an OpenID Connect issuer: ${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration did not answer with OpenID provider metadata (${detail}).`,
  );
}

export interface AuthorizationRequest {
  redirectUri: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider's authorization URL: code flow, PKCE S256, state and nonce; scope `openid email profile`. */
export async function authorizationUrl(configuration: client.Configuration, request: AuthorizationRequest): Promise<string> {
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: request.redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(request.codeVerifier),
    code_challenge_method: 'S256',
    state: request.state,
    nonce: request.nonce,
  });
  return url.href;
}

export interface VerifiedPerson {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/**
 * Exchanges the code and validates the ID token (issuer, audience, nonce, expiry, signature from
 * the provider's JWKS). The email comes from the ID token, or from the user-info endpoint when the
 * token has none. Throws OidcGrantError.
 */
export async function completeAuthorization(
  configuration: client.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<VerifiedPerson> {
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (claims === undefined) throw new OidcGrantError('token', 'The provider returned no ID token.');
    let email = typeof claims.email === 'string' ? claims.email : null;
    let verified: unknown = claims.email_verified;
    if (email === null) {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : null;
      verified = info.email_verified;
    }
    return { issuer: claims.iss, subject: claims.sub, email: email?.trim().toLowerCase() ?? null, emailVerified: verified === true };
  } catch (error) {
    if (error instanceof OidcGrantError) throw error;
    if (refusalIn(error) !== undefined || networkProblemIn(error) !== undefined) {
      throw new OidcGrantError('unavailable', 'The provider could not be reached to complete the sign-in.');
    }
    const code = error instanceof client.ClientError ? ` (${error.code ?? 'invalid'})` : error instanceof Error ? ` (${error.name})` : '';
    throw new OidcGrantError('token', `The provider's answer failed validation${code}.`);
  }
}

export const randomState = client.randomState;
export const randomNonce = client.randomNonce;
export const randomCodeVerifier = client.randomPKCECodeVerifier;
