import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthTypeId } from '@keyward/shared/integration-auth-types';
import type { IntegrationTypeId } from '@keyward/shared/integration-catalog';
import type { ConfigMode, Integration, IntegrationConfig, IntegrationVersion, IntegrationVersionStatus } from './integration.entity';

/* What the integrations service takes and gives, and what it needs from the connections area. */

export type IntegrationScope = 'SYSTEM' | 'ORGANIZATION';

export interface IntegrationConfigData {
  environment?: string | null;
  baseUrl?: string | null;
  testPath?: string | null;
  authType: AuthTypeId;
  settings: Record<string, unknown>;
}

export interface CreateIntegrationData {
  name: string;
  description?: string | null;
  domainVertical?: string | null;
  type: IntegrationTypeId;
  provider: string;
  scope: IntegrationScope;
  configMode: ConfigMode;
  specUrl?: string | null;
  configs: IntegrationConfigData[];
}

export interface UpdateIntegrationData {
  name?: string | null;
  description?: string | null;
  domainVertical?: string | null;
  provider?: string | null;
  configMode?: ConfigMode | null;
  specUrl?: string | null;
  configs?: IntegrationConfigData[] | null;
}

export interface IntegrationVersionData {
  label: string;
  specUrl?: string | null;
  status?: IntegrationVersionStatus | null;
}

export interface IntegrationFilter {
  search?: string | null;
  scope?: IntegrationScope | null;
  type?: IntegrationTypeId | null;
}

/** An integration with what its GraphQL type shows, loaded for one actor. */
export interface IntegrationView {
  integration: Integration;
  configs: IntegrationConfig[];
  versions: IntegrationVersion[];
  connectionCount: number;
  canManage: boolean;
}

/** A configuration with its secret settings opened, for resolution and testing only. */
export interface OpenedIntegrationConfig {
  config: IntegrationConfig;
  secretSettings: Record<string, unknown>;
}

/**
 * What integrations need from the connections area, which registers itself at wiring time
 * (services.ts): integrations never import connections.
 */
export interface IntegrationConnections {
  /** Connections per integration: in one organization, or in every organization when null. */
  countByIntegration(em: EntityManager, integrationIds: readonly string[], organizationId: string | null): Promise<Map<string, number>>;
  /** Deletes an integration's connections (in one organization, or everywhere when null); returns how many. */
  deleteForIntegration(em: EntityManager, integrationId: string, organizationId: string | null): Promise<number>;
}

export function scopeOf(integration: Integration): IntegrationScope {
  return integration.organization === null ? 'SYSTEM' : 'ORGANIZATION';
}
