import type { EntityManager } from '@mikro-orm/postgresql';
import { validateCredentialFields } from '@keyward/shared/credential-validation';
import { fieldValueTexts, isBlankFieldValue } from '@keyward/shared/integration-fields';
import { referencedSecretKeys } from '@keyward/shared/secret-reference';
import type { Actor, RequestMeta } from '../../core/actor';
import { badField, badInput } from '../../core/errors';
import type { Envelope } from '../../crypto/envelope';
import { openJson, sealJson, SEALED_COLUMNS } from '../../crypto/sealed-columns';
import type { AuditService } from '../audit/audit.service';
import type { IntegrationService } from '../integrations/integration.service';
import type { SecretReferenceService } from '../secrets/secret-reference.service';
import type { SecretUsePolicyService } from '../secrets/secret-use-policy';
import type { User } from '../users/user.entity';
import type { ConnectionAccess } from './connection-access';
import { actorName, actorUser, configFor, credentialContext, environmentChoice, fieldsFor } from './connection-fields';
import type { OAuthTokens } from './connection-oauth';
import { Credential, type Connection } from './connection.entity';

export interface ConnectionCredentialDeps {
  access: ConnectionAccess;
  audit: AuditService;
  envelope: Envelope;
  integrations: IntegrationService;
  policy: SecretUsePolicyService;
  references: SecretReferenceService;
}

/** Who to show as having last updated a credential; null (an automatic refresh) keeps it. */
export type CredentialAuthor = { user: User | null; name: string } | null;

/** A connection's credentials per environment: saved by a person, or stored from OAuth2 tokens. */
export class ConnectionCredentialService {
  constructor(private readonly deps: ConnectionCredentialDeps) {}

  /**
   * Saves one environment's credentials. A blank secret field keeps its stored value; values are
   * validated against the catalog; the referenced secret keys are recorded. Returns the connection id.
   */
  async save(em: EntityManager, actor: Actor, connectionId: string, environment: string, values: Record<string, unknown>, meta: RequestMeta): Promise<string> {
    const org = actor.organization;
    const connection = await this.deps.access.findManageable(em, actor, connectionId);
    const env = org.environments.find((e) => e.slug === environment);
    if (env === undefined) throw badField('environment', environmentChoice(org.environments));
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
    if (!isBlankFieldValue(values.accessToken)) Object.assign(credential, { tokenExpiresAt: null, tokenScopes: null, connectedAs: null });
    const texts = [...Object.values(plain), ...Object.values(secrets)].flatMap(fieldValueTexts);
    // The saver becomes whose authority these references are used on: they must be allowed to.
    await this.deps.policy.assertActorMayUse(em, actor, referencedSecretKeys(texts));
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
    return connection.id;
  }

  /**
   * Stores OAuth2 tokens in an environment's credential (created when missing): the access token,
   * the refresh token when one was issued (a provider that returns none keeps the previous one
   * valid), sealed with the other secret fields, the access token's expiry and granted scopes, and
   * (`connectedAs`, when given) the connected account's identity. Does not flush.
   */
  async storeOAuthTokens(
    em: EntityManager,
    organizationId: string,
    connection: Connection,
    environment: string,
    existing: Credential | null,
    tokens: OAuthTokens,
    by: CredentialAuthor,
    connectedAs?: string | null,
  ): Promise<Credential> {
    const configs = await this.deps.integrations.configsOf(em, [connection.integration.id]);
    const secretFields = new Set(fieldsFor(connection.integration, configFor(configs, environment)).filter((f) => f.secret).map((f) => f.key));
    const credential = existing ?? em.create(Credential, { connection, environment });
    const context = credentialContext(organizationId, connection.id, environment);
    const stored = credential.secretKeys.length > 0 ? openJson(this.deps.envelope, credential, context) : {};
    const secrets: Record<string, unknown> = Object.fromEntries(Object.entries(stored).filter(([key]) => secretFields.has(key)));
    secrets.accessToken = tokens.accessToken;
    if (tokens.refreshToken !== null) secrets.refreshToken = tokens.refreshToken;
    Object.assign(credential, { secretKeys: Object.keys(secrets), tokenExpiresAt: tokens.expiresAt, tokenScopes: tokens.scopes });
    if (connectedAs !== undefined) credential.connectedAs = connectedAs;
    if (by !== null) Object.assign(credential, { updatedBy: by.user, updatedByName: by.name, updatedAt: new Date() });
    sealJson(this.deps.envelope, credential, secrets, context);
    const texts = [...Object.values(credential.values), ...Object.values(secrets)].flatMap(fieldValueTexts);
    await this.deps.references.recordReferences(em, organizationId, { type: 'CONNECTION', id: connection.id, name: connection.name }, texts, environment);
    connection.updatedAt = new Date();
    return credential;
  }

  /**
   * Forgets an environment's OAuth2 tokens (Disconnect): the access and refresh tokens, their
   * expiry, scopes and the connected identity; other secret fields stay. Does not flush.
   */
  clearOAuthTokens(organizationId: string, connection: Connection, credential: Credential, by: CredentialAuthor): void {
    const context = credentialContext(organizationId, connection.id, credential.environment);
    const stored = credential.secretKeys.length > 0 ? openJson(this.deps.envelope, credential, context) : {};
    const secrets = Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'accessToken' && key !== 'refreshToken'));
    Object.assign(credential, { secretKeys: Object.keys(secrets), tokenExpiresAt: null, tokenScopes: null, connectedAs: null });
    if (by !== null) Object.assign(credential, { updatedBy: by.user, updatedByName: by.name, updatedAt: new Date() });
    sealJson(this.deps.envelope, credential, secrets, context);
    connection.updatedAt = new Date();
  }
}
