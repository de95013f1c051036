import type { Logger } from 'pino';
import { AuthService } from '../modules/auth/auth.service';
import { LoginLimiter } from '../rate-limit/login-limiter';
import { RateLimitStore } from '../rate-limit/rate-limit-store';
import type { Config } from '../config/config';
import type { Keyring } from '../crypto/keyring';
import { Envelope } from '../crypto/envelope';
import { MasterKeyRotation } from '../crypto/master-key-rotation';
import { Links } from '../mail/links';
import { LogMailer, type Mailer } from '../mail/mailer';
import { SmtpMailer } from '../mail/smtp-mailer';
import { SessionService } from '../modules/auth/session.service';
import { AuditService } from '../modules/audit/audit.service';
import { OrganizationService } from '../modules/organizations/organization.service';
import { OrganizationAdminService } from '../modules/tenancy/organization-admin.service';
import { MembershipService } from '../modules/users/membership.service';
import { RoleService } from '../modules/roles/role.service';
import { SetupService } from '../modules/setup/setup.service';
import { UserService } from '../modules/users/user.service';
import { InvitationService } from '../modules/users/invitation.service';
import { MemberDirectory } from '../modules/users/member-directory';
import { SecretValue } from '../modules/secrets/secret-value.entity';
import { SecretService } from '../modules/secrets/secret.service';
import { SecretReferenceService } from '../modules/secrets/secret-reference.service';
import { SecretResolverService } from '../modules/secrets/secret-resolver.service';
import { SecretUsePolicyService } from '../modules/secrets/secret-use-policy';
import { ApiKeyAuthenticator } from '../modules/api-keys/api-key-authenticator';
import { ApiKeyRateLimiter } from '../modules/api-keys/api-key-rate-limiter';
import { OperationCounter } from '../modules/api-keys/operation-count';
import { ApiKeyHasher } from '../crypto/api-key-token';
import { ApiKeyService } from '../modules/api-keys/api-key.service';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { ApiKeyUsageBuffer } from '../modules/api-keys/api-key-usage.buffer';
import { ApiKeyUsageService } from '../modules/api-keys/api-key-usage.service';
import { ApiKeyExpiryReminders } from '../modules/api-keys/api-key-expiry-reminders';
import { IntegrationConfig } from '../modules/integrations/integration.entity';
import { IntegrationService } from '../modules/integrations/integration.service';
import { Credential } from '../modules/connections/connection.entity';
import { ConnectionService } from '../modules/connections/connection.service';
import { OutboundGuard } from '../outbound/outbound-guard';
import { Authority } from '../authority/authority';
import type { AuthorityCacheObserver } from '../authority/authority-observer';
import { SsoAccounts } from '../modules/users/sso-accounts';
import { SsoLogin } from '../modules/sso/sso-login.entity';
import { SsoProvider } from '../modules/sso/sso-provider.entity';
import { SsoProviderService } from '../modules/sso/sso-provider.service';
import { SsoSignInService } from '../modules/sso/sso-sign-in.service';
import { KeywardMetrics } from '../metrics/metrics';

declare module '../core/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- registers the services on the request context
  interface ContextServices extends Services {}
}

