import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { secretKeyProblem, secretValueProblem, SECRET_DESCRIPTION_MAX_LENGTH } from '@keyward/shared/secret-reference';
import type { Actor, RequestMeta } from '../../core/actor';
import type { Envelope } from '../../crypto/envelope';
import { badField, badInput, conflict, DomainError, notFound, type FieldError } from '../../core/errors';
import { pageWindow, toPage, type Page, type PageArgs } from '../../core/pagination';
import type { AuditService } from '../audit/audit.service';
import type { Organization } from '../organizations/organization.entity';
import { ENCRYPTED_COLUMNS, openSecretValue, secretValueContext } from './secret-crypto';
import type { Role } from '../roles/role.entity';
import { checkUsePolicy, policyRoleOptions, rolesOf, type UsePolicyData } from './secret-use-policy';
import { SecretValue } from './secret-value.entity';
import { Secret } from './secret.entity';
import { escapeLike } from '../../core/ids';

export interface SecretValueData {
  environment: string;
  value: string;
}

export interface CreateSecretData extends UsePolicyData {
  key: string;
  description?: string | null;
  values: SecretValueData[];
}

/** `version: null` means the editor saw no value in that environment. */
export interface ExpectedVersion {
  environment: string;
  version?: number | null;
}

export interface UpdateSecretData extends UsePolicyData {
  description?: string | null;
  set?: SecretValueData[] | null;
  remove?: string[] | null;
  /** The versions the editor saw; a change to an environment whose current version differs is a CONFLICT. */
  expectedVersions?: ExpectedVersion[] | null;
}

/** A secret with its current values (the rows, not the plaintexts), in the organization's environment order, and the roles its use policy names. */
export interface SecretView {
  secret: Secret;
  values: SecretValue[];
  useRoles: Role[];
}

/** Who changed something, as the history shows it: a user's name, or an API key's name. */
function actorName(actor: Actor): { id: string; name: string } {
  switch (actor.kind) {
    case 'user':
      return { id: actor.user.id, name: actor.user.displayName || actor.user.email };
    case 'apiKey':
      return { id: actor.apiKey.id, name: `API key ${actor.apiKey.name}` };
  }
}


/** Secrets: write-only values, per environment, versioned; the rules, tenancy and audit live here. */
export class SecretService {
  constructor(
    private readonly audit: AuditService,
    private readonly envelope: Envelope,
  ) {}

