import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validateCredentialFields } from '@keyward/shared/credential-validation';
import type { AuthTypeId } from '@keyward/shared/integration-auth-types';
import {
  connectionFieldsFor,
  INTEGRATION_TYPES,
  isTestable,
  NODE_TYPES,
  PROVIDERS,
  type IntegrationTypeId,
  type NodeTypeId,
} from '@keyward/shared/integration-catalog';
import { fieldValueTexts, isBlankFieldValue, type FieldSpec } from '@keyward/shared/integration-fields';
import type { Actor, RequestMeta } from '../../core/actor';
import type { EncryptionContext, Envelope } from '../../crypto/envelope';
import { openJson, sealJson, SEALED_COLUMNS } from '../../crypto/sealed-columns';
import { badField, badInput, DomainError, forbidden, notFound, type FieldError } from '../../core/errors';
import { pageWindow, toPage, type Page, type PageArgs } from '../../core/pagination';
import type { AuditService } from '../audit/audit.service';
import type { Integration, IntegrationConfig } from '../integrations/integration.entity';
import type { IntegrationService, IntegrationView } from '../integrations/integration.service';
import { SecretReference } from '../secrets/secret-reference.entity';
import type { SecretReferenceService } from '../secrets/secret-reference.service';
import type { SecretResolverService } from '../secrets/secret-resolver.service';
import { SecretValue } from '../secrets/secret-value.entity';
import { Membership } from '../users/membership.entity';
import type { User } from '../users/user.entity';
import { Connection, ConnectionShare, Credential, type ConnectionVisibility } from './connection.entity';
import type { OutboundGuard } from '../../outbound/outbound-guard';
import { substitutedValues } from '../../outbound/outbound-scrub';
import { recordConnectionTestResult } from './connection-test-results';
import { testConnectionTarget, type ConnectionTestOutcome } from './connection-tester';
import { collectStrings, findOnBehalf, mapStrings, maskAll, maskReferences, referencedKeysIn, type ResolvedReference } from './connection-resolution';
import { assertActorMayUseSecrets, assertUserMayUseSecrets } from '../secrets/secret-use-policy';
import { ConnectionOAuthState } from './connection-oauth.entity';
import {
  beginAuthorization,
  exchangeCode,
  OAUTH_STATE_TTL_MS,
  OAuthCallbackError,
  oauthSettingsOf,
  openVerifier,
  OAuthRefreshError,
  refreshTokens,
  sealVerifier,
  type OAuthSettings,
  type OAuthTokens,
} from './connection-oauth';
import type { Links } from '../../mail/links';
import { sha256Hex } from '../../crypto/random';
import { permissionsOf } from '../auth/session.service';
import type { Permission } from '@keyward/shared/permissions';
import { referencedSecretKeys } from '@keyward/shared/secret-reference';
import { escapeLike, isUuid } from '../../core/ids';

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

/**
 * What `resolveConnection` returns: plaintexts for an API key (the workflow runtime) only; for a
 * signed-in person (`masked`) every secret and substituted value is MASK.
 */
export interface ResolvedConnectionData {
  connectionId: string;
  environment: string;
  integration: { type: IntegrationTypeId; provider: string; baseUrl: string | null; testPath: string | null; authType: AuthTypeId; settings: Record<string, unknown> };
  fields: Record<string, unknown>;
  /** The values that came from secret references (never shown; messages are scrubbed of them). */
  substitutedValues: string[];
  masked: boolean;
  references: ResolvedReference[];
}

export interface ConnectionServiceDeps {
  audit: AuditService;
  envelope: Envelope;
  integrations: IntegrationService;
  references: SecretReferenceService;
  resolver: SecretResolverService;
  /** The public base URL, for the OAuth2 callback (`<base>/oauth/callback`). */
  links: Links;
  /** Every outbound connection (tests, OAuth2 token calls) goes through it. */
  outbound: OutboundGuard;
}


/** The associated data of a credential: bound to its organization, connection and environment. */
export function credentialContext(organizationId: string, connectionId: string, environment: string): EncryptionContext {
  return { purpose: 'connection-credential', organization: organizationId, connection: connectionId, environment };
}

function actorUser(actor: Actor): User | null {
  return actor.kind === 'user' ? actor.user : null;
}

function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.user.displayName || actor.user.email : `API key ${actor.apiKey.name}`;
}

/** Connections: visibility, sharing, credentials per environment, testing and resolution. */
export class ConnectionService {
  constructor(private readonly deps: ConnectionServiceDeps) {}

