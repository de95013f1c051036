import type { EntityManager } from '@mikro-orm/postgresql';
import { hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { API_KEY_ID_LENGTH, API_KEY_LENGTH, API_KEY_PREFIX, parseApiKey } from '@keyward/shared/api-key-format';
import { effectiveApiKeyPermissions } from '@keyward/shared/api-keys';
import type { RateLimitPair } from '@keyward/shared/organization-settings';
import { isPermission, type Permission } from '@keyward/shared/permissions';
import type { ApiKeyHasher, SecretHash } from '../../crypto/api-key-token';
import { keyScope, orgScope, type AuthorityCache, type AuthorityScope } from '../../authority/authority-cache';
import { apiKeyStatus, type ApiKeyStoredStatus } from './api-key.entity';
import { keyRateLimit } from './api-key.rules';
import { Organization } from '../organizations/organization.entity';
import { sealedPermissions, type ApiKeyActor } from '../../core/actor';
import { mapCachedRow } from '../../core/cached-row';
import { preparedRead, preparedStatement } from '../../core/prepared-read';

/** Why a presented key was refused: logged for operators, never told to the caller. */
export type ApiKeyRefusal = 'MALFORMED' | 'UNKNOWN' | 'WRONG_SECRET' | 'EXPIRED' | 'SUSPENDED' | 'REVOKED';

/** What an API-key actor carries of its key: plain values, no ORM entity. */
export interface ApiKeyIdentity {
  id: string;
  publicId: string;
  name: string;
  createdById: string | null;
  roleIds: readonly string[];
}

/** A key's verified authority as the cache holds it: everything a request needs, resolved once. */
export interface ApiKeyAuthority {
  identity: ApiKeyIdentity;
  organizationId: string;
  secretHash: string;
  secretKeyId: string;
  previousSecretHash: string | null;
  previousSecretKeyId: string | null;
  previousSecretValidUntil: number | null;
  status: ApiKeyStoredStatus;
  expiresAt: number | null;
  permissions: readonly Permission[];
  /** `permissions` as the actor carries them, built once per cached entry. */
  permissionSet: ReadonlySet<Permission>;
  /** What a change to the key or its organization bumps (see `apiKeyScopes`), built once. */
  scopes: readonly AuthorityScope[];
  rateLimit: RateLimitPair;
  /** The organization's row as the database returned it, mapped into each request's entity manager. */
  organizationRow: Record<string, unknown>;
  /**
   * SHA-256 (base64) of the secrets this instance already verified against `secretHash` /
   * `previousSecretHash` (memory only, never stored): presenting one again is checked against its
   * digest, a tenth of the CPU of the HMAC. Filled by the authenticator.
   */
  verified: { current: string | null; previous: string | null };
}

export type ApiKeyAuthentication =
  | { ok: true; actor: ApiKeyActor; authority: ApiKeyAuthority; fromCache: boolean; versions: string | null }
  | { ok: false; refusal: ApiKeyRefusal; key: { id: string; organizationId: string; publicId: string } | null };

/** `apk_`, and where the secret starts: after `apk_{id}_`. */
const TOKEN_PREFIX = `${API_KEY_PREFIX}_`;
const SECRET_START = TOKEN_PREFIX.length + API_KEY_ID_LENGTH + 1;

/** The one answer to every refused key (and to a missing one where it is needed). */
export const AUTHENTICATION_REQUIRED = 'Authentication required: sign in, or send a valid API key.';

/**
 * The token a request presents: `X-API-Key: <token>` or `Authorization: Bearer <token>`.
 * `undefined` when it presents none; `''` (refused as malformed) when the two headers disagree.
 * Other Authorization schemes are not ours and are ignored.
 */
export function presentedApiKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  const fromHeader = Array.isArray(header) ? header.join(',') : header;
  const match = headers.authorization === undefined ? null : /^Bearer[ \t]+(\S*)[ \t]*$/i.exec(headers.authorization);
  const fromBearer = match ? (match[1] ?? '') : undefined;
  if (fromHeader !== undefined && fromBearer !== undefined && fromHeader !== fromBearer) return '';
  return fromHeader ?? fromBearer;
}

/** The scopes whose changes make a key's cached authority stale. */
export function apiKeyScopes(authority: Pick<ApiKeyAuthority, 'identity' | 'organizationId'>): AuthorityScope[] {
  return [keyScope(authority.identity.id), orgScope(authority.organizationId)];
}

