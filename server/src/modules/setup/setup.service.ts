import type { EntityManager } from '@mikro-orm/postgresql';
import { passwordProblem } from '@keyward/shared/password-policy';
import { z } from 'zod';
import type { RequestMeta } from '../../core/actor';
import type { LoginLimiter } from '../../rate-limit/login-limiter';
import { hashPassword } from '../../crypto/password';
import type { SessionService } from '../auth/session.service';
import { randomToken, sha256Hex } from '../../crypto/random';
import { badField, badInput, type FieldError } from '../../core/errors';
import type { AuditService } from '../audit/audit.service';
import type { OrganizationService } from '../organizations/organization.service';
import type { RoleService } from '../roles/role.service';
import type { User } from '../users/user.entity';
import type { UserService } from '../users/user.service';
import { SetupToken } from './setup-token.entity';
import { SetupError } from './setup.errors';

export interface FirstAdminInput {
  email: string;
  password: string;
  displayName: string;
  organizationName: string;
}

const emailSchema = z.email();

/** First run: the first super admin, from configuration or through the one-time setup link. */
export class SetupService {
  constructor(
    private readonly roles: RoleService,
    private readonly organizations: OrganizationService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly limiter: LoginLimiter,
    private readonly users: UserService,
  ) {}

  async needsFirstAdmin(em: EntityManager): Promise<boolean> {
    return (await this.users.countAccounts(em)) === 0;
  }

  /** Replaces any earlier setup token with a new one and returns it (only its hash is stored). */
  async issueSetupToken(em: EntityManager): Promise<string> {
    const token = randomToken(32);
    await em.nativeDelete(SetupToken, {});
    em.create(SetupToken, { tokenHash: sha256Hex(token) });
    await em.flush();
    return token;
  }

  /** Creates the first super admin in a new organization; refuses once any user exists. */
  async createFirstAdmin(em: EntityManager, input: FirstAdminInput, meta: RequestMeta): Promise<User> {
    const problems: FieldError[] = [];
    const email = input.email.trim().toLowerCase();
    if (!emailSchema.safeParse(email).success) problems.push({ field: 'email', message: 'Enter a valid email address.' });
    const weak = passwordProblem(input.password);
    if (weak !== null) problems.push({ field: 'password', message: weak });
    const displayName = input.displayName.trim();
    if (displayName.length === 0 || displayName.length > 200) problems.push({ field: 'displayName', message: 'Display name is required.' });
    if (input.organizationName.trim().length === 0) problems.push({ field: 'organizationName', message: 'Organization name is required.' });
    if (problems.length > 0) throw badInput(problems);

    return em.transactional(async (tx) => {
      // Serialises concurrent first-admin attempts: only one can see zero users.
      await this.users.lockAccounts(tx);
      if (!(await this.needsFirstAdmin(tx))) throw new SetupError('SETUP_DONE', 'Keyward is already set up. Sign in instead.');
      const organization = await this.organizations.create(tx, input.organizationName);
      const superAdmin = await this.roles.builtIn(tx, 'SUPER_ADMIN');
      const user = this.users.addFirstSuperAdmin(tx, organization, superAdmin, { email, displayName, passwordHash: await hashPassword(input.password) });
      await tx.nativeDelete(SetupToken, {});
      this.audit.record(tx, meta, {
        organizationId: organization.id,
        action: 'setup.first_admin_created',
        actorType: 'SYSTEM',
        actorLabel: email,
        targetType: 'User',
        targetId: user.id,
        summary: `Created the first super admin in organization "${organization.name}"`,
      });
      await tx.flush();
      return user;
    });
  }

  /**
   * The setup-link path: the token must match the one printed at start. Attempts are limited like
   * sign-ins (counted before the token is checked), and refused tokens are audited.
   */
  async createFirstAdminWithToken(em: EntityManager, token: string, input: FirstAdminInput, meta: RequestMeta): Promise<{ user: User; sessionToken: string }> {
    const attempt = await this.limiter.reserve('setup', meta.ip);
    const stored = await em.findOne(SetupToken, { tokenHash: sha256Hex(token) });
    if (stored === null) {
      if (!(await this.needsFirstAdmin(em))) throw new SetupError('SETUP_DONE', 'Keyward is already set up. Sign in instead.');
      this.audit.record(em, meta, {
        organizationId: null,
        action: 'setup.token_refused',
        actorLabel: input.email.trim().toLowerCase().slice(0, 320),
        summary: 'First-admin setup refused: the setup link is not valid',
      });
      await em.flush();
      throw badField('token', 'This setup link is not valid. Use the link printed in the server log.');
    }
    await attempt.succeeded();
    const user = await this.createFirstAdmin(em, input, meta);
    const sessionToken = await this.sessions.create(em, user, await this.users.organizationOf(em, user), meta);
    user.lastLoginAt = new Date();
    await em.flush();
    return { user, sessionToken };
  }
}
