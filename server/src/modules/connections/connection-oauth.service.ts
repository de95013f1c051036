import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RequestMeta } from '../../core/actor';
import { badField, forbidden } from '../../core/errors';
import { sha256Hex } from '../../crypto/random';
import { openJson, SEALED_COLUMNS } from '../../crypto/sealed-columns';
import type { Envelope } from '../../crypto/envelope';
import type { Links } from '../../mail/links';
import type { OutboundGuard } from '../../outbound/outbound-guard';
import type { AuditService } from '../audit/audit.service';
import { permissionsOf } from '../auth/session.service';
import type { IntegrationService } from '../integrations/integration.service';
import type { SecretResolverService } from '../secrets/secret-resolver.service';
import type { MemberDirectory } from '../users/member-directory';
import { canManageWith, type ConnectionAccess } from './connection-access';
import type { ConnectionCredentialService } from './connection-credential.service';
import { CredentialsMissingError, OAuthRefreshFailedError } from './connection-errors';
import { actorName, actorUser, credentialContext, environmentChoice, oauthCallbackUrl } from './connection-fields';
import {
  authorizationServer,
  beginAuthorization,
  exchangeCode,
  fetchIdentity,
  OAuthDiscoveryError,
  OAUTH_STATE_TTL_MS,
  OAuthCallbackError,
  oauthSettingsOf,
  openVerifier,
  OAuthRefreshError,
  refreshTokens,
  sealVerifier,
  type OAuthSettings,
  type OAuthTokens,
} from './connection-oauth';
import { ConnectionOAuthState } from './connection-oauth.entity';
import { Credential, type Connection } from './connection.entity';

export interface ConnectionOAuthDeps {
  access: ConnectionAccess;
  audit: AuditService;
  credentials: ConnectionCredentialService;
  envelope: Envelope;
  integrations: IntegrationService;
  /** The public base URL, for the OAuth2 callback (`<base>/oauth/callback`). */
  links: Links;
  members: MemberDirectory;
  /** OAuth2 token calls go through it. */
  outbound: OutboundGuard;
  resolver: SecretResolverService;
}

/** Refresh an OAuth2 access token this close to its expiry. */
const REFRESH_MARGIN_MS = 60_000;

/** An OAuth2 credential whose access token has expired or soon will, and that has a refresh token. */
export function needsRefresh(credential: Credential): boolean {
  return credential.tokenExpiresAt !== null && credential.tokenExpiresAt.getTime() <= Date.now() + REFRESH_MARGIN_MS && credential.secretKeys.includes('refreshToken');
}

/** Connecting an environment of a connection with OAuth2 (PKCE), and refreshing its access token. */
export class ConnectionOAuthService {
  constructor(private readonly deps: ConnectionOAuthDeps) {}

