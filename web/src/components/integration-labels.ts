import { AUTH_TYPES, isAuthType } from '@keyward/shared/integration-auth-types';
import { INTEGRATION_TYPES, isIntegrationType, isProvider, PROVIDERS } from '@keyward/shared/integration-catalog';

/** "REST API", "AI Provider": the catalog's label of an integration type as the API names it. */
export function integrationTypeLabel(type: string): string {
  return isIntegrationType(type) ? INTEGRATION_TYPES[type].label : type;
}

export function providerLabel(provider: string): string {
  return isProvider(provider) ? PROVIDERS[provider].label : provider;
}

export function authTypeLabel(authType: string): string {
  return isAuthType(authType) ? AUTH_TYPES[authType].label : authType;
}
