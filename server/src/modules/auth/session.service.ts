import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL_PERMISSIONS, isPermission, type Permission } from '@keyward/shared/permissions';
import { orgScope, userScope, type AuthorityCache, type AuthorityScope } from '../../authority/authority-cache';
import type { AuthorityInvalidation } from '../../authority/authority-invalidation';
import { randomToken, sha256Hex } from '../../crypto/random';
import { Organization } from '../organizations/organization.entity';
import { Membership } from '../users/membership.entity';
// Memberships are the users module's: the lookup embeds its SQL for them.
import { activeMembershipColumns, type ActiveMembershipColumns } from '../users/member-directory';
import { User } from '../users/user.entity';
import { sealedPermissions, type RequestMeta, type UserActor } from '../../core/actor';
import { mapCachedRow } from '../../core/cached-row';
import { preparedRead, preparedStatement } from '../../core/prepared-read';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'keyward_session';
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const IDLE_TIMEOUT_MS = 24 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;

/** What the session cache needs from Redis: the current versions of some scopes (null without Redis). */
export interface SessionVersionSource {
  versions(scopes: readonly string[]): Promise<string | null>;
}

/**
 * A session's verified authority as the cache holds it: the rows as the database returned them
 * (mapped into each request's entity manager, no query) and what checking it needs.
 */
interface SessionAuthority {
  sessionId: string;
  userId: string;
  organizationId: string;
  isSuperAdmin: boolean;
  expiresAt: number;
  lastSeenAt: number;
  permissions: readonly Permission[];
  /** `permissions` as the actor carries them, built once per cached entry. */
  permissionSet: ReadonlySet<Permission>;
  /** What a change to the user or the organization bumps (see `sessionScopes`), built once. */
  scopes: readonly AuthorityScope[];
  sessionRow: Record<string, unknown>;
  userRow: Record<string, unknown>;
  organizationRow: Record<string, unknown>;
  membershipRow: Record<string, unknown> | null;
}

export interface SessionServiceDeps {
  cache: AuthorityCache;
  invalidation: AuthorityInvalidation;
  versions: SessionVersionSource;
}

function sessionScopes(authority: Pick<SessionAuthority, 'userId' | 'organizationId'>): AuthorityScope[] {
  return [userScope(authority.userId), orgScope(authority.organizationId)];
}

/** Server-side sessions: the cookie holds a random token, the row holds its SHA-256. */
export class SessionService {
  constructor(private readonly deps: SessionServiceDeps) {}

  async create(em: EntityManager, user: User, organization: Organization, meta: RequestMeta): Promise<string> {
    const token = randomToken(32);
    const session = new Session();
    session.tokenHash = sha256Hex(token);
    session.user = user;
    session.organization = organization;
    session.expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    session.ip = meta.ip;
    session.userAgent = meta.userAgent?.slice(0, 500) ?? null;
    em.persist(session);
    return token;
  }

  /**
   * The actor behind a session token, or null. From the per-instance cache when it holds the
   * session (kept exact by AuthorityInvalidation and, with Redis, checked against the shared
   * versions); otherwise read from the database, so a suspended membership or a deleted session
   * stops working at once.
   */
  async resolve(em: EntityManager, token: string): Promise<UserActor | null> {
    const tokenHash = sha256Hex(token);
    const now = Date.now();
    const cached = this.deps.cache.get<SessionAuthority>('session', tokenHash);
    let refreshUnder: string | null = null;
    if (cached !== null) {
      const authority = cached.value;
      const fresh = authority.expiresAt > now && authority.lastSeenAt + IDLE_TIMEOUT_MS > now;
      const versions = fresh ? await this.deps.versions.versions(authority.scopes) : null;
      if (fresh && (versions === null || versions === cached.versions)) return this.fromCache(em, tokenHash, authority, now);
      this.deps.cache.drop('session', tokenHash);
      refreshUnder = versions;
    }
    const fetch = this.deps.cache.beginFetch();
    const authority = await this.lookup(em, tokenHash);
    if (authority === null) return null;
    if (authority.expiresAt <= now || authority.lastSeenAt + IDLE_TIMEOUT_MS <= now) {
      await em.nativeDelete(Session, { id: authority.sessionId });
      return null;
    }
    // A super admin enters any organization, with or without a membership there.
    if (authority.membershipRow === null && !authority.isSuperAdmin) return null;
    this.deps.cache.set('session', tokenHash, fetch, authority, authority.scopes, refreshUnder);
    return this.fromCache(em, tokenHash, authority, now);
  }

  /** The actor from a checked authority: its rows mapped into the request's entity manager when first read; the session touched now and then. */
  private async fromCache(em: EntityManager, tokenHash: string, authority: SessionAuthority, now: number): Promise<UserActor | null> {
    if (now - authority.lastSeenAt > TOUCH_INTERVAL_MS) {
      const touched = await em.nativeUpdate(Session, { id: authority.sessionId }, { lastSeenAt: new Date(now) });
      if (touched === 0) {
        this.deps.cache.drop('session', tokenHash);
        return null;
      }
      authority.lastSeenAt = now;
    }
    return new CachedUserActor(em, authority);
  }

