import type { EntityManager } from '@mikro-orm/postgresql';
import { EMAIL_DOMAIN_PATTERN, SSO_CALLBACK_PATH } from '@keyward/shared/sso';
import { z } from 'zod';
import type { Actor, RequestMeta } from '../../core/actor';
import { badField, badInput, conflict, notFound, type FieldError } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { Envelope, EncryptionContext } from '../../crypto/envelope';
import { openJson, SEALED_COLUMNS, sealJson } from '../../crypto/sealed-columns';
import type { Links } from '../../mail/links';
import type { OutboundGuard } from '../../outbound/outbound-guard';
import type { AuditService } from '../audit/audit.service';
import type { SsoAccounts } from '../users/sso-accounts';
import type { SsoProviderDirectory, SsoProviderSummary } from '../users/sso-providers';
import { discoverProvider, OidcDiscoveryError, type OidcClientSettings } from './sso-oidc';
import { SsoProvider } from './sso-provider.entity';

export interface CreateSsoProviderInput {
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  requireSso?: boolean | null;
}

export type UpdateSsoProviderInput = { [K in keyof CreateSsoProviderInput]?: CreateSsoProviderInput[K] | null };

/** A provider as the Settings page lists it. */
export interface SsoProviderRecord {
  provider: SsoProvider;
  memberCount: number;
  redirectUri: string;
}

const emailSchema = z.email();

/** What the client secret is bound to: a sealed secret copied to another provider or organization fails to open. */
export const clientSecretContext = (provider: SsoProvider): EncryptionContext => ({
  purpose: 'sso-client-secret',
  organization: provider.organization.id,
  provider: provider.id,
});

/**
 * OpenID Connect providers per organization: managing them (discovery checked on save, the
 * client secret sealed and never returned), and what sign-in and members read of them.
 * Another organization's provider is NOT_FOUND.
 */
export class SsoProviderService implements SsoProviderDirectory {
  constructor(
    private readonly deps: {
      audit: AuditService;
      envelope: Envelope;
      outbound: OutboundGuard;
      links: Links;
      accounts: SsoAccounts;
    },
  ) {}

  get redirectUri(): string {
    return `${this.deps.links.baseUrl}${SSO_CALLBACK_PATH}`;
  }

  async list(em: EntityManager, actor: Actor): Promise<SsoProviderRecord[]> {
    const providers = await em.find(SsoProvider, { organization: actor.organization.id }, { orderBy: { displayName: 'asc', id: 'asc' } });
    return this.records(em, actor.organization.id, providers);
  }

