import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuthTypeId, type OAuth2GrantType } from '@keyward/shared/integration-auth-types';
import { type IntegrationTypeId, NODE_TYPES, type NodeTypeId } from '@keyward/shared/integration-catalog';
import { type FieldSpec } from '@keyward/shared/integration-fields';
import type { Actor, RequestMeta } from '../../core/actor';
import { badField, badInput, DomainError, forbidden, notFound, type FieldError } from '../../core/errors';
import { escapeLike, isUuid } from '../../core/ids';
import { pageWindow, toPage, type Page, type PageArgs } from '../../core/pagination';
import type { Envelope } from '../../crypto/envelope';
import type { Links } from '../../mail/links';
import type { OutboundGuard } from '../../outbound/outbound-guard';
import type { AuditService } from '../audit/audit.service';
import type { Integration } from '../integrations/integration.entity';
import type { IntegrationConnections, IntegrationView } from '../integrations/integration-data';
import type { IntegrationService } from '../integrations/integration.service';
import type { SecretReferenceService } from '../secrets/secret-reference.service';
import { presenceKey, type SecretResolverService } from '../secrets/secret-resolver.service';
import type { SecretUsePolicyService } from '../secrets/secret-use-policy';
import type { MemberDirectory } from '../users/member-directory';
import type { User } from '../users/user.entity';
import { ConnectionAccess } from './connection-access';
import { ConnectionCredentialService } from './connection-credential.service';
import { actorUser, authTypeFor, configFor, fieldsFor, grantTypeFor } from './connection-fields';
import { ConnectionClientCredentialsService } from './connection-oauth-client-credentials.service';
import { ConnectionOAuthState } from './connection-oauth.entity';
import { ConnectionOAuthService } from './connection-oauth.service';
import type { ResolvedConnectionData } from './connection-resolution';
import { ConnectionResolutionService } from './connection-resolution.service';
import { ConnectionTestService } from './connection-test.service';
import type { ConnectionTestOutcome } from './connection-tester';
import { Connection, ConnectionShare, Credential, type ConnectionVisibility } from './connection.entity';

export interface ConnectionFilter {
  search?: string | null;
  nodeType?: NodeTypeId | null;
  integrationType?: IntegrationTypeId | null;
  integrationId?: string | null;
  visibility?: ConnectionVisibility | null;
}

export interface CreateConnectionData {
  integrationId: string;
  name: string;
  visibility: ConnectionVisibility;
}

export interface UpdateConnectionData {
  name?: string | null;
  visibility?: ConnectionVisibility | null;
}

export interface ConnectionEnvironmentView {
  environment: string;
  name: string;
  credential: Credential | null;
  fields: FieldSpec[];
  /** The auth type of the configuration that applies to this environment. */
  authType: AuthTypeId;
  /** Its OAuth2 grant type; null when it does not use OAuth2. */
  grantType: OAuth2GrantType | null;
  missingSecrets: string[];
}

export interface ConnectionView {
  connection: Connection;
  integration: IntegrationView;
  sharedWith: User[];
  environments: ConnectionEnvironmentView[];
  fields: FieldSpec[];
  canManage: boolean;
}

export interface ConnectionServiceDeps {
  audit: AuditService;
  envelope: Envelope;
  integrations: IntegrationService;
  members: MemberDirectory;
  /** The secret use policy, checked when credentials are saved and on every substitution. */
  policy: SecretUsePolicyService;
  references: SecretReferenceService;
  resolver: SecretResolverService;
  /** The public base URL, for the OAuth2 callback (`<base>/oauth/callback`). */
  links: Links;
  /** Every outbound connection (tests, OAuth2 token calls) goes through it. */
  outbound: OutboundGuard;
}

/**
 * Connections: listing and views, create/rename/delete and sharing. Credentials, resolution, OAuth2
 * and testing are their own services on top of the access layer, reached through this one.
 */
export class ConnectionService implements IntegrationConnections {
  readonly access: ConnectionAccess;
  readonly credentials: ConnectionCredentialService;
  readonly oauth: ConnectionOAuthService;
  readonly resolution: ConnectionResolutionService;
  readonly tests: ConnectionTestService;

  constructor(private readonly deps: ConnectionServiceDeps) {
    const access = new ConnectionAccess(deps.members);
    const credentials = new ConnectionCredentialService({ ...deps, access });
    const oauth = new ConnectionOAuthService({ ...deps, access, credentials });
    const clientCredentials = new ConnectionClientCredentialsService({ ...deps, credentials });
    const resolution = new ConnectionResolutionService({ ...deps, access, oauth, clientCredentials });
    this.access = access;
    this.credentials = credentials;
    this.oauth = oauth;
    this.resolution = resolution;
    this.tests = new ConnectionTestService({ ...deps, access, resolution });
  }

