import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  fieldValueTexts,
  INTEGRATION_TYPES,
  integrationFieldsFor,
  isBlankFieldValue,
  isHttpUrl,
  providerFitsType,
  validateCredentialFields,
  type AuthTypeId,
  type IntegrationTypeId,
} from '@keyward/shared/integration-catalog';
import type { Actor, RequestMeta } from '../../core/actor';
import type { EncryptionContext, Envelope } from '../../crypto/envelope';
import { openJson, sealJson, SEALED_COLUMNS } from '../../crypto/sealed-columns';
import { badField, badInput, conflict, forbidden, notFound, type FieldError } from '../../core/errors';
import { pageWindow, toPage, type Page, type PageArgs } from '../../core/pagination';
import type { AuditService } from '../audit/audit.service';
import { Connection } from '../connections/connection.entity';
import { SecretReference } from '../secrets/secret-reference.entity';
import type { SecretReferenceService } from '../secrets/secret-reference.service';
import { assertActorMayUseSecrets } from '../secrets/secret-use-policy';
import { referencedSecretKeys } from '@keyward/shared/secret-reference';
import { Integration, IntegrationConfig, IntegrationVersion, type ConfigMode, type IntegrationVersionStatus } from './integration.entity';
import { STARTER_INTEGRATIONS } from './starter-integrations';
import { escapeLike, isUuid } from '../../core/ids';

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

const ENVIRONMENT_SLUG = /^[a-z][a-z0-9-]{0,31}$/;
const SYSTEM_META: RequestMeta = { ip: null, userAgent: 'keyward-server', requestId: 'startup' };

/** The associated data of an integration configuration's secret settings. */
export function integrationConfigContext(integration: Pick<Integration, 'id' | 'organization'>, environment: string | null): EncryptionContext {
  return {
    purpose: 'integration-config',
    organization: integration.organization?.id ?? 'system',
    integration: integration.id,
    environment: environment ?? '*',
  };
}

export function scopeOf(integration: Integration): IntegrationScope {
  return integration.organization === null ? 'SYSTEM' : 'ORGANIZATION';
}

/** Integration templates: system ones (super admins) and each organization's own. */
export class IntegrationService {
  constructor(
    private readonly audit: AuditService,
    private readonly envelope: Envelope,
    private readonly references: SecretReferenceService,
  ) {}

  canManage(actor: Actor, integration: Integration): boolean {
    return integration.organization === null ? actor.permissions.has('SYSTEM_INTEGRATIONS_MANAGE') : actor.permissions.has('INTEGRATIONS_MANAGE');
  }

  /** System integrations and the actor's organization's own. */
  visibleWhere(actor: Actor): FilterQuery<Integration> {
    return { $or: [{ organization: null }, { organization: actor.organization.id }] };
  }

