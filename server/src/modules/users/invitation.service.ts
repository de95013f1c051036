import type { EntityManager } from '@mikro-orm/postgresql';
import { passwordProblem } from '@keyward/shared/password-policy';
import { z } from 'zod';
import type { Actor, RequestMeta } from '../../core/actor';
import type { LoginLimiter } from '../../rate-limit/login-limiter';
import { hashPassword, verifyPassword } from '../../crypto/password';
import type { MemberSessions } from './member-sessions';
import { randomToken, sha256Hex } from '../../crypto/random';
import { badField, badInput, forbidden, type FieldError } from '../../core/errors';
import type { Links } from '../../mail/links';
import type { Mailer } from '../../mail/mailer';
import type { AuditService } from '../audit/audit.service';
import type { OrganizationService } from '../organizations/organization.service';
import type { Role } from '../roles/role.entity';
import type { RoleService } from '../roles/role.service';
import { Invitation, INVITATION_LIFETIME_MS } from './invitation.entity';
import { invitationEmail } from './invitation-email';
import { assertCanAssign, assertCanManage, assertCanRestore, cleanName, findMember, roleNames, type MemberRecord } from './member-access';
import { Membership } from './membership.entity';
import { User, type SignInMethod } from './user.entity';
import { UserError } from './user.errors';
import type { AuthorityInvalidation } from '../../authority/authority-invalidation';
import { userScope } from '../../authority/authority-cache';
import { ssoStartPath } from '@keyward/shared/sso';
import type { SsoProviderDirectory } from './sso-providers';
import { assertSameSignIn, assertSsoRoles, signInChoice, type SignInChoice } from './sign-in-choice';

const emailSchema = z.email();

const INVITATION_NOT_VALID = 'This invitation link is not valid. Ask an administrator to send you a new invitation.';
const INVITATION_USED = 'This invitation has already been used. Sign in with your email and password instead.';
const INVITATION_EXPIRED = 'This invitation has expired. Ask an administrator to send you a new one.';

export interface InviteUserInput {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  signInMethod?: SignInMethod | null;
  ssoProvider?: string | null;
  roleIds: string[];
}

export interface InvitationPreview {
  email: string;
  organizationName: string;
  expiresAt: Date;
  /** The email already has an account: accepting takes its current password, not a new one. */
  existingAccount: boolean;
  signInMethod: SignInMethod;
  /** With SSO: the provider to accept through. */
  ssoProvider: { id: string; displayName: string; startUrl: string } | null;
}

export interface CreateUserInput {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  password?: string | null;
  signInMethod?: SignInMethod | null;
  ssoProvider?: string | null;
  roleIds: string[];
}

const WRONG_PASSWORD = 'This is not the password of your Keyward account. Enter your current password to join.';

/**
 * Invitations: adding a member as INVITED with a one-time emailed link, sending a new link, and the
 * public side of the link (preview, then accept with a password). Admin-side calls are scoped to the
 * actor's organization, so another organization's user is NOT_FOUND.
 */
export class InvitationService {
  constructor(
    private readonly deps: {
      roles: RoleService;
      organizations: OrganizationService;
      sessions: MemberSessions;
      /** Accepting makes a membership active (and maybe a super admin): the user's cached sessions change. */
      invalidation: AuthorityInvalidation;
      limiter: LoginLimiter;
      audit: AuditService;
      mailer: Mailer;
      links: Links;
      ssoProviders: SsoProviderDirectory;
    },
  ) {}

