/**
 * The conversation machine: one rejection, from detection to an outcome. Pure and deterministic.
 *
 * Invariants (what makes it durable — see architecture.md, principle 4):
 * - No `after` timers (not restored from snapshots) and no promise actors (re-run on restore).
 *   A deadline is `context.deadline` (absolute ISO time); the scheduler sends `clock.deadline`
 *   and the guard compares the event's `at` with it, so an early or repeated wake-up is harmless.
 * - No I/O. An effect is an intent appended to `context.outbox` with a deterministic id
 *   (`<conversationId>:<seq>`); the runtime persists the snapshot, writes the outbox record
 *   and only then hands the mail to the sender. Results come back as `mail.*` events.
 * - Every event carries `at` (ISO), stamped by the runtime: the machine never reads a clock.
 * - The Drafter is pure (templates), so drafting inside an assign is deterministic; the result
 *   lives in context, and a restored snapshot never drafts again.
 */
import { and, assign, not, setup } from 'xstate';
import type { Address } from '../src/mail/message.ts';
import type { MailPurpose } from '../src/mail/outgoing.ts';
import type { Duration } from '../src/time/duration.ts';
import type { Language, ReplyVerdict, Stage } from '../src/understand/types.ts';
import type { Draft, DraftContext, Drafter, DraftKind } from '../src/drafts/types.ts';
import { applyDuration, moveIntoWindow, resumeAfterReturn, type SendWindow } from '../src/time/business.ts';

/** Bumped when a change makes old persisted snapshots unreadable by this machine. */
export const MACHINE_VERSION = 1;

export interface ConversationSettings {
  followUpDelays: Duration[];
  maxFollowUps: number;
  timezone: string;
  sendWindow: SendWindow;
  approveEachFollowUp: boolean;
  pursueStages: Stage[];
  autoApprove: boolean;
  approvalTimeout: Duration;
  candidate: { name: string; email: string };
}

/** The employer's rejection mail, as much of it as the conversation keeps. */
export interface RejectionFacts {
  messageId: string;
  subject: string;
  date: string | null;
  from: Address | null;
  /** ≤ 280 characters. */
  excerpt: string;
  references: string[];
}

export interface ConversationInput {
  id: string;
  /** Creation time (ISO); the machine's only notion of "now" before the first event. */
  now: string;
  /** One-time token for approval answers; random, generated once by the runtime. */
  token: string;
  company: string | null;
  role: string | null;
  stage: Stage | null;
  language: Language;
  /** A human to write to; null when the rejection came from a no-reply address. */
  contact: Address | null;
  rejection: RejectionFacts;
  settings: ConversationSettings;
}

export type NoticeKind =
  | 'needs_candidate'  // the employer called, asked, or reconsiders: over to the candidate
  | 'bounced'
  | 'no_response'
  | 'expired'          // the approval mail was never answered
  | 'needs_recipient'  // APPROVE without TO for a rejection with no human contact
  | 'send_failed'
  | 'send_uncertain';

/** An effect decided by the machine; the runtime turns it into an OutgoingMail. */
export type MailIntent =
  | {
      id: string;
      target: 'employer';
      purpose: Extract<MailPurpose, 'request' | 'follow_up' | 'clarification' | 'thank_you'>;
      draftKind: DraftKind;
      to: Address;
      subject: string;
      text: string;
      inReplyTo: string | null;
      references: string[];
    }
  | {
      id: string;
      target: 'candidate';
      purpose: 'approval' | 'reminder';
      /** This approval round's token (see approvalToken). */
      token: string;
      /** The draft the candidate is asked about (copied, so the mail matches what was asked). */
      draft: PendingDraft;
      /** Planned follow-up times (ISO) the approval covers; empty when each needs approval. */
      plannedFollowUps: string[];
    }
  | {
      id: string;
      target: 'candidate';
      purpose: 'notice' | 'help';
      notice: NoticeKind;
      /** For `help`: the current approval round's token, so an answer to the help mail counts. */
      token: string | null;
      /** The message that prompted the notice (employer reply excerpt, bounce diagnostic...). */
      excerpt: string | null;
      from: Address | null;
      detail: string | null;
    };