  async list(em: EntityManager, actor: Actor, filter: ConnectionFilter, args: PageArgs): Promise<Page<ConnectionView>> {
    const window = pageWindow(args);
    const where: FilterQuery<Connection>[] = [this.access.visibleWhere(actor)];
    const types: IntegrationTypeId[] = [];
    if (filter.nodeType) types.push(NODE_TYPES[filter.nodeType].integrationType);
    if (filter.integrationType) types.push(filter.integrationType);
    if (types.length > 0) {
      // A node type and an integration type that disagree match nothing.
      if (new Set(types).size > 1) return toPage([], 0, window, (v: ConnectionView) => v);
      where.push({ integration: { type: types[0] } });
    }
    if (filter.visibility) where.push({ visibility: filter.visibility });
    if (filter.integrationId) {
      if (!isUuid(filter.integrationId)) throw badField('filter.integrationId', 'Choose one of the integrations.');
      where.push({ integration: filter.integrationId });
    }
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.push({ $or: [{ name: { $ilike: pattern } }, { integration: { name: { $ilike: pattern } } }] });
    }
    const [rows, total] = await em.findAndCount(Connection, { $and: where }, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: window.limit,
      offset: window.offset,
      populate: ['integration', 'owner'],
    });
    const views = await this.views(em, actor, rows);
    return toPage(views, total, window, (view) => view);
  }

  async get(em: EntityManager, actor: Actor, id: string): Promise<ConnectionView> {
    const connection = await this.access.find(em, actor, id);
    const [view] = await this.views(em, actor, [connection]);
    if (view === undefined) throw notFound('Connection');
    return view;
  }

  /** Views for several connections with a fixed number of queries. */
  async views(em: EntityManager, actor: Actor, connections: Connection[]): Promise<ConnectionView[]> {
    if (connections.length === 0) return [];
    const org = actor.organization;
    const ids = connections.map((c) => c.id);
    const integrationsById = new Map<string, Integration>();
    for (const c of connections) integrationsById.set(c.integration.id, c.integration);
    // The integration views carry their configuration rows: no second read of integration_config.
    const [integrationViews, credentials, shares, references] = await Promise.all([
      this.deps.integrations.views(em, actor, [...integrationsById.values()]),
      em.find(Credential, { connection: { $in: ids } }, { populate: ['updatedBy'] }),
      em.find(ConnectionShare, { connection: { $in: ids } }, { populate: ['user'], orderBy: { user: { displayName: 'asc' } } }),
      this.deps.references.referencesOf(em, org.id, 'CONNECTION', ids),
    ]);
    const present = await this.deps.resolver.presentByEnvironment(em, org.id, [...new Set(references.map((r) => r.secretKey))]);
    return connections.map((connection) => {
      const integration = connection.integration;
      const integrationView = integrationViews.find((v) => v.integration.id === integration.id);
      if (integrationView === undefined) throw notFound('Integration');
      const integrationConfigs = integrationView.configs;
      const environments = org.environments.map((env) => {
        const credential = credentials.find((c) => c.connection.id === connection.id && c.environment === env.slug) ?? null;
        const keys = references.filter((r) => r.ownerId === connection.id && (r.environment === env.slug || r.environment === null)).map((r) => r.secretKey);
        const config = configFor(integrationConfigs, env.slug);
        return {
          environment: env.slug,
          name: env.name,
          credential,
          fields: fieldsFor(integration, config),
          authType: authTypeFor(integration, config),
          grantType: grantTypeFor(config),
          missingSecrets: [...new Set(keys)].filter((key) => !present.has(presenceKey(key, env.slug))),
        };
      });
      return {
        connection,
        integration: integrationView,
        sharedWith: shares.filter((s) => s.connection.id === connection.id).map((s) => s.user),
        environments,
        fields: fieldsFor(integration, integrationConfigs[0] ?? null),
        canManage: this.access.canManage(actor, connection),
      };
    });
  }

  async create(em: EntityManager, actor: Actor, data: CreateConnectionData, meta: RequestMeta): Promise<ConnectionView> {
    const problems: FieldError[] = [];
    const name = this.checkName(data.name, problems);
    const user = actorUser(actor);
    if (data.visibility === 'PERSONAL' && user === null) problems.push({ field: 'visibility', message: 'An API key cannot own a personal connection.' });
    if (problems.length > 0) throw badInput(problems);
    let integration: Integration;
    try {
      integration = await this.deps.integrations.find(em, actor, data.integrationId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') throw badField('integrationId', 'Choose an integration.');
      throw error;
    }
    const connection = em.create(Connection, { organization: actor.organization.id, integration, name, visibility: data.visibility, owner: user });
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'connection.created',
      targetType: 'Connection',
      targetId: connection.id,
      summary: `Created ${data.visibility === 'PERSONAL' ? 'personal' : 'organization'} connection ${name} (${integration.name})`,
    });
    await em.flush();
    return this.get(em, actor, connection.id);
  }

  async update(em: EntityManager, actor: Actor, id: string, data: UpdateConnectionData, meta: RequestMeta): Promise<ConnectionView> {
    const connection = await this.access.findManageable(em, actor, id);
    const problems: FieldError[] = [];
    const name = data.name != null ? this.checkName(data.name, problems) : undefined;
    if (data.visibility === 'PERSONAL' && connection.owner === null) {
      problems.push({ field: 'visibility', message: 'This connection has no owner to keep it personal.' });
    }
    if (problems.length > 0) throw badInput(problems);
    const changes: string[] = [];
    if (name !== undefined && name !== connection.name) {
      changes.push(`renamed to ${name}`);
      connection.name = name;
      await this.deps.references.renameOwner(em, actor.organization.id, { type: 'CONNECTION', id: connection.id, name });
    }
    if (data.visibility != null && data.visibility !== connection.visibility) {
      changes.push(`visibility ${data.visibility}`);
      connection.visibility = data.visibility;
      // Sharing only means something for a personal connection.
      if (data.visibility === 'ORGANIZATION') await em.nativeDelete(ConnectionShare, { connection: connection.id });
    }
    if (changes.length > 0) {
      connection.updatedAt = new Date();
      this.deps.audit.record(em, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'connection.updated',
        targetType: 'Connection',
        targetId: connection.id,
        summary: `Connection ${connection.name}: ${changes.join('; ')}`,
      });
      await em.flush();
    }
    return this.get(em, actor, connection.id);
  }

  async delete(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<string> {
    const connection = await this.access.findManageable(em, actor, id);
    await this.deps.references.forgetReferences(em, actor.organization.id, { type: 'CONNECTION', id: connection.id });
    em.remove(connection);
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'connection.deleted',
      targetType: 'Connection',
      targetId: connection.id,
      summary: `Deleted connection ${connection.name}`,
    });
    await em.flush();
    return connection.id;
  }

  /**
   * The members the owner may share a personal connection with: active members of the
   * organization other than the owner. Only names and emails — sharing needs no USERS_READ.
   */
  async shareCandidates(em: EntityManager, actor: Actor, id: string): Promise<User[]> {
    const connection = await this.access.find(em, actor, id);
    const owner = this.assertOwner(actor, connection);
    return this.deps.members.activeUsersExcept(em, actor.organization.id, owner.id);
  }

  private assertOwner(actor: Actor, connection: Connection): User {
    const user = actorUser(actor);
    if (user === null || connection.owner?.id !== user.id || !actor.permissions.has('CONNECTIONS_MANAGE')) {
      throw forbidden('Only the owner can share a connection.');
    }
    return user;
  }

  /** Replaces who a personal connection is shared with. Only its owner may. */
  async share(em: EntityManager, actor: Actor, id: string, userIds: string[], meta: RequestMeta): Promise<ConnectionView> {
    const connection = await this.access.find(em, actor, id);
    const user = this.assertOwner(actor, connection);
    if (connection.visibility !== 'PERSONAL') throw badField('userIds', 'An organization connection is visible to every member already.');
    const wanted = [...new Set(userIds)].filter((u) => u !== user.id);
    const invalid = wanted.filter((u) => !isUuid(u));
    const members = invalid.length > 0 ? [] : await this.deps.members.joinedUsersAmong(em, actor.organization.id, wanted);
    if (invalid.length > 0 || members.length !== wanted.length) throw badField('userIds', 'Share only with members of this organization.');
    const existing = await em.find(ConnectionShare, { connection });
    for (const share of existing) if (!wanted.includes(share.user.id)) em.remove(share);
    for (const member of members) {
      if (!existing.some((s) => s.user.id === member.id)) em.create(ConnectionShare, { connection, user: member });
    }
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'connection.shared',
      targetType: 'Connection',
      targetId: connection.id,
      summary:
        members.length === 0
          ? `Connection ${connection.name} is shared with nobody`
          : `Connection ${connection.name} is shared with ${members.map((m) => m.email).join(', ')}`,
    });
    await em.flush();
    return this.get(em, actor, connection.id);
  }

  /** Saves one environment's credentials (see ConnectionCredentialService.save) and returns the view. */
  async saveCredentials(em: EntityManager, actor: Actor, connectionId: string, environment: string, values: Record<string, unknown>, meta: RequestMeta): Promise<ConnectionView> {
    return this.get(em, actor, await this.credentials.save(em, actor, connectionId, environment, values, meta));
  }

  /** `resolveConnection` (see ConnectionResolutionService.resolve). */
  async resolve(em: EntityManager, actor: Actor, id: string, environment: string, meta: RequestMeta, onBehalfOf: string | null = null): Promise<ResolvedConnectionData> {
    return this.resolution.resolve(em, actor, id, environment, meta, onBehalfOf);
  }

  async test(em: EntityManager, actor: Actor, id: string, environment: string, meta: RequestMeta): Promise<ConnectionTestOutcome> {
    return this.tests.test(em, actor, id, environment, meta);
  }

  async startOAuth(em: EntityManager, actor: Actor, connectionId: string, environment: string, meta: RequestMeta): Promise<{ authorizationUrl: string }> {
    return this.oauth.start(em, actor, connectionId, environment, meta);
  }

  /** Disconnect (see ConnectionOAuthService.disconnect); returns the connection id. */
  async disconnectOAuth(em: EntityManager, actor: Actor, connectionId: string, environment: string, meta: RequestMeta): Promise<string> {
    return this.oauth.disconnect(em, actor, connectionId, environment, meta);
  }

  /** The OAuth2 callback (see ConnectionOAuthService.complete); returns the connection id. */
  async completeOAuth(em: EntityManager, params: URLSearchParams, meta: RequestMeta): Promise<string> {
    return this.oauth.complete(em, params, meta);
  }

  /**
   * Connections per integration (registered with IntegrationService for its connection counts):
   * in one organization, or in every organization when `organizationId` is null.
   */
  async countByIntegration(em: EntityManager, integrationIds: readonly string[], organizationId: string | null): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (integrationIds.length === 0) return counts;
    const params: string[] = [...integrationIds];
    let sql = `select integration_id as integration, count(*) as n from connection where integration_id in (${integrationIds.map(() => '?').join(', ')})`;
    if (organizationId !== null) {
      sql += ' and organization_id = ?';
      params.push(organizationId);
    }
    const rows = await em.getConnection().execute<{ integration: string; n: string | number }[]>(`${sql} group by integration_id`, params);
    for (const row of rows) counts.set(String(row.integration), Number(row.n));
    return counts;
  }

  /**
   * Deletes an integration's connections (in one organization, or everywhere when null) with their
   * references; credentials, shares and OAuth2 states go by foreign-key cascade. Returns how many.
   */
  async deleteForIntegration(em: EntityManager, integrationId: string, organizationId: string | null): Promise<number> {
    const scope: FilterQuery<Connection> = organizationId === null ? { integration: integrationId } : { integration: integrationId, organization: organizationId };
    const ids = (await em.find(Connection, scope, { fields: ['id'] })).map((c) => c.id);
    if (ids.length === 0) return 0;
    await this.deps.references.deleteForOwners(em, 'CONNECTION', ids);
    await em.nativeDelete(Connection, { id: { $in: ids } });
    return ids.length;
  }

  /**
   * Deletes every connection of the organization with its credentials, shares, pending OAuth states
   * and references (organization deletion). Runs at once; returns how many connections went.
   */
  async deleteAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    const ids = (await em.find(Connection, { organization: organizationId }, { fields: ['id'] })).map((c) => c.id);
    await this.deps.references.deleteForOwners(em, 'CONNECTION', ids);
    await em.nativeDelete(ConnectionOAuthState, { organization: organizationId });
    return em.nativeDelete(Connection, { organization: organizationId });
  }

  private checkName(value: string, problems: FieldError[]): string {
    const name = value.trim();
    if (name.length === 0) problems.push({ field: 'name', message: 'Enter a connection name.' });
    else if (name.length > 120) problems.push({ field: 'name', message: 'A connection name may be at most 120 characters.' });
    return name;
  }

}
