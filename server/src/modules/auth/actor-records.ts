import type { ApiKeyIdentity } from '../api-keys/api-key-authenticator';
import type { Organization } from '../organizations/organization.entity';
import type { Membership } from '../users/membership.entity';
import type { User } from '../users/user.entity';
import type { Session } from './session.entity';

/** The entities an actor carries (see `ActorRecords` in core/actor.ts). */
declare module '../../core/actor' {
  interface ActorRecords {
    user: User;
    membership: Membership;
    organization: Organization;
    session: Session;
    /** Plain values from the authority cache, not the row (see ApiKeyIdentity). */
    apiKey: ApiKeyIdentity;
  }
}
