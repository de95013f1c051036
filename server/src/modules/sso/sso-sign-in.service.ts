import type { EntityManager } from '@mikro-orm/postgresql';
import type { SsoRefusal } from '@keyward/shared/sso';
import type { RequestMeta } from '../../core/actor';
import type { Envelope, EncryptionContext } from '../../crypto/envelope';
import { sha256Hex } from '../../crypto/random';
import { openJson, SEALED_COLUMNS, sealJson } from '../../crypto/sealed-columns';
import type { OutboundGuard } from '../../outbound/outbound-guard';
import type { LoginLimiter } from '../../rate-limit/login-limiter';
import type { AuditService } from '../audit/audit.service';
import type { SessionService } from '../auth/session.service';
import type { SsoAccounts } from '../users/sso-accounts';
import { decideAccount, type AccountDecision } from './sso-account-decision';
import { SsoIdentity } from './sso-identity.entity';
import { SsoLogin } from './sso-login.entity';
import { authorizationUrl, completeAuthorization, discoverProvider, OidcDiscoveryError, OidcGrantError, randomCodeVerifier, randomNonce, randomState, type VerifiedPerson } from './sso-oidc';
import type { SsoProvider } from './sso-provider.entity';
import type { Configuration } from 'openid-client';
import type { SsoProviderService } from './sso-provider.service';

/** How long a started sign-in may take before its callback is refused. */
export const SSO_LOGIN_TTL_MS = 10 * 60 * 1000;
/** How long a provider's discovery (and the JWKS the configuration caches) is reused by this instance. */
const DISCOVERY_CACHE_MS = 5 * 60 * 1000;

export interface SsoStartOptions {
  invitation?: string | null;
  next?: string | null;
}

export type SsoStartResult = { ok: true; authorizationUrl: string; state: string } | { ok: false; refusal: SsoRefusal; invitation: string | null };

export type SsoCallbackResult =
  | { ok: true; sessionToken: string; next: string }
  | { ok: false; refusal: SsoRefusal; providerId: string | null; invitation: string | null };

const loginContext = (login: SsoLogin): EncryptionContext => ({ purpose: 'sso-login', login: login.id, provider: login.provider.id });

/** A relative path inside Keyward (never another origin), or `/`. */
export function safeNext(next: string | null | undefined): string {
  if (typeof next !== 'string' || next.length > 500) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\') || [...next].some((c) => c.charCodeAt(0) < 0x20)) return '/';
  return next;
}

/** The callback's refusal: its code and what the audit trail says about it. */
class Refusal extends Error {
  constructor(
    readonly refusal: SsoRefusal,
    readonly reason: string,
    readonly email: string | null = null,
  ) {
    super(reason);
  }
}

/**
 * SSO sign-in with OpenID Connect: `start` begins the authorization-code flow (PKCE S256, state,
 * nonce) and keeps the transaction server-side; `callback` validates the answer, decides the
 * account (see sso-account-decision.ts) and starts the same session as a password sign-in.
 * Every outcome is audited; never a token.
 */
export class SsoSignInService {
  /** Per provider and version (its updatedAt): a changed provider is discovered afresh. */
  private readonly discovered = new Map<string, { configuration: Configuration; until: number }>();

  constructor(
    private readonly deps: {
      providers: SsoProviderService;
      accounts: SsoAccounts;
      sessions: SessionService;
      audit: AuditService;
      envelope: Envelope;
      outbound: OutboundGuard;
      limiter: LoginLimiter;
    },
  ) {}

