/**
 * The sender against the real mail lab (lab SMTP → LMTP → Dovecot; Sent folder over IMAP),
 * plus a few unit tests of the retry policy with a scripted transport.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer, { type Transporter } from 'nodemailer';
import { startMailLab, labServers, CANDIDATE, type MailLab } from '../lab/lab.ts';
import { createSender, type OutboxRecord, type OutboxStore, type SenderOptions } from '../../src/mail/sender.ts';
import { openFileOutbox } from '../../src/mail/outbox-file.ts';
import { createSentFolder } from '../../src/mail/sent-folder.ts';
import { composeMime, messageIdFor } from '../../src/mail/compose.ts';
import { systemClock, TestClock } from '../../src/clock.ts';
import { silentLogger } from '../../src/log.ts';
import { parseMessage } from '../../src/mail/parse.ts';
import type { OutgoingMail } from '../../src/mail/outgoing.ts';
import { composeApproval, readApprovalAnswer } from '../../src/approval/approval.ts';
import { approvalMessageId, newToken } from '../../src/approval/token.ts';

const HR = 'hr@acme.test';
const GLOBEX = 'recruiter@globex.test';
const INITECH = 'talent@initech.test';
const from = { name: 'Jane Doe', address: CANDIDATE };
const log = silentLogger();
let dir: string;
let seq = 0;

function employerMail(to: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  const id = `conv-${++seq}/request-${Date.now()}`;
  return {
    id,
    conversationId: `conv-${seq}`,
    purpose: 'request',
    toEmployer: true,
    to: [{ name: '', address: to }],
    subject: `Re: Your application #${seq}`,
    text: 'Dear hiring team,\n\nWould you share one or two points I could improve?\n\nBest regards,\nJane Doe',
    messageId: messageIdFor(id, CANDIDATE),
    inReplyTo: `<rejection-${seq}@acme.test>`,
    references: [`<application-${seq}@acme.test>`, `<rejection-${seq}@acme.test>`],
    ...overrides,
  };
}

const count = async (lab: MailLab, user: string, messageId: string, folder = 'INBOX') =>
  (await lab.list(user, folder)).filter((m) => m.messageId === messageId).length;
/** Dovecot's delivery is synchronous with LMTP's answer; a short pause covers any late duplicate. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('sender on the mail lab', () => {
  let lab: MailLab;
  let base: Omit<SenderOptions, 'outbox'>;
  beforeAll(async () => {
    lab = await startMailLab();
    dir = mkdtempSync(join(tmpdir(), 'debrief-sender-'));
    const { imap, smtp } = labServers(lab, CANDIDATE);
    base = { smtp, imap, from, clock: systemClock(), log, dryRun: false, maxSendsPerDay: 50, minGapPerRecipientMs: 0, saveSentCopy: 'always', retryDelaysMs: [50, 50] };
  });
  afterAll(async () => {
    await lab?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a request with exact threading headers; a copy lands in the candidate\'s Sent; a second send() sends nothing', async () => {
    const outbox = openFileOutbox(join(dir, 'outbox-1.json'));
    const sender = createSender({ ...base, outbox });
    try {
      const mail = employerMail(HR);
      const t0 = performance.now();
      const result = await sender.send(mail);
      const sendMs = performance.now() - t0;
      expect(result).toMatchObject({ status: 'sent', messageId: mail.messageId });

      const got = await lab.waitFor(HR, (m) => m.messageId === mail.messageId);
      expect(got.inReplyTo).toBe(mail.inReplyTo);
      expect(got.references).toEqual(mail.references);
      expect(got.subject).toBe(mail.subject);
      expect(got.from).toBe(CANDIDATE);
      const parsed = await parseMessage(got.raw);
      expect(parsed.headers['auto-submitted']).toBeUndefined();

      const copy = await lab.waitFor(CANDIDATE, (m) => m.messageId === mail.messageId, { folder: 'Sent' });
      expect(copy.flags).toContain('\\Seen');
      expect(outbox.get(mail.id)).toMatchObject({ status: 'sent', attempts: 1, messageId: mail.messageId, to: [HR] });
      expect(statSync(join(dir, 'outbox-1.json')).mode & 0o777).toBe(0o600);

      const again = await sender.send(mail);
      expect(again).toEqual(result);
      await settle();
      expect(await count(lab, HR, mail.messageId)).toBe(1);
      expect(await count(lab, CANDIDATE, mail.messageId, 'Sent')).toBe(1);
      console.log(`[sender] first send incl. Sent append: ${sendMs.toFixed(0)} ms`);
    } finally {
      sender.close();
    }
  });

  it('crash after SMTP, copy in Sent: the retry finds it there and sends no second copy', async () => {
    const outbox = openFileOutbox(join(dir, 'outbox-2.json'));
    const mail = employerMail(HR);
    const now = new Date();
    // The state a crash leaves: record `sending`, mail delivered, copy appended, no `sent` record.
    await outbox.put({ id: mail.id, conversationId: mail.conversationId, messageId: mail.messageId, purpose: mail.purpose, toEmployer: true, to: [HR], subject: mail.subject, status: 'sending', attempts: 1, createdAt: now.toISOString(), lastAttemptAt: now.toISOString() });
    const raw = await composeMime(mail, { from, date: now });
    const { smtp, imap } = labServers(lab, CANDIDATE);
    const direct = nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: false, auth: { user: smtp.user, pass: smtp.pass } });
    await direct.sendMail({ envelope: { from: CANDIDATE, to: [HR] }, raw });
    direct.close();
    await createSentFolder({ imap, log }).append(raw, now);

    const sender = createSender({ ...base, outbox: openFileOutbox(join(dir, 'outbox-2.json')) });
    try {
      expect(await sender.send(mail)).toMatchObject({ status: 'sent', messageId: mail.messageId });
      await settle();
      expect(await count(lab, HR, mail.messageId)).toBe(1);
      expect(await count(lab, CANDIDATE, mail.messageId, 'Sent')).toBe(1);
    } finally {
      sender.close();
    }
  });

  it('crash between SMTP and bookkeeping, nothing in Sent: uncertain, never a second copy', async () => {
    const path = join(dir, 'outbox-3.json');
    const real = openFileOutbox(path);
    // The process "dies" when it tries to record `sent`: SMTP has already accepted the mail.
    const crashing: OutboxStore = {
      ...real,
      get: (id) => real.get(id),
      put: (rec: OutboxRecord) => (rec.status === 'sent' ? Promise.reject(new Error('simulated crash')) : real.put(rec)),
    };
    const mail = employerMail(GLOBEX);
    const first = createSender({ ...base, outbox: crashing });
    await expect(first.send(mail)).rejects.toThrow('simulated crash');
    first.close();
    await lab.waitFor(GLOBEX, (m) => m.messageId === mail.messageId);

    const restarted = createSender({ ...base, outbox: openFileOutbox(path) });
    try {
      expect(openFileOutbox(path).get(mail.id)?.status).toBe('sending');
      expect(await restarted.send(mail)).toEqual({ status: 'uncertain', messageId: mail.messageId });
      expect(await restarted.send(mail)).toEqual({ status: 'uncertain', messageId: mail.messageId });
      await settle();
      expect(await count(lab, GLOBEX, mail.messageId)).toBe(1);
      expect(openFileOutbox(path).get(mail.id)?.status).toBe('uncertain');
    } finally {
      restarted.close();
    }
  });

  it('unknown recipient → failed, permanent, with a clear sentence', async () => {
    const outbox = openFileOutbox(join(dir, 'outbox-4.json'));
    const sender = createSender({ ...base, outbox });
    try {
      const mail = employerMail('nobody@acme.test');
      const result = await sender.send(mail);
      expect(result).toEqual({ status: 'failed', permanent: true, code: 'ERECIPIENT_UNKNOWN', message: 'The recipient address does not exist; the mail was not delivered.', retryAt: null });
      expect(outbox.get(mail.id)).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'ERECIPIENT_UNKNOWN', permanent: true } });
      // Asked again with the same recipient: the recorded failure, no new SMTP attempt.
      expect(await sender.send(mail)).toEqual(result);
      expect(outbox.get(mail.id)?.attempts).toBe(1);
      // The candidate supplied another address (TO:): a new attempt under the same id.
      expect((await sender.send({ ...mail, to: [{ name: '', address: HR }] })).status).toBe('sent');
      expect(outbox.get(mail.id)).toMatchObject({ status: 'sent', attempts: 2, to: [HR] });
    } finally {
      sender.close();
    }
  });

  it('caps: daily cap and recipient gap hold employer mails with `until`; candidate mails are not capped', async () => {
    const clock = new TestClock('2026-01-05T10:00:00Z');
    const outbox = openFileOutbox(join(dir, 'outbox-5.json'));
    const sender = createSender({ ...base, clock, outbox, maxSendsPerDay: 2, minGapPerRecipientMs: 24 * 3_600_000 });
    try {
      expect((await sender.send(employerMail(HR))).status).toBe('sent');
      await clock.advance(60_000);
      // Same employer address again within 24 h.
      expect(await sender.send(employerMail(HR))).toEqual({ status: 'held', reason: 'recipient_gap', until: '2026-01-06T10:00:00.000Z' });
      expect((await sender.send(employerMail(GLOBEX))).status).toBe('sent');
      await clock.advance(60_000);
      // Two sends in the last 24 h: the third waits until the first leaves the window.
      const held = employerMail(INITECH);
      expect(await sender.send(held)).toEqual({ status: 'held', reason: 'daily_cap', until: '2026-01-06T10:00:00.000Z' });
      expect(outbox.get(held.id)).toBeUndefined();
      const notice: OutgoingMail = { ...employerMail(CANDIDATE), purpose: 'notice', toEmployer: false, inReplyTo: null, references: [] };
      expect((await sender.send(notice)).status).toBe('sent');
      await clock.set('2026-01-06T10:00:00.001Z');
      expect((await sender.send(held)).status).toBe('sent');
    } finally {
      sender.close();
    }
  });

  it('DRY_RUN: the employer gets nothing, the candidate gets the marked copy; candidate mails go normally', async () => {
    const outbox = openFileOutbox(join(dir, 'outbox-6.json'));
    const sender = createSender({ ...base, outbox, dryRun: true });
    try {
      const before = (await lab.list(INITECH)).length;
      const mail = employerMail(INITECH, { subject: 'Re: Your application (dry)' });
      const result = await sender.send(mail);
      expect(result).toMatchObject({ status: 'dry_run', messageId: mail.messageId });
      const copy = await lab.waitFor(CANDIDATE, (m) => m.subject === `[debrief dry-run → ${INITECH}] Re: Your application (dry)`);
      expect(copy.text).toContain('NOT sent to talent@initech.test');
      expect(copy.text).toContain('Would you share one or two points');
      expect(copy.inReplyTo).toBeNull();
      expect((await parseMessage(copy.raw)).headers['auto-submitted']).toBe('auto-generated');
      expect(await sender.send(mail)).toEqual(result);
      await settle();
      expect((await lab.list(INITECH)).length).toBe(before);
      expect(await count(lab, CANDIDATE, mail.messageId, 'Sent')).toBe(0);

      const approval: OutgoingMail = { ...employerMail(CANDIDATE), purpose: 'approval', toEmployer: false, subject: 'Approve (dry-run mode)', inReplyTo: null, references: [] };
      expect(await sender.send(approval)).toMatchObject({ status: 'sent' });
      await lab.waitFor(CANDIDATE, (m) => m.messageId === approval.messageId);
    } finally {
      sender.close();
    }
  });

  it('approve-by-reply end to end: approval mail → candidate answers from their client → read as approve', async () => {
    const outbox = openFileOutbox(join(dir, 'outbox-7.json'));
    const sender = createSender({ ...base, outbox });
    try {
      const token = newToken();
      const draft = { to: HR, subject: 'Re: Your application', body: 'Dear Maria,\n\nCould you share feedback?\n\nJane' };
      const { subject, text } = composeApproval({ conversationId: 'c-e2e', token, company: 'Acme', role: null, rejection: { from: HR, subject: 'Your application', date: null, excerpt: 'We decided otherwise.' }, draft, plannedFollowUps: [], needsRecipient: false, kind: 'request', timezone: 'UTC' });
      const messageId = approvalMessageId(token, CANDIDATE);
      const approval: OutgoingMail = { id: `c-e2e/approval`, conversationId: 'c-e2e', purpose: 'approval', toEmployer: false, to: [from], subject, text, messageId, inReplyTo: null, references: [] };
      expect((await sender.send(approval)).status).toBe('sent');
      const arrived = await lab.waitFor(CANDIDATE, (m) => m.messageId === messageId);
      expect((await parseMessage(arrived.raw)).headers['auto-submitted']).toBe('auto-generated');

      const quoted = arrived.text.split('\n').map((l) => `> ${l}`).join('\n');
      await lab.sendAs(CANDIDATE, { from: CANDIDATE, to: CANDIDATE, subject: `Re: ${subject}`, inReplyTo: messageId, references: [messageId], text: `Approve\n\nOn Mon, Jan 5, 2026 at 10:02 AM Jane Doe <${CANDIDATE}> wrote:\n${quoted}` });
      const answer = await lab.waitFor(CANDIDATE, (m) => m.inReplyTo === messageId);
      const read = readApprovalAnswer(await parseMessage(answer.raw), { candidateAddresses: [CANDIDATE], token, approvalMessageId: messageId, originalDraft: draft });
      expect(read).toEqual({ ok: true, command: 'approve', to: null, draft: null });
    } finally {
      sender.close();
    }
  });

  it('transient failure (Dovecot down → 451): retried, then failed with retryAt; the same id goes later', async () => {
    const outbox = openFileOutbox(join(dir, 'outbox-8.json'));
    const sender = createSender({ ...base, outbox });
    const mail = employerMail(HR);
    try {
      await lab.stopDovecot();
      const result = await sender.send(mail);
      expect(result).toMatchObject({ status: 'failed', permanent: false, code: 'ETRANSIENT' });
      expect(result.status === 'failed' && result.retryAt).toBeTruthy();
      expect(outbox.get(mail.id)).toMatchObject({ status: 'failed', attempts: 1 });
    } finally {
      await lab.startDovecot();
    }
    try {
      expect((await sender.send(mail)).status).toBe('sent');
      expect(outbox.get(mail.id)).toMatchObject({ status: 'sent', attempts: 2 });
      await lab.waitFor(HR, (m) => m.messageId === mail.messageId);
    } finally {
      sender.close();
    }
  });
});

describe('sender retry policy (scripted transport)', () => {
  const scripted = (errors: unknown[]) => {
    let calls = 0;
    const transport = { sendMail: async () => { const e = errors[calls++]; if (e) throw e; return {}; }, close() {} } as unknown as Transporter;
    return { transport, calls: () => calls };
  };
  const unitBase = (outboxDir: string) => ({
    smtp: { host: 'smtp.example.test', port: 587, secure: false, user: 'u', pass: 'p', tlsRejectUnauthorized: true },
    imap: { host: 'imap.example.test', port: 993, secure: true, user: 'u', pass: 'p', tlsRejectUnauthorized: true },
    from, clock: systemClock(), log, dryRun: false, maxSendsPerDay: 20, minGapPerRecipientMs: 0, retryDelaysMs: [1, 1],
    outbox: openFileOutbox(join(outboxDir, `unit-${++seq}.json`)),
  });
  let unitDir: string;
  beforeAll(() => { unitDir = mkdtempSync(join(tmpdir(), 'debrief-sender-unit-')); });
  afterAll(() => rmSync(unitDir, { recursive: true, force: true }));

  it('retries connection errors and 4xx, then succeeds; an append failure is not fatal', async () => {
    const { transport, calls } = scripted([Object.assign(new Error('closed'), { code: 'ECONNECTION' }), Object.assign(new Error('try later'), { responseCode: 421, response: '421 4.3.2 busy' })]);
    const appended: Buffer[] = [];
    const sender = createSender({ ...unitBase(unitDir), saveSentCopy: 'always', transport, sentFolder: { append: async () => { appended.push(Buffer.alloc(0)); throw new Error('IMAP down'); }, contains: async () => false } });
    expect((await sender.send(employerMail(HR))).status).toBe('sent');
    expect(calls()).toBe(3);
    expect(appended).toHaveLength(1);
  });

  it('the record is `sending` during every attempt and `pending` while waiting between attempts', async () => {
    const options = unitBase(unitDir);
    const mail = employerMail(HR);
    const seen: (string | undefined)[] = [];
    let calls = 0;
    const transport = { sendMail: async () => { seen.push(options.outbox.get(mail.id)?.status); if (calls++ < 2) throw Object.assign(new Error('x'), { code: 'ETIMEDOUT' }); return {}; }, close() {} } as unknown as Transporter;
    const puts: string[] = [];
    const outbox: OutboxStore = { ...options.outbox, get: options.outbox.get, put: (rec) => { puts.push(rec.status); return options.outbox.put(rec); } };
    const sender = createSender({ ...options, outbox, saveSentCopy: 'never', transport });
    expect((await sender.send(mail)).status).toBe('sent');
    expect(seen).toEqual(['sending', 'sending', 'sending']);
    expect(puts).toEqual(['sending', 'pending', 'sending', 'pending', 'sending', 'sent']);
  });

  it('no Sent folder at all: an interrupted send is uncertain, not an endless check', async () => {
    const options = unitBase(unitDir);
    const mail = employerMail(HR);
    const now = new Date().toISOString();
    await options.outbox.put({ id: mail.id, conversationId: null, messageId: mail.messageId, purpose: 'request', toEmployer: true, to: [HR], subject: mail.subject, status: 'sending', attempts: 1, createdAt: now });
    const { transport, calls } = scripted([]);
    const sender = createSender({ ...options, saveSentCopy: 'always', transport, sentFolder: { append: async () => {}, contains: async () => { throw Object.assign(new Error('no Sent'), { code: 'ENOSENT' }); } } });
    expect(await sender.send(mail)).toEqual({ status: 'uncertain', messageId: mail.messageId });
    expect(calls()).toBe(0);
  });

  it('Gmail with saveSentCopy auto: no append; permanent 5xx: no retry', async () => {
    const { transport, calls } = scripted([Object.assign(new Error('rejected'), { responseCode: 554, response: '554 5.7.1 Message rejected as spam' })]);
    let appends = 0;
    const options = unitBase(unitDir);
    const sender = createSender({ ...options, smtp: { ...options.smtp, host: 'smtp.gmail.com' }, saveSentCopy: 'auto', transport, sentFolder: { append: async () => { appends++; }, contains: async () => false } });
    expect(await sender.send(employerMail(HR))).toMatchObject({ status: 'failed', permanent: true, code: 'EREJECTED', retryAt: null });
    expect(calls()).toBe(1);
    expect((await sender.send(employerMail(HR))).status).toBe('sent');
    expect(appends).toBe(0);
  });

  it('a mail without recipients is refused before anything is recorded', async () => {
    const { transport, calls } = scripted([]);
    const options = unitBase(unitDir);
    const sender = createSender({ ...options, saveSentCopy: 'never', transport });
    const mail = { ...employerMail(HR), to: [] };
    expect(await sender.send(mail)).toMatchObject({ status: 'failed', permanent: true, code: 'EINVALID' });
    expect(options.outbox.get(mail.id)).toBeUndefined();
    expect(calls()).toBe(0);
  });
});