  async create(em: EntityManager, actor: Actor, input: CreateSsoProviderInput, meta: RequestMeta): Promise<SsoProviderRecord> {
    const problems: FieldError[] = [];
    const displayName = cleanDisplayName(input.displayName, problems);
    const issuer = await this.cleanIssuer(input.issuer, problems);
    const clientId = cleanRequired(input.clientId, 'clientId', 'Client ID', 255, problems);
    const clientSecret = cleanRequired(input.clientSecret, 'clientSecret', 'Client secret', 2000, problems);
    const allowedDomains = cleanDomains(input.allowedDomains, problems);
    if (problems.length > 0) throw badInput(problems);
    const discoveredIssuer = await this.checkDiscovery({ issuer, clientId, clientSecret });

    const provider = em.create(SsoProvider, {
      organization: actor.organization,
      displayName,
      issuer: discoveredIssuer,
      clientId,
      allowedDomains,
      requireSso: input.requireSso ?? false,
    });
    sealJson(this.deps.envelope, provider, { clientSecret }, clientSecretContext(provider));
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'sso_provider.created',
      targetType: 'SsoProvider',
      targetId: provider.id,
      summary: `Added SSO provider ${displayName} (${discoveredIssuer}) for ${allowedDomains.join(', ')}${provider.requireSso ? ', SSO required' : ''}`,
    });
    await em.flush();
    return { provider, memberCount: 0, redirectUri: this.redirectUri };
  }

  async update(em: EntityManager, actor: Actor, id: string, input: UpdateSsoProviderInput, meta: RequestMeta): Promise<SsoProviderRecord> {
    const provider = await this.find(em, actor, id, true);
    const problems: FieldError[] = [];
    const next = {
      displayName: input.displayName == null ? provider.displayName : cleanDisplayName(input.displayName, problems),
      issuer: input.issuer == null ? provider.issuer : await this.cleanIssuer(input.issuer, problems),
      clientId: input.clientId == null ? provider.clientId : cleanRequired(input.clientId, 'clientId', 'Client ID', 255, problems),
      allowedDomains: input.allowedDomains == null ? provider.allowedDomains : cleanDomains(input.allowedDomains, problems),
      requireSso: input.requireSso ?? provider.requireSso,
    };
    const newSecret = input.clientSecret == null ? null : cleanRequired(input.clientSecret, 'clientSecret', 'Client secret', 2000, problems);
    if (problems.length > 0) throw badInput(problems);

    const changed: string[] = [];
    if (next.displayName !== provider.displayName) changed.push('display name');
    if (next.issuer !== provider.issuer) changed.push('issuer');
    if (next.clientId !== provider.clientId) changed.push('client ID');
    if (newSecret !== null) changed.push('client secret');
    if (next.allowedDomains.join(',') !== provider.allowedDomains.join(',')) changed.push('allowed domains');
    if (next.requireSso !== provider.requireSso) changed.push(next.requireSso ? 'SSO required' : 'SSO not required');
    if (next.issuer !== provider.issuer || next.clientId !== provider.clientId || newSecret !== null) {
      const clientSecret = newSecret ?? this.clientSecret(provider);
      next.issuer = await this.checkDiscovery({ issuer: next.issuer, clientId: next.clientId, clientSecret });
    }
    if (changed.length > 0) {
      Object.assign(provider, next, { updatedAt: new Date() });
      if (newSecret !== null) sealJson(this.deps.envelope, provider, { clientSecret: newSecret }, clientSecretContext(provider));
      this.deps.audit.record(em, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'sso_provider.updated',
        targetType: 'SsoProvider',
        targetId: provider.id,
        summary: `Changed ${changed.join(', ')} of SSO provider ${provider.displayName}`,
      });
      await em.flush();
    }
    const [record] = await this.records(em, actor.organization.id, [provider]);
    if (record === undefined) throw notFound('SSO provider');
    return record;
  }

  /** Refused while members of the organization sign in with it: they would be locked out. */
  async delete(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<string> {
    const provider = await this.find(em, actor, id, false);
    const count = (await this.deps.accounts.countByProvider(em, actor.organization.id, [provider.id])).get(provider.id) ?? 0;
    if (count > 0) {
      throw conflict(
        `${count} ${count === 1 ? 'member of this organization signs' : 'members of this organization sign'} in with ${provider.displayName}. ` +
          'Delete them from the organization first, or keep the provider.',
      );
    }
    em.remove(provider);
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'sso_provider.deleted',
      targetType: 'SsoProvider',
      targetId: provider.id,
      summary: `Deleted SSO provider ${provider.displayName}`,
    });
    await em.flush();
    return provider.id;
  }

  /** Providers of any organization whose allowed domains contain this one, by display name. */
  async forDomain(em: EntityManager, domain: string): Promise<SsoProvider[]> {
    return em
      .createQueryBuilder(SsoProvider, 'p')
      .select('*')
      .where('p.allowed_domains @> ?::jsonb', [JSON.stringify([domain])])
      .orderBy({ displayName: 'asc', id: 'asc' })
      .getResultList();
  }

  /** The email's domain for the login page; BAD_USER_INPUT (field email) for a malformed email. */
  emailDomain(emailInput: string): string {
    const email = emailInput.trim().toLowerCase();
    if (email.length > 320 || !emailSchema.safeParse(email).success) throw badField('email', 'Enter a valid email address.');
    return email.slice(email.lastIndexOf('@') + 1);
  }

  /** A provider for the sign-in flow (any organization), its organization loaded; null when unknown. */
  async forSignIn(em: EntityManager, providerId: string): Promise<SsoProvider | null> {
    if (!isUuid(providerId)) return null;
    return em.findOne(SsoProvider, { id: providerId }, { populate: ['organization', ...SEALED_COLUMNS] });
  }

  /** The provider's OpenID client settings, the secret opened (only for talking to the provider). */
  clientSettings(provider: SsoProvider): OidcClientSettings {
    return { issuer: provider.issuer, clientId: provider.clientId, clientSecret: this.clientSecret(provider) };
  }

  async inOrganization(em: EntityManager, organizationId: string): Promise<SsoProviderSummary[]> {
    const providers = await em.find(SsoProvider, { organization: organizationId }, { orderBy: { displayName: 'asc', id: 'asc' } });
    return providers.map(summary);
  }

  async byId(em: EntityManager, providerId: string): Promise<SsoProviderSummary | null> {
    if (!isUuid(providerId)) return null;
    const provider = await em.findOne(SsoProvider, { id: providerId });
    return provider === null ? null : summary(provider);
  }

  private clientSecret(provider: SsoProvider): string {
    const secret = openJson(this.deps.envelope, provider, clientSecretContext(provider)).clientSecret;
    return typeof secret === 'string' ? secret : '';
  }

  private async find(em: EntityManager, actor: Actor, id: string, withSecret: boolean): Promise<SsoProvider> {
    const provider = isUuid(id)
      ? await em.findOne(SsoProvider, { id, organization: actor.organization.id }, withSecret ? { populate: [...SEALED_COLUMNS] } : {})
      : null;
    if (provider === null) throw notFound('SSO provider');
    return provider;
  }

  private async records(em: EntityManager, organizationId: string, providers: SsoProvider[]): Promise<SsoProviderRecord[]> {
    const counts = await this.deps.accounts.countByProvider(em, organizationId, providers.map((p) => p.id));
    return providers.map((provider) => ({ provider, memberCount: counts.get(provider.id) ?? 0, redirectUri: this.redirectUri }));
  }

  /** The issuer as typed: an https URL (http only for a host KEYWARD_OUTBOUND_ALLOW names), no query or fragment. */
  private async cleanIssuer(value: string, problems: FieldError[]): Promise<string> {
    const text = value.trim();
    const problem = (message: string) => {
      problems.push({ field: 'issuer', message });
      return text;
    };
    if (text === '' || text.length > 500 || !URL.canParse(text)) return problem('Enter the issuer URL, like https://login.example.com.');
    const url = new URL(text);
    if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
      return problem('The issuer URL has no query, fragment or credentials, like https://login.example.com.');
    }
    if (url.protocol === 'http:' && !(await this.deps.outbound.allowsExplicitly(url.hostname))) {
      return problem(`The issuer must use https://. Plain http:// is accepted only for a host KEYWARD_OUTBOUND_ALLOW names (${url.hostname} is not in it).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return problem('The issuer must be an https:// URL.');
    return text;
  }

  /** Discovery through the outbound guard; BAD_USER_INPUT on `issuer` naming what failed. Returns the issuer the provider names. */
  private async checkDiscovery(settings: OidcClientSettings): Promise<string> {
    try {
      const configuration = await discoverProvider(this.deps.outbound, settings);
      return configuration.serverMetadata().issuer;
    } catch (error) {
      if (error instanceof OidcDiscoveryError) throw badField('issuer', error.message);
      throw error;
    }
  }
}

function summary(provider: SsoProvider): SsoProviderSummary {
  return { id: provider.id, organizationId: provider.organization.id, displayName: provider.displayName, allowedDomains: provider.allowedDomains };
}

function cleanDisplayName(value: string, problems: FieldError[]): string {
  const text = value.trim();
  if (text === '' || text.length > 100) problems.push({ field: 'displayName', message: 'Display name is required (at most 100 characters).' });
  return text;
}

function cleanRequired(value: string, field: string, label: string, max: number, problems: FieldError[]): string {
  const text = value.trim();
  if (text === '' || text.length > max) problems.push({ field, message: `${label} is required (at most ${max} characters).` });
  return text;
}

/** Lower-cased, deduplicated, at least one, each a host name like example.com. */
function cleanDomains(values: string[], problems: FieldError[]): string[] {
  const domains = [...new Set(values.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter((d) => d !== ''))];
  const bad = domains.filter((d) => !EMAIL_DOMAIN_PATTERN.test(d));
  if (domains.length === 0) problems.push({ field: 'allowedDomains', message: 'Enter at least one email domain, like example.com.' });
  else if (bad.length > 0) problems.push({ field: 'allowedDomains', message: `Not an email domain: ${bad.slice(0, 5).join(', ')}. Enter domains like example.com.` });
  return domains;
}
