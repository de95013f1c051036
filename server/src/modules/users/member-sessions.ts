import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestMeta } from '../../core/actor';
import type { Organization } from '../organizations/organization.entity';
import type { User } from './user.entity';

/**
 * The session operations users and invitations need, implemented by the auth module's
 * SessionService (services.ts passes it in): users sits below auth and never imports it.
 */
export interface MemberSessions {
  /** Starts a session for the user in the organization; returns its token. */
  create(em: EntityManager, user: User, organization: Organization, meta: RequestMeta): Promise<string>;
  /** Ends every session of the user; returns how many ended. */
  revokeAllForUser(em: EntityManager, userId: string): Promise<number>;
  /** Ends the user's sessions in one organization; returns how many ended. */
  revokeAllInOrganization(em: EntityManager, userId: string, organizationId: string): Promise<number>;
}
