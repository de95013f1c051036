import type { MailMessage } from '../../mail/mailer';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The invitation email: who invited whom to which organization, the one-time link and when it expires. */
export function invitationEmail(options: {
  to: string;
  inviterName: string;
  organizationName: string;
  link: string;
  expiresAt: Date;
}): MailMessage {
  const { to, inviterName, organizationName, link, expiresAt } = options;
  const expires = expiresAt.toUTCString();
  return {
    to,
    subject: `You are invited to ${organizationName} on Keyward`,
    text: [
      `${inviterName} invited you to join ${organizationName} on Keyward.`,
      '',
      'Set your password and sign in with this link (it works once):',
      link,
      '',
      `The link expires on ${expires}. If it has expired, ask an administrator to send a new invitation.`,
      'If you did not expect this email, you can ignore it.',
    ].join('\n'),
    html: [
      `<p>${escapeHtml(inviterName)} invited you to join <strong>${escapeHtml(organizationName)}</strong> on Keyward.</p>`,
      `<p><a href="${escapeHtml(link)}">Set your password and sign in</a> (the link works once).</p>`,
      `<p>The link expires on ${escapeHtml(expires)}. If it has expired, ask an administrator to send a new invitation.</p>`,
      '<p>If you did not expect this email, you can ignore it.</p>',
    ].join('\n'),
  };
}