  async list(em: EntityManager, actor: Actor, filter: IntegrationFilter, args: PageArgs): Promise<Page<IntegrationView>> {
    const window = pageWindow(args);
    const where: FilterQuery<Integration>[] = [this.visibleWhere(actor)];
    if (filter.scope === 'SYSTEM') where.push({ organization: null });
    if (filter.scope === 'ORGANIZATION') where.push({ organization: actor.organization.id });
    if (filter.type) where.push({ type: filter.type });
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      // "Search by name or type": the type's label as well as its id.
      const types = (Object.keys(INTEGRATION_TYPES) as IntegrationTypeId[]).filter((t) =>
        INTEGRATION_TYPES[t].label.toLowerCase().includes(search.toLowerCase()),
      );
      where.push({ $or: [{ name: { $ilike: pattern } }, { description: { $ilike: pattern } }, { provider: { $ilike: pattern } }, { type: { $in: types } }] });
    }
    const [rows, total] = await em.findAndCount(Integration, { $and: where }, { orderBy: { name: 'asc', id: 'asc' }, limit: window.limit, offset: window.offset });
    const views = await this.views(em, actor, rows);
    return toPage(views, total, window, (view) => view);
  }

  async get(em: EntityManager, actor: Actor, id: string): Promise<IntegrationView> {
    const integration = await this.find(em, actor, id);
    const [view] = await this.views(em, actor, [integration]);
    if (view === undefined) throw notFound('Integration');
    return view;
  }

  /** A visible integration, or NOT_FOUND (another organization's too). */
  async find(em: EntityManager, actor: Actor, id: string): Promise<Integration> {
    if (!isUuid(id)) throw notFound('Integration');
    const integration = await em.findOne(Integration, { $and: [{ id }, this.visibleWhere(actor)] });
    if (integration === null) throw notFound('Integration');
    return integration;
  }

  /** Views for several integrations with a fixed number of queries. */
  async views(em: EntityManager, actor: Actor, integrations: Integration[]): Promise<IntegrationView[]> {
    if (integrations.length === 0) return [];
    const ids = integrations.map((i) => i.id);
    const [configs, versions, counts] = await Promise.all([
      em.find(IntegrationConfig, { integration: { $in: ids } }, { orderBy: { position: 'asc', id: 'asc' } }),
      em.find(IntegrationVersion, { integration: { $in: ids } }, { orderBy: { createdAt: 'desc', id: 'asc' } }),
      this.connectionCounts(em, actor, integrations),
    ]);
    return integrations.map((integration) => ({
      integration,
      configs: configs.filter((c) => c.integration.id === integration.id),
      versions: versions.filter((v) => v.integration.id === integration.id),
      connectionCount: counts.get(integration.id) ?? 0,
      canManage: this.canManage(actor, integration),
    }));
  }

  /**
   * Connections per integration: in the actor's organization, or in every organization for a
   * system integration the actor manages (deleting it deletes all of them).
   */
  private async connectionCounts(em: EntityManager, actor: Actor, integrations: Integration[]): Promise<Map<string, number>> {
    const everywhere = integrations.filter((i) => i.organization === null && this.canManage(actor, i)).map((i) => i.id);
    const local = integrations.map((i) => i.id).filter((id) => !everywhere.includes(id));
    const counts = new Map<string, number>();
    const count = async (ids: string[], organizationOnly: boolean) => {
      if (ids.length === 0) return;
      const params: string[] = [...ids];
      let sql = `select integration_id as integration, count(*) as n from connection where integration_id in (${ids.map(() => '?').join(', ')})`;
      if (organizationOnly) {
        sql += ' and organization_id = ?';
        params.push(actor.organization.id);
      }
      const rows = await em.getConnection().execute<{ integration: string; n: string | number }[]>(`${sql} group by integration_id`, params);
      for (const row of rows) counts.set(String(row.integration), Number(row.n));
    };
    await Promise.all([count(everywhere, false), count(local, true)]);
    return counts;
  }

  async create(em: EntityManager, actor: Actor, data: CreateIntegrationData, meta: RequestMeta): Promise<IntegrationView> {
    const system = data.scope === 'SYSTEM';
    if (system && !actor.permissions.has('SYSTEM_INTEGRATIONS_MANAGE')) throw forbidden('Only a super admin can create system integrations.');
    const problems: FieldError[] = [];
    const basics = this.checkBasics(data, data.type, problems);
    if (!providerFitsType(data.type, data.provider)) {
      problems.push({ field: 'provider', message: `Choose a ${INTEGRATION_TYPES[data.type].label} provider.` });
    }
    const integration = em.create(Integration, {
      organization: system ? null : actor.organization.id,
      name: basics.name ?? '',
      description: basics.description ?? '',
      domainVertical: basics.domainVertical ?? '',
      type: data.type,
      provider: data.provider,
      configMode: data.configMode,
      specUrl: basics.specUrl ?? null,
    });
    const configs = this.buildConfigs(em, actor, integration, data.configMode, data.configs, [], problems);
    // Nothing is flushed on a refusal: the request's entity manager is dropped with the error.
    if (problems.length > 0) throw badInput(problems);
    await this.recordReferences(em, actor, integration, configs);
    this.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'integration.created',
      targetType: 'Integration',
      targetId: integration.id,
      summary: `Created ${system ? 'system ' : ''}integration ${integration.name} (${INTEGRATION_TYPES[data.type].label})`,
    });
    await em.flush();
    return this.get(em, actor, integration.id);
  }

  async update(em: EntityManager, actor: Actor, id: string, data: UpdateIntegrationData, meta: RequestMeta): Promise<IntegrationView> {
    const integration = await this.find(em, actor, id);
    this.requireManage(actor, integration);
    const problems: FieldError[] = [];
    const basics = this.checkBasics(data, integration.type, problems);
    if (data.provider != null && !providerFitsType(integration.type, data.provider)) {
      problems.push({ field: 'provider', message: `Choose a ${INTEGRATION_TYPES[integration.type].label} provider.` });
    }
    const existing = await em.find(IntegrationConfig, { integration }, { populate: SEALED_COLUMNS });
    const configMode = data.configMode ?? integration.configMode;
    let configs: IntegrationConfig[] | null = null;
    if (data.configs != null) {
      configs = this.buildConfigs(em, actor, integration, configMode, data.configs, existing, problems);
    } else if (configMode !== integration.configMode) {
      problems.push({ field: 'configs', message: 'Changing the configuration mode needs the new configurations.' });
    }
    if (problems.length > 0) throw badInput(problems);

    if (basics.name !== undefined) integration.name = basics.name;
    if (basics.description !== undefined) integration.description = basics.description;
    if (basics.domainVertical !== undefined) integration.domainVertical = basics.domainVertical;
    if (basics.specUrl !== undefined) integration.specUrl = basics.specUrl;
    if (data.provider != null) integration.provider = data.provider;
    integration.configMode = configMode;
    integration.updatedAt = new Date();
    if (configs !== null) {
      for (const old of existing) if (!configs.includes(old)) em.remove(old);
      await this.recordReferences(em, actor, integration, configs);
    }
    this.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'integration.updated',
      targetType: 'Integration',
      targetId: integration.id,
      summary: `Updated integration ${integration.name}`,
    });
    await em.flush();
    return this.get(em, actor, integration.id);
  }

  /** Deletes the integration and every connection made from it; returns the id. */
  async delete(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<{ id: string; deletedConnections: number }> {
    const integration = await this.find(em, actor, id);
    this.requireManage(actor, integration);
    const scope: FilterQuery<Connection> = integration.organization === null ? { integration: integration.id } : { integration: integration.id, organization: actor.organization.id };
    const connections = await em.find(Connection, scope, { fields: ['id'] });
    const connectionIds = connections.map((c) => c.id);
    await em.transactional(async (tx) => {
      if (connectionIds.length > 0) await tx.nativeDelete(SecretReference, { ownerType: 'CONNECTION', ownerId: { $in: connectionIds } });
      await tx.nativeDelete(SecretReference, { ownerType: 'INTEGRATION', ownerId: integration.id });
      // Configurations, versions, connections, their credentials and shares go by foreign-key cascade.
      await tx.nativeDelete(Integration, { id: integration.id });
      this.audit.record(tx, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'integration.deleted',
        targetType: 'Integration',
        targetId: integration.id,
        summary: `Deleted integration ${integration.name} and its ${connectionIds.length} connection${connectionIds.length === 1 ? '' : 's'}`,
      });
    });
    em.clear();
    return { id: integration.id, deletedConnections: connectionIds.length };
  }

  async createVersion(em: EntityManager, actor: Actor, integrationId: string, data: IntegrationVersionData, meta: RequestMeta): Promise<IntegrationView> {
    const integration = await this.find(em, actor, integrationId);
    this.requireManage(actor, integration);
    const label = data.label.trim();
    const problems: FieldError[] = [];
    if (label.length === 0) problems.push({ field: 'label', message: 'Enter a version label.' });
    else if (label.length > 60) problems.push({ field: 'label', message: 'A version label may be at most 60 characters.' });
    const specUrl = data.specUrl?.trim() || null;
    if (specUrl !== null && !isHttpUrl(specUrl)) problems.push({ field: 'specUrl', message: 'Enter an http(s) URL of the OpenAPI document.' });
    if (problems.length > 0) throw badInput(problems);
    if ((await em.count(IntegrationVersion, { integration, label })) > 0) throw badField('label', `Version ${label} exists already.`);
    const status = data.status ?? 'DRAFT';
    await this.inTransaction(async (tx) => {
      if (status === 'ACTIVE') await this.demoteActive(tx, integration.id);
      tx.create(IntegrationVersion, { integration: integration.id, label, specUrl, status });
      this.audit.record(tx, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'integration.version_created',
        targetType: 'Integration',
        targetId: integration.id,
        summary: `Added version ${label} (${status}) to integration ${integration.name}`,
      });
    }, em);
    return this.get(em, actor, integration.id);
  }

  /** Sets a version's status; making one ACTIVE makes the previous ACTIVE one DEPRECATED. */
  async setVersionStatus(em: EntityManager, actor: Actor, versionId: string, status: IntegrationVersionStatus, meta: RequestMeta): Promise<IntegrationView> {
    if (!isUuid(versionId)) throw notFound('Integration version');
    const version = await em.findOne(IntegrationVersion, { id: versionId, integration: this.visibleWhere(actor) }, { populate: ['integration'] });
    if (version === null) throw notFound('Integration version');
    const integration = version.integration;
    this.requireManage(actor, integration);
    if (version.status !== status) {
      await this.inTransaction(async (tx) => {
        if (status === 'ACTIVE') await this.demoteActive(tx, integration.id);
        await tx.nativeUpdate(IntegrationVersion, { id: version.id }, { status });
        this.audit.record(tx, meta, {
          organizationId: actor.organization.id,
          actor,
          action: 'integration.version_status_changed',
          targetType: 'Integration',
          targetId: integration.id,
          summary: `Version ${version.label} of integration ${integration.name} is now ${status}`,
        });
      }, em);
      em.clear();
    }
    return this.get(em, actor, integration.id);
  }

  /**
   * The configuration that applies to an environment (its own, or the one for all) with the
   * secret settings opened. Null when the integration has none for it.
   */
  async openConfig(em: EntityManager, integration: Integration, environment: string): Promise<OpenedIntegrationConfig | null> {
    const rows = await em.find(IntegrationConfig, { integration, $or: [{ environment }, { environment: null }] }, { populate: SEALED_COLUMNS });
    const config = rows.find((r) => r.environment === environment) ?? rows.find((r) => r.environment === null);
    if (config === undefined) return null;
    return { config, secretSettings: openJson(this.envelope, config, integrationConfigContext(integration, config.environment)) };
  }

  /** The configuration rows per integration (no secrets), for connection fields. */
  async configsOf(em: EntityManager, integrationIds: string[]): Promise<IntegrationConfig[]> {
    if (integrationIds.length === 0) return [];
    return em.find(IntegrationConfig, { integration: { $in: integrationIds } }, { orderBy: { position: 'asc', id: 'asc' } });
  }

  /**
   * The starter set of system integrations on a new installation. Idempotent: each starter is
   * created once (by its starter key); one a super admin deleted is not brought back, because
   * the set is only seeded while no starter has ever been created (an audit event marks it).
   */
  async ensureStarterSet(em: EntityManager): Promise<number> {
    const fork = em.fork();
    const seeded = await fork.getConnection().execute<{ n: string }[]>(`select count(*) as n from audit_event where action = 'integration.starter_set_created'`);
    if (Number(seeded[0]?.n ?? 0) > 0) return 0;
    let created = 0;
    await fork.transactional(async (tx) => {
      for (const starter of STARTER_INTEGRATIONS) {
        if ((await tx.count(Integration, { starterKey: starter.key })) > 0) continue;
        const integration = tx.create(Integration, {
          organization: null,
          name: starter.name,
          description: starter.description,
          type: starter.type,
          provider: starter.provider,
          configMode: 'SAME_FOR_ALL',
          starterKey: starter.key,
        });
        tx.create(IntegrationConfig, {
          integration,
          environment: null,
          baseUrl: starter.baseUrl ?? null,
          testPath: starter.testPath ?? null,
          authType: starter.authType,
          settings: starter.settings ?? {},
        });
        created += 1;
      }
      this.audit.record(tx, SYSTEM_META, {
        organizationId: null,
        action: 'integration.starter_set_created',
        targetType: 'Integration',
        summary: `Created ${created} starter system integrations`,
        actorType: 'SYSTEM',
        actorLabel: 'keyward',
      });
    });
    return created;
  }

  private requireManage(actor: Actor, integration: Integration): void {
    if (this.canManage(actor, integration)) return;
    throw forbidden(
      integration.organization === null
        ? 'Only a super admin can change or delete a system integration.'
        : 'This requires the INTEGRATIONS_MANAGE permission.',
    );
  }

  private async inTransaction(work: (tx: EntityManager) => Promise<void>, em: EntityManager): Promise<void> {
    try {
      await em.transactional(work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict('Another version became active at the same time. Reload and try again.');
      throw error;
    }
  }

  private async demoteActive(tx: EntityManager, integrationId: string): Promise<void> {
    await tx.nativeUpdate(IntegrationVersion, { integration: integrationId, status: 'ACTIVE' }, { status: 'DEPRECATED' });
  }

  private checkBasics(
    data: { name?: string | null; description?: string | null; domainVertical?: string | null; specUrl?: string | null },
    type: IntegrationTypeId,
    problems: FieldError[],
  ): { name?: string; description?: string; domainVertical?: string; specUrl?: string | null } {
    const out: { name?: string; description?: string; domainVertical?: string; specUrl?: string | null } = {};
    if (data.name != null) {
      const name = data.name.trim();
      if (name.length === 0) problems.push({ field: 'name', message: 'Enter a name.' });
      else if (name.length > 120) problems.push({ field: 'name', message: 'A name may be at most 120 characters.' });
      out.name = name;
    }
    if (data.description != null) {
      if (data.description.length > 1000) problems.push({ field: 'description', message: 'A description may be at most 1000 characters.' });
      out.description = data.description.trim();
    }
    if (data.domainVertical != null) {
      if (data.domainVertical.length > 120) problems.push({ field: 'domainVertical', message: 'A domain vertical may be at most 120 characters.' });
      out.domainVertical = data.domainVertical.trim();
    }
    if (data.specUrl !== undefined) {
      const specUrl = data.specUrl?.trim() || null;
      if (specUrl !== null && type !== 'REST_API') problems.push({ field: 'specUrl', message: 'Only a REST API integration links an OpenAPI specification.' });
      else if (specUrl !== null && !isHttpUrl(specUrl)) problems.push({ field: 'specUrl', message: 'Enter an http(s) URL of the OpenAPI document.' });
      out.specUrl = specUrl;
    }
    return out;
  }

  /**
   * Validates the configurations against the catalog and builds their rows, reusing an existing
   * row per environment so a blank secret setting keeps its stored value.
   */
  private buildConfigs(
    em: EntityManager,
    actor: Actor,
    integration: Integration,
    mode: ConfigMode,
    inputs: IntegrationConfigData[],
    existing: IntegrationConfig[],
    problems: FieldError[],
  ): IntegrationConfig[] {
    const typeSpec = INTEGRATION_TYPES[integration.type];
    if (inputs.length === 0) {
      problems.push({ field: 'configs', message: 'Add a configuration.' });
      return [];
    }
    if (mode === 'SAME_FOR_ALL' && inputs.length !== 1) {
      problems.push({ field: 'configs', message: 'Same for all takes exactly one configuration.' });
      return [];
    }
    const orgEnvironments = actor.organization.environments.map((e) => e.slug);
    const seen = new Set<string>();
    const rows: IntegrationConfig[] = [];
    inputs.forEach((input, index) => {
      const at = (field: string) => `configs.${index}.${field}`;
      const environment = mode === 'SAME_FOR_ALL' ? null : (input.environment?.trim() ?? '');
      if (environment !== null) {
        const valid = integration.organization === null ? ENVIRONMENT_SLUG.test(environment) : orgEnvironments.includes(environment);
        if (!valid) problems.push({ field: at('environment'), message: `Choose one of the organization's environments (${orgEnvironments.join(', ')}).` });
        else if (seen.has(environment)) problems.push({ field: at('environment'), message: `${environment} is configured twice.` });
        seen.add(environment);
      }
      if (!typeSpec.authTypes.includes(input.authType)) {
        problems.push({ field: at('authType'), message: `A ${typeSpec.label} integration cannot use ${input.authType}.` });
        return;
      }
      const baseUrl = input.baseUrl?.trim() || null;
      if (baseUrl === null && integration.type === 'REST_API') problems.push({ field: at('baseUrl'), message: 'Enter the base URL of the API.' });
      if (baseUrl !== null && !isHttpUrl(baseUrl)) problems.push({ field: at('baseUrl'), message: 'The base URL must be an http(s) URL.' });
      const testPath = input.testPath?.trim() || null;
      if (testPath !== null && (!testPath.startsWith('/') || testPath.length > 2000)) problems.push({ field: at('testPath'), message: 'The test path starts with / (e.g. /v1/me).' });

      const row = existing.find((c) => c.environment === environment) ?? em.create(IntegrationConfig, { integration, environment });
      const fields = integrationFieldsFor(input.authType);
      const storedSecrets = existing.includes(row) ? row.secretKeys.filter((k) => fields.some((f) => f.key === k && f.secret)) : [];
      const fieldProblems = validateCredentialFields(fields, input.settings, { storedSecrets });
      for (const p of fieldProblems) problems.push({ field: at(`settings.${p.field}`), message: p.message });
      if (fieldProblems.length > 0) return;

      const context = integrationConfigContext(integration, environment);
      const stored = storedSecrets.length > 0 ? openJson(this.envelope, row, context) : {};
      const plain: Record<string, unknown> = {};
      const secrets: Record<string, unknown> = {};
      for (const field of fields) {
        const value = input.settings[field.key];
        if (field.secret) {
          if (!isBlankFieldValue(value)) secrets[field.key] = value;
          else if (storedSecrets.includes(field.key) && stored[field.key] !== undefined) secrets[field.key] = stored[field.key];
        } else if (!isBlankFieldValue(value)) {
          plain[field.key] = value;
        }
      }
      Object.assign(row, { baseUrl, testPath, authType: input.authType, settings: plain, secretKeys: Object.keys(secrets), position: index });
      sealJson(this.envelope, row, secrets, context);
      rows.push(row);
    });
    return rows;
  }

  /** Records the `@@SECRET:KEY@@` references of an organization integration, per environment. */
  private async recordReferences(em: EntityManager, actor: Actor, integration: Integration, configs: IntegrationConfig[]): Promise<void> {
    // A system integration has no organization whose secrets it could name.
    if (integration.organization === null) return;
    const organization = actor.organization;
    // Connections of this integration use these references on its manager's say-so: they must be allowed to.
    await assertActorMayUseSecrets(em, actor, referencedSecretKeys(configs.flatMap((config) => this.textsOf(integration, config))));
    const owner = { type: 'INTEGRATION' as const, id: integration.id, name: integration.name };
    const environments: (string | null)[] = [null, ...organization.environments.map((e) => e.slug)];
    for (const environment of environments) {
      const config = configs.find((c) => c.environment === environment);
      const texts = config ? this.textsOf(integration, config) : [];
      await this.references.recordReferences(em, organization.id, owner, texts, environment);
    }
  }

  private textsOf(integration: Integration, config: IntegrationConfig): string[] {
    const texts = [config.baseUrl ?? '', config.testPath ?? '', ...Object.values(config.settings).flatMap(fieldValueTexts)];
    if (config.secretKeys.length > 0) {
      const secrets = openJson(this.envelope, config, integrationConfigContext(integration, config.environment));
      texts.push(...Object.values(secrets).flatMap(fieldValueTexts));
    }
    return texts;
  }

  /** Deleting an organization: its own integrations (versions and settings with them); system ones stay. */
  async deleteAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    return em.nativeDelete(Integration, { organization: organizationId });
  }
}
