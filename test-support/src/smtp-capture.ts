import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  to: string[];
  /** The whole message, quoted-printable soft breaks and escapes decoded. */
  body: string;
}

export interface SmtpCapture {
  /** Point Keyward's SMTP_URL here. */
  url: string;
  mails: CapturedMail[];
  /** The next mail to `to` that arrives (or has arrived and was not taken yet). */
  waitFor: (to: string, timeoutMs?: number) => Promise<CapturedMail>;
  close: () => Promise<void>;
}

export interface SmtpCaptureOptions {
  /** How long `waitFor` waits when not told otherwise. */
  waitTimeoutMs?: number;
  /** A port of its own choosing, e.g. to bring back a capture a test closed on the port a server was given; a free one otherwise. */
  port?: number;
}

function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A real SMTP server on a free local port that keeps every message it receives. */
export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const defaultTimeoutMs = options.waitTimeoutMs ?? 5000;
  const mails: CapturedMail[] = [];
  const taken = new Set<CapturedMail>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), body: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(to, timeoutMs = defaultTimeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = mails.find((m) => !taken.has(m) && m.to.includes(to.toLowerCase()));
        if (mail) {
          taken.add(mail);
          return mail;
        }
        if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => (closing ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}

/** The invitation link in a captured mail. */
export function invitationLink(mail: CapturedMail): string {
  const match = /https?:\/\/[^\s"<>]+\/invite\/[A-Za-z0-9_-]+/.exec(mail.body);
  if (!match) throw new Error('no invitation link in the mail');
  return match[0];
}
