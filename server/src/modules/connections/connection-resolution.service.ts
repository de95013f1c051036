import type { EntityManager } from '@mikro-orm/postgresql';
import { referencedSecretKeys } from '@keyward/shared/secret-reference';
import type { Actor, RequestMeta } from '../../core/actor';
import { badField } from '../../core/errors';
import type { Envelope } from '../../crypto/envelope';
import { openJson, SEALED_COLUMNS } from '../../crypto/sealed-columns';
import { substitutedValues } from '../../outbound/outbound-scrub';
import type { AuditService } from '../audit/audit.service';
import type { IntegrationService } from '../integrations/integration.service';
import type { SecretResolverService } from '../secrets/secret-resolver.service';
import type { SecretUsePolicyService } from '../secrets/secret-use-policy';
import type { ConnectionAccess } from './connection-access';
import { CredentialsMissingError, IntegrationConfigMissingError } from './connection-errors';
import { credentialContext, environmentChoice, grantTypeFor } from './connection-fields';
import type { ConnectionClientCredentialsService } from './connection-oauth-client-credentials.service';
import { needsRefresh, type ConnectionOAuthService } from './connection-oauth.service';
import { collectStrings, mapStrings, maskAll, maskReferences, referencedKeysIn, type ResolvedConnectionData } from './connection-resolution';
import { Credential, type Connection } from './connection.entity';

export interface ConnectionResolutionDeps {
  access: ConnectionAccess;
  audit: AuditService;
  /** The OAuth2 client_credentials grant: obtains and caches the access token. */
  clientCredentials: ConnectionClientCredentialsService;
  envelope: Envelope;
  integrations: IntegrationService;
  oauth: ConnectionOAuthService;
  policy: SecretUsePolicyService;
  resolver: SecretResolverService;
}

/** `resolveConnection`: an environment's configuration and credentials, secrets substituted for a key, masked for a person. */
export class ConnectionResolutionService {
  constructor(private readonly deps: ConnectionResolutionDeps) {}

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
      connection = await this.deps.access.find(em, actor, id);
      resolved = await this.inspect(em, actor, connection, environment);
      summary = `Resolved connection ${connection.name} for ${environment} with values masked`;
    } else {
      const found = onBehalfOf === null ? { connection: await this.deps.access.find(em, actor, id), user: null } : await this.deps.access.findOnBehalf(em, actor, id, onBehalfOf);
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
    const { credential: found, opened } = await this.credentialAndConfig(em, org, connection, environment);
    // A client_credentials environment before its first token: nothing stored yet.
    const credential = found ?? new Credential();
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
      throw badField('environment', environmentChoice(org.environments));
    }
    const integration = connection.integration;
    const [credential, opened] = await Promise.all([
      em.findOne(Credential, { connection, environment }, { populate: SEALED_COLUMNS }),
      this.deps.integrations.openConfig(em, integration, environment),
    ]);
    if (opened === null) throw new IntegrationConfigMissingError(integration.name, environment);
    // With the client_credentials grant Keyward makes the credential itself, with the first token.
    const clientCredentials = grantTypeFor(opened.config) === 'client_credentials';
    if (credential === null && !clientCredentials) throw new CredentialsMissingError(connection.name, environment);
    return { credential, opened, clientCredentials };
  }

  /**
   * The resolution with plaintexts (an API key's, and Test's). An OAuth2 access token that has
   * expired or soon will is refreshed first; with the client_credentials grant, a cached token is
   * used or a new one requested (`freshToken`: always a new one, for Test).
   */
  async resolveVisible(em: EntityManager, actor: Actor, connection: Connection, environment: string, meta: RequestMeta, options: { freshToken?: boolean } = {}): Promise<ResolvedConnectionData> {
    const org = actor.organization;
    const integration = connection.integration;
    const loaded = await this.credentialAndConfig(em, org, connection, environment);
    const opened = loaded.opened;
    let credential = loaded.credential ?? new Credential();
    const context = credentialContext(org.id, connection.id, environment);
    let secrets = openJson(this.deps.envelope, credential, context);
    // The use policy, re-checked on every substitution (before any token refresh): for the owner of
    // a personal connection, or whoever last saved this environment's credential of an organization one.
    const subjectId = connection.visibility === 'PERSONAL' ? (connection.owner?.id ?? null) : (credential.updatedBy?.id ?? null);
    const subject = connection.visibility === 'PERSONAL' ? 'the connection’s owner' : `whoever last saved its ${environment} credentials`;
    await this.deps.policy.assertUserMayUse(em, org.id, { userId: subjectId, description: subject }, referencedKeysIn(credential.values, secrets), environment);
    if (loaded.clientCredentials) {
      credential = await this.deps.clientCredentials.token(em, actor, connection, environment, meta, { force: options.freshToken === true });
      secrets = openJson(this.deps.envelope, credential, context);
    } else if (opened.config.authType === 'OAUTH2' && needsRefresh(credential)) {
      credential = await this.deps.oauth.refresh(em, actor, connection, environment, meta);
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
}
