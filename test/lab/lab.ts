/**
 * The mail lab: a real Dovecot (IMAP, IMAPS, LMTP) plus an SMTP submission server on loopback,
 * in a temp folder of its own, with helpers that play the other people in the story.
 *
 *     const lab = await startMailLab();
 *     await lab.sendAs('hr@acme.test', { to: 'candidate@example.test', subject: 'Your application', text: '…' });
 *     const m = await lab.waitFor('candidate@example.test', (m) => m.subject === 'Your application');
 *     await lab.stop();
 *
 * Point debrief at it with `labServers(lab)` (IMAP on lab.imapPort without TLS, SMTP on lab.smtpPort).
 * Start-up takes ~0.1–0.2 s; stop() leaves no process and no folder; labs run side by side.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer, { type Transporter, type SendMailOptions } from 'nodemailer';
import type { LabMessage, LabOptions, MailLab } from './types.ts';
import { createDovecot, doveadm, trackDir, untrackDir, type Dovecot } from './dovecot.ts';
import { startSubmissionServer, deliverLmtp, type SubmissionServer } from './smtp.ts';
import { listFolder, waitForMessage } from './mailbox.ts';

export type { LabMessage, LabOptions, MailLab } from './types.ts';
export { INSTALL_HINT } from './dovecot.ts';

/** The candidate and a few employer mailboxes, all in one Dovecot. */
export const DEFAULT_USERS: Readonly<Record<string, string>> = Object.freeze({
  'candidate@example.test': 'secret1',
  'hr@acme.test': 'acme-hr-pass',
  'recruiter@globex.test': 'globex-pass',
  'talent@initech.test': 'initech-pass',
  'noreply@acme.test': 'noreply-pass',
  'postmaster@example.test': 'postmaster-pass',
});

export const CANDIDATE = 'candidate@example.test';

/** Extra handles a test may need beyond MailLab (kept off the shared interface on purpose). */
const internals = new WeakMap<MailLab, Dovecot>();

export async function startMailLab(options: LabOptions = {}): Promise<MailLab> {
  const users: Record<string, string> = {};
  for (const [address, password] of Object.entries(options.users ?? DEFAULT_USERS)) users[address.toLowerCase()] = password;

  const dir = await mkdtemp(join(tmpdir(), 'debrief-lab-'));
  trackDir(dir);
  let dovecot: Dovecot;
  let smtp: SubmissionServer;
  try {
    dovecot = await createDovecot(dir, users);
  } catch (err) {
    untrackDir(dir);
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const host = '127.0.0.1' as const;
  const imap = { host, port: dovecot.imapPort };
  try {
    smtp = await startSubmissionServer({ users, lmtp: { host, port: dovecot.lmtpPort }, dovecotUp: () => dovecot.running, port: 0 });
  } catch (err) {
    await dovecot.stop();
    untrackDir(dir);
    await rm(dir, { recursive: true, force: true });
    throw err;
  }

  const password = (user: string): string => {
    const pass = users[user.toLowerCase()];
    if (pass === undefined) throw new Error(`lab: no user ${user} (known: ${Object.keys(users).join(', ')})`);
    return pass;
  };

  // One pooled transport per sending user: smtp-server waits ~100 ms before each greeting,
  // a pooled connection sends later mails in a few ms.
  const transports = new Map<string, Transporter>();
  const transportFor = (user: string): Transporter => {
    const key = user.toLowerCase();
    let t = transports.get(key);
    if (!t) {
      t = nodemailer.createTransport({
        host,
        port: smtp.port,
        secure: false,
        ignoreTLS: true,
        pool: true,
        maxConnections: 1,
        auth: { user: key, pass: password(key) },
        connectionTimeout: 3000,
        greetingTimeout: 3000,
      });
      transports.set(key, t);
    }
    return t;
  };

  let stopping: Promise<void> | null = null;

  const lab: MailLab = {
    dir,
    host,
    imapPort: dovecot.imapPort,
    imapsPort: dovecot.imapsPort,
    lmtpPort: dovecot.lmtpPort,
    smtpPort: smtp.port,
    users,

    async deliver(to, raw, from = 'sender@outside.test') {
      await deliverLmtp({ host, port: dovecot.lmtpPort }, from, Array.isArray(to) ? to : [to], raw);
    },

    async sendAs(user, mail: SendMailOptions) {
      const info = await transportFor(user).sendMail({ from: user, ...mail });
      return { messageId: info.messageId as string };
    },

    list: (user, folder) => listFolder(imap, user, password(user), folder),

    waitFor: (user, predicate: (m: LabMessage) => boolean, opts) => waitForMessage(imap, user, password(user), predicate, opts),

    async addUser(address, pass) {
      const key = address.toLowerCase();
      await dovecot.addUser(key, pass);
      users[key] = pass;
      // Dovecot stats the passwd-file at most once per second of its clock: a lookup in the
      // same second as the append still sees the old file. Waiting for the next second
      // (≤ 1 s; addUser is rare) makes the new user usable at once when this resolves.
      await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
    },

    stopDovecot: () => dovecot.stop(),
    startDovecot: () => dovecot.start(),

    stop() {
      stopping ??= (async () => {
        for (const t of transports.values()) t.close();
        transports.clear();
        await Promise.all([smtp.close(), dovecot.stop()]);
        await rm(dir, { recursive: true, force: true });
        untrackDir(dir);
      })();
      return stopping;
    },
  };
  internals.set(lab, dovecot);
  return lab;
}

/** Forces a new UIDVALIDITY on a user's folder (as a server migration would), via doveadm. */
export async function setUidValidity(lab: MailLab, user: string, uidValidity: number, folder = 'INBOX'): Promise<void> {
  const d = internals.get(lab);
  if (!d) throw new Error('lab: not a lab started by startMailLab');
  await doveadm(d, ['mailbox', 'update', '-u', user, '--uid-validity', String(uidValidity), folder]);
}

/** The process group id of the lab's running Dovecot (null when stopped): for leak assertions. */
export function dovecotPid(lab: MailLab): number | null {
  const d = internals.get(lab);
  return d?.running ? d.pid : null;
}

/**
 * Connection settings for debrief pointed at the lab as `user` (candidate by default): IMAP on the
 * plain port (STARTTLS is offered with a self-signed cert, so TLS checks are off), SMTP without TLS.
 * Shaped like Config's `imap`/`smtp` (ServerConfig) so a test can spread it into a Config.
 */
export function labServers(lab: MailLab, user: string = CANDIDATE) {
  const pass = lab.users[user.toLowerCase()] ?? '';
  return {
    imap: { host: lab.host, port: lab.imapPort, secure: false, user, pass, tlsRejectUnauthorized: false },
    smtp: { host: lab.host, port: lab.smtpPort, secure: false, user, pass, tlsRejectUnauthorized: false },
  };
}
