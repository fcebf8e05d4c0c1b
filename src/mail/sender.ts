/**
 * The sender: OutgoingMail → SMTP from the candidate's account, exactly once.
 *
 * Rules (each is an invariant the tests check):
 * 1. An outbox id whose record is `sent`/`dry_run` returns the recorded result: never resent.
 * 2. The record is persisted as `sending` (with its Message-ID) BEFORE the SMTP call.
 * 3. A record found `sending` on entry means a crash between SMTP and bookkeeping: the Sent
 *    folder is searched for the Message-ID. Found → `sent`. Not found → `uncertain`, and the
 *    caller asks the candidate. Never a second copy on a guess. `uncertain` stays uncertain.
 * 4. After SMTP accepted the mail: `sent` is persisted, then a copy is appended to the Sent
 *    folder (not with saveSentCopy 'never', nor 'auto' on Gmail, which saves it itself).
 *    An append failure is logged, never fatal: the mail did go.
 * 5. Transient failures (connection, 4xx) are retried inside send() with backoff; after that,
 *    `failed` with permanent:false and a retryAt. Permanent ones (5xx) → permanent:true.
 *    A permanently refused mail is not resent to the same recipients (it would bounce again).
 * 6. Caps apply to employer mails only (see caps.ts) → `held` with `until`, nothing recorded.
 * 7. DRY_RUN: employer mails are never sent; a marked copy goes to the candidate instead.
 *    Candidate-bound mails (approval, notice, help, ...) are sent normally.
 *
 * A caveat no client can remove: when the connection drops after the message's final dot but
 * before the server's 250, the mail may have gone. nodemailer reports that as a connection
 * error; debrief treats it as transient (like every mail client), so a duplicate is possible
 * only in that narrow window, and only for a server that accepted but did not confirm.
 */
import { smtpPoolOptions } from './server-options.ts';
import nodemailer, { type Transporter } from 'nodemailer';
import type { ServerConfig } from '../config.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import type { Address } from './message.ts';
import type { MailPurpose, OutgoingMail, SendResult, Sender } from './outgoing.ts';
import { composeMime, isValidMessageId } from './compose.ts';
import { checkCaps, DAY_MS } from './caps.ts';
import type { SendWindow } from '../time/business.ts';
import { classifySmtpError, smtpErrorInfo, type SmtpErrorCode } from './smtp-errors.ts';
import { createSentFolder, type SentFolder } from './sent-folder.ts';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dry_run' | 'failed' | 'uncertain';

/**
 * The sender's own record of one SMTP send (kept in the store's `senderOutbox`): attempts and the
 * sending/sent/uncertain state that makes a send idempotent. Not the registry's outbox intent
 * (src/store/schema.ts OutboxRecord), which says what a conversation decided to send.
 */
export interface OutboxRecord {
  id: string;
  conversationId: string | null;
  messageId: string;
  purpose: MailPurpose;
  toEmployer: boolean;
  /** Lower-case recipient addresses. */
  to: string[];
  subject: string;
  status: OutboxStatus;
  attempts: number;
  /** ISO times. */
  createdAt: string;
  lastAttemptAt?: string;
  sentAt?: string;
  error?: { code: string; permanent: boolean; sentence: string; detail?: string; retryAt?: string | null };
}

export interface OutboxStore {
  get(id: string): OutboxRecord | undefined;
  /** Durable when resolved. */
  put(rec: OutboxRecord): Promise<void>;
  /** Employer sends (sending/sent/dry_run/uncertain) after `since`. */
  sendsSince(since: Date): number;
  /** The oldest of those, for the exact end of a daily-cap hold. */
  oldestSendSince(since: Date): Date | null;
  /** The last employer send to this address, or null. */
  lastSendTo(address: string): Date | null;
}

export interface SenderOptions {
  smtp: ServerConfig;
  imap: ServerConfig;
  /** The candidate: every mail is sent from this address. */
  from: Address;
  outbox: OutboxStore;
  clock: Clock;
  log: Logger;
  dryRun: boolean;
  maxSendsPerDay: number;
  minGapPerRecipientMs: number;
  /** Local minutes of the day, Monday–Friday; null/undefined = always. */
  sendWindow?: SendWindow;
  /** IANA zone for the send window (default UTC). */
  timezone?: string;
  saveSentCopy: 'auto' | 'always' | 'never';
  /** Injected in tests; otherwise a pooled SMTP transport from `smtp`. */
  transport?: Transporter;
  /** Injected in tests; otherwise IMAP from `imap`. */
  sentFolder?: SentFolder;
  /** Waits before the 2nd, 3rd, ... attempt of one send (clock time). Default [2 s, 10 s]. */
  retryDelaysMs?: number[];
  /** retryAt for a transient failure after the in-send retries. Default 15 minutes. */
  failedRetryMs?: number;
}

