import type { Permission } from '@keyward/shared/permissions';
import type { ApiKey } from '../modules/api-keys/api-key.entity';
import type { Organization } from '../modules/organizations/organization.entity';
import type { Membership } from '../modules/users/membership.entity';
import type { User } from '../modules/users/user.entity';
import type { Session } from '../modules/auth/session.entity';

/** Who is making a request, decided once per request before execution. */
export interface UserActor {
  kind: 'user';
  user: User;
  membership: Membership;
  organization: Organization;
  permissions: ReadonlySet<Permission>;
  session: Session;
}

/**
 * An integrator calling with `X-API-Key` / `Authorization: Bearer`. It acts inside the key's
 * organization with its roles' permissions narrowed by its scopes; it is not a user (no
 * `viewer`, no password, no session).
 */
export interface ApiKeyActor {
  kind: 'apiKey';
  apiKey: ApiKey;
  organization: Organization;
  permissions: ReadonlySet<Permission>;
}

export type Actor = UserActor | ApiKeyActor;

/** The request's origin, for audit events and rate limits. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}