  /** Organization connections, and personal ones the actor owns or that are shared with them. */
  visibleWhere(actor: Actor): FilterQuery<Connection> {
    if (actor.kind === 'apiKey') return { organization: actor.organization.id, visibility: 'ORGANIZATION' };
    return {
      organization: actor.organization.id,
      $or: [{ visibility: 'ORGANIZATION' }, { owner: actor.user.id }, { shares: { user: actor.user.id } }],
    };
  }

  /** Own connections, and organization connections for integration managers. */
  canManage(actor: Actor, connection: Connection): boolean {
    return canManageWith(actor.permissions, actor.kind === 'user' ? actor.user.id : null, connection);
  }

  async list(em: EntityManager, actor: Actor, filter: ConnectionFilter, args: PageArgs): Promise<Page<ConnectionView>> {
    const window = pageWindow(args);
    const where: FilterQuery<Connection>[] = [this.visibleWhere(actor)];
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
    const connection = await this.find(em, actor, id);
    const [view] = await this.views(em, actor, [connection]);
    if (view === undefined) throw notFound('Connection');
    return view;
  }

  /** A visible connection, or NOT_FOUND: another organization's, or someone else's personal one. */
  async find(em: EntityManager, actor: Actor, id: string): Promise<Connection> {
    if (!isUuid(id)) throw notFound('Connection');
    const connection = await em.findOne(Connection, { $and: [{ id }, this.visibleWhere(actor)] }, { populate: ['integration', 'owner'] });
    if (connection === null) throw notFound('Connection');
    return connection;
  }

  private async findManageable(em: EntityManager, actor: Actor, id: string): Promise<Connection> {
    const connection = await this.find(em, actor, id);
    if (!this.canManage(actor, connection)) {
      throw forbidden(
        connection.visibility === 'PERSONAL'
          ? 'Only the owner can change a personal connection.'
          : 'Only its owner or an integrations admin (INTEGRATIONS_MANAGE) can change this connection.',
      );
    }
    return connection;
  }

  /** Views for several connections with a fixed number of queries. */
  async views(em: EntityManager, actor: Actor, connections: Connection[]): Promise<ConnectionView[]> {
    if (connections.length === 0) return [];
    const org = actor.organization;
    const ids = connections.map((c) => c.id);
    const integrationsById = new Map<string, Integration>();
    for (const c of connections) integrationsById.set(c.integration.id, c.integration);
    const [integrationViews, configs, credentials, shares, references] = await Promise.all([
      this.deps.integrations.views(em, actor, [...integrationsById.values()]),
      this.deps.integrations.configsOf(em, [...integrationsById.keys()]),
      em.find(Credential, { connection: { $in: ids } }, { populate: ['updatedBy'] }),
      em.find(ConnectionShare, { connection: { $in: ids } }, { populate: ['user'], orderBy: { user: { displayName: 'asc' } } }),
      em.find(SecretReference, { organization: org.id, ownerType: 'CONNECTION', ownerId: { $in: ids } }),
    ]);
    const referencedKeys = [...new Set(references.map((r) => r.secretKey))];
    const present = new Set<string>();
    if (referencedKeys.length > 0) {
      const values = await em.find(
        SecretValue,
        { secret: { organization: org.id, key: { $in: referencedKeys } }, isCurrent: true, change: { $ne: 'REMOVED' } },
        { populate: ['secret'], fields: ['environment', 'secret.key'] },
      );
      for (const v of values) present.add(`${v.secret.key}\u0000${v.environment}`);
    }
    return connections.map((connection) => {
      const integration = connection.integration;
      const integrationConfigs = configs.filter((c) => c.integration.id === integration.id);
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
          missingSecrets: [...new Set(keys)].filter((key) => !present.has(`${key}\u0000${env.slug}`)),
        };
      });
      const integrationView = integrationViews.find((v) => v.integration.id === integration.id);
      if (integrationView === undefined) throw notFound('Integration');
      return {
        connection,
        integration: integrationView,
        sharedWith: shares.filter((s) => s.connection.id === connection.id).map((s) => s.user),
        environments,
        fields: fieldsFor(integration, integrationConfigs[0] ?? null),
        canManage: this.canManage(actor, connection),
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
    const connection = await this.findManageable(em, actor, id);
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
      await em.nativeUpdate(SecretReference, { organization: actor.organization.id, ownerType: 'CONNECTION', ownerId: connection.id }, { ownerName: name });
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
    const connection = await this.findManageable(em, actor, id);
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

  /** Replaces who a personal connection is shared with. Only its owner may. */
  /**
   * The members the owner may share a personal connection with: active members of the
   * organization other than the owner. Only names and emails — sharing needs no USERS_READ.
   */
  async shareCandidates(em: EntityManager, actor: Actor, id: string): Promise<User[]> {
    const connection = await this.find(em, actor, id);
    const owner = this.assertOwner(actor, connection);
    const members = await em.find(
      Membership,
      { organization: actor.organization.id, status: 'ACTIVE', user: { $ne: owner.id } },
      { populate: ['user'], orderBy: { user: { displayName: 'asc' } } },
    );
    return members.map((m) => m.user);
  }

  private assertOwner(actor: Actor, connection: Connection): User {
    const user = actorUser(actor);
    if (user === null || connection.owner?.id !== user.id || !actor.permissions.has('CONNECTIONS_MANAGE')) {
      throw forbidden('Only the owner can share a connection.');
    }
    return user;
  }

  async share(em: EntityManager, actor: Actor, id: string, userIds: string[], meta: RequestMeta): Promise<ConnectionView> {
    const connection = await this.find(em, actor, id);
    const user = this.assertOwner(actor, connection);
    if (connection.visibility !== 'PERSONAL') throw badField('userIds', 'An organization connection is visible to every member already.');
    const wanted = [...new Set(userIds)].filter((u) => u !== user.id);
    const invalid = wanted.filter((u) => !isUuid(u));
    const members = invalid.length > 0 ? [] : await em.find(Membership, { organization: actor.organization.id, user: { $in: wanted }, status: { $ne: 'INVITED' } }, { populate: ['user'] });
    if (invalid.length > 0 || members.length !== wanted.length) throw badField('userIds', 'Share only with members of this organization.');
    const existing = await em.find(ConnectionShare, { connection });
    for (const share of existing) if (!wanted.includes(share.user.id)) em.remove(share);
    for (const member of members) {
      if (!existing.some((s) => s.user.id === member.user.id)) em.create(ConnectionShare, { connection, user: member.user });
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
          : `Connection ${connection.name} is shared with ${members.map((m) => m.user.email).join(', ')}`,
    });
    await em.flush();
    return this.get(em, actor, connection.id);
  }