/** How `authenticate` may use the cache. */
export interface AuthenticateOptions {
  now?: Date;
  /** Skip the cached authority (its Redis version moved) and cache the row read under these versions. */
  refreshUnder?: string | null;
  /** The caller tried `acceptCached` already (it answered null): go to the database. */
  cacheTried?: boolean;
}

/**
 * Decides who a presented key is, before any GraphQL runs. Accepts from the per-instance cache
 * (kept exact by AuthorityInvalidation, and checked against Redis by ApiKeyRequest); refuses only
 * after reading the key from the database, so a cached entry never refuses a key that is good now.
 */
export class ApiKeyAuthenticator {
  constructor(
    private readonly hasher: ApiKeyHasher,
    private readonly cache: AuthorityCache,
  ) {}

  async authenticate(em: EntityManager, token: string, options: AuthenticateOptions = {}): Promise<ApiKeyAuthentication> {
    const now = options.now ?? new Date();
    if (options.refreshUnder === undefined && options.cacheTried !== true) {
      const accepted = this.acceptCached(em, token, now);
      if (accepted !== null) return accepted;
    }
    const parsed = parseApiKey(token);
    if (!parsed.ok) return { ok: false, refusal: 'MALFORMED', key: null };
    if (options.refreshUnder !== undefined) this.cache.drop('apiKey', parsed.id);
    const fetch = this.cache.beginFetch();
    const authority = await this.lookup(em, parsed.id);
    if (authority === null) return { ok: false, refusal: 'UNKNOWN', key: null };
    const versions = options.refreshUnder ?? null;
    this.cache.set('apiKey', parsed.id, fetch, authority, authority.scopes, versions);
    const refusal = this.verify(authority, parsed.secret, now);
    if (refusal !== null) {
      return { ok: false, refusal, key: { id: authority.identity.id, organizationId: authority.organizationId, publicId: authority.identity.publicId } };
    }
    return { ok: true, actor: new CachedApiKeyActor(em, authority), authority, fromCache: false, versions };
  }

  /**
   * The cached authority of a token it verifies, without waiting for anything; else null, and
   * `authenticate` (with `cacheTried`) parses the token and reads the key. No full parse here: a
   * secret that matches the key's stored hash makes the token the one issued, which parsed — so
   * only its shape is checked, to find the id and the secret.
   */
  acceptCached(em: EntityManager, token: string, now = new Date()): Extract<ApiKeyAuthentication, { ok: true }> | null {
    if (token.length !== API_KEY_LENGTH || !token.startsWith(TOKEN_PREFIX) || token.charAt(SECRET_START - 1) !== '_') return null;
    const cached = this.cache.get<ApiKeyAuthority>('apiKey', token.slice(TOKEN_PREFIX.length, SECRET_START - 1));
    if (cached === null || this.verify(cached.value, token.slice(SECRET_START), now) !== null) return null;
    return { ok: true, actor: new CachedApiKeyActor(em, cached.value), authority: cached.value, fromCache: true, versions: cached.versions };
  }

  private verify(authority: ApiKeyAuthority, secret: string, now: Date): ApiKeyRefusal | null {
    // base64 rather than a Buffer: allocating the Buffer costs four times the hash.
    const digest = hash('sha256', secret, 'base64');
    const { verified } = authority;
    const { previousSecretHash, previousSecretKeyId, previousSecretValidUntil } = authority;
    if (this.matches(secret, digest, verified.current, { hash: authority.secretHash, keyId: authority.secretKeyId })) {
      verified.current = digest;
    } else if (
      previousSecretHash !== null &&
      previousSecretKeyId !== null &&
      previousSecretValidUntil !== null &&
      previousSecretValidUntil > now.getTime() &&
      this.matches(secret, digest, verified.previous, { hash: previousSecretHash, keyId: previousSecretKeyId })
    ) {
      verified.previous = digest;
    } else {
      return 'WRONG_SECRET';
    }
    const status = apiKeyStatus({ status: authority.status, expiresAt: authority.expiresAt === null ? null : new Date(authority.expiresAt) }, now);
    return status === 'ACTIVE' ? null : status;
  }

  /**
   * Whether `secret` (whose SHA-256 is `digest`) is the stored one: by the digest already verified
   * when there is one, else by its HMAC. Comparing digests with `===` leaks, by timing, only how
   * much of the presented secret's SHA-256 matches the verified one's — no way back to the secret.
   */
  private matches(secret: string, digest: string, known: string | null, stored: SecretHash): boolean {
    return digest === known || this.hasher.verify(secret, stored);
  }

