/**
 * Idempotent side effects of transitions: intents → outbox records → the Sender → result events.
 *
 * Invariants:
 * - An intent becomes an outbox record (Message-ID assigned, body file written) in the same
 *   store write as the snapshot that decided it, before any send (see registry.commit).
 * - `deliver` hands only records in status `pending` whose `notBefore` has passed, one attempt
 *   at a time per record; a record in any other status is never handed again. A record that
 *   stays `pending` across a crash is handed again on restore: the Sender sees the same id and
 *   Message-ID and checks its own record and the Sent folder before acting.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import type { OutgoingMail, Sender, SendResult } from '../mail/outgoing.ts';
import { excerpt, type Store } from '../store/store.ts';
import type { OutboxRecord } from '../store/schema.ts';
import type { ConversationContext, ConversationEvent, MailIntent } from '../../machines/conversation.ts';
import { defaultComposeApproval, defaultComposeNotice, type ComposeApproval, type ComposeNotice } from './compose.ts';

/** How long after a Sender exception (not a reported failure) the record is tried again. */
const RETRY_AFTER_THROW_MS = 5 * 60_000;

export interface Effects {
  /** Outbox records (not yet stored) and body texts for the intents in `context` new to the store. */
  prepare(context: ConversationContext, now: Date): Promise<OutboxRecord[]>;
  /** Hands due pending records of a conversation to the Sender; resolves when all results are in. */
  deliver(conversationId: string): Promise<void>;
  /** Result events for records already settled but still pending in `context` (crash after send). */
  settledButUnseen(context: ConversationContext): ConversationEvent[];
  stop(): void;
}