  /**
   * Saves one environment's credentials. A blank secret field keeps its stored value; values are
   * validated against the catalog; the referenced secret keys are recorded.
   */
  async saveCredentials(
    em: EntityManager,
    actor: Actor,
    connectionId: string,
    environment: string,
    values: Record<string, unknown>,
    meta: RequestMeta,
  ): Promise<ConnectionView> {
    const org = actor.organization;
    const connection = await this.findManageable(em, actor, connectionId);
    const env = org.environments.find((e) => e.slug === environment);
    if (env === undefined) throw badField('environment', `Choose one of the organization's environments (${org.environments.map((e) => e.slug).join(', ')}).`);
    const configs = await this.deps.integrations.configsOf(em, [connection.integration.id]);
    const fields = fieldsFor(connection.integration, configFor(configs, environment));
    const credential =
      (await em.findOne(Credential, { connection, environment }, { populate: SEALED_COLUMNS })) ??
      em.create(Credential, { connection, environment });
    const storedSecrets = credential.secretKeys.filter((key) => fields.some((f) => f.key === key && f.secret));
    const problems = validateCredentialFields(fields, values, { storedSecrets });
    if (problems.length > 0) throw badInput(problems.map((p) => ({ field: `fields.${p.field}`, message: p.message })));

    const context = credentialContext(org.id, connection.id, environment);
    const stored = storedSecrets.length > 0 ? openJson(this.deps.envelope, credential, context) : {};
    const plain: Record<string, unknown> = {};
    const secrets: Record<string, unknown> = {};
    for (const field of fields) {
      const value = values[field.key];
      if (field.secret) {
        if (!isBlankFieldValue(value)) secrets[field.key] = value;
        else if (storedSecrets.includes(field.key) && stored[field.key] !== undefined) secrets[field.key] = stored[field.key];
      } else if (!isBlankFieldValue(value)) {
        plain[field.key] = value;
      }
    }
    const user = actorUser(actor);
    Object.assign(credential, {
      values: plain,
      secretKeys: Object.keys(secrets),
      updatedBy: user,
      updatedByName: actorName(actor),
      updatedAt: new Date(),
    });
    sealJson(this.deps.envelope, credential, secrets, context);
    // A pasted access token replaces the one obtained with OAuth2: its expiry is unknown.
    if (!isBlankFieldValue(values.accessToken)) credential.tokenExpiresAt = null;
    const texts = [...Object.values(plain), ...Object.values(secrets)].flatMap(fieldValueTexts);
    // The saver becomes whose authority these references are used on: they must be allowed to.
    await assertActorMayUseSecrets(em, actor, referencedSecretKeys(texts));
    await this.deps.references.recordReferences(em, org.id, { type: 'CONNECTION', id: connection.id, name: connection.name }, texts, environment);
    connection.updatedAt = new Date();
    this.deps.audit.record(em, meta, {
      organizationId: org.id,
      actor,
      action: 'connection.credentials_saved',
      targetType: 'Connection',
      targetId: connection.id,
      summary: `Saved the ${env.name} credentials of connection ${connection.name}`,
    });
    await em.flush();
    return this.get(em, actor, connection.id);
  }

