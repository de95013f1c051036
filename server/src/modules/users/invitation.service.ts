import type { EntityManager } from '@mikro-orm/postgresql';
import { passwordProblem } from '@keyward/shared/password-policy';
import { z } from 'zod';
import type { Actor, RequestMeta } from '../../core/actor';
import type { LoginLimiter } from '../auth/login-limiter';
import { hashPassword } from '../auth/password';
import type { SessionService } from '../auth/session.service';
import { randomToken, sha256Hex } from '../../crypto/random';
import { badField, badInput, conflict, type FieldError } from '../../core/errors';
import type { Links } from '../../mail/links';
import type { Mailer } from '../../mail/mailer';
import type { AuditService } from '../audit/audit.service';
import type { OrganizationService } from '../organizations/organization.service';
import type { RoleService } from '../roles/role.service';
import { Invitation, INVITATION_LIFETIME_MS } from './invitation.entity';
import { invitationEmail } from './invitation-email';
import { assertCanAssign, assertCanManage, assertCanRestore, cleanName, findMember, roleNames, type MemberRecord } from './member-access';
import { Membership } from './membership.entity';
import { User, type SignInMethod } from './user.entity';

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
}

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
      sessions: SessionService;
      limiter: LoginLimiter;
      audit: AuditService;
      mailer: Mailer;
      links: Links;
    },
  ) {}

  /** Creates an INVITED member and emails the one-time link. Returns the token for callers that are not the API (tests). */
  async invite(em: EntityManager, actor: Actor, input: InviteUserInput, meta: RequestMeta): Promise<{ record: MemberRecord; token: string }> {
    const email = input.email.trim().toLowerCase();
    const problems: FieldError[] = [];
    if (email.length > 320 || !emailSchema.safeParse(email).success) problems.push({ field: 'email', message: 'Enter a valid email address.' });
    const firstName = cleanName(input.firstName, 'firstName', problems);
    const lastName = cleanName(input.lastName, 'lastName', problems);
    if ((input.signInMethod ?? 'PASSWORD') !== 'PASSWORD') {
      problems.push({ field: 'signInMethod', message: 'No SSO provider is configured yet. Invite the user with a password.' });
    }
    if (input.roleIds.length === 0) problems.push({ field: 'roleIds', message: 'Choose at least one role.' });
    if (problems.length > 0) throw badInput(problems);

    const { record, token } = await em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const roles = await this.deps.roles.resolveForAssignment(tx, actor, input.roleIds);
      assertCanAssign(actor, roles);
      const existing = await tx.findOne(User, { email });
      if (existing !== null) {
        const here = await tx.findOne(Membership, { user: existing, organization: actor.organization.id });
        throw badField(
          'email',
          here === null
            ? 'This email address already has a Keyward account.'
            : here.status === 'INVITED'
              ? `${email} is already invited to this organization; the invitation is waiting to be accepted.`
              : `${email} is already a member of this organization.`,
        );
      }
      const displayName = [firstName, lastName].filter((n) => n !== null).join(' ') || (email.split('@')[0] ?? email);
      const user = tx.create(User, {
        email,
        firstName,
        lastName,
        displayName,
        signInMethod: 'PASSWORD',
        isSuperAdmin: roles.some((r) => r.builtInKey === 'SUPER_ADMIN'),
      });
      const membership = tx.create(Membership, { user, organization: actor.organization.id, status: 'INVITED' });
      membership.roles.set(roles);
      return this.deliver(tx, actor, membership, meta, { action: 'user.invited', summary: `Invited ${email} with role(s) ${roleNames(roles)}` });
    });
    return { record, token };
  }

  /** A new link for a pending invitation; the previous link stops working. */
  async resendInvitation(em: EntityManager, actor: Actor, userId: string, meta: RequestMeta): Promise<{ record: MemberRecord; token: string }> {
    return em.transactional(async (tx) => {
      await this.deps.organizations.lockForAccessChanges(tx, actor.organization.id);
      const membership = await findMember(tx, actor, userId);
      assertCanManage(actor, membership);
      if (membership.status !== 'INVITED') throw conflict(`${membership.user.email} has already accepted the invitation.`);
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
    return {
      email: invitation.membership.user.email,
      organizationName: invitation.membership.organization.name,
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * Sets the invited user's password, activates the membership and starts a session. The link
   * works once: a concurrent second use finds it already claimed.
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
    const weak = passwordProblem(password);
    if (weak !== null) throw badField('password', weak);
    const passwordHash = await hashPassword(password);

    return em.transactional(async (tx) => {
      const claimed = await tx.nativeUpdate(Invitation, { id: invitation.id, acceptedAt: null }, { acceptedAt: new Date() });
      if (claimed === 0) throw badField('token', INVITATION_USED);
      const membership = await tx.findOneOrFail(Membership, { id: invitation.membership.id }, { populate: ['user', 'organization'] });
      if (membership.status !== 'INVITED') throw badField('token', INVITATION_NOT_VALID);
      const { user } = membership;
      membership.status = 'ACTIVE';
      user.passwordHash = passwordHash;
      user.lastLoginAt = new Date();
      await tx.nativeDelete(Invitation, { membership, acceptedAt: null });
      const sessionToken = await this.deps.sessions.create(tx, user, membership.organization, meta);
      this.deps.audit.record(tx, meta, {
        organizationId: membership.organization.id,
        action: 'user.invitation_accepted',
        actorType: 'USER',
        actorLabel: user.email,
        targetType: 'User',
        targetId: user.id,
        summary: `${user.email} accepted the invitation, set a password and signed in`,
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
    await this.sendInvitation(actor, membership.user, token, invitation);
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

  private async sendInvitation(actor: Actor, user: User, token: string, invitation: Invitation): Promise<void> {
    await this.deps.mailer.send(
      invitationEmail({
        to: user.email,
        inviterName: actor.kind === 'user' ? actor.user.displayName : actor.apiKey.name,
        organizationName: actor.organization.name,
        link: this.deps.links.invitation(token),
        expiresAt: invitation.expiresAt,
      }),
    );
  }
}

function invitationProblem(invitation: Invitation | null): string | null {
  if (invitation === null) return INVITATION_NOT_VALID;
  if (invitation.acceptedAt !== null) return INVITATION_USED;
  if (invitation.membership.status !== 'INVITED') return INVITATION_NOT_VALID;
  if (invitation.expiresAt.getTime() <= Date.now()) return INVITATION_EXPIRED;
  return null;
}
