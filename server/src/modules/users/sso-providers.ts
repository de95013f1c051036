import type { EntityManager } from '@mikro-orm/postgresql';

/** An SSO provider as members and sign-in see it: never its client secret. */
export interface SsoProviderSummary {
  id: string;
  organizationId: string;
  displayName: string;
  allowedDomains: readonly string[];
}

/**
 * The organization's SSO providers, implemented by the sso module's SsoProviderService
 * (services.ts passes it in): users sits below sso and never imports it.
 */
export interface SsoProviderDirectory {
  /** The organization's providers, by display name. */
  inOrganization(em: EntityManager, organizationId: string): Promise<SsoProviderSummary[]>;
  /** The provider with this id in any organization, or null (also for a malformed id). */
  byId(em: EntityManager, providerId: string): Promise<SsoProviderSummary | null>;
}