  /** The session with its user, its organization and the user's active membership there, in one prepared statement. */
  private async lookup(em: EntityManager, tokenHash: string): Promise<SessionAuthority | null> {
    const [row] = await preparedRead<SessionRow>(em, LOOKUP, [tokenHash]);
    if (row === undefined) return null;
    const userId = String(row.session_row.user_id);
    const organizationId = String(row.session_row.organization_id);
    const isSuperAdmin = row.user_row.is_super_admin === true;
    // Both membership columns are null without an active membership.
    const granted = (row.permissions ?? []).filter((p): p is Permission => typeof p === 'string' && isPermission(p));
    const permissions = isSuperAdmin ? [...ALL_PERMISSIONS] : [...new Set(granted)];
    return {
      sessionId: String(row.session_row.id),
      userId,
      organizationId,
      isSuperAdmin,
      expiresAt: new Date(String(row.session_row.expires_at)).getTime(),
      lastSeenAt: new Date(String(row.session_row.last_seen_at)).getTime(),
      permissions,
      permissionSet: sealedPermissions(permissions),
      scopes: sessionScopes({ userId, organizationId }),
      sessionRow: row.session_row,
      userRow: row.user_row,
      organizationRow: row.organization_row,
      membershipRow: row.membership_row,
    };
  }

  /** Moves a session to another organization (the caller has checked the user may enter it). */
  async switchOrganization(em: EntityManager, session: Session, organization: Organization): Promise<void> {
    // Written by id, in one statement, whichever entity manager holds the session entity.
    const now = new Date();
    await em.nativeUpdate(Session, { id: session.id }, { organization: organization.id, lastSeenAt: now });
    session.organization = organization;
    session.lastSeenAt = now;
    await this.deps.invalidation.changed(em, [userScope(session.user.id)]);
  }

  /** Signing out: the session ends on every instance. */
  async revoke(em: EntityManager, token: string): Promise<void> {
    await em.transactional(async (tx) => {
      const [ended] = await tx.getConnection().execute<{ user_id: string }[]>(
        'delete from session where token_hash = ? returning user_id',
        [sha256Hex(token)],
        'all',
        tx.getTransactionContext(),
      );
      if (ended !== undefined) await this.deps.invalidation.changed(tx, [userScope(ended.user_id)]);
    });
  }

  /** Ends every session of a user (optionally keeping one), e.g. after a password change or suspension. */
  async revokeAllForUser(em: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
    const ended = await em.nativeDelete(Session, {
      user: userId,
      ...(exceptSessionId === undefined ? {} : { id: { $ne: exceptSessionId } }),
    });
    await this.deps.invalidation.changed(em, [userScope(userId)]);
    return ended;
  }

  /** Ends a user's sessions in one organization, e.g. when their membership there is disabled or deleted. */
  async revokeAllInOrganization(em: EntityManager, userId: string, organizationId: string): Promise<number> {
    const ended = await em.nativeDelete(Session, { user: userId, organization: organizationId });
    await this.deps.invalidation.changed(em, [userScope(userId)]);
    return ended;
  }

  /** Deleting an organization: every session there ends. */
  async revokeAllForOrganization(em: EntityManager, organizationId: string): Promise<number> {
    const ended = await em.nativeDelete(Session, { organization: organizationId });
    await this.deps.invalidation.changed(em, [orgScope(organizationId)]);
    return ended;
  }
}

export function permissionsOf(user: User, membership: Membership | null): ReadonlySet<Permission> {
  if (user.isSuperAdmin) return new Set(ALL_PERMISSIONS);
  return new Set(membership?.roles.getItems().flatMap((role) => role.permissions) ?? []);
}

interface SessionRow extends ActiveMembershipColumns {
  session_row: Record<string, unknown>;
  user_row: Record<string, unknown>;
  organization_row: Record<string, unknown>;
}

// The password hash never enters the cache.
const LOOKUP = preparedStatement(
  'keyward_session_lookup',
  `select row_to_json(s) as session_row, to_jsonb(u) - 'password_hash' as user_row, row_to_json(o) as organization_row,
  ${activeMembershipColumns('s.user_id', 's.organization_id')}
  from session s join app_user u on u.id = s.user_id join organization o on o.id = s.organization_id
  where s.token_hash = ?`,
);

/**
 * The actor of a cached session: its rows mapped into the entity manager of the code reading them
 * (no query) on each read (see core/cached-row.ts), until code sets one. A class rather than an
 * object with getters defined per request, which cost more than the rest of a cached
 * authentication. The entity manager and the rows stay private (`#`).
 */
class CachedUserActor implements UserActor {
  readonly kind = 'user';
  readonly permissions: ReadonlySet<Permission>;
  readonly #em: EntityManager;
  readonly #authority: SessionAuthority;
  /** The session's last use as this request saw it (newer than its cached row after a touch). */
  readonly #lastSeenAt: number;
  readonly #written: Partial<Pick<UserActor, 'user' | 'organization' | 'membership' | 'session'>> = {};

  constructor(em: EntityManager, authority: SessionAuthority) {
    this.#em = em;
    this.#authority = authority;
    this.#lastSeenAt = authority.lastSeenAt;
    this.permissions = authority.permissionSet;
  }

  get user(): User {
    return this.#written.user ?? mapCachedRow(this.#em, User, this.#authority.userRow);
  }

  set user(value: User) {
    this.#written.user = value;
  }

  get organization(): Organization {
    return this.#written.organization ?? mapCachedRow(this.#em, Organization, this.#authority.organizationRow);
  }

  set organization(value: Organization) {
    this.#written.organization = value;
  }

  get membership(): Membership | null {
    if (this.#written.membership !== undefined) return this.#written.membership;
    const row = this.#authority.membershipRow;
    return row === null ? null : mapCachedRow(this.#em, Membership, row);
  }

  set membership(value: Membership | null) {
    this.#written.membership = value;
  }

  get session(): Session {
    const lastSeenAt = this.#lastSeenAt;
    return this.#written.session ?? mapCachedRow(this.#em, Session, this.#authority.sessionRow, (session) => (session.lastSeenAt = new Date(lastSeenAt)));
  }

  set session(value: Session) {
    this.#written.session = value;
  }
}