  /**
   * The integration's configuration for an environment and the connection's credential fields,
   * with every `@@SECRET:KEY@@` substituted: for an API key only (CONNECTIONS_RESOLVE at the edge).
   * A signed-in person gets the same shape masked (`inspect`); `onBehalfOf` is for keys only
   * (BAD_USER_INPUT from a session) and needs CONNECTIONS_RESOLVE_ON_BEHALF. Audited, never values.
   * A fixed number of queries however many references there are: the connection, its
   * credential and the configuration, the use policies, then every secret value in one query.
   */
  async resolve(em: EntityManager, actor: Actor, id: string, environment: string, meta: RequestMeta, onBehalfOf: string | null = null): Promise<ResolvedConnectionData> {
    let connection: Connection;
    let resolved: ResolvedConnectionData;
    let summary: string;
    if (actor.kind === 'user') {
      if (onBehalfOf !== null) throw badField('onBehalfOf', 'Only an API key (the workflow runtime) resolves on behalf of a user; signed in, you resolve as yourself.');
      connection = await this.find(em, actor, id);
      resolved = await this.inspect(em, actor, connection, environment);
      summary = `Resolved connection ${connection.name} for ${environment} with values masked`;
    } else {
      const found = onBehalfOf === null ? { connection: await this.find(em, actor, id), user: null } : await findOnBehalf(em, actor, id, onBehalfOf);
      connection = found.connection;
      resolved = await this.resolveVisible(em, actor, connection, environment, meta);
      summary = `Resolved connection ${connection.name} for ${environment}${found.user === null ? '' : ` on behalf of ${found.user.email} (user ${found.user.id})`}`;
    }
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'connection.resolved',
      targetType: 'Connection',
      targetId: connection.id,
      summary,
    });
    await em.flush();
    return resolved;
  }

  /**
   * What a signed-in person may see of a resolution: the same shape with secret fields, secret
   * settings and every value holding a reference masked, and which references have a value in
   * the environment. Decrypts no secret value and refreshes no token.
   */
  private async inspect(em: EntityManager, actor: Actor, connection: Connection, environment: string): Promise<ResolvedConnectionData> {
    const org = actor.organization;
    const { credential, opened } = await this.credentialAndConfig(em, org, connection, environment);
    const secrets = openJson(this.deps.envelope, credential, credentialContext(org.id, connection.id, environment));
    const fields = { ...(maskReferences(credential.values) as Record<string, unknown>), ...(maskAll(secrets) as Record<string, unknown>) };
    if (credential.tokenExpiresAt !== null) fields.accessTokenExpiresAt = credential.tokenExpiresAt.toISOString();
    const settings = { ...(maskReferences(opened.config.settings) as Record<string, unknown>), ...(maskAll(opened.secretSettings) as Record<string, unknown>) };
    const baseUrl = opened.config.baseUrl;
    const keys = referencedKeysIn(credential.values, secrets, opened.config.settings, opened.secretSettings, baseUrl);
    const present = await this.deps.resolver.presentKeys(em, org.id, environment, keys);
    const integration = connection.integration;
    return {
      connectionId: connection.id,
      environment,
      integration: {
        type: integration.type,
        provider: integration.provider,
        baseUrl: baseUrl === null ? null : (maskReferences(baseUrl) as string),
        testPath: opened.config.testPath,
        authType: opened.config.authType,
        settings,
      },
      fields,
      substitutedValues: [],
      masked: true,
      references: keys.map((key) => ({ key, environment, present: present.has(key) })),
    };
  }

  /** An environment's credential and the integration configuration that applies there, or a NOT_FOUND naming what is missing. */
  private async credentialAndConfig(em: EntityManager, org: Actor['organization'], connection: Connection, environment: string) {
    if (!org.environments.some((e) => e.slug === environment)) {
      throw badField('environment', `Choose one of the organization's environments (${org.environments.map((e) => e.slug).join(', ')}).`);
    }
    const integration = connection.integration;
    const [credential, opened] = await Promise.all([
      em.findOne(Credential, { connection, environment }, { populate: SEALED_COLUMNS }),
      this.deps.integrations.openConfig(em, integration, environment),
    ]);
    if (credential === null) throw new DomainError('NOT_FOUND', `Connection ${connection.name} has no credentials in ${environment}.`);
    if (opened === null) throw new DomainError('NOT_FOUND', `Integration ${integration.name} has no configuration for ${environment}.`);
    return { credential, opened };
  }

  private async resolveVisible(em: EntityManager, actor: Actor, connection: Connection, environment: string, meta: RequestMeta): Promise<ResolvedConnectionData> {
    const org = actor.organization;
    const integration = connection.integration;
    const loaded = await this.credentialAndConfig(em, org, connection, environment);
    const opened = loaded.opened;
    let credential = loaded.credential;
    const context = credentialContext(org.id, connection.id, environment);
    let secrets = openJson(this.deps.envelope, credential, context);
    // The use policy, re-checked on every substitution (before any token refresh): for the owner of
    // a personal connection, or whoever last saved this environment's credential of an organization one.
    const subjectId = connection.visibility === 'PERSONAL' ? (connection.owner?.id ?? null) : (credential.updatedBy?.id ?? null);
    const subject = connection.visibility === 'PERSONAL' ? 'the connection’s owner' : `whoever last saved its ${environment} credentials`;
    await assertUserMayUseSecrets(em, org.id, { userId: subjectId, description: subject }, referencedKeysIn(credential.values, secrets), environment);
    if (opened.config.authType === 'OAUTH2' && needsRefresh(credential)) {
      credential = await this.refreshOAuth(em, actor, connection, environment, meta);
      secrets = openJson(this.deps.envelope, credential, context);
    }
    const fields = { ...credential.values, ...secrets };
    const settings = { ...opened.config.settings, ...opened.secretSettings };
    const baseUrl = opened.config.baseUrl;

    const texts: string[] = [];
    collectStrings(fields, texts);
    collectStrings(settings, texts);
    if (baseUrl !== null) texts.push(baseUrl);
    const substituted = await this.deps.resolver.substituteAll(em, org.id, environment, texts);
    let next = 0;
    const take = () => substituted[next++] ?? '';
    const resolvedFields = mapStrings(fields, take) as Record<string, unknown>;
    const resolvedSettings = mapStrings(settings, take) as Record<string, unknown>;
    const resolvedBaseUrl = baseUrl === null ? null : take();
    if (credential.tokenExpiresAt !== null) resolvedFields.accessTokenExpiresAt = credential.tokenExpiresAt.toISOString();
    return {
      connectionId: connection.id,
      environment,
      integration: { type: integration.type, provider: integration.provider, baseUrl: resolvedBaseUrl, testPath: opened.config.testPath, authType: opened.config.authType, settings: resolvedSettings },
      fields: resolvedFields,
      substitutedValues: texts.flatMap((text, i) => substitutedValues(text, substituted[i] ?? text)),
      masked: false,
      references: referencedSecretKeys(texts).map((key) => ({ key, environment, present: true })),
    };
  }

  /**
   * Refreshes an environment's expired (or nearly expired) OAuth2 access token with its refresh
   * token, and returns the credential as stored afterwards. The credential row is locked for the
   * refresh (SELECT … FOR UPDATE), so concurrent resolves wait for the first refresh and then use
   * its token instead of refreshing again (which a rotating provider would take as token reuse).
   */
  private async refreshOAuth(em: EntityManager, actor: Actor, connection: Connection, environment: string, meta: RequestMeta): Promise<Credential> {
    const org = actor.organization;
    const envName = org.environments.find((e) => e.slug === environment)?.name ?? environment;
    const failed = (why: string) =>
      new OAuthRefreshFailedError(`Refreshing the OAuth2 access token of connection ${connection.name} in ${envName} failed: ${why}. Connect it with OAuth2 again.`);
    let providerError: string | null = null;
    const refreshedId = await em.transactional(async (tx) => {
      const credential = await tx.findOne(Credential, { connection: connection.id, environment }, { populate: SEALED_COLUMNS, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (credential === null) throw new DomainError('NOT_FOUND', `Connection ${connection.name} has no credentials in ${environment}.`);
      // Another resolve may have refreshed it while this one waited for the lock.
      if (!needsRefresh(credential)) return credential.id;
      const secrets = openJson(this.deps.envelope, credential, credentialContext(org.id, connection.id, environment));
      if (typeof secrets.refreshToken !== 'string') throw failed('no refresh token is stored');
      const settings = await this.oauthSettings(tx, org.id, connection, environment);
      if (settings === 'not_oauth2') throw failed('the integration no longer uses OAuth2');
      if (settings === 'misconfigured') throw failed('the integration is missing OAuth2 settings');
      let tokens: OAuthTokens;
      try {
        tokens = await refreshTokens(settings, secrets.refreshToken, this.deps.outbound);
      } catch (error) {
        if (!(error instanceof OAuthRefreshError)) throw error;
        providerError = error.code;
        throw failed(error.reason);
      }
      await this.storeOAuthTokens(tx, org.id, connection, environment, credential, tokens, null);
      this.deps.audit.record(tx, meta, {
        organizationId: org.id,
        actor,
        action: 'connection.oauth_refreshed',
        targetType: 'Connection',
        targetId: connection.id,
        summary: `Refreshed the OAuth2 access token of ${connection.name} in ${envName}${tokens.refreshToken === null ? '' : ' (the provider rotated the refresh token)'}`,
      });
      return credential.id;
    }).catch(async (error: unknown) => {
      if (providerError !== null) {
        // Outside the rolled-back transaction: the failure is on record.
        const fork = em.fork();
        this.deps.audit.record(fork, meta, {
          organizationId: org.id,
          actor,
          action: 'connection.oauth_refresh_failed',
          targetType: 'Connection',
          targetId: connection.id,
          summary: `Refreshing the OAuth2 access token of ${connection.name} in ${envName} failed: ${providerError}`,
        });
        await fork.flush();
      }
      throw error;
    });
    const credential = await em.findOne(Credential, { id: refreshedId }, { populate: SEALED_COLUMNS, refresh: true });
    if (credential === null) throw new DomainError('NOT_FOUND', `Connection ${connection.name} has no credentials in ${environment}.`);
    return credential;
  }

  /**
   * Tests one environment's credentials against the real service. The message is the remote
   * side's error with every credential value blanked out.
   */
  async test(em: EntityManager, actor: Actor, id: string, environment: string, meta: RequestMeta): Promise<ConnectionTestOutcome> {
    const connection = await this.find(em, actor, id);
    const integration = connection.integration;
    if (!isTestable(integration.provider)) {
      const label = PROVIDERS[integration.provider as keyof typeof PROVIDERS]?.label ?? integration.provider;
      return { available: false, ok: false, message: `Testing is not available for ${label} yet.` };
    }
    let resolved: ResolvedConnectionData;
    try {
      resolved = await this.resolveVisible(em, actor, connection, environment, meta);
    } catch (error) {
      if (error instanceof OAuthRefreshFailedError) await recordConnectionTestResult(em, connection.id, environment, { available: true, ok: false, message: error.message });
      if (error instanceof DomainError && (error.code === 'NOT_FOUND' || error instanceof OAuthRefreshFailedError)) return { available: true, ok: false, message: error.message };
      throw error;
    }
    const outcome = await testConnectionTarget(resolved, resolved.integration.testPath, this.deps.outbound);
    await recordConnectionTestResult(em, connection.id, environment, outcome);
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'connection.tested',
      targetType: 'Connection',
      targetId: connection.id,
      summary: `Tested connection ${connection.name} in ${environment}: ${outcome.ok ? 'succeeded' : 'failed'}`,
    });
    await em.flush();
    return outcome;
  }

  /**
   * Starts the OAuth2 authorization-code flow (PKCE S256) for one environment of a connection the
   * user manages, whose integration uses OAuth2 there. Stores a single-use pending state for 10
   * minutes and returns the provider's authorization URL to send the browser to.
   */
  async startOAuth(em: EntityManager, actor: Actor, connectionId: string, environment: string, meta: RequestMeta): Promise<{ authorizationUrl: string }> {
    const org = actor.organization;
    const connection = await this.findManageable(em, actor, connectionId);
    if (actor.kind !== 'user') throw forbidden('Only a signed-in user can connect with OAuth2.');
    const env = org.environments.find((e) => e.slug === environment);
    if (env === undefined) throw badField('environment', `Choose one of the organization's environments (${org.environments.map((e) => e.slug).join(', ')}).`);
    const settings = await this.oauthSettings(em, org.id, connection, environment);
    if (settings === 'not_oauth2') {
      throw badField('connectionId', `Connection ${connection.name} does not use OAuth2 in ${env.name}: its integration ${connection.integration.name} uses another authentication type.`);
    }
    if (settings === 'misconfigured') {
      throw badField('connectionId', `Integration ${connection.integration.name} is missing OAuth2 settings for ${env.name}: an authorization endpoint, a token endpoint, a client ID and a client secret are needed.`);
    }
    const started = await beginAuthorization(settings, oauthCallbackUrl(this.deps.links));
    await em.nativeDelete(ConnectionOAuthState, { expiresAt: { $lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } });
    em.create(ConnectionOAuthState, {
      organization: org,
      connection,
      environment,
      user: actor.user,
      stateHash: sha256Hex(started.state),
      sealedVerifier: sealVerifier(started.verifier, started.state),
      expiresAt: new Date(Date.now() + OAUTH_STATE_TTL_MS),
    });
    this.deps.audit.record(em, meta, {
      organizationId: org.id,
      actor,
      action: 'connection.oauth_started',
      targetType: 'Connection',
      targetId: connection.id,
      summary: `Started connecting ${connection.name} with OAuth2 in ${env.name}`,
    });
    await em.flush();
    return { authorizationUrl: started.authorizationUrl };
  }

  /**
   * The OAuth2 callback: checks the state (known, unexpired, unused; used up now), that its user
   * may still manage the connection, exchanges the code and stores the tokens and their expiry
   * in that environment's credential. Returns the connection id; throws OAuthCallbackError.
   */
  async completeOAuth(em: EntityManager, params: URLSearchParams, meta: RequestMeta): Promise<string> {
    const state = params.get('state');
    if (state === null || state === '' || state.length > 512) throw new OAuthCallbackError('invalid_state', 'The callback has no state.');
    const pending = await em.findOne(
      ConnectionOAuthState,
      { stateHash: sha256Hex(state) },
      { populate: ['connection', 'connection.integration', 'connection.owner', 'organization', 'user'] },
    );
    if (pending === null) throw new OAuthCallbackError('invalid_state', 'Unknown OAuth2 state.');
    if (pending.usedAt !== null) throw new OAuthCallbackError('state_used', 'This OAuth2 authorization was already completed.', pending.connection.id);
    if (pending.expiresAt.getTime() <= Date.now()) throw new OAuthCallbackError('state_expired', 'This OAuth2 authorization expired.', pending.connection.id);
    const claimed = await em.nativeUpdate(ConnectionOAuthState, { id: pending.id, usedAt: null }, { usedAt: new Date() });
    if (claimed === 0) throw new OAuthCallbackError('state_used', 'This OAuth2 authorization was already completed.', pending.connection.id);

    const { connection, organization: org, user, environment } = pending;
    const envName = org.environments.find((e) => e.slug === environment)?.name ?? environment;
    try {
      const membership = await em.findOne(Membership, { user, organization: org, status: 'ACTIVE' }, { populate: ['roles'] });
      if (membership === null || !canManageWith(permissionsOf(user, membership), user.id, connection)) {
        throw new OAuthCallbackError('not_allowed', 'The user who started this authorization may no longer change the connection.');
      }
      if (!org.environments.some((e) => e.slug === environment)) throw new OAuthCallbackError('misconfigured', 'The environment no longer exists.');
      const settings = await this.oauthSettings(em, org.id, connection, environment);
      if (settings === 'not_oauth2') throw new OAuthCallbackError('not_oauth2', 'The integration no longer uses OAuth2.');
      if (settings === 'misconfigured') throw new OAuthCallbackError('misconfigured', 'The integration is missing OAuth2 settings.');
      const tokens = await exchangeCode(settings, params, state, oauthCallbackUrl(this.deps.links), openVerifier(pending.sealedVerifier, state), this.deps.outbound);

      const credential = await em.findOne(Credential, { connection, environment }, { populate: SEALED_COLUMNS });
      await this.storeOAuthTokens(em, org.id, connection, environment, credential, tokens, { user, name: user.displayName || user.email });
      const event = this.deps.audit.record(em, meta, {
        organizationId: org.id,
        actorType: 'USER',
        actorLabel: user.email,
        action: 'connection.oauth_connected',
        targetType: 'Connection',
        targetId: connection.id,
        summary: `Connected ${connection.name} with OAuth2 in ${envName}${tokens.refreshToken === null ? '' : ' (with a refresh token)'}`,
      });
      event.actorId = user.id;
      await em.flush();
      return connection.id;
    } catch (error) {
      const reason = error instanceof OAuthCallbackError ? error.reason : 'server_error';
      // A fork: the failed attempt's half-made changes are not flushed with the event.
      const fork = em.fork();
      const event = this.deps.audit.record(fork, meta, {
        organizationId: org.id,
        actorType: 'USER',
        actorLabel: user.email,
        action: 'connection.oauth_failed',
        targetType: 'Connection',
        targetId: connection.id,
        summary: `Connecting ${connection.name} with OAuth2 in ${envName} failed: ${reason}`,
      });
      event.actorId = user.id;
      await fork.flush();
      if (error instanceof OAuthCallbackError) throw new OAuthCallbackError(error.reason, error.message, connection.id);
      throw error;
    }
  }

  /**
   * Stores OAuth2 tokens in an environment's credential (created when missing): the access token,
   * the refresh token when one was issued (a provider that returns none keeps the previous one
   * valid), sealed with the other secret fields, and the access token's expiry. Does not flush.
   */
  private async storeOAuthTokens(
    em: EntityManager,
    organizationId: string,
    connection: Connection,
    environment: string,
    existing: Credential | null,
    tokens: OAuthTokens,
    /** Who to show as having last updated the credential; null (an automatic refresh) keeps it. */
    by: { user: User | null; name: string } | null,
  ): Promise<Credential> {
    const configs = await this.deps.integrations.configsOf(em, [connection.integration.id]);
    const secretFields = new Set(fieldsFor(connection.integration, configFor(configs, environment)).filter((f) => f.secret).map((f) => f.key));
    const credential = existing ?? em.create(Credential, { connection, environment });
    const context = credentialContext(organizationId, connection.id, environment);
    const stored = credential.secretKeys.length > 0 ? openJson(this.deps.envelope, credential, context) : {};
    const secrets: Record<string, unknown> = Object.fromEntries(Object.entries(stored).filter(([key]) => secretFields.has(key)));
    secrets.accessToken = tokens.accessToken;
    if (tokens.refreshToken !== null) secrets.refreshToken = tokens.refreshToken;
    Object.assign(credential, { secretKeys: Object.keys(secrets), tokenExpiresAt: tokens.expiresAt });
    if (by !== null) Object.assign(credential, { updatedBy: by.user, updatedByName: by.name, updatedAt: new Date() });
    sealJson(this.deps.envelope, credential, secrets, context);
    const texts = [...Object.values(credential.values), ...Object.values(secrets)].flatMap(fieldValueTexts);
    await this.deps.references.recordReferences(em, organizationId, { type: 'CONNECTION', id: connection.id, name: connection.name }, texts, environment);
    connection.updatedAt = new Date();
    return credential;
  }

  /** The OAuth2 settings of the connection's integration in an environment, secrets substituted. */
  private async oauthSettings(em: EntityManager, organizationId: string, connection: Connection, environment: string): Promise<OAuthSettings | 'not_oauth2' | 'misconfigured'> {
    const opened = await this.deps.integrations.openConfig(em, connection.integration, environment);
    if (opened === null || opened.config.authType !== 'OAUTH2') return 'not_oauth2';
    const settings = { ...opened.config.settings, ...opened.secretSettings };
    const keys = Object.keys(settings).filter((key) => typeof settings[key] === 'string');
    const substituted = await this.deps.resolver.substituteAll(em, organizationId, environment, keys.map((key) => settings[key] as string));
    keys.forEach((key, i) => {
      settings[key] = substituted[i] ?? '';
    });
    return oauthSettingsOf(settings) ?? 'misconfigured';
  }

  private checkName(value: string, problems: FieldError[]): string {
    const name = value.trim();
    if (name.length === 0) problems.push({ field: 'name', message: 'Enter a connection name.' });
    else if (name.length > 120) problems.push({ field: 'name', message: 'A connection name may be at most 120 characters.' });
    return name;
  }
}

