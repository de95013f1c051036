import { AuthService } from './auth/auth.service';
import { LoginLimiter } from './auth/login-limiter';
import { SessionService } from './auth/session.service';
import { AuditService } from './modules/audit/audit.service';
import { OrganizationService } from './modules/organizations/organization.service';
import { RoleService } from './modules/roles/role.service';
import { SetupService } from './modules/setup/setup.service';

/** The services of one server instance. They hold no request state; each call takes its entity manager. */
export interface Services {
  audit: AuditService;
  sessions: SessionService;
  auth: AuthService;
  organizations: OrganizationService;
  roles: RoleService;
  setup: SetupService;
}

export function createServices(): Services {
  const audit = new AuditService();
  const sessions = new SessionService();
  const roles = new RoleService();
  const organizations = new OrganizationService(audit);
  return {
    audit,
    sessions,
    auth: new AuthService(sessions, new LoginLimiter(), audit),
    organizations,
    roles,
    setup: new SetupService(roles, organizations, sessions, audit),
  };
}
