import type { Logger } from 'pino';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends product emails (invitations, password links, expiry reminders). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Without SMTP_URL the message is written to the log instead, so a self-hoster can still
 * copy an invitation link. The log line holds the link on purpose; nothing else secret is mailed.
 */
export class LogMailer implements Mailer {
  constructor(private readonly logger: Logger) {}

  async send(message: MailMessage): Promise<void> {
    this.logger.info({ mail: { to: message.to, subject: message.subject, text: message.text } }, 'email (SMTP_URL not set)');
  }
}