/** The services of one server instance. They hold no request state; each call takes its entity manager. */
export interface Services {
  audit: AuditService;
  sessions: SessionService;
  auth: AuthService;
  organizations: OrganizationService;
  /** The organizations a person can enter, switching, and (super admins) creating and deleting organizations. */
  organizationAdmin: OrganizationAdminService;
  /** Memberships across organizations (the switcher, member counts, deleting an organization). */
  memberships: MembershipService;
  roles: RoleService;
  setup: SetupService;
  mailer: Mailer;
  /** Absolute links for emails; the base URL is set once the server listens. */
  links: Links;
  users: UserService;
  /** Inviting users and the public invitation link. */
  invitations: InvitationService;
  /** Envelope encryption under the keyring: secrets, and later credentials and integration auth settings. */
  envelope: Envelope;
  secrets: SecretService;
  /** Which connections and integrations reference a secret key (`@@SECRET:KEY@@`). */
  secretReferences: SecretReferenceService;
  /** Substitutes `@@SECRET:KEY@@` references with current values at run time. */
  secretResolver: SecretResolverService;
  /** Every table holding wrapped data keys; add one entry per new encrypted store. */
  masterKeys: MasterKeyRotation;
  apiKeys: ApiKeyService;
  /** Decides who an `X-API-Key` / `Authorization: Bearer` request is, before execution. */
  apiKeyAuth: ApiKeyAuthenticator;
  /** Where rate-limit counters live: Redis when REDIS_URL is set (memory while it is away), memory otherwise. */
  rateLimitStore: RateLimitStore;
  /** Per-key budgets per minute and per hour, in the rate-limit store. */
  apiKeyRateLimiter: ApiKeyRateLimiter;
  /** Usage counters written every few seconds and on shutdown. */
  apiKeyUsage: ApiKeyUsageBuffer;
  /** This instance's Prometheus metrics (GET /metrics when KEYWARD_METRICS_TOKEN is set). */
  metrics: KeywardMetrics;
  /** The stats cards and each key's usage history. */
  apiKeyUsageStats: ApiKeyUsageService;
  /** Emails key creators before their keys expire (a timer per instance). */
  apiKeyExpiryReminders: ApiKeyExpiryReminders;
  /** What a request body is worth to the rate limiter (one per top-level field). */
  operationCounter: OperationCounter;
  /** Integration templates (system and per organization). */
  integrations: IntegrationService;
  /** Connections, their per-environment credentials, testing and runtime resolution. */
  connections: ConnectionService;
  /** The one way out: every outbound connection is vetted by it (`KEYWARD_OUTBOUND_ALLOW`). */
  outbound: OutboundGuard;
  /**
   * The per-instance cache of verified API keys and sessions (`authority.cache`), the invalidation
   * every change that alters an authority calls (`authority.invalidation`), and its listener.
   */
  authority: Authority;
  /** OpenID Connect providers per organization (the client secret sealed) and the login page's options. */
  ssoProviders: SsoProviderService;
  /** The SSO sign-in flow: /auth/sso/:id/start and the callback. */
  ssoSignIn: SsoSignInService;
}

/**
 * Every table whose rows use a master key: stores of wrapped data keys (re-wrapped by
 * `pnpm keyward rotate-master-key`; add one entry per new encrypted store) and dependencies that
 * cannot be re-wrapped (API-key hashes), so an old key is never reported retirable while in use.
 */
export function masterKeyRotation(envelope: Envelope): MasterKeyRotation {
  return new MasterKeyRotation(
    envelope,
    [
      { label: 'secret values', entity: SecretValue },
      { label: 'integration secret settings', entity: IntegrationConfig },
      { label: 'connection credentials', entity: Credential },
      { label: 'SSO client secrets', entity: SsoProvider },
      { label: 'pending SSO sign-ins', entity: SsoLogin },
    ],
    [
      {
        label: 'API key secrets',
        entity: ApiKey,
        keyIdProperty: 'secretKeyId',
        remedy: 'An API key hash cannot be re-wrapped: roll or re-create those keys, or keep the master key in the keyring.',
      },
      {
        label: 'previous API key secrets (after a roll)',
        entity: ApiKey,
        keyIdProperty: 'previousSecretKeyId',
        remedy: 'They stop mattering once the roll’s grace period ends.',
      },
    ],
  );
}

/** What services are built from: one per server instance. */
export interface ServiceDeps {
  config: Config;
  logger: Logger;
  keyring: Keyring;
  /** Told about authority-cache hits, misses, evictions and the listener's state; the metrics by default. */
  authorityObserver?: AuthorityCacheObserver;
}

