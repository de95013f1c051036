import type { EntityManager } from '@mikro-orm/postgresql';
import { passwordProblem } from '@keyward/shared/password-policy';
import { badField } from '../../core/errors';
import type { AuditService } from '../audit/audit.service';
import type { Organization } from '../organizations/organization.entity';
import type { OrganizationService } from '../organizations/organization.service';
import type { MemberDirectory } from '../users/member-directory';
import { ssoStartPath } from '@keyward/shared/sso';
import type { SsoProviderDirectory } from '../users/sso-providers';
import type { User } from '../users/user.entity';
import type { RequestMeta, UserActor } from '../../core/actor';
import type { LoginLimiter } from '../../rate-limit/login-limiter';
import { hashPassword, verifyPassword } from '../../crypto/password';
import type { SessionService } from './session.service';
import { AuthError } from './auth.errors';

const INVALID_CREDENTIALS = 'Invalid email or password.';

export interface SignedIn {
  token: string;
  user: User;
}

export class AuthService {
  constructor(
    private readonly sessions: SessionService,
    private readonly limiter: LoginLimiter,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly members: MemberDirectory,
    private readonly ssoProviders: SsoProviderDirectory,
  ) {}

  /**
   * Unknown email and wrong password give the same answer in the same time; a suspended
   * membership is only named once the password has been proven.
   */
  async signIn(em: EntityManager, emailInput: string, password: string, meta: RequestMeta): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    const attempt = await this.limiter.reserve(email, meta.ip);
    const user = await this.members.accountForSignIn(em, email);
    if (user !== null && user.signInMethod === 'SSO') await this.refuseSsoAccount(em, user, meta);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (user === null || !ok) {
      const membership = user ? await this.members.firstMembership(em, user.id, { activeOnly: false }) : null;
      this.audit.record(em, meta, {
        organizationId: membership?.organization.id ?? null,
        action: 'auth.sign_in_failed',
        actorLabel: email.slice(0, 320),
        targetType: user ? 'User' : undefined,
        targetId: user?.id,
        summary: user ? 'Sign-in failed: wrong password' : 'Sign-in failed: unknown email',
      });
      await em.flush();
      throw new AuthError('AUTH_INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    }
    const membership = await this.members.firstMembership(em, user.id, { activeOnly: true });
    // A super admin without an active membership anywhere still enters (the oldest organization).
    const organization: Organization | null = membership?.organization ?? (user.isSuperAdmin ? await this.organizations.oldest(em) : null);
    if (organization === null) {
      const any = await this.members.firstMembership(em, user.id, { activeOnly: false });
      this.audit.record(em, meta, {
        organizationId: any?.organization.id ?? null,
        action: 'auth.sign_in_refused',
        actorLabel: email,
        targetType: 'User',
        targetId: user.id,
        summary: 'Sign-in refused: account disabled',
      });
      await em.flush();
      throw new AuthError('AUTH_ACCOUNT_DISABLED', 'This account is disabled. Ask an administrator of your organization to enable it.');
    }
    await attempt.succeeded();
    const token = await this.sessions.create(em, user, organization, meta);
    user.lastLoginAt = new Date();
    this.audit.record(em, meta, {
      organizationId: organization.id,
      action: 'auth.signed_in',
      actorType: 'USER',
      actorLabel: email,
      targetType: 'User',
      targetId: user.id,
      summary: 'Signed in with password',
    });
    await em.flush();
    return { token, user };
  }

  /**
   * An SSO-only account has no password: the answer names its provider (after the attempt was
   * reserved like a wrong password, which it counts as).
   */
  private async refuseSsoAccount(em: EntityManager, user: User, meta: RequestMeta): Promise<never> {
    const provider = user.ssoProvider === null ? null : await this.ssoProviders.byId(em, user.ssoProvider);
    const membership = await this.members.firstMembership(em, user.id, { activeOnly: false });
    this.audit.record(em, meta, {
      organizationId: provider?.organizationId ?? membership?.organization.id ?? null,
      action: 'auth.sign_in_refused',
      actorLabel: user.email,
      targetType: 'User',
      targetId: user.id,
      summary: `Sign-in refused: ${user.email} signs in with SSO${provider === null ? '' : ` (${provider.displayName})`}, not a password`,
    });
    await em.flush();
    if (provider === null) {
      throw new AuthError('AUTH_SSO_REQUIRED', 'This account signs in with single sign-on, but its provider is no longer configured. Ask an administrator.', {
        extensions: { reason: 'SSO_REQUIRED', provider: null },
      });
    }
    throw new AuthError('AUTH_SSO_REQUIRED', `This account signs in with ${provider.displayName}. Use “Continue with ${provider.displayName}”.`, {
      extensions: { reason: 'SSO_REQUIRED', provider: { id: provider.id, displayName: provider.displayName, startUrl: ssoStartPath(provider.id) } },
    });
  }

  async signOut(em: EntityManager, token: string | undefined, actor: UserActor | null, meta: RequestMeta): Promise<void> {
    if (token !== undefined) await this.sessions.revoke(em, token);
    if (actor) {
      this.audit.record(em, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'auth.signed_out',
        targetType: 'User',
        targetId: actor.user.id,
        summary: 'Signed out',
      });
      await em.flush();
    }
  }

  /** Changes the signed-in user's own password and ends their other sessions. */
  async changePassword(em: EntityManager, actor: UserActor, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<void> {
    const attempt = await this.limiter.reserve(actor.user.email, meta.ip);
    const user = await this.members.accountWithPassword(em, actor.user.id);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      this.audit.record(em, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'auth.password_change_failed',
        targetType: 'User',
        targetId: user.id,
        summary: 'Password change refused: wrong current password',
      });
      await em.flush();
      throw new AuthError('AUTH_WRONG_PASSWORD', 'The current password is not correct.', {
        fields: [{ field: 'currentPassword', message: 'The current password is not correct.' }],
      });
    }
    await attempt.succeeded();
    const problem = passwordProblem(newPassword);
    if (problem !== null) throw badField('newPassword', problem);
    if (currentPassword === newPassword) throw badField('newPassword', 'Choose a password different from the current one.');
    user.passwordHash = await hashPassword(newPassword);
    user.mustChangePassword = false;
    await this.sessions.revokeAllForUser(em, user.id, actor.session.id);
    this.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'auth.password_changed',
      targetType: 'User',
      targetId: user.id,
      summary: 'Changed own password; other sessions ended',
    });
    await em.flush();
  }
}