  async start(em: EntityManager, providerId: string, options: SsoStartOptions, meta: RequestMeta): Promise<SsoStartResult> {
    const invitation = typeof options.invitation === 'string' && options.invitation !== '' && options.invitation.length <= 200 ? options.invitation : null;
    const provider = await this.deps.providers.forSignIn(em, providerId);
    if (provider === null) return { ok: false, refusal: 'not_configured', invitation };
    let url: string;
    const state = randomState();
    const nonce = randomNonce();
    const verifier = randomCodeVerifier();
    try {
      const configuration = await this.configurationOf(provider);
      url = await authorizationUrl(configuration, { redirectUri: this.deps.providers.redirectUri, state, nonce, codeVerifier: verifier });
    } catch (error) {
      if (!(error instanceof OidcDiscoveryError)) throw error;
      this.refused(em, meta, provider, new Refusal('unavailable', `the provider could not be reached: ${error.message.slice(0, 300)}`));
      await em.flush();
      return { ok: false, refusal: 'unavailable', invitation };
    }
    await em.nativeDelete(SsoLogin, { expiresAt: { $lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } });
    const login = em.create(SsoLogin, {
      provider,
      stateHash: sha256Hex(state),
      oidcNonce: nonce,
      next: safeNext(options.next),
      expiresAt: new Date(Date.now() + SSO_LOGIN_TTL_MS),
    });
    sealJson(this.deps.envelope, login, { verifier, invitation }, loginContext(login));
    await em.flush();
    return { ok: true, authorizationUrl: url, state };
  }

  /**
   * The provider sent the browser back. `browserState` is the state this browser started with
   * (its cookie): a callback carrying another one is refused.
   */
  async callback(em: EntityManager, params: URLSearchParams, browserState: string | undefined, meta: RequestMeta): Promise<SsoCallbackResult> {
    const state = params.get('state') ?? '';
    // Per address like sign-in (its 100 failures per 15 minutes); a success gives the point back.
    const attempt = await this.deps.limiter.reserve(`sso-callback:${sha256Hex(state).slice(0, 24)}`, meta.ip);
    const login = state === '' || state.length > 512 ? null : await em.findOne(SsoLogin, { stateHash: sha256Hex(state) }, { populate: ['provider', 'provider.organization', ...SEALED_COLUMNS, ...SEALED_COLUMNS.map((c) => `provider.${c}` as const)] });
    if (login === null || browserState !== state) {
      this.refused(em, meta, login?.provider ?? null, new Refusal('state', login === null ? 'unknown or missing state' : 'the state is not the one this browser started with'));
      await em.flush();
      return { ok: false, refusal: 'state', providerId: login?.provider.id ?? null, invitation: null };
    }
    const sealed = openJson(this.deps.envelope, login, loginContext(login));
    const invitation = typeof sealed.invitation === 'string' ? sealed.invitation : null;
    const { provider } = login;
    try {
      const claimed = await em.nativeUpdate(SsoLogin, { id: login.id, usedAt: null, expiresAt: { $gt: new Date() } }, { usedAt: new Date() });
      if (claimed === 0) throw new Refusal('state', login.usedAt === null ? 'the sign-in expired' : 'the sign-in was already completed (replayed state)');
      if (params.has('error')) throw new Refusal('provider_error', `the provider answered ${(params.get('error') ?? '').slice(0, 64)}`);
      const person = await this.verify(provider, params, { state, nonce: login.oidcNonce, codeVerifier: typeof sealed.verifier === 'string' ? sealed.verifier : '' });
      if (!person.emailVerified || person.email === null) throw new Refusal('unverified_email', 'the provider has not verified the email address', person.email);
      const domain = person.email.slice(person.email.lastIndexOf('@') + 1);
      if (!provider.allowedDomains.includes(domain)) throw new Refusal('domain', `${domain} is not an allowed domain`, person.email);
      const decision = await decideAccount(em, this.deps.accounts, provider, person, invitation);
      if (!decision.ok) throw new Refusal(decision.refusal, decision.reason, person.email);
      const sessionToken = await this.signIn(em, provider, person, decision, meta);
      await attempt.succeeded();
      return { ok: true, sessionToken, next: login.next };
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      const fork = em.fork();
      this.refused(fork, meta, provider, error);
      await fork.flush();
      return { ok: false, refusal: error.refusal, providerId: provider.id, invitation };
    }
  }