export function createServices({ config, logger, keyring, authorityObserver }: ServiceDeps): Services {
  const audit = new AuditService();
  const envelope = new Envelope(keyring);
  const members = new MemberDirectory();
  const rateLimitStore = new RateLimitStore({ redisUrl: config.redisUrl, prefix: config.redisPrefix, logger });
  const metrics = new KeywardMetrics({ processMetrics: config.metricsToken !== undefined });
  const authority = new Authority({
    maxAgeMs: config.authorityMaxAgeMs,
    versions: rateLimitStore,
    logger,
    observer: authorityObserver ?? metrics.authorityObserver,
  });
  const { invalidation } = authority;
  const sessions = new SessionService({ cache: authority.cache, invalidation, versions: rateLimitStore });
  const organizations = new OrganizationService(audit, invalidation);
  const roles = new RoleService(audit, organizations, invalidation);
  const limiter = new LoginLimiter(rateLimitStore);
  const mailer: Mailer = config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.smtpFrom) : new LogMailer(logger);
  const links = new Links(config.publicUrl);
  const outbound = new OutboundGuard(config.outboundAllow);
  const ssoAccounts = new SsoAccounts();
  const ssoProviders = new SsoProviderService({ audit, envelope, outbound, links, accounts: ssoAccounts });
  const users = new UserService({ roles, organizations, sessions, audit, invalidation, ssoProviders });
  roles.registerHolders('members', (em, organizationId, roleIds) => users.countByRole(em, organizationId, roleIds));
  const apiKeyHasher = new ApiKeyHasher(keyring);
  const apiKeyUsage = new ApiKeyUsageBuffer((rows) => metrics.usageFlushed(rows));
  const apiKeys = new ApiKeyService({ audit, roles, hasher: apiKeyHasher, organizations, invalidation });
  roles.registerHolders('apiKeys', (em, organizationId, roleIds) => apiKeys.countByRole(em, organizationId, roleIds));
  const secretReferences = new SecretReferenceService();
  const secretResolver = new SecretResolverService(envelope);
  const secretUsePolicy = new SecretUsePolicyService({ roles, members });
  const integrations = new IntegrationService(audit, envelope, secretReferences, secretUsePolicy);
  const connections = new ConnectionService({ audit, envelope, integrations, members, policy: secretUsePolicy, references: secretReferences, resolver: secretResolver, links, outbound });
  integrations.registerConnections(connections);
  const secrets = new SecretService(audit, envelope, secretUsePolicy);
  const memberships = new MembershipService();
  const organizationAdmin = new OrganizationAdminService({
    organizations,
    memberships,
    sessions,
    roles,
    apiKeys,
    secrets,
    secretReferences,
    integrations,
    connections,
    audit,
  });
  return {
    audit,
    sessions,
    auth: new AuthService(sessions, limiter, audit, organizations, members, ssoProviders),
    organizations,
    organizationAdmin,
    memberships,
    roles,
    setup: new SetupService(roles, organizations, sessions, audit, limiter, users),
    mailer,
    links,
    users,
    invitations: new InvitationService({ roles, organizations, sessions, invalidation, limiter, audit, mailer, links, ssoProviders }),
    envelope,
    secrets,
    secretReferences,
    secretResolver,
    masterKeys: masterKeyRotation(envelope),
    apiKeys,
    apiKeyAuth: new ApiKeyAuthenticator(apiKeyHasher, authority.cache),
    rateLimitStore,
    apiKeyRateLimiter: new ApiKeyRateLimiter(rateLimitStore),
    apiKeyUsage,
    metrics,
    apiKeyUsageStats: new ApiKeyUsageService({ usage: apiKeyUsage }),
    apiKeyExpiryReminders: new ApiKeyExpiryReminders({ audit, mailer, links, logger }),
    operationCounter: new OperationCounter(),
    integrations,
    connections,
    outbound,
    authority,
    ssoProviders,
    ssoSignIn: new SsoSignInService({ providers: ssoProviders, accounts: ssoAccounts, sessions, audit, envelope, outbound, limiter }),
  };
}