  /** Creates an INVITED member and emails the one-time link. Returns the token for callers that are not the API (tests). */
  async invite(em: EntityManager, actor: Actor, input: InviteUserInput, meta: RequestMeta): Promise<{ record: MemberRecord; token: string }> {
    const problems: FieldError[] = [];
    const person = newPerson(input, problems);
    const { email } = person;
    const choice = await signInChoice(this.deps.ssoProviders, em, actor, input, problems);
    if (problems.length > 0) throw badInput(problems);

    const { record, token } = await em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const roles = await this.deps.roles.resolveForAssignment(tx, actor, input.roleIds);
      assertCanAssign(actor, roles);
      assertSsoRoles(choice, roles);
      const existing = await tx.findOne(User, { email });
      if (existing !== null) {
        assertSameSignIn(existing, choice);
        const here = await tx.findOne(Membership, { user: existing, organization: actor.organization.id });
        if (here !== null) {
          throw badField(
            'email',
            here.status === 'INVITED'
              ? `${email} is already invited to this organization; the invitation is waiting to be accepted.`
              : `${email} is already a member of this organization.`,
          );
        }
        // An existing account joins: a new membership; the account (names, password) stays as it is.
        const membership = tx.create(Membership, { user: existing, organization: actor.organization.id, status: 'INVITED' });
        membership.roles.set(roles);
        return this.deliver(tx, actor, membership, meta, { action: 'user.invited', summary: `Invited ${email} (an existing account) with role(s) ${roleNames(roles)}` });
      }
      const membership = createAccount(tx, actor, person, roles, { status: 'INVITED', choice });
      const via = choice.method === 'SSO' ? ` to sign in with ${choice.provider.displayName}` : '';
      return this.deliver(tx, actor, membership, meta, { action: 'user.invited', summary: `Invited ${email}${via} with role(s) ${roleNames(roles)}` });
    });
    return { record, token };
  }

  /**
   * Super admins (the portal's Create User): an ACTIVE member with an initial password (policy
   * checked) that they must change at first sign-in. Org admins invite instead.
   */
  async createWithPassword(em: EntityManager, actor: Actor, input: CreateUserInput, meta: RequestMeta): Promise<MemberRecord> {
    if (actor.kind !== 'user' || !actor.user.isSuperAdmin) throw forbidden('Only a super admin can create a user with a password. Invite the user instead.');
    const problems: FieldError[] = [];
    const person = newPerson(input, problems);
    const { email } = person;
    const choice = await signInChoice(this.deps.ssoProviders, em, actor, input, problems);
    if (choice.method === 'PASSWORD') {
      const weak = input.password == null || input.password === '' ? 'Enter an initial password.' : passwordProblem(input.password);
      if (weak !== null) problems.push({ field: 'password', message: weak });
    }
    if (problems.length > 0) throw badInput(problems);
    const passwordHash = choice.method === 'PASSWORD' ? await hashPassword(input.password ?? '') : null;

    return em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const roles = await this.deps.roles.resolveForAssignment(tx, actor, input.roleIds);
      assertCanAssign(actor, roles);
      assertSsoRoles(choice, roles);
      const existing = await tx.findOne(User, { email });
      if (existing !== null) {
        const here = await tx.count(Membership, { user: existing, organization: actor.organization.id });
        throw badField('email', here > 0 ? `${email} is already a member of this organization.` : `${email} already has a Keyward account. Invite it to add it to this organization.`);
      }
      const membership =
        passwordHash === null
          ? createAccount(tx, actor, person, roles, { status: 'ACTIVE', choice })
          : createAccount(tx, actor, person, roles, { status: 'ACTIVE', choice, passwordHash, mustChangePassword: true });
      const { user } = membership;
      this.deps.audit.record(tx, meta, {
        organizationId: actor.organization.id,
        actor,
        action: 'user.created',
        targetType: 'User',
        targetId: user.id,
        summary:
          choice.method === 'SSO'
            ? `Created ${email} signing in with ${choice.provider.displayName} and role(s) ${roleNames(roles)}`
            : `Created ${email} with an initial password and role(s) ${roleNames(roles)}; they must change it at first sign-in`,
      });
      await tx.flush();
      return { membership, invitation: null };
    });
  }

  /** A new link for a pending invitation; the previous link stops working. */
  async resendInvitation(em: EntityManager, actor: Actor, userId: string, meta: RequestMeta): Promise<{ record: MemberRecord; token: string }> {
    return em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const membership = await findMember(tx, actor, userId);
      assertCanManage(actor, membership);
      if (membership.status !== 'INVITED') throw new UserError('USER_INVITATION_ACCEPTED', `${membership.user.email} has already accepted the invitation.`);
      assertCanRestore(actor, membership, 'send a new invitation to');
      await tx.nativeDelete(Invitation, { membership, acceptedAt: null });
      return this.deliver(tx, actor, membership, meta, {
        action: 'user.invitation_resent',
        summary: `Sent a new invitation to ${membership.user.email}; the previous link no longer works`,
      });
    });
  }

  /** What the accept-invitation page shows before the password is set. */
  async previewInvitation(em: EntityManager, token: string): Promise<InvitationPreview> {
    const invitation = await em.findOne(
      Invitation,
      { tokenHash: sha256Hex(token) },
      { populate: ['membership', 'membership.user', 'membership.organization'] },
    );
    const problem = invitationProblem(invitation);
    if (problem !== null || invitation === null) throw badField('token', problem ?? INVITATION_NOT_VALID);
    const { user } = invitation.membership;
    const provider = user.signInMethod === 'SSO' && user.ssoProvider !== null ? await this.deps.ssoProviders.byId(em, user.ssoProvider) : null;
    return {
      email: user.email,
      organizationName: invitation.membership.organization.name,
      expiresAt: invitation.expiresAt,
      existingAccount: await hasPassword(em, user.id),
      signInMethod: user.signInMethod,
      ssoProvider: provider === null ? null : { id: provider.id, displayName: provider.displayName, startUrl: ssoStartPath(provider.id) },
    };
  }

  /**
   * Activates the membership and starts a session there. A new account sets its password (policy);
   * an existing account proves its current one (rate limited like sign-in). The link works once:
   * a concurrent second use finds it already claimed.
   */
  async acceptInvitation(em: EntityManager, token: string, password: string, meta: RequestMeta): Promise<{ user: User; sessionToken: string }> {
    const tokenHash = sha256Hex(token);
    const limiterKey = `invitation:${tokenHash.slice(0, 24)}`;
    const attempt = await this.deps.limiter.reserve(limiterKey, meta.ip);
    const invitation = await em.findOne(
      Invitation,
      { tokenHash },
      { populate: ['membership', 'membership.user', 'membership.organization'] },
    );
    const problem = invitationProblem(invitation);
    if (problem !== null || invitation === null) {
      this.deps.audit.record(em, meta, {
        organizationId: invitation?.membership.organization.id ?? null,
        action: 'user.invitation_accept_failed',
        actorLabel: invitation?.membership.user.email,
        targetType: invitation ? 'User' : undefined,
        targetId: invitation?.membership.user.id,
        summary: `Invitation refused: ${problem ?? INVITATION_NOT_VALID}`,
      });
      await em.flush();
      throw badField('token', problem ?? INVITATION_NOT_VALID);
    }
    await attempt.succeeded();
    const invited = invitation.membership.user;
    if (invited.signInMethod === 'SSO') {
      throw badField('password', 'This invitation is accepted by signing in with your organization’s SSO provider, not with a password. Use “Continue with …” on the invitation page.');
    }
    const existing = await em.findOneOrFail(User, { id: invited.id }, { populate: ['passwordHash'] });
    let passwordHash: string | null = null;
    if (existing.passwordHash === null) {
      const weak = passwordProblem(password);
      if (weak !== null) throw badField('password', weak);
      passwordHash = await hashPassword(password);
    } else {
      const signIn = await this.deps.limiter.reserve(existing.email, meta.ip);
      if (!(await verifyPassword(existing.passwordHash, password))) {
        this.deps.audit.record(em, meta, {
          organizationId: invitation.membership.organization.id,
          action: 'user.invitation_accept_failed',
          actorLabel: existing.email,
          targetType: 'User',
          targetId: existing.id,
          summary: 'Invitation refused: wrong password of the existing account',
        });
        await em.flush();
        throw badField('password', WRONG_PASSWORD);
      }
      await signIn.succeeded();
    }

    return em.transactional(async (tx) => {
      const claimed = await tx.nativeUpdate(Invitation, { id: invitation.id, acceptedAt: null }, { acceptedAt: new Date() });
      if (claimed === 0) throw badField('token', INVITATION_USED);
      const membership = await tx.findOneOrFail(Membership, { id: invitation.membership.id }, { populate: ['user', 'organization', 'roles'] });
      if (membership.status !== 'INVITED') throw badField('token', INVITATION_NOT_VALID);
      const { user } = membership;
      membership.status = 'ACTIVE';
      if (passwordHash !== null) user.passwordHash = passwordHash;
      if (membership.roles.getItems().some((r) => r.builtInKey === 'SUPER_ADMIN')) user.isSuperAdmin = true;
      user.lastLoginAt = new Date();
      await this.deps.invalidation.changed(tx, [userScope(user.id)]);
      await tx.nativeDelete(Invitation, { membership, acceptedAt: null });
      const sessionToken = await this.deps.sessions.create(tx, user, membership.organization, meta);
      this.deps.audit.record(tx, meta, {
        organizationId: membership.organization.id,
        action: 'user.invitation_accepted',
        actorType: 'USER',
        actorLabel: user.email,
        targetType: 'User',
        targetId: user.id,
        summary: `${user.email} accepted the invitation, ${passwordHash === null ? 'with the password of their existing account,' : 'set a password'} and signed in`,
      });
      await tx.flush();
      return { user, sessionToken };
    });
  }

  /**
   * Issues a new link for the invited member, records the audit event, saves and emails the link.
   * Sent inside the caller's transaction: if the mail cannot go out, nothing is saved and the admin can retry.
   */
  private async deliver(
    tx: EntityManager,
    actor: Actor,
    membership: Membership,
    meta: RequestMeta,
    event: { action: string; summary: string },
  ): Promise<{ record: MemberRecord; token: string }> {
    const { invitation, token } = this.issueInvitation(tx, membership);
    this.deps.audit.record(tx, meta, {
      organizationId: actor.organization.id,
      actor,
      action: event.action,
      targetType: 'User',
      targetId: membership.user.id,
      summary: event.summary,
    });
    await tx.flush();
    await this.sendInvitation(tx, actor, membership.user, token, invitation);
    return { record: { membership, invitation }, token };
  }

  private issueInvitation(em: EntityManager, membership: Membership): { invitation: Invitation; token: string } {
    const token = randomToken(32);
    const invitation = em.create(Invitation, {
      membership,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    });
    return { invitation, token };
  }

  private async sendInvitation(em: EntityManager, actor: Actor, user: User, token: string, invitation: Invitation): Promise<void> {
    const provider = user.signInMethod === 'SSO' && user.ssoProvider !== null ? await this.deps.ssoProviders.byId(em, user.ssoProvider) : null;
    await this.deps.mailer.send(
      invitationEmail({
        ssoProviderName: provider?.displayName ?? null,
        existingAccount: await hasPassword(em, user.id),
        to: user.email,
        inviterName: actor.kind === 'user' ? actor.user.displayName : actor.apiKey.name,
        organizationName: actor.organization.name,
        link: this.deps.links.invitation(token),
        expiresAt: invitation.expiresAt,
      }),
    );
  }
}