  async list(em: EntityManager, actor: Actor, args: PageArgs & { search?: string | null }): Promise<Page<SecretView>> {
    const window = pageWindow(args);
    const where: FilterQuery<Secret> = { organization: actor.organization.id };
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.$or = [{ key: { $ilike: pattern } }, { description: { $ilike: pattern } }];
    }
    const [secrets, total] = await em.findAndCount(Secret, where, { orderBy: { key: 'asc', id: 'asc' }, limit: window.limit, offset: window.offset });
    const views = await this.withCurrentValues(em, actor.organization, secrets);
    return toPage(views, total, window, (view) => view);
  }

  async get(em: EntityManager, actor: Actor, key: string): Promise<SecretView> {
    const secret = await this.find(em, actor, key);
    const [view] = await this.withCurrentValues(em, actor.organization, [secret]);
    return view ?? { secret, values: [], useRoles: [] };
  }

  async create(em: EntityManager, actor: Actor, data: CreateSecretData, meta: RequestMeta): Promise<SecretView> {
    const org = actor.organization;
    const key = data.key.trim();
    const problems: FieldError[] = [];
    const keyProblem = secretKeyProblem(key);
    if (keyProblem !== null) problems.push({ field: 'key', message: keyProblem });
    const description = this.checkDescription(data.description, problems);
    if (data.values.length === 0) problems.push({ field: 'values', message: 'Enable at least one environment and enter its value.' });
    this.checkValues(org, data.values, 'values', problems);
    const policy = await checkUsePolicy(em, org.id, data, { usePolicy: 'EVERYONE', useRoleIds: [] }, problems);
    if (problems.length > 0) throw badInput(problems);
    if ((await em.count(Secret, { organization: org.id, key })) > 0) throw this.keyTaken(key);

    const by = actorName(actor);
    const secret = em.create(Secret, {
      organization: org.id,
      key,
      description: description ?? '',
      usePolicy: policy.usePolicy,
      useRoleIds: policy.roles.map((r) => r.id),
      createdById: by.id,
      createdByName: by.name,
    });
    const values = data.values.map((v) => this.newVersion(em, org, secret, v.environment, 1, 'SET', v.value, by));
    this.audit.record(em, meta, {
      organizationId: org.id,
      actor,
      action: 'secret.created',
      targetType: 'Secret',
      targetId: key,
      summary: `Created secret ${key} with values in ${this.envList(org, data.values.map((v) => v.environment))}${policy.usePolicy === 'ROLES' ? `, usable only by ${policy.roles.map((r) => r.name).join(', ')}` : ''}`,
    });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw this.keyTaken(key);
      throw error;
    }
    return { secret, values: this.inOrder(org, values), useRoles: policy.roles };
  }

  async update(em: EntityManager, actor: Actor, key: string, data: UpdateSecretData, meta: RequestMeta): Promise<SecretView> {
    const org = actor.organization;
    const set = data.set ?? [];
    const remove = data.remove ?? [];
    const problems: FieldError[] = [];
    const description = this.checkDescription(data.description, problems);
    this.checkValues(org, set, 'set', problems);
    remove.forEach((environment, index) => {
      if (set.some((v) => v.environment === environment)) {
        problems.push({ field: `remove.${index}`, message: `${environment} cannot be both set and removed.` });
      } else if (remove.indexOf(environment) !== index) {
        problems.push({ field: `remove.${index}`, message: `${environment} is listed twice.` });
      }
    });
    if (problems.length > 0) throw badInput(problems);

    const secret = await this.find(em, actor, key);
    const policyChanged = data.usePolicy != null || data.useRoleIds != null;
    const policy = await checkUsePolicy(em, org.id, data, secret, problems);
    if (problems.length > 0) throw badInput(problems);
    const by = actorName(actor);
    try {
      await em.transactional(async (tx) => {
        const current = new Map((await tx.find(SecretValue, { secret, isCurrent: true })).map((row) => [row.environment, row]));
        const hasValue = (environment: string) => {
          const row = current.get(environment);
          return row !== undefined && row.change !== 'REMOVED';
        };
        remove.forEach((environment, index) => {
          if (!hasValue(environment)) problems.push({ field: `remove.${index}`, message: `There is no value in ${environment} to remove.` });
        });
        if (problems.length > 0) throw badInput(problems);

        const changed = [...set.map((v) => v.environment), ...remove];
        for (const expected of data.expectedVersions ?? []) {
          if (!changed.includes(expected.environment)) continue;
          const row = current.get(expected.environment);
          const seen = expected.version ?? null;
          const now = row !== undefined && row.change !== 'REMOVED' ? row.version : null;
          if (seen !== now) throw this.changedMeanwhile(key, expected.environment);
        }

        for (const environment of changed) {
          const row = current.get(environment);
          if (row !== undefined) await this.retire(tx, row, key, environment);
        }
        const next = (environment: string) => (current.get(environment)?.version ?? 0) + 1;
        for (const v of set) this.newVersion(tx, org, secret, v.environment, next(v.environment), 'SET', v.value, by);
        for (const environment of remove) this.newVersion(tx, org, secret, environment, next(environment), 'REMOVED', null, by);

        const parts: string[] = [];
        if (description !== undefined && description !== secret.description) {
          secret.description = description;
          parts.push('changed the description');
        }
        const roleIds = policy.roles.map((r) => r.id);
        if (policyChanged && (policy.usePolicy !== secret.usePolicy || roleIds.join() !== secret.useRoleIds.join())) {
          secret.usePolicy = policy.usePolicy;
          secret.useRoleIds = roleIds;
          parts.push(policy.usePolicy === 'ROLES' ? `made it usable only by ${policy.roles.map((r) => r.name).join(', ')}` : 'made it usable by everyone in the organization');
        }
        if (set.length > 0) parts.push(`set the value in ${this.envList(org, set.map((v) => v.environment))}`);
        if (remove.length > 0) parts.push(`removed the value from ${this.envList(org, remove)}`);
        if (parts.length === 0) return;
        secret.updatedAt = new Date();
        this.audit.record(tx, meta, {
          organizationId: org.id,
          actor,
          action: 'secret.updated',
          targetType: 'Secret',
          targetId: key,
          summary: `Secret ${key}: ${parts.join('; ')}`,
        });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw this.changedMeanwhile(key);
      throw error;
    }
    return this.get(em, actor, key);
  }

  /** Makes an older version's value current again, as a new version (the history stays linear). */
  async restore(em: EntityManager, actor: Actor, key: string, environment: string, version: number, meta: RequestMeta): Promise<SecretView> {
    const org = actor.organization;
    const secret = await this.find(em, actor, key);
    const by = actorName(actor);
    let newVersion = 0;
    try {
      await em.transactional(async (tx) => {
        const old = await tx.findOne(SecretValue, { secret, environment, version }, { populate: ENCRYPTED_COLUMNS });
        if (old === null) throw badField('version', `${key} has no version ${version} in ${environment}.`);
        if (old.change === 'REMOVED') throw badField('version', `Version ${version} removed the value; there is nothing to restore.`);
        if (old.isCurrent) throw badField('version', `Version ${version} is already the current value.`);
        const current = await tx.findOne(SecretValue, { secret, environment, isCurrent: true });
        const plaintext = openSecretValue(this.envelope, org.id, secret, old);
        if (current !== null) await this.retire(tx, current, key, environment);
        newVersion = (current?.version ?? version) + 1;
        const row = this.newVersion(tx, org, secret, environment, newVersion, 'RESTORED', plaintext, by);
        row.restoredFrom = version;
        secret.updatedAt = new Date();
        this.audit.record(tx, meta, {
          organizationId: org.id,
          actor,
          action: 'secret.version_restored',
          targetType: 'Secret',
          targetId: key,
          summary: `Secret ${key}: restored version ${version} in ${environment} as version ${newVersion}`,
        });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw this.changedMeanwhile(key, environment);
      throw error;
    }
    return this.get(em, actor, key);
  }

  /** Removes the secret from every environment, with its history. Returns it as it was. */
  async delete(em: EntityManager, actor: Actor, key: string, meta: RequestMeta): Promise<SecretView> {
    const view = await this.get(em, actor, key);
    const environments = view.values.map((v) => v.environment);
    em.remove(view.secret);
    this.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'secret.deleted',
      targetType: 'Secret',
      targetId: key,
      summary:
        environments.length > 0
          ? `Deleted secret ${key} (it had values in ${this.envList(actor.organization, environments)})`
          : `Deleted secret ${key}`,
    });
    await em.flush();
    return view;
  }

  /** The history of a secret, newest first: who changed what and when, never a value. */
  async versions(em: EntityManager, actor: Actor, secretId: string, environment?: string | null): Promise<SecretValue[]> {
    return em.find(
      SecretValue,
      { secret: { id: secretId, organization: actor.organization.id }, ...(environment ? { environment } : {}) },
      { orderBy: { environment: 'asc', version: 'desc' } },
    );
  }

  /** The roles a use policy may name: the built-ins and the organization's own. */
  async useRoleOptions(em: EntityManager, actor: Actor): Promise<Role[]> {
    return policyRoleOptions(em, actor.organization.id);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────

  private async find(em: EntityManager, actor: Actor, key: string): Promise<Secret> {
    const secret = await em.findOne(Secret, { organization: actor.organization.id, key });
    if (secret === null) throw notFound(`Secret ${key}`);
    return secret;
  }

  private async withCurrentValues(em: EntityManager, org: Organization, secrets: Secret[]): Promise<SecretView[]> {
    if (secrets.length === 0) return [];
    const [rows, roles] = await Promise.all([
      em.find(SecretValue, { secret: { $in: secrets.map((s) => s.id) }, isCurrent: true, change: { $ne: 'REMOVED' } }),
      rolesOf(em, org.id, secrets.flatMap((s) => s.useRoleIds)),
    ]);
    return secrets.map((secret) => ({
      secret,
      values: this.inOrder(org, rows.filter((row) => row.secret.id === secret.id)),
      useRoles: roles.filter((r) => secret.useRoleIds.includes(r.id)),
    }));
  }

  /** The organization's environment order; environments it no longer has go last. */
  private inOrder<T extends { environment: string }>(org: Organization, items: T[]): T[] {
    const position = (slug: string) => {
      const index = org.environments.findIndex((e) => e.slug === slug);
      return index === -1 ? Number.MAX_SAFE_INTEGER : index;
    };
    return [...items].sort((a, b) => position(a.environment) - position(b.environment) || a.environment.localeCompare(b.environment));
  }

  private envList(org: Organization, slugs: string[]): string {
    return this.inOrder(org, slugs.map((environment) => ({ environment })))
      .map((e) => e.environment)
      .join(', ');
  }

  private checkDescription(description: string | null | undefined, problems: FieldError[]): string | undefined {
    if (description == null) return undefined;
    const trimmed = description.trim();
    if (trimmed.length > SECRET_DESCRIPTION_MAX_LENGTH) {
      problems.push({ field: 'description', message: `Description must be at most ${SECRET_DESCRIPTION_MAX_LENGTH} characters.` });
    }
    return trimmed;
  }

  private checkValues(org: Organization, values: SecretValueData[], field: string, problems: FieldError[]): void {
    values.forEach((v, index) => {
      if (!org.environments.some((e) => e.slug === v.environment)) {
        problems.push({ field: `${field}.${index}.environment`, message: `This organization has no environment "${v.environment}".` });
      } else if (values.findIndex((other) => other.environment === v.environment) !== index) {
        problems.push({ field: `${field}.${index}.environment`, message: `${v.environment} is listed twice.` });
      }
      const problem = secretValueProblem(v.value);
      if (problem !== null) problems.push({ field: `${field}.${index}.value`, message: problem });
    });
  }

  private newVersion(
    em: EntityManager,
    org: Organization,
    secret: Secret,
    environment: string,
    version: number,
    change: SecretValue['change'],
    plaintext: string | null,
    by: { id: string; name: string },
  ): SecretValue {
    const sealed = plaintext === null ? null : this.envelope.seal(plaintext, secretValueContext(org.id, secret, environment, version));
    return em.create(SecretValue, {
      secret,
      environment,
      version,
      change,
      isCurrent: true,
      ciphertext: sealed?.ciphertext ?? null,
      nonce: sealed?.nonce ?? null,
      wrappedKey: sealed?.wrappedKey ?? null,
      keyId: sealed?.keyId ?? null,
      createdById: by.id,
      createdByName: by.name,
    });
  }

  private keyTaken(key: string): DomainError {
    return badField('key', `A secret with the key ${key} already exists.`);
  }

  /** Compare-and-set: another writer that moved `isCurrent` first makes this a conflict. */
  private async retire(em: EntityManager, row: SecretValue, key: string, environment: string): Promise<void> {
    const moved = await em.nativeUpdate(SecretValue, { id: row.id, isCurrent: true }, { isCurrent: false });
    if (moved !== 1) throw this.changedMeanwhile(key, environment);
    row.isCurrent = false;
  }

  private changedMeanwhile(key: string, environment?: string): DomainError {
    return conflict(
      environment === undefined
        ? `Secret ${key} was changed by someone else meanwhile. Reload it and try again.`
        : `The value of ${key} in ${environment} was changed by someone else meanwhile. Reload it and try again.`,
    );
  }

  /** Deleting an organization: its secrets and every value version go with it. */
  async deleteAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    return em.nativeDelete(Secret, { organization: organizationId });
  }
}