  private async verify(provider: SsoProvider, params: URLSearchParams, checks: { state: string; nonce: string; codeVerifier: string }): Promise<VerifiedPerson> {
    let configuration: Configuration;
    try {
      configuration = await this.configurationOf(provider);
    } catch (error) {
      if (!(error instanceof OidcDiscoveryError)) throw error;
      throw new Refusal('unavailable', `discovery failed: ${error.message.slice(0, 300)}`);
    }
    const callbackUrl = new URL(this.deps.providers.redirectUri);
    for (const [key, value] of params) callbackUrl.searchParams.set(key, value);
    try {
      return await completeAuthorization(configuration, callbackUrl, checks);
    } catch (error) {
      if (error instanceof OidcGrantError) throw new Refusal(error.kind === 'unavailable' ? 'unavailable' : 'token', error.message);
      throw error;
    }
  }

  private async configurationOf(provider: SsoProvider): Promise<Configuration> {
    const key = `${provider.id} ${provider.updatedAt.getTime()}`;
    const cached = this.discovered.get(key);
    if (cached !== undefined && cached.until > Date.now()) return cached.configuration;
    const configuration = await discoverProvider(this.deps.outbound, this.deps.providers.clientSettings(provider));
    for (const [k, v] of this.discovered) if (v.until <= Date.now() || k.startsWith(`${provider.id} `)) this.discovered.delete(k);
    this.discovered.set(key, { configuration, until: Date.now() + DISCOVERY_CACHE_MS });
    return configuration;
  }

  /** Links a first sign-in, accepts a pending invitation, starts the session; one transaction. */
  private async signIn(em: EntityManager, provider: SsoProvider, person: VerifiedPerson, decision: Extract<AccountDecision, { ok: true }>, meta: RequestMeta): Promise<string> {
    const { membership, identity } = decision;
    const { user } = membership;
    return em.transactional(async (tx) => {
      const accepted = membership.status === 'INVITED' ? await this.deps.accounts.acceptBySso(tx, membership) : false;
      if (membership.status !== 'ACTIVE') throw new Refusal('invitation_expired', 'the invitation was accepted meanwhile', person.email);
      if (identity === null) {
        tx.create(SsoIdentity, { user, provider, issuer: person.issuer, subject: person.subject, lastEmail: person.email ?? user.email });
      } else {
        identity.lastEmail = person.email ?? identity.lastEmail;
        tx.persist(identity);
      }
      user.lastLoginAt = new Date();
      tx.persist(user);
      const token = await this.deps.sessions.create(tx, user, provider.organization, meta);
      this.deps.audit.record(tx, meta, {
        organizationId: provider.organization.id,
        action: accepted ? 'user.invitation_accepted' : 'auth.signed_in',
        actorType: 'USER',
        actorLabel: user.email,
        targetType: 'User',
        targetId: user.id,
        summary: `${accepted ? `${user.email} accepted the invitation and signed in` : 'Signed in'} with SSO (${provider.displayName})${identity === null ? '; linked to the provider account' : ''}`,
      }).actorId = user.id;
      await tx.flush();
      return token;
    });
  }

  private refused(em: EntityManager, meta: RequestMeta, provider: SsoProvider | null, refusal: Refusal): void {
    this.deps.audit.record(em, meta, {
      organizationId: provider?.organization.id ?? null,
      action: 'auth.sso_sign_in_refused',
      actorLabel: refusal.email?.slice(0, 320) ?? undefined,
      targetType: provider === null ? undefined : 'SsoProvider',
      targetId: provider?.id,
      summary: `SSO sign-in${provider === null ? '' : ` with ${provider.displayName}`} refused (${refusal.refusal}): ${refusal.reason}`.slice(0, 1000),
    });
  }
}
