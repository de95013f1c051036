import type { MailMessage } from '../../mail/mailer';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The invitation email: who invited whom to which organization, the one-time link and when it
 * expires. Someone who already has an account is asked to join with their current password.
 */
export function invitationEmail(options: {
  to: string;
  inviterName: string;
  organizationName: string;
  link: string;
  expiresAt: Date;
  existingAccount?: boolean;
  /** The invitee signs in with this SSO provider (no password). */
  ssoProviderName?: string | null;
}): MailMessage {
  const { to, inviterName, organizationName, link, expiresAt, existingAccount = false, ssoProviderName = null } = options;
  const expires = expiresAt.toUTCString();
  const action =
    ssoProviderName !== null
      ? `Join ${organizationName} by signing in with ${ssoProviderName}`
      : existingAccount
        ? `Join ${organizationName} with the password of your Keyward account`
        : 'Set your password and sign in';
  return {
    to,
    subject: existingAccount ? `Join ${organizationName} on Keyward` : `You are invited to ${organizationName} on Keyward`,
    text: [
      `${inviterName} invited you to join ${organizationName} on Keyward.`,
      '',
      `${action} with this link (it works once):`,
      link,
      '',
      `The link expires on ${expires}. If it has expired, ask an administrator to send a new invitation.`,
      'If you did not expect this email, you can ignore it.',
    ].join('\n'),
    html: [
      `<p>${escapeHtml(inviterName)} invited you to join <strong>${escapeHtml(organizationName)}</strong> on Keyward.</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a> (the link works once).</p>`,
      `<p>The link expires on ${escapeHtml(expires)}. If it has expired, ask an administrator to send a new invitation.</p>`,
      '<p>If you did not expect this email, you can ignore it.</p>',
    ].join('\n'),
  };
}