/** Refresh an OAuth2 access token this close to its expiry. */
const REFRESH_MARGIN_MS = 60_000;

/** An OAuth2 credential whose access token has expired or soon will, and that has a refresh token. */
function needsRefresh(credential: Credential): boolean {
  return credential.tokenExpiresAt !== null && credential.tokenExpiresAt.getTime() <= Date.now() + REFRESH_MARGIN_MS && credential.secretKeys.includes('refreshToken');
}

/** The OAuth2 refresh of a connection's access token failed; the message names the connection, environment and provider error. */
export class OAuthRefreshFailedError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
    this.name = 'OAuthRefreshFailedError';
  }
}

/** Own connections, and organization connections for integration managers. */
export function canManageWith(permissions: ReadonlySet<Permission>, userId: string | null, connection: Connection): boolean {
  if (!permissions.has('CONNECTIONS_MANAGE')) return false;
  if (userId !== null && connection.owner?.id === userId) return true;
  return connection.visibility === 'ORGANIZATION' && permissions.has('INTEGRATIONS_MANAGE');
}

/** Where providers send the browser back after an OAuth2 authorization. */
export function oauthCallbackUrl(links: Links): string {
  return `${links.baseUrl}/oauth/callback`;
}

/** The configuration that applies to an environment: its own, or the one for every environment. */
export function configFor(configs: IntegrationConfig[], environment: string): IntegrationConfig | null {
  return configs.find((c) => c.environment === environment) ?? configs.find((c) => c.environment === null) ?? null;
}

/** The catalog's credential fields for a connection of this integration under a configuration. */
export function fieldsFor(integration: Integration, config: IntegrationConfig | null): FieldSpec[] {
  return connectionFieldsFor(integration.type, integration.provider, authTypeFor(integration, config));
}

/** The auth type a configuration uses, or the integration type's first one without a configuration. */
export function authTypeFor(integration: Integration, config: IntegrationConfig | null): AuthTypeId {
  return config?.authType ?? INTEGRATION_TYPES[integration.type].authTypes[0] ?? 'NONE';
}