  /**
   * Starts the OAuth2 authorization-code flow (PKCE S256) for one environment of a connection the
   * user manages, whose integration uses OAuth2 there. Stores a single-use pending state for 10
   * minutes and returns the provider's authorization URL to send the browser to.
   */
  async start(em: EntityManager, actor: Actor, connectionId: string, environment: string, meta: RequestMeta): Promise<{ authorizationUrl: string }> {
    const org = actor.organization;
    const connection = await this.deps.access.findManageable(em, actor, connectionId);
    if (actor.kind !== 'user') throw forbidden('Only a signed-in user can connect with OAuth2.');
    const env = org.environments.find((e) => e.slug === environment);
    if (env === undefined) throw badField('environment', environmentChoice(org.environments));
    const settings = await this.oauthSettings(em, org.id, connection, environment);
    if (settings === 'not_oauth2') {
      throw badField('connectionId', `Connection ${connection.name} does not use OAuth2 in ${env.name}: its integration ${connection.integration.name} uses another authentication type.`);
    }
    if (settings === 'misconfigured') {
      throw badField('connectionId', `Integration ${connection.integration.name} is missing OAuth2 settings for ${env.name}: an authorization endpoint, a token endpoint (or an issuer to discover them from), a client ID and a client secret are needed.`);
    }
    if (settings.grantType === 'client_credentials') {
      throw badField('connectionId', `Connection ${connection.name} uses the client_credentials grant in ${env.name}: there is nothing to connect; Keyward requests its tokens itself (Test connection requests one).`);
    }
    let as;
    try {
      as = await authorizationServer(settings, this.deps.outbound);
    } catch (error) {
      if (error instanceof OAuthDiscoveryError) throw badField('connectionId', `Integration ${connection.integration.name} in ${env.name}: ${error.message}`);
      throw error;
    }
    const started = await beginAuthorization(as, settings, oauthCallbackUrl(this.deps.links));
    await em.nativeDelete(ConnectionOAuthState, { expiresAt: { $lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } });
    em.create(ConnectionOAuthState, {
      organization: org,
      connection,
      environment,
      user: actor.user,
      stateHash: sha256Hex(started.state),
      sealedVerifier: sealVerifier(started.verifier, started.state),
      expiresAt: new Date(Date.now() + OAUTH_STATE_TTL_MS),
    });
    this.deps.audit.record(em, meta, {
      organizationId: org.id,
      actor,
      action: 'connection.oauth_started',
      targetType: 'Connection',
      targetId: connection.id,
      summary: `Started connecting ${connection.name} with OAuth2 in ${env.name}`,
    });
    await em.flush();
    return { authorizationUrl: started.authorizationUrl };
  }

  /**
   * The OAuth2 callback: checks the state (known, unexpired, unused; used up now), that its user
   * may still manage the connection, exchanges the code and stores the tokens and their expiry
   * in that environment's credential. Returns the connection id; throws OAuthCallbackError.
   */
  async complete(em: EntityManager, params: URLSearchParams, meta: RequestMeta): Promise<string> {
    const state = params.get('state');
    if (state === null || state === '' || state.length > 512) throw new OAuthCallbackError('invalid_state', 'The callback has no state.');
    const pending = await em.findOne(
      ConnectionOAuthState,
      { stateHash: sha256Hex(state) },
      { populate: ['connection', 'connection.integration', 'connection.owner', 'organization', 'user'] },
    );
    if (pending === null) throw new OAuthCallbackError('invalid_state', 'Unknown OAuth2 state.');
    if (pending.usedAt !== null) throw new OAuthCallbackError('state_used', 'This OAuth2 authorization was already completed.', pending.connection.id);
    if (pending.expiresAt.getTime() <= Date.now()) throw new OAuthCallbackError('state_expired', 'This OAuth2 authorization expired.', pending.connection.id);
    const claimed = await em.nativeUpdate(ConnectionOAuthState, { id: pending.id, usedAt: null }, { usedAt: new Date() });
    if (claimed === 0) throw new OAuthCallbackError('state_used', 'This OAuth2 authorization was already completed.', pending.connection.id);

    const { connection, organization: org, user, environment } = pending;
    const envName = org.environments.find((e) => e.slug === environment)?.name ?? environment;
    try {
      const membership = await this.deps.members.activeMembership(em, org.id, user.id, ['roles']);
      if (membership === null || !canManageWith(permissionsOf(user, membership), user.id, connection)) {
        throw new OAuthCallbackError('not_allowed', 'The user who started this authorization may no longer change the connection.');
      }
      if (!org.environments.some((e) => e.slug === environment)) throw new OAuthCallbackError('misconfigured', 'The environment no longer exists.');
      const settings = await this.oauthSettings(em, org.id, connection, environment);
      if (settings === 'not_oauth2') throw new OAuthCallbackError('not_oauth2', 'The integration no longer uses OAuth2.');
      if (settings === 'misconfigured' || settings.grantType !== 'authorization_code') throw new OAuthCallbackError('misconfigured', 'The integration is missing OAuth2 settings.');
      const as = await authorizationServer(settings, this.deps.outbound).catch((error: unknown) => {
        throw error instanceof OAuthDiscoveryError ? new OAuthCallbackError('misconfigured', error.message) : error;
      });
      const tokens = await exchangeCode(as, settings, params, state, oauthCallbackUrl(this.deps.links), openVerifier(pending.sealedVerifier, state), this.deps.outbound);
      // With a user-info endpoint configured: who connected (through the outbound guard too).
      const connectedAs = await fetchIdentity(as, settings, tokens.accessToken, this.deps.outbound);

      const credential = await em.findOne(Credential, { connection, environment }, { populate: SEALED_COLUMNS });
      await this.deps.credentials.storeOAuthTokens(em, org.id, connection, environment, credential, tokens, { user, name: user.displayName || user.email }, connectedAs);
      const event = this.deps.audit.record(em, meta, {
        organizationId: org.id,
        actorType: 'USER',
        actorLabel: user.email,
        action: 'connection.oauth_connected',
        targetType: 'Connection',
        targetId: connection.id,
        summary: `Connected ${connection.name} with OAuth2 in ${envName}${connectedAs === null ? '' : ` as ${connectedAs}`}${tokens.refreshToken === null ? '' : ' (with a refresh token)'}`,
      });
      event.actorId = user.id;
      await em.flush();
      return connection.id;
    } catch (error) {
      const reason = error instanceof OAuthCallbackError ? error.reason : 'server_error';
      // A fork: the failed attempt's half-made changes are not flushed with the event.
      const fork = em.fork();
      const event = this.deps.audit.record(fork, meta, {
        organizationId: org.id,
        actorType: 'USER',
        actorLabel: user.email,
        action: 'connection.oauth_failed',
        targetType: 'Connection',
        targetId: connection.id,
        summary: `Connecting ${connection.name} with OAuth2 in ${envName} failed: ${reason}`,
      });
      event.actorId = user.id;
      await fork.flush();
      if (error instanceof OAuthCallbackError) throw new OAuthCallbackError(error.reason, error.message, connection.id);
      throw error;
    }
  }

