import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isHttpUrl } from '@keyward/shared/credential-validation';
import { INTEGRATION_TYPES, type IntegrationTypeId, providerFitsType } from '@keyward/shared/integration-catalog';
import type { Actor, RequestMeta } from '../../core/actor';
import type { Envelope } from '../../crypto/envelope';
import { openJson, SEALED_COLUMNS } from '../../crypto/sealed-columns';
import { badField, badInput, conflict, forbidden, notFound, type FieldError } from '../../core/errors';
import { pageWindow, toPage, type Page, type PageArgs } from '../../core/pagination';
import type { AuditService } from '../audit/audit.service';
import type { SecretReferenceService } from '../secrets/secret-reference.service';
import type { SecretUsePolicyService } from '../secrets/secret-use-policy';
import { referencedSecretKeys } from '@keyward/shared/secret-reference';
import { Integration, IntegrationConfig, IntegrationVersion, type IntegrationVersionStatus } from './integration.entity';
import { buildConfigs, checkBasics, configTexts, integrationConfigContext } from './integration-configs';
import type {
  CreateIntegrationData,
  IntegrationConnections,
  IntegrationFilter,
  IntegrationVersionData,
  IntegrationView,
  OpenedIntegrationConfig,
  UpdateIntegrationData,
} from './integration-data';
import { seedStarterSet } from './starter-set';
import { escapeLike, isUuid } from '../../core/ids';

/** Integration templates: system ones (super admins) and each organization's own. */
export class IntegrationService {
  constructor(
    private readonly audit: AuditService,
    private readonly envelope: Envelope,
    private readonly references: SecretReferenceService,
    private readonly policy: SecretUsePolicyService,
  ) {}

  private connections: IntegrationConnections | null = null;

  /** The connections area registers itself: connection counts and deleting an integration's connections. */
  registerConnections(connections: IntegrationConnections): void {
    this.connections = connections;
  }

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
    const connections = this.connections;
    if (connections === null) return new Map();
    const everywhere = integrations.filter((i) => i.organization === null && this.canManage(actor, i)).map((i) => i.id);
    const local = integrations.map((i) => i.id).filter((id) => !everywhere.includes(id));
    const [all, own] = await Promise.all([connections.countByIntegration(em, everywhere, null), connections.countByIntegration(em, local, actor.organization.id)]);
    return new Map([...all, ...own]);
  }

  async create(em: EntityManager, actor: Actor, data: CreateIntegrationData, meta: RequestMeta): Promise<IntegrationView> {
    const system = data.scope === 'SYSTEM';
    if (system && !actor.permissions.has('SYSTEM_INTEGRATIONS_MANAGE')) throw forbidden('Only a super admin can create system integrations.');
    const problems: FieldError[] = [];
    const basics = checkBasics(data, data.type, problems);
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
    const configs = buildConfigs(this.envelope, em, actor, integration, data.configMode, data.configs, [], problems);
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
    const basics = checkBasics(data, integration.type, problems);
    if (data.provider != null && !providerFitsType(integration.type, data.provider)) {
      problems.push({ field: 'provider', message: `Choose a ${INTEGRATION_TYPES[integration.type].label} provider.` });
    }
    const existing = await em.find(IntegrationConfig, { integration }, { populate: SEALED_COLUMNS });
    const configMode = data.configMode ?? integration.configMode;
    let configs: IntegrationConfig[] | null = null;
    if (data.configs != null) {
      configs = buildConfigs(this.envelope, em, actor, integration, configMode, data.configs, existing, problems);
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

  /**
   * Deletes the organization's own integrations with their references (organization deletion;
   * delete its connections first). Runs at once.
   */
  async deleteAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    const ids = (await em.find(Integration, { organization: organizationId }, { fields: ['id'] })).map((i) => i.id);
    await this.references.deleteForOwners(em, 'INTEGRATION', ids);
    return em.nativeDelete(Integration, { organization: organizationId });
  }

  /** Deletes the integration and every connection made from it; returns the id. */
  async delete(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<{ id: string; deletedConnections: number }> {
    const integration = await this.find(em, actor, id);
    this.requireManage(actor, integration);
    let deleted = 0;
    await em.transactional(async (tx) => {
      deleted = (await this.connections?.deleteForIntegration(tx, integration.id, integration.organization === null ? null : actor.organization.id)) ?? 0;
      await this.references.deleteForOwners(tx, 'INTEGRATION', [integration.id]);
      // Configurations and versions go by foreign-key cascade.
      await tx.nativeDelete(Integration, { id: integration.id });
      this.audit.record(tx, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'integration.deleted',
        targetType: 'Integration',
        targetId: integration.id,
        summary: `Deleted integration ${integration.name} and its ${deleted} connection${deleted === 1 ? '' : 's'}`,
      });
    });
    em.clear();
    return { id: integration.id, deletedConnections: deleted };
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

  /** The starter set of system integrations on a new installation (see seedStarterSet). */
  async ensureStarterSet(em: EntityManager): Promise<number> {
    return seedStarterSet(em, this.audit);
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

  /** Records the `@@SECRET:KEY@@` references of an organization integration, per environment. */
  private async recordReferences(em: EntityManager, actor: Actor, integration: Integration, configs: IntegrationConfig[]): Promise<void> {
    // A system integration has no organization whose secrets it could name.
    if (integration.organization === null) return;
    const organization = actor.organization;
    // Connections of this integration use these references on its manager's say-so: they must be allowed to.
    await this.policy.assertActorMayUse(em, actor, referencedSecretKeys(configs.flatMap((config) => configTexts(this.envelope, integration, config))));
    const owner = { type: 'INTEGRATION' as const, id: integration.id, name: integration.name };
    const environments: (string | null)[] = [null, ...organization.environments.map((e) => e.slug)];
    for (const environment of environments) {
      const config = configs.find((c) => c.environment === environment);
      const texts = config ? configTexts(this.envelope, integration, config) : [];
      await this.references.recordReferences(em, organization.id, owner, texts, environment);
    }
  }

}
