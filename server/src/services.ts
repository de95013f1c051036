import type { Logger } from 'pino';
import { AuthService } from './auth/auth.service';
import { LoginLimiter } from './auth/login-limiter';
import type { Config } from './config';
import type { Keyring } from './crypto/keyring';
import { LogMailer, type Mailer } from './mail/mailer';
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
  mailer: Mailer;
}

/** What services are built from: one per server instance. */
export interface ServiceDeps {
  config: Config;
  logger: Logger;
  keyring: Keyring;
}

export function createServices({ logger }: ServiceDeps): Services {
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
    mailer: new LogMailer(logger),
  };
}