  /** The key, its organization and its roles in one prepared statement (an ORM populate of the same costs about ten times the CPU). */
  private async lookup(em: EntityManager, publicId: string): Promise<ApiKeyAuthority | null> {
    const [row] = await preparedRead<LookupRow>(em, LOOKUP, [publicId]);
    if (row === undefined) return null;
    const organization = em.map(Organization, structuredClone(row.organization_row));
    const roles = Array.isArray(row.roles) ? row.roles : [];
    const fromRoles = roles.flatMap((r) => r.permissions).filter((p): p is Permission => typeof p === 'string' && isPermission(p));
    const scopes = Array.isArray(row.scopes) ? row.scopes.filter((p): p is Permission => typeof p === 'string' && isPermission(p)) : null;
    const time = (value: Date | string | null) => (value === null ? null : new Date(value).getTime());
    const identity = { id: row.id, publicId: row.public_id, name: row.name, createdById: row.created_by_id, roleIds: roles.map((r) => r.id) };
    const permissions = effectiveApiKeyPermissions(fromRoles, scopes);
    return {
      identity,
      organizationId: row.organization_id,
      secretHash: row.secret_hash,
      secretKeyId: row.secret_key_id,
      previousSecretHash: row.previous_secret_hash,
      previousSecretKeyId: row.previous_secret_key_id,
      previousSecretValidUntil: time(row.previous_secret_valid_until),
      status: row.status,
      expiresAt: time(row.expires_at),
      permissions,
      permissionSet: sealedPermissions(permissions),
      scopes: apiKeyScopes({ identity, organizationId: row.organization_id }),
      rateLimit: keyRateLimit({ rateLimitPerMinute: row.rate_limit_per_minute, rateLimitPerHour: row.rate_limit_per_hour }, organization),
      organizationRow: row.organization_row,
      verified: { current: null, previous: null },
    };
  }
}

/**
 * The request's actor: the key as plain values, its organization mapped into the entity manager of
 * the code reading it (no query) on each read (see core/cached-row.ts). A class rather than an
 * object with getters defined per request: defining them cost more than the rest of a cached
 * authentication. Its entity manager and cached row stay private (`#`), out of any
 * serialization of the actor.
 */
class CachedApiKeyActor implements ApiKeyActor {
  readonly kind = 'apiKey';
  readonly apiKey: ApiKeyIdentity;
  readonly permissions: ReadonlySet<Permission>;
  readonly #em: EntityManager;
  readonly #organizationRow: Record<string, unknown>;
  #organization: Organization | undefined;

  constructor(em: EntityManager, authority: ApiKeyAuthority) {
    this.#em = em;
    this.apiKey = authority.identity;
    this.permissions = authority.permissionSet;
    this.#organizationRow = authority.organizationRow;
  }

  get organization(): Organization {
    return this.#organization ?? mapCachedRow(this.#em, Organization, this.#organizationRow);
  }

  /** Code that sets the organization keeps what it set. */
  set organization(value: Organization) {
    this.#organization = value;
  }
}

interface LookupRow {
  id: string;
  public_id: string;
  name: string;
  organization_id: string;
  created_by_id: string | null;
  secret_hash: string;
  secret_key_id: string;
  previous_secret_hash: string | null;
  previous_secret_key_id: string | null;
  previous_secret_valid_until: Date | string | null;
  status: ApiKeyStoredStatus;
  expires_at: Date | string | null;
  scopes: unknown;
  rate_limit_per_minute: number | null;
  rate_limit_per_hour: number | null;
  organization_row: Record<string, unknown>;
  roles: { id: string; permissions: unknown[] }[] | null;
}

const LOOKUP = preparedStatement(
  'keyward_api_key_lookup',
  `select k.id, k.public_id, k.name, k.organization_id, k.created_by_id, k.secret_hash, k.secret_key_id,
  k.previous_secret_hash, k.previous_secret_key_id, k.previous_secret_valid_until, k.status, k.expires_at, k.scopes,
  k.rate_limit_per_minute, k.rate_limit_per_hour, row_to_json(o) as organization_row,
  (select json_agg(json_build_object('id', r.id, 'permissions', r.permissions)) from api_key_role kr join role r on r.id = kr.role_id where kr.api_key_id = k.id) as roles
  from api_key k join organization o on o.id = k.organization_id
  where k.public_id = ?`,
);
