/** Fakes and builders shared by the machine, registry and store tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClock } from '../../src/clock.ts';
import { silentLogger } from '../../src/log.ts';
import type { Drafter, DraftContext } from '../../src/drafts/types.ts';
import type { OutgoingMail, Sender, SendResult } from '../../src/mail/outgoing.ts';
import type { ReplyKind, ReplyVerdict, RejectionVerdict } from '../../src/understand/types.ts';
import { createStore } from '../../src/store/store.ts';
import { createRegistry, type StartInput } from '../../src/conversations/registry.ts';
import type { ConversationSettings } from '../../machines/conversation.ts';

export const settings = (over: Partial<ConversationSettings> = {}): ConversationSettings => ({
  followUpDelays: [{ unit: 'bd', amount: 3 }, { unit: 'bd', amount: 5 }],
  maxFollowUps: 2,
  timezone: 'Europe/Berlin',
  sendWindow: { start: 9 * 60, end: 17 * 60 },
  approveEachFollowUp: false,
  pursueStages: ['interview', 'unknown'],
  autoApprove: false,
  approvalTimeout: { unit: 'bd', amount: 2 },
  candidate: { name: 'Jane Doe', email: 'jane@example.com' },
  ...over,
});

export const fakeDrafter: Drafter = {
  request: (c: DraftContext) => ({ subject: `Re: ${c.originalSubject}`, body: `Dear ${c.contactName ?? 'team'}, could you share feedback? ${c.candidateName}` }),
  followUp: (c) => ({ subject: `Re: ${c.originalSubject}`, body: `Follow-up #${c.followUpNumber}` }),
  clarification: (c) => ({ subject: `Re: ${c.originalSubject}`, body: 'What set the hired person apart?' }),
  thankYou: (c) => ({ subject: `Re: ${c.originalSubject}`, body: `Thank you for: ${(c.points ?? []).join('; ')}` }),
  declineThanks: (c) => ({ subject: `Re: ${c.originalSubject}`, body: 'Thank you anyway.' }),
};

export type SendMode = 'ok' | 'hang-after-delivery' | 'hang-before-delivery' | 'fail' | 'held' | 'throw';

/**
 * A fake Sender: `delivered` is the "SMTP server + Sent folder" (shared across restarts);
 * a mail whose Message-ID was already delivered is reported sent without a second delivery —
 * the real Sender's Sent-folder check.
 */
export class FakeSender implements Sender {
  calls: OutgoingMail[] = [];
  mode: SendMode = 'ok';
  constructor(readonly clock: TestClock, readonly delivered: Map<string, OutgoingMail> = new Map(), public deliveries: OutgoingMail[] = []) {}
  async send(mail: OutgoingMail): Promise<SendResult> {
    this.calls.push(mail);
    if (this.delivered.has(mail.messageId)) return { status: 'sent', messageId: mail.messageId, at: this.clock.now().toISOString() };
    if (this.mode === 'hang-before-delivery') return new Promise(() => {});
    if (this.mode === 'fail') return { status: 'failed', permanent: true, code: 'EENVELOPE', message: 'recipient rejected', retryAt: null };
    if (this.mode === 'held') return { status: 'held', until: new Date(this.clock.now().getTime() + 3_600_000).toISOString(), reason: 'daily_cap' };
    if (this.mode === 'throw') throw new Error('boom');
    this.delivered.set(mail.messageId, mail);
    this.deliveries.push(mail);
    if (this.mode === 'hang-after-delivery') return new Promise(() => {});
    return { status: 'sent', messageId: mail.messageId, at: this.clock.now().toISOString() };
  }
  to(address: string) { return this.deliveries.filter((m) => m.to.some((a) => a.address === address)); }
  employer() { return this.deliveries.filter((m) => m.toEmployer); }
  candidate(purpose?: string) { return this.deliveries.filter((m) => !m.toEmployer && (!purpose || m.purpose === purpose)); }
}

let seq = 0;
export function rejection(over: Partial<RejectionVerdict> = {}, messageId = `<rej-${++seq}@acme.example>`): StartInput {
  return {
    message: {
      messageId, subject: 'Your application', date: '2026-01-05T08:00:00Z',
      from: { name: 'Maria Lopez', address: 'maria@acme.example' }, excerpt: 'We decided to move forward with other candidates.',
      references: [], text: 'Dear Jane, we decided to move forward with other candidates. Maria',
    },
    verdict: {
      kind: 'rejection', confidence: 0.95, stage: 'interview', company: 'Acme', role: 'Engineer',
      author: { name: 'Maria Lopez', address: 'maria@acme.example' }, contact: { name: 'Maria Lopez', address: 'maria@acme.example' },
      language: 'en', reasons: ['test'], ...over,
    },
  };
}

export function reply(kind: ReplyKind, over: Partial<ReplyVerdict> = {}, messageId = `<reply-${++seq}@acme.example>`, references: string[] = []) {
  return {
    type: 'employer.reply' as const,
    verdict: {
      kind, confidence: 0.9, returnDate: null, bounce: kind === 'bounce' ? { permanent: true, status: '5.1.1', recipient: 'maria@acme.example', diagnostic: 'no such user' } : null,
      points: kind === 'feedback' ? ['Go deeper on system design', 'Show more testing'] : [], vague: false, trimmed: 'text', language: 'en' as const, reasons: [], ...over,
    },
    message: { messageId, from: { name: 'Maria Lopez', address: 'maria@acme.example' }, subject: 'Re: Your application', date: null, excerpt: `a ${kind} reply`, references, text: `full ${kind} body` },
  };
}

/** A data folder plus a way to (re)open store + registry on it, as a daemon start would. */
export async function harness(over: Partial<ConversationSettings> = {}, start = '2026-01-05T09:00:00Z') {
  const dir = await mkdtemp(join(tmpdir(), 'debrief-conv-'));
  const clock = new TestClock(start);
  const delivered = new Map<string, OutgoingMail>();
  const deliveries: OutgoingMail[] = [];
  const open = async (mode: SendMode = 'ok') => {
    const store = createStore({ dir, clock, log: silentLogger() });
    await store.open();
    const sender = new FakeSender(clock, delivered, deliveries);
    sender.mode = mode;
    let n = 0;
    const registry = createRegistry({
      store, clock, drafter: fakeDrafter, sender, log: silentLogger(), settings: settings(over),
      random: (bytes) => (++n).toString(16).padStart(bytes * 2, '0') + Math.random().toString(16).slice(2, 6),
    });
    return { store, sender, registry };
  };
  return { dir, clock, deliveries, open, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