export interface SmtpSender extends Sender {
  /** Closes the pooled SMTP connection (when this sender created it). */
  close(): void;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export const DRY_RUN_PREFIX = (recipient: string) => `[debrief dry-run → ${recipient}]`;

/** Gmail (and Google Workspace via smtp.gmail.com) stores sent mail itself. */
export function providerSavesSentCopy(smtpHost: string): boolean {
  return /(^|\.)(gmail|googlemail)\.com$/i.test(smtpHost.trim());
}

export function createSender(options: SenderOptions): SmtpSender {
  const { outbox, clock, log, from } = options;
  const ownTransport = !options.transport;
  const transport: Transporter = options.transport ?? nodemailer.createTransport(smtpPoolOptions(options.smtp));
  const sentFolder = options.sentFolder ?? createSentFolder({ imap: options.imap, log });
  const retryDelays = options.retryDelaysMs ?? [2_000, 10_000];
  const failedRetryMs = options.failedRetryMs ?? 15 * 60_000;
  const appendCopies = options.saveSentCopy === 'always'
    || (options.saveSentCopy === 'auto' && !providerSavesSentCopy(options.smtp.host));

  const nowIso = () => clock.now().toISOString();

  function failure(code: SmtpErrorCode, retryAt: Date | null): SendResult & { status: 'failed' } {
    const info = smtpErrorInfo(code);
    return { status: 'failed', permanent: info.permanent, code, message: info.sentence, retryAt: retryAt ? retryAt.toISOString() : null };
  }

  /** Hands raw bytes to SMTP, retrying transient failures. Returns null on success. */
  async function deliver(envelope: { from: string; to: string[] }, raw: Buffer, rec: OutboxRecord, ctx: Record<string, unknown>) {
    for (let attempt = 0; ; attempt++) {
      try {
        // `sending` is durable before every attempt (rule 2).
        if (attempt > 0) await outbox.put(rec);
        await transport.sendMail({ envelope, raw });
        return null;
      } catch (err) {
        const info = classifySmtpError(err);
        const more = info.retrySoon && attempt < retryDelays.length;
        log.warn({ err, ...ctx, code: info.code, responseCode: info.responseCode, attempt: attempt + 1, willRetry: more }, 'smtp send failed');
        if (!more) return info;
        // While waiting, the mail is known not to be out (the server refused it, or the
        // connection failed): a crash now must not turn into an `uncertain` on restart.
        await outbox.put({ ...rec, status: 'pending' });
        await clock.sleep(retryDelays[attempt]!);
      }
    }
  }

  /** Rule 3: a `sending` record found on entry. */
  async function recover(rec: OutboxRecord, mail: OutgoingMail): Promise<SendResult> {
    const ctx = { outboxId: rec.id, conversationId: rec.conversationId, messageId: rec.messageId };
    if (mail.toEmployer && options.dryRun) {
      // Only a dry-run copy to the candidate could have gone: harmless, no search needed.
      const at = nowIso();
      await outbox.put({ ...rec, status: 'dry_run', sentAt: at });
      return { status: 'dry_run', messageId: rec.messageId, at };
    }
    let found: boolean;
    try {
      found = await sentFolder.contains(rec.messageId);
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOSENT') {
        // No Sent folder at all: the search can never answer, so the candidate decides.
        found = false;
      } else {
        // Cannot tell: leave it `sending` so the next attempt searches again.
        log.warn({ err, ...ctx }, 'sent folder search failed after an interrupted send');
        return failure('ESENT_CHECK', new Date(clock.now().getTime() + failedRetryMs));
      }
    }
    if (found) {
      const at = nowIso();
      await outbox.put({ ...rec, status: 'sent', sentAt: at });
      log.info(ctx, 'interrupted send found in the Sent folder: recorded as sent');
      return { status: 'sent', messageId: rec.messageId, at };
    }
    await outbox.put({ ...rec, status: 'uncertain' });
    log.warn(ctx, 'interrupted send not found in the Sent folder: uncertain, the candidate decides');
    return { status: 'uncertain', messageId: rec.messageId };
  }

