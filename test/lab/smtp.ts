/**
 * The lab's SMTP submission server: requires AUTH like a real provider, then relays each accepted
 * message over LMTP into the recipients' Dovecot mailboxes, with the SMTP envelope.
 *
 * Answers, like a provider would:
 * - wrong credentials → 535; no AUTH → 530 (smtp-server's own answers);
 * - a recipient Dovecot does not know → 550 at RCPT (what Dovecot's LMTP says, passed on);
 * - Dovecot down → 451 (temporary: the client is expected to retry later).
 */
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import nodemailer from 'nodemailer';

export interface LmtpTarget {
  host: string;
  port: number;
}

/** Delivers a raw message over LMTP. Rejects with `responseCode` set when Dovecot refuses it. */
export async function deliverLmtp(target: LmtpTarget, from: string, to: string[], raw: Buffer | string): Promise<void> {
  const transport = nodemailer.createTransport({
    lmtp: true,
    host: target.host,
    port: target.port,
    ignoreTLS: true,
    connectionTimeout: 3000,
    greetingTimeout: 3000,
    name: 'lab.localhost',
  } as never);
  try {
    const info = await transport.sendMail({ envelope: { from, to }, raw });
    if (info.rejected.length > 0) {
      const err = new Error(`LMTP rejected ${info.rejected.join(', ')}`) as Error & { responseCode?: number };
      err.responseCode = 550;
      throw err;
    }
  } finally {
    transport.close();
  }
}

function smtpError(code: number, message: string): Error & { responseCode: number } {
  const err = new Error(message) as Error & { responseCode: number };
  err.responseCode = code;
  return err;
}

export interface SubmissionServer {
  port: number;
  close(): Promise<void>;
}

/**
 * @param users the lab's live address → password map (read at each AUTH/RCPT, so addUser applies at once)
 * @param lmtp where Dovecot's LMTP listens
 * @param dovecotUp whether Dovecot is running (answers 451 at once when it is not)
 */
export async function startSubmissionServer(options: {
  users: Record<string, string>;
  lmtp: LmtpTarget;
  dovecotUp: () => boolean;
  port: number;
}): Promise<SubmissionServer> {
  const { users, lmtp, dovecotUp } = options;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    banner: 'debrief mail lab',
    closeTimeout: 500,
    size: 25 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const user = (auth.username ?? '').toLowerCase();
      if (user in users && users[user] === auth.password) return callback(null, { user });
      return callback(smtpError(535, '5.7.8 Authentication credentials invalid'));
    },
    onMailFrom(_address, _session, callback) {
      if (!dovecotUp()) return callback(smtpError(451, '4.3.0 Mail store temporarily unavailable, try again later'));
      callback();
    },
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (!(to in users)) return callback(smtpError(550, `5.1.1 <${address.address}> User doesn't exist: ${address.address}`));
      callback();
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address);
        deliverLmtp(lmtp, from, to, Buffer.concat(chunks)).then(
          () => callback(),
          (err: Error & { responseCode?: number; code?: string }) => {
            // A refused connection or a 4xx from LMTP is temporary; a 5xx is passed on as is.
            const code = err.responseCode && err.responseCode >= 500 ? err.responseCode : 451;
            callback(smtpError(code, `${code === 451 ? '4.3.0' : '5.0.0'} ${err.message}`));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  let closing: Promise<void> | null = null;
  return {
    port,
    close: () => (closing ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}
