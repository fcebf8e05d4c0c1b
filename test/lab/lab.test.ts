import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { ImapFlow } from 'imapflow';
import { startMailLab, dovecotPid, setUidValidity, DEFAULT_USERS, INSTALL_HINT, type MailLab } from './lab.ts';
import { findDovecot, groupAlive } from './dovecot.ts';

const CANDIDATE = 'candidate@example.test';
const HR = 'hr@acme.test';

describe('mail lab', () => {
  let lab: MailLab;
  beforeAll(async () => {
    lab = await startMailLab();
  });
  afterAll(async () => {
    await lab?.stop();
  });

  it('round trip: nodemailer → lab SMTP → LMTP → INBOX, seen by an IDLE-ing imapflow client', async () => {
    const watcher = new ImapFlow({
      host: lab.host,
      port: lab.imapPort,
      secure: false,
      doSTARTTLS: false,
      auth: { user: HR, pass: DEFAULT_USERS[HR]! },
      logger: false,
      autoIdleDelay: 100,
    });
    await watcher.connect();
    try {
      // mailboxOpen, not a lock: imapflow does not IDLE while a mailbox lock is held.
      const before = (await watcher.mailboxOpen('INBOX')).exists;
      const exists = new Promise<number>((resolve) => watcher.on('exists', (e: { count: number }) => resolve(e.count)));
      // Let imapflow enter IDLE before the mail arrives, so IDLE (not a command) reports it.
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(watcher.idling).toBe(true);

      const transport = nodemailer.createTransport({
        host: lab.host,
        port: lab.smtpPort,
        secure: false,
        ignoreTLS: true,
        auth: { user: CANDIDATE, pass: 'secret1' },
      });
      const sent = await transport.sendMail({ from: CANDIDATE, to: HR, subject: 'Feedback request', text: 'Could you share feedback?' });
      transport.close();

      expect(await exists).toBe(before + 1);
      const got = await lab.waitFor(HR, (m) => m.messageId === sent.messageId);
      expect(got).toMatchObject({ subject: 'Feedback request', from: CANDIDATE, to: [HR] });
      expect(got.text.trim()).toBe('Could you share feedback?');
    } finally {
      await watcher.logout();
    }
  });

  it('rejects a wrong SMTP password (535)', async () => {
    const transport = nodemailer.createTransport({ host: lab.host, port: lab.smtpPort, secure: false, ignoreTLS: true, auth: { user: CANDIDATE, pass: 'wrong' } });
    await expect(transport.verify()).rejects.toMatchObject({ responseCode: 535 });
    transport.close();
  });

  it('rejects an unknown recipient with 550', async () => {
    await expect(lab.sendAs(CANDIDATE, { to: 'nobody@acme.test', subject: 'x', text: 'y' })).rejects.toMatchObject({ responseCode: 550 });
  });

  it('delivers raw messages, lists folders, adds users', async () => {
    await lab.addUser('new@acme.test', 'pw');
    const raw = 'From: Boss <boss@outside.test>\r\nTo: new@acme.test\r\nSubject: Raw one\r\nMessage-ID: <raw-1@outside.test>\r\n\r\nBody\r\n';
    await lab.deliver('new@acme.test', raw);
    const inbox = await lab.list('new@acme.test');
    expect(inbox.map((m) => [m.messageId, m.from, m.subject])).toEqual([['<raw-1@outside.test>', 'boss@outside.test', 'Raw one']]);
    expect(await lab.list(CANDIDATE, 'Sent')).toEqual([]);
    await expect(lab.deliver('ghost@acme.test', raw)).rejects.toMatchObject({ responseCode: 550 });
  });

  it('keeps UIDVALIDITY across a Dovecot restart; SMTP answers 451 while it is down', async () => {
    const status = async () => {
      const c = new ImapFlow({ host: lab.host, port: lab.imapPort, secure: false, doSTARTTLS: false, auth: { user: CANDIDATE, pass: 'secret1' }, logger: false });
      await c.connect();
      const mailbox = await c.mailboxOpen('INBOX', { readOnly: true });
      await c.logout();
      return String(mailbox.uidValidity);
    };
    const before = await status();
    const pid = dovecotPid(lab)!;
    await lab.stopDovecot();
    expect(groupAlive(pid)).toBe(false);
    await expect(lab.sendAs(HR, { to: CANDIDATE, subject: 'during outage', text: '.' })).rejects.toMatchObject({ responseCode: 451 });
    await lab.startDovecot();
    expect(await status()).toBe(before);

    await setUidValidity(lab, CANDIDATE, 12345);
    expect(await status()).toBe('12345');
  });
});

describe('mail lab lifecycle', () => {
  it('runs two labs side by side and stop() leaves no process nor folder', async () => {
    const [a, b] = await Promise.all([startMailLab(), startMailLab()]);
    const pids = [dovecotPid(a)!, dovecotPid(b)!];
    try {
      expect(new Set([a.imapPort, a.imapsPort, a.lmtpPort, a.smtpPort, b.imapPort, b.imapsPort, b.lmtpPort, b.smtpPort]).size).toBe(8);
      await a.sendAs(HR, { to: CANDIDATE, subject: 'only in a', text: '.' });
      await a.waitFor(CANDIDATE, (m) => m.subject === 'only in a');
      expect(await b.list(CANDIDATE)).toEqual([]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    await a.stop(); // idempotent
    expect(existsSync(a.dir) || existsSync(b.dir)).toBe(false);
    expect(pids.some(groupAlive)).toBe(false);
  });

  it('waitFor rejects after its timeout naming what it saw', async () => {
    const lab = await startMailLab({ users: { [CANDIDATE]: 'secret1' } });
    try {
      await expect(lab.waitFor(CANDIDATE, () => false, { timeoutMs: 300 })).rejects.toThrow(/no matching message.*saw 0/);
    } finally {
      await lab.stop();
    }
  });

  it('says how to install Dovecot when it is missing', () => {
    expect(() => findDovecot(['/nonexistent'])).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).toBe('apt-get install -y dovecot-imapd dovecot-lmtpd');
  });
});
