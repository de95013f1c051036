import { oauth2GrantTypeOf, type AuthTypeId, type OAuth2GrantType } from '@keyward/shared/integration-auth-types';
import { connectionFieldsFor, INTEGRATION_TYPES } from '@keyward/shared/integration-catalog';
import { type FieldSpec } from '@keyward/shared/integration-fields';
import type { Actor } from '../../core/actor';
import type { EncryptionContext } from '../../crypto/envelope';
import type { Links } from '../../mail/links';
import type { Integration, IntegrationConfig } from '../integrations/integration.entity';
import type { User } from '../users/user.entity';

/*
 * Pure helpers of the connections area: which configuration and credential fields apply in an
 * environment, the encryption context of a credential, and who an actor is on a credential.
 */

/** The associated data of a credential: bound to its organization, connection and environment. */
export function credentialContext(organizationId: string, connectionId: string, environment: string): EncryptionContext {
  return { purpose: 'connection-credential', organization: organizationId, connection: connectionId, environment };
}

/** The configuration that applies to an environment: its own, or the one for every environment. */
export function configFor(configs: IntegrationConfig[], environment: string): IntegrationConfig | null {
  return configs.find((c) => c.environment === environment) ?? configs.find((c) => c.environment === null) ?? null;
}

/**
 * The catalog's credential fields for a connection of this integration under a configuration.
 * None for the OAuth2 client_credentials grant: Keyward obtains (and caches) the token itself.
 */
export function fieldsFor(integration: Integration, config: IntegrationConfig | null): FieldSpec[] {
  if (grantTypeFor(config) === 'client_credentials') return [];
  return connectionFieldsFor(integration.type, integration.provider, authTypeFor(integration, config));
}

/** The OAuth2 grant type of a configuration; null when it does not use OAuth2. */
export function grantTypeFor(config: IntegrationConfig | null): OAuth2GrantType | null {
  return config?.authType === 'OAUTH2' ? oauth2GrantTypeOf(config.settings) : null;
}

/** The auth type a configuration uses, or the integration type's first one without a configuration. */
export function authTypeFor(integration: Integration, config: IntegrationConfig | null): AuthTypeId {
  return config?.authType ?? INTEGRATION_TYPES[integration.type].authTypes[0] ?? 'NONE';
}

/** Where providers send the browser back after an OAuth2 authorization. */
export function oauthCallbackUrl(links: Links): string {
  return `${links.baseUrl}/oauth/callback`;
}

export function actorUser(actor: Actor): User | null {
  return actor.kind === 'user' ? actor.user : null;
}

export function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.user.displayName || actor.user.email : `API key ${actor.apiKey.name}`;
}

/** The message naming the organization's environments, for a bad `environment` argument. */
export function environmentChoice(environments: readonly { slug: string }[]): string {
  return `Choose one of the organization's environments (${environments.map((e) => e.slug).join(', ')}).`;
}
