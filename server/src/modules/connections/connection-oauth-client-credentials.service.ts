import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RequestMeta } from '../../core/actor';
import { SEALED_COLUMNS } from '../../crypto/sealed-columns';
import type { OutboundGuard } from '../../outbound/outbound-guard';
import type { AuditService } from '../audit/audit.service';
import type { IntegrationService } from '../integrations/integration.service';
import type { SecretResolverService } from '../secrets/secret-resolver.service';
import type { ConnectionCredentialService } from './connection-credential.service';
import { OAuthTokenRequestFailedError } from './connection-errors';
import { authorizationServer, clientCredentialsTokens, OAuthClientCredentialsError, OAuthDiscoveryError, type OAuthTokens } from './connection-oauth';
import { openOAuthSettings } from './connection-oauth.service';
import { Credential, type Connection } from './connection.entity';

export interface ConnectionClientCredentialsDeps {
  audit: AuditService;
  credentials: ConnectionCredentialService;
  integrations: IntegrationService;
  /** Discovery and token requests go through it. */
  outbound: OutboundGuard;
  resolver: SecretResolverService;
}

/** Request a new client-credentials token this close to the cached one's expiry. */
const RENEW_MARGIN_MS = 60_000;
/** How long a token is cached when the provider does not say when it expires. */
const UNKNOWN_LIFETIME_MS = 5 * 60_000;

/** A cached client-credentials token that is still good for more than the margin. */
export function hasFreshClientToken(credential: Credential | null): boolean {
  return credential !== null && credential.secretKeys.includes('accessToken') && credential.tokenExpiresAt !== null && credential.tokenExpiresAt.getTime() > Date.now() + RENEW_MARGIN_MS;
}

/**
 * The OAuth2 client_credentials grant for connections: Keyward authenticates at the token
 * endpoint with the integration's client ID and secret and caches the access token sealed in the
 * environment's credential row, which every instance shares.
 */
export class ConnectionClientCredentialsService {
  constructor(private readonly deps: ConnectionClientCredentialsDeps) {}

  /**
   * The environment's credential holding a fresh access token: the cached one, or a new one when
   * it is missing, expired or within 60 s of expiry (`force`: always a new one, for Test). A
   * PostgreSQL advisory lock on the connection and environment, re-checked once held, makes
   * concurrent resolutions on any number of instances request one token, not one each.
   */
  async token(em: EntityManager, actor: Actor, connection: Connection, environment: string, meta: RequestMeta, options: { force?: boolean } = {}): Promise<Credential> {
    const org = actor.organization;
    const failed = (why: string) => new OAuthTokenRequestFailedError(`Connection “${connection.name}”, environment ${environment}: ${why}.`);
    let providerError: string | null = null;
    const requestedAt = new Date();
    const credentialId = await em
      .transactional(async (tx) => {
        await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`connection-oauth-token:${connection.id}:${environment}`]);
        const cached = await tx.findOne(Credential, { connection: connection.id, environment }, { populate: SEALED_COLUMNS, refresh: true });
        // Another resolution (here or on another instance) may have fetched it while this one waited for the lock.
        const fetchedMeanwhile = cached !== null && cached.updatedAt.getTime() >= requestedAt.getTime();
        if (cached !== null && hasFreshClientToken(cached) && (options.force !== true || fetchedMeanwhile)) return cached.id;
        const settings = await openOAuthSettings(this.deps, tx, org.id, connection, environment);
        if (settings === 'not_oauth2') throw failed('its integration no longer uses OAuth2');
        if (settings === 'misconfigured') throw failed('its integration is missing OAuth2 settings (a token endpoint or an issuer, a client ID and a client secret)');
        let tokens: OAuthTokens;
        try {
          tokens = await clientCredentialsTokens(await authorizationServer(settings, this.deps.outbound), settings, this.deps.outbound);
        } catch (error) {
          if (error instanceof OAuthDiscoveryError) throw failed(error.message.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()));
          if (!(error instanceof OAuthClientCredentialsError)) throw error;
          providerError = error.code;
          throw failed(error.code === 'outbound_refused' ? error.reason : `the token endpoint refused the client credentials (${error.code})`);
        }
        if (tokens.expiresAt === null) tokens = { ...tokens, expiresAt: new Date(Date.now() + UNKNOWN_LIFETIME_MS) };
        const stored = await this.deps.credentials.storeOAuthTokens(tx, org.id, connection, environment, cached, tokens, null);
        stored.updatedAt = new Date();
        this.deps.audit.record(tx, meta, {
          organizationId: org.id,
          actor,
          action: 'connection.oauth_token_obtained',
          targetType: 'Connection',
          targetId: connection.id,
          summary: `Obtained an OAuth2 access token for ${connection.name} in ${environment} with the client_credentials grant`,
        });
        await tx.flush();
        return stored.id;
      })
      .catch(async (error: unknown) => {
        if (providerError !== null) {
          // Outside the rolled-back transaction: the failure is on record.
          const fork = em.fork();
          this.deps.audit.record(fork, meta, {
            organizationId: org.id,
            actor,
            action: 'connection.oauth_token_failed',
            targetType: 'Connection',
            targetId: connection.id,
            summary: `Requesting an OAuth2 access token for ${connection.name} in ${environment} with the client_credentials grant failed: ${providerError}`,
          });
          await fork.flush();
        }
        throw error;
      });
    const credential = await em.findOne(Credential, { id: credentialId }, { populate: SEALED_COLUMNS, refresh: true });
    if (credential === null) throw failed('the token could not be stored');
    return credential;
  }
}
