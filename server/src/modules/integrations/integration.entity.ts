import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { AUTH_TYPE_IDS, type AuthTypeId } from '@keyward/shared/integration-auth-types';
import { INTEGRATION_TYPE_IDS, type IntegrationTypeId } from '@keyward/shared/integration-catalog';
import { Organization } from '../organizations/organization.entity';

export type ConfigMode = 'SAME_FOR_ALL' | 'PER_ENVIRONMENT';
export const CONFIG_MODES: readonly ConfigMode[] = ['SAME_FOR_ALL', 'PER_ENVIRONMENT'];

export type IntegrationVersionStatus = 'DRAFT' | 'ACTIVE' | 'DEPRECATED';
export const INTEGRATION_VERSION_STATUSES: readonly IntegrationVersionStatus[] = ['DRAFT', 'ACTIVE', 'DEPRECATED'];

/**
 * An integration template. `organization` null is SYSTEM scope: visible to every organization,
 * managed by super admins. The type never changes after creation.
 */
@Entity({ tableName: 'integration' })
@Index({ properties: ['organization', 'name'] })
export class Integration {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organization, { deleteRule: 'cascade', nullable: true })
  organization: Organization | null = null;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 1000 })
  description: Opt<string> = '';

  @Property({ type: 'string', length: 120 })
  domainVertical: Opt<string> = '';

  @Enum({ items: () => INTEGRATION_TYPE_IDS, type: 'string' })
  type!: IntegrationTypeId;

  @Property({ type: 'string', length: 40 })
  provider!: string;

  @Enum({ items: () => CONFIG_MODES, type: 'string' })
  configMode: Opt<ConfigMode> = 'SAME_FOR_ALL';

  /** Link to an OpenAPI document (REST only). */
  @Property({ type: 'string', length: 2000, nullable: true })
  specUrl: string | null = null;

  /** Set on the starter set of system integrations. */
  @Property({ type: 'string', length: 40, nullable: true, unique: true })
  starterKey: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}

/**
 * The configuration of an integration for one environment (null: every environment, SAME_FOR_ALL).
 * Non-secret auth settings are plain JSON; secret ones (an OAuth2 client secret) are sealed
 * together as one JSON object. No GraphQL type maps the sealed columns.
 */
@Entity({ tableName: 'integration_config' })
@Unique({ properties: ['integration', 'environment'] })
@Index({ properties: ['keyId'] })
export class IntegrationConfig {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Integration, { deleteRule: 'cascade' })
  integration!: Integration;

  @Property({ type: 'string', length: 32, nullable: true })
  environment: string | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  baseUrl: string | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  testPath: string | null = null;

  @Enum({ items: () => AUTH_TYPE_IDS, type: 'string' })
  authType: Opt<AuthTypeId> = 'NONE';

  @Property({ type: 'json' })
  settings: Opt<Record<string, unknown>> = {};

  /** Keys of the secret settings that have a stored value. */
  @Property({ type: 'json' })
  secretKeys: Opt<string[]> = [];

  @Property({ type: 'blob', nullable: true, lazy: true })
  ciphertext: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  nonce: Buffer | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  wrappedKey: Buffer | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  keyId: string | null = null;

  /** Position in the form (environment order). */
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}

/** A version of an integration (usually of its OpenAPI spec). At most one is ACTIVE. */
@Entity({ tableName: 'integration_version' })
@Unique({ properties: ['integration'], where: { status: 'ACTIVE' } })
export class IntegrationVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Integration, { deleteRule: 'cascade' })
  integration!: Integration;

  @Property({ type: 'string', length: 60 })
  label!: string;

  @Enum({ items: () => INTEGRATION_VERSION_STATUSES, type: 'string' })
  status: Opt<IntegrationVersionStatus> = 'DRAFT';

  @Property({ type: 'string', length: 2000, nullable: true })
  specUrl: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