interface NewPerson {
  email: string;
  firstName: string | null;
  lastName: string | null;
}

/** The checked email and names of someone being added, and at least one role; problems are collected. */
function newPerson(input: { email: string; firstName?: string | null; lastName?: string | null; roleIds: string[] }, problems: FieldError[]): NewPerson {
  const email = input.email.trim().toLowerCase();
  if (email.length > 320 || !emailSchema.safeParse(email).success) problems.push({ field: 'email', message: 'Enter a valid email address.' });
  const firstName = cleanName(input.firstName, 'firstName', problems);
  const lastName = cleanName(input.lastName, 'lastName', problems);
  if (input.roleIds.length === 0) problems.push({ field: 'roleIds', message: 'Choose at least one role.' });
  return { email, firstName, lastName };
}

/** A new account with its first membership (in the actor's organization) holding these roles. */
function createAccount(
  tx: EntityManager,
  actor: Actor,
  { email, firstName, lastName }: NewPerson,
  roles: Role[],
  options: { status: 'INVITED' | 'ACTIVE'; choice: SignInChoice; passwordHash?: string; mustChangePassword?: boolean },
): Membership {
  const { choice } = options;
  const user = tx.create(User, {
    email,
    firstName,
    lastName,
    displayName: [firstName, lastName].filter((n) => n !== null).join(' ') || (email.split('@')[0] ?? email),
    signInMethod: choice.method,
    ssoProvider: choice.method === 'SSO' ? choice.provider.id : null,
    passwordHash: options.passwordHash ?? null,
    mustChangePassword: options.mustChangePassword ?? false,
    isSuperAdmin: roles.some((r) => r.builtInKey === 'SUPER_ADMIN'),
  });
  const membership = tx.create(Membership, { user, organization: actor.organization.id, status: options.status });
  membership.roles.set(roles);
  return membership;
}

/** Whether the account can already sign in with a password (an invitation then joins, it does not set one). */
async function hasPassword(em: EntityManager, userId: string): Promise<boolean> {
  return (await em.count(User, { id: userId, passwordHash: { $ne: null } })) > 0;
}

function invitationProblem(invitation: Invitation | null): string | null {
  if (invitation === null) return INVITATION_NOT_VALID;
  if (invitation.acceptedAt !== null) return INVITATION_USED;
  if (invitation.membership.status !== 'INVITED') return INVITATION_NOT_VALID;
  if (invitation.expiresAt.getTime() <= Date.now()) return INVITATION_EXPIRED;
  return null;
}
