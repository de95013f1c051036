import type { Permission } from '@keyward/shared/permissions';
import type { Organization } from '../modules/organizations/organization.entity';
import type { Membership } from '../modules/users/membership.entity';
import type { User } from '../modules/users/user.entity';
import type { Session } from './session.entity';

/** Who is making a request, decided once per request before execution. */
export interface UserActor {
  kind: 'user';
  user: User;
  membership: Membership;
  organization: Organization;
  permissions: ReadonlySet<Permission>;
  session: Session;
}

export type Actor = UserActor;

/** The request's origin, for audit events and rate limits. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}
