import type { Permission } from '@keyward/shared/permissions';

/**
 * The records an actor carries. Core names no module: modules/auth/actor-records.ts registers the
 * ORM entities here by declaration merging, so services see the full entities; without that
 * registration an actor still has the minimal shapes below.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ActorRecords {}

interface MinimalRecords {
  user: { id: string };
  membership: { id: string };
  organization: { id: string };
  session: { id: string };
  apiKey: { id: string };
}

type ActorRecord<K extends keyof MinimalRecords> = K extends keyof ActorRecords ? ActorRecords[K] : MinimalRecords[K];

/** Who is making a request, decided once per request before execution. */
export interface UserActor {
  kind: 'user';
  user: ActorRecord<'user'>;
  /**
   * The user's ACTIVE membership in the session's organization; null for a super admin acting in
   * an organization where they have none (they act there with the Super Admin role's permissions).
   */
  membership: ActorRecord<'membership'> | null;
  /** The session's current organization: every request acts in exactly this one. */
  organization: ActorRecord<'organization'>;
  permissions: ReadonlySet<Permission>;
  session: ActorRecord<'session'>;
}

/**
 * An integrator calling with `X-API-Key` / `Authorization: Bearer`. It acts inside the key's
 * organization with its roles' permissions narrowed by its scopes; it is not a user (no
 * `viewer`, no password, no session).
 */
export interface ApiKeyActor {
  kind: 'apiKey';
  apiKey: ActorRecord<'apiKey'>;
  organization: ActorRecord<'organization'>;
  permissions: ReadonlySet<Permission>;
}

export type Actor = UserActor | ApiKeyActor;

/** The request's origin, for audit events and rate limits. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

/** A set nobody can change: mutating it throws. */
class SealedSet<T> extends Set<T> {
  constructor(values: Iterable<T>) {
    super();
    for (const value of values) super.add(value);
  }
  override add(): this {
    throw new TypeError('a permission set is read-only');
  }
  override delete(): boolean {
    throw new TypeError('a permission set is read-only');
  }
  override clear(): void {
    throw new TypeError('a permission set is read-only');
  }
}

/**
 * The permissions of an authority, built once per cached entry and shared by every request it
 * answers, so it cannot be changed (one request widening it would widen the next).
 */
export function sealedPermissions(permissions: Iterable<Permission>): ReadonlySet<Permission> {
  return new SealedSet(permissions);
}
