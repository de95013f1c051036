import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Role } from '../modules/roles/role.entity';
import { SetupToken } from '../modules/setup/setup-token.entity';
import { Membership } from '../modules/users/membership.entity';
import { User } from '../modules/users/user.entity';
import { Session } from '../auth/session.entity';

/** Every entity, listed explicitly so discovery works the same under tsx, vitest and tsc. */
export const ENTITIES = [Organization, User, Membership, Role, Session, AuditEvent, SetupToken];
