/**
 * The mail lab's public face: a real Dovecot (IMAP, IMAPS, LMTP) and an SMTP submission server
 * on loopback, started per test file (or per demo), with helpers that play the other people.
 */
import type { SendMailOptions } from 'nodemailer';

export interface LabMessage {
  uid: number;
  messageId: string;
  subject: string;
  from: string;
  to: string[];
  inReplyTo: string | null;
  references: string[];
  date: string | null;
  flags: string[];
  text: string;
  raw: Buffer;
}

export interface MailLab {
  dir: string;
  host: '127.0.0.1';
  imapPort: number;
  imapsPort: number;
  lmtpPort: number;
  smtpPort: number;
  /** address → password */
  users: Record<string, string>;
  /** Delivers a raw message straight into the mailboxes of `to` over LMTP (as if from outside). */
  deliver(to: string | string[], raw: string | Buffer, from?: string): Promise<void>;
  /** Sends as `user` through the lab SMTP server (authenticated), like a mail client would. */
  sendAs(user: string, mail: SendMailOptions): Promise<{ messageId: string }>;
  /** Lists a folder of a user's (INBOX by default). */
  list(user: string, folder?: string): Promise<LabMessage[]>;
  /** Waits until a message matching `predicate` is in the folder; rejects after timeoutMs (default 5000). */
  waitFor(user: string, predicate: (m: LabMessage) => boolean, options?: { folder?: string; timeoutMs?: number }): Promise<LabMessage>;
  addUser(address: string, password: string): Promise<void>;
  /** Stops Dovecot only (for outage tests); SMTP stays up and answers 4xx meanwhile. */
  stopDovecot(): Promise<void>;
  /** Starts Dovecot again on the same ports and folder (UIDVALIDITY kept). */
  startDovecot(): Promise<void>;
  /** Stops everything and removes the temp folder. */
  stop(): Promise<void>;
}

export interface LabOptions {
  /** address → password; defaults to the candidate and three employers, see DEFAULT_USERS. */
  users?: Record<string, string>;
}