export interface PendingDraft {
  kind: DraftKind;
  to: Address | null;
  subject: string;
  body: string;
  /** For follow-ups: 1, 2, ... */
  followUpNumber: number | null;
}

export interface Deadline {
  at: string;
  kind: 'follow_up' | 'approval_reminder' | 'approval_expiry' | 'resume_after_ooo' | 'clarification_wait';
}

export interface ReplyMessage {
  messageId: string;
  from: Address | null;
  subject: string;
  date: string | null;
  /** ≤ 280 characters. */
  excerpt: string;
  references: string[];
  /** The full body; the runtime stores it in a body file and it is not kept in context. */
  text?: string;
}

export interface ConversationContext extends Omit<ConversationInput, 'now'> {
  createdAt: string;
  seq: number;
  outbox: MailIntent[];
  pending: PendingDraft | null;
  /** Id of the employer mail the `sending` state waits for. */
  awaiting: string | null;
  deadline: Deadline | null;
  reminded: boolean;
  followUpsSent: number;
  clarificationAsked: boolean;
  /** Message-IDs of the employer thread, oldest first (for In-Reply-To / References). */
  thread: string[];
  lastSentAt: string | null;
  /** Earliest next follow-up after an out-of-office return date. */
  resumeAfter: string | null;
  feedback: string[];
  replies: number;
  /** Approval mails asked so far; each round has its own token. */
  approvalRound: number;
  outcome: string | null;
  skipReason: string | null;
}

export type ConversationEvent =
  | { type: 'candidate.approve'; at: string; to?: string; draft?: { subject?: string; body?: string } }
  | { type: 'candidate.skip'; at: string }
  | { type: 'candidate.stop'; at: string }
  | { type: 'employer.reply'; at: string; verdict: ReplyVerdict; message: ReplyMessage }
  | { type: 'clock.deadline'; at: string }
  | { type: 'mail.sent'; at: string; id: string; messageId: string }
  | { type: 'mail.failed'; at: string; id: string; permanent: boolean; message: string }
  | { type: 'mail.held'; at: string; id: string; until: string }
  | { type: 'mail.uncertain'; at: string; id: string };

export type ConversationState =
  | 'detected' | 'awaitingApproval' | 'sending' | 'awaitingReply' | 'needsCandidate'
  | 'skipped' | 'stopped' | 'expired' | 'noResponse' | 'thanked' | 'closed' | 'bounced';

export const FINAL_STATES: readonly ConversationState[] = ['skipped', 'stopped', 'expired', 'noResponse', 'thanked', 'closed', 'bounced'];

// ---------------------------------------------------------------------------------------------
// Pure helpers (exported for the runtime and tests)

/** Time of an event, or creation time for the init event. */
function eventAt(event: { type: string } & Partial<{ at: string }>, context: ConversationContext): string {
  return event.at ?? context.createdAt;
}

/** The `index`-th follow-up (0-based) after a send at `base`: delay, then into the window. */
export function followUpAt(base: Date, index: number, settings: ConversationSettings): Date {
  const delays = settings.followUpDelays;
  const delay = delays[Math.min(index, delays.length - 1)] ?? { unit: 'bd', amount: 5 };
  return moveIntoWindow(applyDuration(base, delay, settings.timezone), settings.sendWindow, settings.timezone);
}

/** Planned follow-up times if the request went out at `sendAt` (for the approval mail). */
export function planFollowUps(sendAt: Date, settings: ConversationSettings): string[] {
  const out: string[] = [];
  let base = moveIntoWindow(sendAt, settings.sendWindow, settings.timezone);
  for (let i = 0; i < settings.maxFollowUps; i++) {
    base = followUpAt(base, i, settings);
    out.push(base.toISOString());
  }
  return out;
}