export function createEffects(deps: {
  store: Store;
  sender: Sender;
  clock: Clock;
  log: Logger;
  /** Domain for generated Message-IDs (the candidate's). */
  messageIdDomain: string;
  composeApproval?: ComposeApproval;
  composeNotice?: ComposeNotice;
  /** Called with each result, to feed it back to the conversation's machine. */
  onResult: (conversationId: string, event: ConversationEvent) => Promise<void>;
  /** Registers background work (timer-driven retries) so the owner can await it. */
  track?: (work: Promise<unknown>) => void;
}): Effects {
  const { store, sender, clock, log } = deps;
  const composeApproval = deps.composeApproval ?? defaultComposeApproval;
  const composeNotice = deps.composeNotice ?? defaultComposeNotice;
  const inFlight = new Set<string>();
  const retryTimers = new Map<string, () => void>();
  let stopped = false;

  const compose = (ctx: ConversationContext, intent: MailIntent) => {
    const candidate = [{ name: ctx.settings.candidate.name, address: ctx.settings.candidate.email }];
    const thread = { inReplyTo: ctx.rejection.messageId, references: [ctx.rejection.messageId] };
    const headers = { 'Auto-Submitted': 'auto-generated', 'X-Debrief-Conversation': ctx.id };
    if (intent.target === 'employer') {
      return { to: [intent.to], subject: intent.subject, text: intent.text, inReplyTo: intent.inReplyTo, references: intent.references, headers: undefined };
    }
    if ('draft' in intent) {
      const mail = composeApproval({
        conversationId: ctx.id, token: intent.token, company: ctx.company, role: ctx.role,
        rejection: { from: ctx.rejection.from?.address ?? '', subject: ctx.rejection.subject, date: ctx.rejection.date, excerpt: ctx.rejection.excerpt },
        kind: intent.draft.kind,
        draft: { to: intent.draft.to?.address ?? null, subject: intent.draft.subject, body: intent.draft.body },
        plannedFollowUps: intent.plannedFollowUps, needsRecipient: intent.draft.to === null,
        reminder: intent.purpose === 'reminder', timezone: ctx.settings.timezone,
      });
      const subject = intent.purpose === 'reminder' && !/^reminder/i.test(mail.subject) ? `Reminder: ${mail.subject}` : mail.subject;
      return { to: candidate, subject, text: mail.text, ...thread, headers };
    }
    const mail = composeNotice(intent.notice, {
      conversationId: ctx.id, token: intent.token, draftKind: ctx.pending?.kind ?? null, needsRecipient: (ctx.pending?.to ?? null) === null,
      company: ctx.company, role: ctx.role, excerpt: intent.excerpt, from: intent.from, detail: intent.detail,
    });
    return { to: candidate, ...mail, ...thread, headers };
  };

  /**
   * Approval, reminder and help mails carry their round's token in the Message-ID
   * (`<debrief-approval.<token>[.n]@domain>`, the scheme of src/approval/token.ts), so the
   * candidate's reply proves which draft it answers. Other mails: `<debrief.<conv>.<seq>.<rand>@domain>`.
   */
  const messageIdFor = (ctx: ConversationContext, intent: MailIntent, seq: string): string => {
    const token = 'token' in intent ? intent.token : null;
    if (token && intent.target === 'candidate') {
      const n = intent.purpose === 'approval' ? '' : `.${seq}`;
      return `<debrief-approval.${token}${n}@${deps.messageIdDomain}>`;
    }
    return `<debrief.${ctx.id}.${seq}.${randomBytes(6).toString('hex')}@${deps.messageIdDomain}>`;
  };

  const retryAt = (conversationId: string, recordId: string, at: string) => {
    retryTimers.get(recordId)?.();
    retryTimers.set(recordId, clock.setTimer(new Date(at), () => {
      retryTimers.delete(recordId);
      const work = effects.deliver(conversationId).catch((err) => log.warn({ err, conversationId }, 'retry failed'));
      deps.track?.(work);
    }));
  };

  const attempt = async (record: OutboxRecord): Promise<void> => {
    const conversationId = record.conversationId!;
    await store.update((d) => { d.outbox[record.id]!.attempts++; });
    const mail: OutgoingMail = {
      id: record.id, conversationId, purpose: record.purpose, toEmployer: record.toEmployer, to: record.to,
      subject: record.subject, text: await store.readBody(record.bodyFile), messageId: record.messageId,
      inReplyTo: record.inReplyTo, references: record.references, ...(record.headers ? { headers: record.headers } : {}),
    };
    let result: SendResult;
    try {
      result = await sender.send(mail);
    } catch (err) {
      log.warn({ err, conversationId, id: record.id }, 'sender threw; will retry');
      result = { status: 'failed', permanent: false, code: 'ESENDER', message: (err as Error).message, retryAt: new Date(clock.now().getTime() + RETRY_AFTER_THROW_MS).toISOString() };
    }
    if (stopped) return;
    const now = clock.now().toISOString();
    let event: ConversationEvent;
    if (result.status === 'sent' || result.status === 'dry_run') {
      const at = result.at || now;
      await store.update((d) => {
        const r = d.outbox[record.id]!;
        Object.assign(r, { status: result.status, sentAt: at, error: null, notBefore: null });
      });
      event = { type: 'mail.sent', at, id: record.id, messageId: record.messageId };
    } else if (result.status === 'held' || (result.status === 'failed' && !result.permanent && result.retryAt)) {
      const until = result.status === 'held' ? result.until : result.retryAt!;
      const error = result.status === 'failed' ? `${result.code}: ${result.message}` : `held: ${result.reason}`;
      await store.update((d) => { Object.assign(d.outbox[record.id]!, { notBefore: until, error }); });
      retryAt(conversationId, record.id, until);
      event = { type: 'mail.held', at: now, id: record.id, until };
    } else if (result.status === 'failed') {
      await store.update((d) => { Object.assign(d.outbox[record.id]!, { status: 'failed', error: `${result.code}: ${result.message}` }); });
      event = { type: 'mail.failed', at: now, id: record.id, permanent: true, message: result.message };
    } else {
      await store.update((d) => { Object.assign(d.outbox[record.id]!, { status: 'uncertain' }); });
      event = { type: 'mail.uncertain', at: now, id: record.id };
    }
    await deps.onResult(conversationId, event);
  };

  const effects: Effects = {
    async prepare(ctx, now) {
      const records: OutboxRecord[] = [];
      for (const intent of ctx.outbox) {
        if (store.getOutbox(intent.id)) continue;
        const seq = intent.id.slice(intent.id.lastIndexOf(':') + 1);
        const mail = compose(ctx, intent);
        const bodyFile = await store.writeBody(ctx.id, `out-${seq}`, mail.text);
        records.push({
          id: intent.id, conversationId: ctx.id,
          messageId: messageIdFor(ctx, intent, seq),
          purpose: intent.purpose, toEmployer: intent.target === 'employer', to: mail.to, subject: mail.subject,
          inReplyTo: mail.inReplyTo, references: mail.references, bodyFile, excerpt: excerpt(mail.text),
          ...(mail.headers ? { headers: mail.headers } : {}),
          status: 'pending', attempts: 0, createdAt: now.toISOString(), sentAt: null, notBefore: null, error: null,
        });
      }
      return records;
    },

    async deliver(conversationId) {
      if (stopped) return;
      const now = clock.now().toISOString();
      const due = store.listOutbox((r) => r.conversationId === conversationId && r.status === 'pending' && !inFlight.has(r.id));
      const work: Promise<void>[] = [];
      for (const record of due) {
        if (record.notBefore && record.notBefore > now) {
          if (!retryTimers.has(record.id)) retryAt(conversationId, record.id, record.notBefore);
          continue;
        }
        inFlight.add(record.id);
        work.push(attempt(record as OutboxRecord).finally(() => inFlight.delete(record.id)));
      }
      await Promise.all(work);
    },

    settledButUnseen(ctx) {
      const events: ConversationEvent[] = [];
      for (const intent of ctx.outbox) {
        const r = store.getOutbox(intent.id);
        if (!r || r.status === 'pending') continue;
        const at = r.sentAt ?? clock.now().toISOString();
        if (r.status === 'sent' || r.status === 'dry_run') events.push({ type: 'mail.sent', at, id: r.id, messageId: r.messageId });
        else if (r.status === 'failed') events.push({ type: 'mail.failed', at, id: r.id, permanent: true, message: r.error ?? 'failed' });
        else events.push({ type: 'mail.uncertain', at, id: r.id });
      }
      return events;
    },

    stop() {
      stopped = true;
      for (const cancel of retryTimers.values()) cancel();
      retryTimers.clear();
    },
  };
  return effects;
}