  async function send(mail: OutgoingMail): Promise<SendResult> {
    const ctx = { outboxId: mail.id, conversationId: mail.conversationId, purpose: mail.purpose, messageId: mail.messageId };
    const existing = outbox.get(mail.id);
    if (existing?.status === 'sent' || existing?.status === 'dry_run') {
      return { status: existing.status, messageId: existing.messageId, at: existing.sentAt ?? existing.createdAt };
    }
    if (existing?.status === 'uncertain') return { status: 'uncertain', messageId: existing.messageId };
    if (existing?.status === 'sending') return recover(existing, mail);

    const recipients = mail.to.map((a) => a.address.toLowerCase());
    if (existing?.status === 'failed' && existing.error?.permanent && sameSet(existing.to, recipients)) {
      // The server refused this very mail for good; sending it again would only bounce again.
      // A changed recipient (TO: from the candidate) is a new attempt.
      return { status: 'failed', permanent: true, code: existing.error.code, message: existing.error.sentence, retryAt: null };
    }
    if (mail.to.length === 0 || !isValidMessageId(mail.messageId)) {
      log.error(ctx, 'refusing to send a mail without recipients or a valid Message-ID');
      return failure('EINVALID', null);
    }

    if (mail.toEmployer) {
      const now = clock.now();
      const since = new Date(now.getTime() - DAY_MS);
      const decision = checkCaps({
        now,
        recipients,
        maxSendsPerDay: options.maxSendsPerDay,
        sendsInLast24h: outbox.sendsSince(since),
        oldestSendInLast24h: outbox.oldestSendSince(since),
        minGapPerRecipientMs: options.minGapPerRecipientMs,
        lastSendTo: (address) => outbox.lastSendTo(address),
        sendWindow: options.sendWindow ?? null,
        timezone: options.timezone ?? 'UTC',
      });
      if (!decision.ok) {
        log.info({ ...ctx, until: decision.until.toISOString(), reason: decision.reason }, 'employer mail held by a cap');
        return { status: 'held', until: decision.until.toISOString(), reason: decision.reason };
      }
    }

    const dryRun = mail.toEmployer && options.dryRun;
    const date = clock.now();
    const outgoing: OutgoingMail = dryRun ? dryRunCopy(mail, from) : mail;
    let raw: Buffer;
    try {
      raw = await composeMime(outgoing, { from, date });
    } catch (err) {
      log.error({ err, ...ctx }, 'mail could not be composed');
      return failure('EINVALID', null);
    }

    // Rule 2: `sending` is durable before SMTP sees anything.
    const rec: OutboxRecord = {
      id: mail.id,
      conversationId: mail.conversationId,
      messageId: mail.messageId,
      purpose: mail.purpose,
      toEmployer: mail.toEmployer,
      to: recipients,
      subject: mail.subject,
      status: 'sending',
      attempts: (existing?.attempts ?? 0) + 1,
      createdAt: existing?.createdAt ?? date.toISOString(),
      lastAttemptAt: date.toISOString(),
    };
    await outbox.put(rec);

    const envelope = { from: from.address, to: outgoing.to.map((a) => a.address) };
    const error = await deliver(envelope, raw, rec, ctx);
    if (error) {
      const retryAt = error.permanent ? null : new Date(clock.now().getTime() + (error.code === 'EAUTH' ? 4 * failedRetryMs : failedRetryMs));
      await outbox.put({ ...rec, status: 'failed', error: { code: error.code, permanent: error.permanent, sentence: error.sentence, detail: error.detail, retryAt: retryAt?.toISOString() ?? null } });
      return { status: 'failed', permanent: error.permanent, code: error.code, message: error.sentence, retryAt: retryAt?.toISOString() ?? null };
    }

    const at = clock.now().toISOString();
    await outbox.put({ ...rec, status: dryRun ? 'dry_run' : 'sent', sentAt: at });
    log.info({ ...ctx, to: recipients, dryRun }, dryRun ? 'dry run: copy sent to the candidate' : 'mail sent');
    if (dryRun) return { status: 'dry_run', messageId: mail.messageId, at };

    if (appendCopies) {
      try {
        await sentFolder.append(raw, date);
      } catch (err) {
        log.warn({ err, ...ctx }, 'could not append a copy to the Sent folder (the mail was sent)');
      }
    }
    return { status: 'sent', messageId: mail.messageId, at };
  }

  return {
    send,
    close() {
      if (ownTransport) transport.close();
    },
  };
}

/**
 * The DRY_RUN stand-in for an employer mail: addressed to the candidate, subject marked, a
 * Message-ID of its own and no threading headers — so the watcher never mistakes it for a
 * reply in the employer conversation — and Auto-Submitted so no responder answers it.
 */
export function dryRunCopy(mail: OutgoingMail, candidate: Address): OutgoingMail {
  const recipients = mail.to.map((a) => a.address).join(', ');
  const [local, domain] = mail.messageId.slice(1, -1).split('@');
  const preface = [
    `debrief is in DRY_RUN mode: this mail was NOT sent to ${recipients}.`,
    `It would have been sent with Message-ID ${mail.messageId}${mail.inReplyTo ? `, in reply to ${mail.inReplyTo}` : ''}.`,
    '',
    '----- WOULD HAVE BEEN SENT -----',
    `To: ${recipients}`,
    `Subject: ${mail.subject}`,
    '',
  ].join('\n');
  return {
    ...mail,
    toEmployer: false,
    to: [candidate],
    subject: `${DRY_RUN_PREFIX(recipients)} ${mail.subject}`,
    text: `${preface}${mail.text}`,
    messageId: `<dry-run.${local}@${domain}>`,
    inReplyTo: null,
    references: [],
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Debrief-Dry-Run': recipients },
  };
}