function draftContext(context: ConversationContext, extra: Partial<DraftContext> = {}): DraftContext {
  return {
    candidateName: context.settings.candidate.name,
    contactName: context.contact?.name || null,
    company: context.company,
    role: context.role,
    stage: context.stage ?? 'unknown',
    language: context.language,
    originalSubject: context.rejection.subject,
    ...extra,
  };
}

function nextId(context: ConversationContext): { id: string; seq: number } {
  const seq = context.seq + 1;
  return { id: `${context.id}:${seq}`, seq };
}

function notice(context: ConversationContext, kind: NoticeKind, purpose: 'notice' | 'help', extra: Partial<{ excerpt: string | null; from: Address | null; detail: string | null }> = {}) {
  const { id, seq } = nextId(context);
  const token = purpose === 'help' ? approvalToken(context.token, context.approvalRound) : null;
  const intent: MailIntent = { id, target: 'candidate', purpose, notice: kind, token, excerpt: extra.excerpt ?? null, from: extra.from ?? null, detail: extra.detail ?? null };
  return { seq, outbox: [...context.outbox, intent] };
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * The token of one approval round: the conversation's random token plus the round number in
 * lower-case base32 (the alphabet of src/approval/token.ts). A late answer to an older approval
 * mail carries an older token and cannot approve the draft now pending.
 */
export function approvalToken(base: string, round: number): string {
  let n = round, suffix = '';
  do { suffix = BASE32[n % 32] + suffix; n = Math.floor(n / 32); } while (n > 0);
  return `${base}${suffix}`;
}

const lastOf = <T>(list: T[]): T | null => (list.length ? list[list.length - 1]! : null);

// ---------------------------------------------------------------------------------------------

/**
 * Builds the machine around a Drafter (pure templates). `conversationMachine` below uses a
 * placeholder Drafter for inspection (the diagram); the registry builds one with the real Drafter.
 */
export function createConversationMachine(deps: { drafter: Drafter }) {
  const draftOf = (kind: DraftKind, ctx: DraftContext): Draft => {
    switch (kind) {
      case 'request': return deps.drafter.request(ctx);
      case 'follow_up': return deps.drafter.followUp(ctx);
      case 'clarification': return deps.drafter.clarification(ctx);
      case 'thank_you': return deps.drafter.thankYou(ctx);
      case 'decline_thanks': return deps.drafter.declineThanks(ctx);
    }
  };
  const purposeOf = (kind: DraftKind) =>
    kind === 'decline_thanks' ? 'thank_you' : kind === 'follow_up' ? 'follow_up' : kind;

  return setup({
    types: {
      context: {} as ConversationContext,
      events: {} as ConversationEvent,
      input: {} as ConversationInput,
    },
    guards: {
      notPursued: ({ context }) => context.stage !== null && !context.settings.pursueStages.includes(context.stage),
      autoApprove: ({ context }) => context.settings.autoApprove && context.contact !== null,
      /** Follow-ups go out without asking, unless each must be approved. */
      followUpWithoutApproval: ({ context }) => context.settings.autoApprove || !context.settings.approveEachFollowUp,
      needsRecipientMissing: ({ context, event }) =>
        event.type === 'candidate.approve' && (context.pending?.to ?? null) === null && !event.to,
      isDue: ({ context, event }) => context.deadline !== null && eventAt(event, context) >= context.deadline.at,
      reminderDue: ({ context, event }) => context.deadline !== null && eventAt(event, context) >= context.deadline.at && !context.reminded,
      waitingForClarification: ({ context }) => context.clarificationAsked && context.deadline?.kind === 'clarification_wait',
      followUpsLeft: ({ context }) => context.followUpsSent < context.settings.maxFollowUps,
      isAwaitedSent: ({ context, event }) => event.type === 'mail.sent' && event.id === context.awaiting,
      isAwaitedFailed: ({ context, event }) =>
        (event.type === 'mail.failed' && event.permanent && event.id === context.awaiting) ||
        (event.type === 'mail.uncertain' && event.id === context.awaiting),
      sentThankYou: ({ context }) => context.pending?.kind === 'thank_you',
      sentDeclineThanks: ({ context }) => context.pending?.kind === 'decline_thanks',
      replyVagueFeedback: ({ context, event }) =>
        event.type === 'employer.reply' && event.verdict.kind === 'feedback' && event.verdict.vague && !context.clarificationAsked,
      replyFeedback: ({ event }) => event.type === 'employer.reply' && event.verdict.kind === 'feedback',
      replyDeclined: ({ event }) => event.type === 'employer.reply' && event.verdict.kind === 'declined',
      replyNeedsCandidate: ({ event }) =>
        event.type === 'employer.reply' && ['call', 'question', 'reconsider'].includes(event.verdict.kind),
      replyBounce: ({ event }) =>
        event.type === 'employer.reply' && event.verdict.kind === 'bounce' && event.verdict.bounce?.permanent !== false,
      replyAutoReply: ({ event }) => event.type === 'employer.reply' && event.verdict.kind === 'auto_reply',
    },
    actions: {
      /** Drafts into `context.pending`; `to` is the contact unless changed at approval. */
      draft: assign(({ context }, params: { kind: DraftKind }) => {
        const followUpNumber = params.kind === 'follow_up' ? context.followUpsSent + 1 : null;
        const d = draftOf(params.kind, draftContext(context, {
          ...(followUpNumber ? { followUpNumber } : {}),
          ...(context.feedback.length ? { points: context.feedback } : {}),
        }));
        return { pending: { kind: params.kind, to: context.contact, subject: d.subject, body: d.body, followUpNumber } };
      }),
      /** On entering awaitingApproval: the approval mail and its reminder deadline. */
      queueApproval: assign(({ context, event }) => {
        const at = eventAt(event as never, context);
        const { id, seq } = nextId(context);
        const approvalRound = context.approvalRound + 1;
        const coversFollowUps = context.pending?.kind === 'request' && !context.settings.approveEachFollowUp;
        const intent: MailIntent = {
          id, target: 'candidate', purpose: 'approval', token: approvalToken(context.token, approvalRound), draft: context.pending!,
          plannedFollowUps: coversFollowUps ? planFollowUps(new Date(at), context.settings) : [],
        };
        return {
          seq, outbox: [...context.outbox, intent], reminded: false, approvalRound,
          deadline: { at: applyDuration(new Date(at), context.settings.approvalTimeout, context.settings.timezone).toISOString(), kind: 'approval_reminder' as const },
        };
      }),
      queueReminder: assign(({ context, event }) => {
        const at = eventAt(event as never, context);
        const { id, seq } = nextId(context);
        const intent: MailIntent = { id, target: 'candidate', purpose: 'reminder', token: approvalToken(context.token, context.approvalRound), draft: context.pending!, plannedFollowUps: [] };
        return {
          seq, outbox: [...context.outbox, intent], reminded: true,
          deadline: { at: applyDuration(new Date(at), context.settings.approvalTimeout, context.settings.timezone).toISOString(), kind: 'approval_expiry' as const },
        };
      }),
      applyApproval: assign(({ context, event }) => {
        if (event.type !== 'candidate.approve' || !context.pending) return {};
        const to = event.to ? { name: '', address: event.to.trim().toLowerCase() } : context.pending.to;
        return {
          pending: {
            ...context.pending,
            to,
            subject: event.draft?.subject?.trim() || context.pending.subject,
            body: event.draft?.body?.trim() ? event.draft.body : context.pending.body,
          },
          // A recipient named at approval becomes the conversation's contact (follow-ups go there too).
          contact: event.to ? to : context.contact,
        };
      }),
      /** The pending draft becomes an employer mail intent; `sending` waits for its result. */
      queueEmployerMail: assign(({ context }) => {
        const p = context.pending!;
        const { id, seq } = nextId(context);
        const intent: MailIntent = {
          id, target: 'employer', purpose: purposeOf(p.kind), draftKind: p.kind, to: p.to!,
          subject: p.subject, text: p.body, inReplyTo: lastOf(context.thread), references: [...context.thread],
        };
        return { seq, outbox: [...context.outbox, intent], awaiting: id, deadline: null };
      }),
      noteSent: assign(({ context, event }) => {
        if (event.type !== 'mail.sent') return {};
        const p = context.pending!;
        const sentAt = new Date(event.at);
        const followUpsSent = p.kind === 'follow_up' ? context.followUpsSent + 1 : context.followUpsSent;
        const clarificationAsked = context.clarificationAsked || p.kind === 'clarification';
        let deadline: Deadline | null;
        if (p.kind === 'clarification') {
          // One wait after the clarification, no chasing: then thank them for what they gave.
          deadline = { at: followUpAt(sentAt, 0, context.settings).toISOString(), kind: 'clarification_wait' };
        } else {
          let at = followUpAt(sentAt, followUpsSent, context.settings);
          let kind: Deadline['kind'] = 'follow_up';
          if (context.resumeAfter && context.resumeAfter > at.toISOString()) { at = new Date(context.resumeAfter); kind = 'resume_after_ooo'; }
          deadline = { at: at.toISOString(), kind };
        }
        return {
          thread: [...context.thread, event.messageId], lastSentAt: event.at, followUpsSent, clarificationAsked,
          awaiting: null, deadline, pending: p.kind === 'thank_you' || p.kind === 'decline_thanks' ? p : null,
        };
      }),
      /** Result of any mail: it is no longer pending in context (the store keeps the record). */
      settleIntent: assign(({ context, event }) => {
        if (event.type === 'mail.held') return {};
        if (!('id' in event)) return {};
        return { outbox: context.outbox.filter((i) => i.id !== event.id) };
      }),
      noteReply: assign(({ context, event }) => {
        if (event.type !== 'employer.reply') return {};
        const points = event.verdict.kind === 'feedback' ? event.verdict.points.filter((p) => !context.feedback.includes(p)) : [];
        const thread = context.thread.includes(event.message.messageId) ? context.thread : [...context.thread, event.message.messageId];
        return { thread, replies: context.replies + 1, feedback: [...context.feedback, ...points] };
      }),
      noteReturnDate: assign(({ context, event }) => {
        if (event.type !== 'employer.reply' || !event.verdict.returnDate) return {};
        let resume: Date;
        try { resume = resumeAfterReturn(event.verdict.returnDate, context.settings.sendWindow, context.settings.timezone); }
        catch { return {}; }
        const resumeAfter = resume.toISOString();
        // Only a follow-up moves; approval and clarification waits are about other people.
        const movable = context.deadline?.kind === 'follow_up' || context.deadline?.kind === 'resume_after_ooo';
        const deadline = context.deadline && movable && context.deadline.at < resumeAfter
          ? { at: resumeAfter, kind: 'resume_after_ooo' as const } : context.deadline;
        return { resumeAfter, deadline };
      }),
      clearDeadline: assign({ deadline: null, awaiting: null }),
      setSkipReason: assign(({ context }) => ({
        skipReason: `stage "${context.stage}" is not in PURSUE_STAGES (${context.settings.pursueStages.join(',')})`,
      })),
      notifyNeedsRecipient: assign(({ context }) => notice(context, 'needs_recipient', 'help')),
      notifyExpired: assign(({ context }) => notice(context, 'expired', 'notice')),
      notifyNoResponse: assign(({ context }) => notice(context, 'no_response', 'notice')),
      notifyNeedsCandidate: assign(({ context, event }) => event.type === 'employer.reply'
        ? notice(context, 'needs_candidate', 'notice', { excerpt: event.message.excerpt, from: event.message.from, detail: event.verdict.kind })
        : {}),
      notifyBounced: assign(({ context, event }) => event.type === 'employer.reply'
        ? notice(context, 'bounced', 'notice', { excerpt: event.message.excerpt, from: event.message.from, detail: event.verdict.bounce?.diagnostic ?? null })
        : {}),
      notifySendProblem: assign(({ context, event }) =>
        event.type === 'mail.failed' ? notice(context, 'send_failed', 'notice', { detail: event.message })
        : event.type === 'mail.uncertain' ? notice(context, 'send_uncertain', 'notice', { detail: event.id }) : {}),
      setOutcome: assign((_, params: { outcome: string }) => ({ outcome: params.outcome, deadline: null })),
    },
  }).createMachine({
    id: 'conversation',
    initial: 'detected',
    context: ({ input }) => {
      const { now, ...rest } = input;
      return {
        ...rest,
        createdAt: now,
        seq: 0,
        outbox: [],
        pending: null,
        awaiting: null,
        deadline: null,
        reminded: false,
        followUpsSent: 0,
        clarificationAsked: false,
        thread: [...input.rejection.references.filter((r) => r !== input.rejection.messageId), input.rejection.messageId],
        lastSentAt: null,
        resumeAfter: null,
        feedback: [],
        replies: 0,
        approvalRound: 0,
        outcome: null,
        skipReason: null,
      };
    },
    on: {
      // From any non-final state (final states accept nothing).
      'candidate.stop': { target: '.stopped', actions: [{ type: 'setOutcome', params: { outcome: 'stopped by the candidate' } }] },
      'mail.sent': { actions: 'settleIntent' },
      'mail.failed': { actions: 'settleIntent' },
      'mail.uncertain': { actions: 'settleIntent' },
      'employer.reply': { actions: 'noteReply' },
    },
    states: {
      detected: {
        always: [
          { guard: 'notPursued', target: 'skipped', actions: ['setSkipReason', { type: 'setOutcome', params: { outcome: 'skipped: stage not pursued' } }] },
          { guard: 'autoApprove', target: 'sending', actions: [{ type: 'draft', params: { kind: 'request' } }, 'queueEmployerMail'] },
          { target: 'awaitingApproval', actions: [{ type: 'draft', params: { kind: 'request' } }] },
        ],
      },
      awaitingApproval: {
        entry: 'queueApproval',
        on: {
          'candidate.approve': [
            { guard: 'needsRecipientMissing', actions: 'notifyNeedsRecipient' },
            { target: 'sending', actions: ['applyApproval', 'queueEmployerMail'] },
          ],
          'candidate.skip': { target: 'skipped', actions: [{ type: 'setOutcome', params: { outcome: 'skipped by the candidate' } }] },
          'clock.deadline': [
            { guard: 'reminderDue', actions: 'queueReminder' },
            { guard: 'isDue', target: 'expired', actions: ['notifyExpired', { type: 'setOutcome', params: { outcome: 'approval expired' } }] },
          ],
          'employer.reply': [
            { guard: 'replyAutoReply', actions: ['noteReply', 'noteReturnDate'] },
            { target: 'reply', actions: 'noteReply' },
          ],
        },
      },
      sending: {
        on: {
          'mail.sent': [
            { guard: and(['isAwaitedSent', 'sentThankYou']), target: 'thanked', actions: ['settleIntent', 'noteSent', { type: 'setOutcome', params: { outcome: 'feedback received and thanked' } }] },
            { guard: and(['isAwaitedSent', 'sentDeclineThanks']), target: 'closed', actions: ['settleIntent', 'noteSent', { type: 'setOutcome', params: { outcome: 'declined; thanked' } }] },
            { guard: 'isAwaitedSent', target: 'awaitingReply', actions: ['settleIntent', 'noteSent'] },
            { actions: 'settleIntent' },
          ],
          'mail.failed': [
            { guard: 'isAwaitedFailed', target: 'needsCandidate', actions: ['settleIntent', 'notifySendProblem', 'clearDeadline'] },
            { actions: 'settleIntent' },
          ],
          'mail.uncertain': [
            { guard: 'isAwaitedFailed', target: 'needsCandidate', actions: ['settleIntent', 'notifySendProblem', 'clearDeadline'] },
            { actions: 'settleIntent' },
          ],
          'employer.reply': [
            { guard: 'replyAutoReply', actions: ['noteReply', 'noteReturnDate'] },
            { target: 'reply', actions: 'noteReply' },
          ],
        },
      },
      awaitingReply: {
        on: {
          'clock.deadline': [
            { guard: and(['isDue', 'waitingForClarification']), target: 'awaitingApproval', actions: [{ type: 'draft', params: { kind: 'thank_you' } }] },
            { guard: and(['isDue', 'followUpsLeft', 'followUpWithoutApproval']), target: 'sending', actions: [{ type: 'draft', params: { kind: 'follow_up' } }, 'queueEmployerMail'] },
            { guard: and(['isDue', 'followUpsLeft']), target: 'awaitingApproval', actions: [{ type: 'draft', params: { kind: 'follow_up' } }] },
            { guard: 'isDue', target: 'noResponse', actions: ['notifyNoResponse', { type: 'setOutcome', params: { outcome: 'no response' } }] },
          ],
          'employer.reply': [
            { guard: 'replyAutoReply', actions: ['noteReply', 'noteReturnDate'] },
            { target: 'reply', actions: 'noteReply' },
          ],
        },
      },
      /** Routes an employer reply by kind (a transient state; replies are logged at the root too). */
      reply: {
        always: [
          { guard: 'replyBounce', target: 'bounced', actions: ['notifyBounced', { type: 'setOutcome', params: { outcome: 'bounced' } }] },
          { guard: 'replyNeedsCandidate', target: 'needsCandidate', actions: ['notifyNeedsCandidate', 'clearDeadline'] },
          { guard: and(['replyVagueFeedback', 'autoApprove']), target: 'sending', actions: [{ type: 'draft', params: { kind: 'clarification' } }, 'queueEmployerMail'] },
          { guard: 'replyVagueFeedback', target: 'awaitingApproval', actions: [{ type: 'draft', params: { kind: 'clarification' } }] },
          { guard: and(['replyFeedback', 'autoApprove']), target: 'sending', actions: [{ type: 'draft', params: { kind: 'thank_you' } }, 'queueEmployerMail'] },
          { guard: 'replyFeedback', target: 'awaitingApproval', actions: [{ type: 'draft', params: { kind: 'thank_you' } }] },
          { guard: and(['replyDeclined', 'autoApprove']), target: 'sending', actions: [{ type: 'draft', params: { kind: 'decline_thanks' } }, 'queueEmployerMail'] },
          { guard: 'replyDeclined', target: 'awaitingApproval', actions: [{ type: 'draft', params: { kind: 'decline_thanks' } }] },
          // Anything else (unknown kind): keep waiting.
          { target: 'awaitingReply' },
        ],
      },
      /** Resting: the candidate takes over. Replies are still logged (root handler); STOP ends it. */
      needsCandidate: {
        on: { 'employer.reply': { actions: 'noteReply' } },
      },
      skipped: { type: 'final' },
      stopped: { type: 'final' },
      expired: { type: 'final' },
      noResponse: { type: 'final' },
      thanked: { type: 'final' },
      closed: { type: 'final' },
      bounced: { type: 'final' },
    },
  });
}

/**
 * The machine with a placeholder Drafter, for inspection only (the diagram, tooling):
 * the structure does not depend on the Drafter.
 */
export function conversationMachineForInspection() {
  const placeholder = () => ({ subject: '', body: '' });
  return createConversationMachine({
    drafter: { request: placeholder, followUp: placeholder, clarification: placeholder, thankYou: placeholder, declineThanks: placeholder },
  });
}