  /**
   * Refreshes an environment's expired (or nearly expired) OAuth2 access token with its refresh
   * token, and returns the credential as stored afterwards. The credential row is locked for the
   * refresh (SELECT … FOR UPDATE), so concurrent resolves wait for the first refresh and then use
   * its token instead of refreshing again (which a rotating provider would take as token reuse).
   */
  async refresh(em: EntityManager, actor: Actor, connection: Connection, environment: string, meta: RequestMeta): Promise<Credential> {
    const org = actor.organization;
    const envName = org.environments.find((e) => e.slug === environment)?.name ?? environment;
    const failed = (why: string) =>
      new OAuthRefreshFailedError(`Refreshing the OAuth2 access token of connection ${connection.name} in ${envName} failed: ${why}. Connect it with OAuth2 again.`);
    let providerError: string | null = null;
    const refreshedId = await em.transactional(async (tx) => {
      const credential = await tx.findOne(Credential, { connection: connection.id, environment }, { populate: SEALED_COLUMNS, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (credential === null) throw new CredentialsMissingError(connection.name, environment);
      // Another resolve may have refreshed it while this one waited for the lock.
      if (!needsRefresh(credential)) return credential.id;
      const secrets = openJson(this.deps.envelope, credential, credentialContext(org.id, connection.id, environment));
      if (typeof secrets.refreshToken !== 'string') throw failed('no refresh token is stored');
      const settings = await this.oauthSettings(tx, org.id, connection, environment);
      if (settings === 'not_oauth2') throw failed('the integration no longer uses OAuth2');
      if (settings === 'misconfigured') throw failed('the integration is missing OAuth2 settings');
      let tokens: OAuthTokens;
      try {
        tokens = await refreshTokens(await authorizationServer(settings, this.deps.outbound), settings, secrets.refreshToken, this.deps.outbound);
      } catch (error) {
        if (error instanceof OAuthDiscoveryError) throw failed(error.message.replace(/\.$/, ''));
        if (!(error instanceof OAuthRefreshError)) throw error;
        providerError = error.code;
        throw failed(error.reason);
      }
      await this.deps.credentials.storeOAuthTokens(tx, org.id, connection, environment, credential, tokens, null);
      this.deps.audit.record(tx, meta, {
        organizationId: org.id,
        actor,
        action: 'connection.oauth_refreshed',
        targetType: 'Connection',
        targetId: connection.id,
        summary: `Refreshed the OAuth2 access token of ${connection.name} in ${envName}${tokens.refreshToken === null ? '' : ' (the provider rotated the refresh token)'}`,
      });
      return credential.id;
    }).catch(async (error: unknown) => {
      if (providerError !== null) {
        // Outside the rolled-back transaction: the failure is on record.
        const fork = em.fork();
        this.deps.audit.record(fork, meta, {
          organizationId: org.id,
          actor,
          action: 'connection.oauth_refresh_failed',
          targetType: 'Connection',
          targetId: connection.id,
          summary: `Refreshing the OAuth2 access token of ${connection.name} in ${envName} failed: ${providerError}`,
        });
        await fork.flush();
      }
      throw error;
    });
    const credential = await em.findOne(Credential, { id: refreshedId }, { populate: SEALED_COLUMNS, refresh: true });
    if (credential === null) throw new CredentialsMissingError(connection.name, environment);
    return credential;
  }

  /**
   * Disconnect: forgets the OAuth2 tokens of one environment of a connection the user manages
   * (the access and refresh tokens, their expiry, scopes and the connected identity). Audited.
   */
  async disconnect(em: EntityManager, actor: Actor, connectionId: string, environment: string, meta: RequestMeta): Promise<string> {
    const org = actor.organization;
    const connection = await this.deps.access.findManageable(em, actor, connectionId);
    const env = org.environments.find((e) => e.slug === environment);
    if (env === undefined) throw badField('environment', environmentChoice(org.environments));
    const opened = await this.deps.integrations.openConfig(em, connection.integration, environment);
    if (opened === null || opened.config.authType !== 'OAUTH2') {
      throw badField('connectionId', `Connection ${connection.name} does not use OAuth2 in ${env.name}: there is nothing to disconnect.`);
    }
    const credential = await em.findOne(Credential, { connection, environment }, { populate: SEALED_COLUMNS });
    if (credential !== null) this.deps.credentials.clearOAuthTokens(org.id, connection, credential, { user: actorUser(actor), name: actorName(actor) });
    this.deps.audit.record(em, meta, {
      organizationId: org.id,
      actor,
      action: 'connection.oauth_disconnected',
      targetType: 'Connection',
      targetId: connection.id,
      summary: `Disconnected ${connection.name} from OAuth2 in ${env.name}: its stored tokens were removed`,
    });
    await em.flush();
    return connection.id;
  }

  private oauthSettings(em: EntityManager, organizationId: string, connection: Connection, environment: string): Promise<OAuthSettings | 'not_oauth2' | 'misconfigured'> {
    return openOAuthSettings(this.deps, em, organizationId, connection, environment);
  }
}

/** The OAuth2 settings of the connection's integration in an environment, secrets substituted. */
export async function openOAuthSettings(
  deps: Pick<ConnectionOAuthDeps, 'integrations' | 'resolver'>,
  em: EntityManager,
  organizationId: string,
  connection: Connection,
  environment: string,
): Promise<OAuthSettings | 'not_oauth2' | 'misconfigured'> {
  const opened = await deps.integrations.openConfig(em, connection.integration, environment);
  if (opened === null || opened.config.authType !== 'OAUTH2') return 'not_oauth2';
  const settings = { ...opened.config.settings, ...opened.secretSettings };
  const keys = Object.keys(settings).filter((key) => typeof settings[key] === 'string');
  const substituted = await deps.resolver.substituteAll(em, organizationId, environment, keys.map((key) => settings[key] as string));
  keys.forEach((key, i) => {
    settings[key] = substituted[i] ?? '';
  });
  return oauthSettingsOf(settings) ?? 'misconfigured';
}
