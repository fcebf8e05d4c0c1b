/**
 * The registry: one XState actor per conversation, routing, persistence and restore.
 *
 * Order of work for every event (the durability invariant):
 *   1. actor.send(event)                       — pure decision, synchronous
 *   2. one store write: snapshot, state, transition, new outbox records (Message-IDs assigned)
 *   3. effects: pending outbox records → Sender → result events (back to step 1)
 * A crash after 2 loses nothing: restore re-hands pending records, and replays results that were
 * recorded but not yet seen by the machine. Events for one conversation are processed one at a
 * time (a promise chain per conversation); conversations do not wait for each other.
 *
 * A conversation whose machine throws is marked `error` in the log (last good snapshot kept) and
 * dropped from memory; the others carry on.
 */
import { randomBytes } from 'node:crypto';
import { createActor, type Actor } from 'xstate';
import type { Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import type { Sender } from '../mail/outgoing.ts';
import type { Drafter } from '../drafts/types.ts';
import type { RejectionVerdict } from '../understand/types.ts';
import { excerpt, type Store } from '../store/store.ts';
import type { ConversationRecord, MessageEntry } from '../store/schema.ts';
import {
  approvalToken, createConversationMachine, FINAL_STATES, MACHINE_VERSION,
  type ConversationContext, type ConversationEvent, type ConversationInput, type ConversationSettings, type ConversationState, type RejectionFacts,
} from '../../machines/conversation.ts';
import { createEffects } from './effects.ts';
import { createScheduler } from './scheduler.ts';
import type { ComposeApproval, ComposeNotice } from './compose.ts';

type ConversationMachine = ReturnType<typeof createConversationMachine>;
type ConversationActor = Actor<ConversationMachine>;

/** What the router hands over for a new rejection. */
export interface StartInput {
  message: RejectionFacts & { text?: string };
  verdict: RejectionVerdict;
}

/** An event as callers send it; `at` defaults to the clock's now. */
export type IncomingEvent = ConversationEvent extends infer E ? (E extends { at: string } ? Omit<E, 'at'> & { at?: string } : never) : never;

export interface ConversationSummary {
  id: string;
  company: string | null;
  role: string | null;
  state: string;
  status: ConversationRecord['status'];
  deadline: ConversationRecord['deadline'];
  updatedAt: string;
}

export interface Registry {
  /** Restores every stored conversation, re-hands pending mail, fires overdue deadlines once. */
  restore(): Promise<{ restored: number; final: number; errors: number }>;
  /** Starts a conversation for a rejection (idempotent by the rejection's Message-ID); returns its id. */
  start(input: StartInput): Promise<string>;
  /** Sends an event; resolves with the resulting state (null if unknown id) after persistence and effects. */
  send(id: string, event: IncomingEvent): Promise<string | null>;
  /** The conversation any of these Message-IDs (In-Reply-To, References...) belongs to. */
  routeByMessageId(ids: string[]): string | null;
  /**
   * For the router's lookup: the live conversation whose counterpart (contact or rejection
   * sender) is `address` and whose rejection subject normalises to `normalisedSubject`.
   */
  bySenderAndSubject(address: string, normalisedSubject: string, normalise: (subject: string) => string): string | null;
  /** Whether debrief sent (or decided to send) a mail with this Message-ID. */
  isOutbound(messageId: string): boolean;
  /** The approval now awaiting the candidate's answer, or null (not awaiting approval). */
  pendingApproval(id: string): PendingApproval | null;
  list(): ConversationSummary[];
  /** Live machine context of an active conversation (for show/tests). */
  context(id: string): Readonly<ConversationContext> | null;
  /** Resolves when no work is in flight. */
  idle(): Promise<void>;
  /** Stops timers and actors (the store keeps everything). */
  stop(): Promise<void>;
}

export interface RegistryDeps {
  store: Store;
  clock: Clock;
  drafter: Drafter;
  sender: Sender;
  log: Logger;
  settings: ConversationSettings;
  composeApproval?: ComposeApproval;
  composeNotice?: ComposeNotice;
  /** Domain of generated Message-IDs; the candidate's address domain by default. */
  messageIdDomain?: string;
  /** Random hex for conversation ids; injectable for tests. */
  random?: (bytes: number) => string;
  /** A new conversation token (lower-case base32, as src/approval/token.ts newToken). */
  newToken?: () => string;
}

/** What the approval reader needs to check an answer against the draft now pending. */
export interface PendingApproval {
  conversationId: string;
  /** The current round's token: in the approval mail's subject tag and Message-ID. */
  token: string;
  /** Message-IDs of this round's approval, reminder and help mails. */
  messageIds: string[];
  /** The approval mail's own Message-ID (ApprovalExpectation.approvalMessageId). */
  approvalMessageId: string | null;
  draft: { to: string | null; subject: string; body: string };
  needsRecipient: boolean;
}

function base32Token(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  for (const b of randomBytes(16)) out += alphabet[b & 31];
  return out;
}

const isFinal = (state: string) => (FINAL_STATES as readonly string[]).includes(state);

function slug(text: string | null): string {
  const s = (text ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 20);
  return s || 'conv';
}

export function createRegistry(deps: RegistryDeps): Registry {
  const { store, clock, log, settings } = deps;
  const random = deps.random ?? ((n: number) => randomBytes(n).toString('hex'));
  const newToken = deps.newToken ?? base32Token;
  const machine = createConversationMachine({ drafter: deps.drafter });
  const actors = new Map<string, ConversationActor>();
  const chains = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;

  const effects = createEffects({
    store, sender: deps.sender, clock, log,
    messageIdDomain: deps.messageIdDomain ?? settings.candidate.email.split('@')[1] ?? 'debrief.invalid',
    composeApproval: deps.composeApproval, composeNotice: deps.composeNotice,
    onResult: (id, event) => deliverEvent(id, event, logEvent(id, event)).then(() => {}),
    track: (work) => { track(work); },
  });
  const scheduler = createScheduler({
    clock,
    onDue: (id, at) => { track(deliverEvent(id, { type: 'clock.deadline', at: at.toISOString() })); },
  });

  function track<T>(p: Promise<T>): Promise<T> {
    inFlight.add(p);
    p.catch((err) => log.warn({ err }, 'conversation work failed')).finally(() => inFlight.delete(p));
    return p;
  }

  /** Runs `fn` after everything queued for this conversation. */
  function serial<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const prev = chains.get(id) ?? Promise.resolve();
    const run = prev.catch(() => {}).then(fn);
    chains.set(id, run);
    run.finally(() => { if (chains.get(id) === run) chains.delete(id); }).catch(() => {});
    return run;
  }

  const stateOf = (actor: ConversationActor) => String(actor.getSnapshot().value);

  function spawn(id: string, options: { snapshot: unknown } | { input: ConversationInput }): ConversationActor {
    const actor = createActor(machine, options as never);
    // The error observer: a throwing conversation is isolated, never the daemon's end.
    actor.subscribe({ error: (err) => log.warn({ err, conversationId: id }, 'conversation machine failed') });
    actor.start();
    return actor;
  }

  async function markError(id: string, err: unknown) {
    actors.delete(id);
    scheduler.schedule(id, null);
    const message = err instanceof Error ? err.message : String(err);
    log.warn({ err, conversationId: id }, 'conversation marked as error; the others continue');
    if (store.getConversation(id)) {
      await store.update((d) => { Object.assign(d.conversations[id]!, { status: 'error', error: message, updatedAt: clock.now().toISOString() }); });
    }
  }

  /**
   * Step 2 of the invariant: persist what the machine decided (snapshot, transition, new
   * outbox records) in one write; then arm the deadline. Effects run after, in `deliverEvent`.
   */
  async function commit(id: string, actor: ConversationActor, from: string | null, cause: string, extra?: (rec: ConversationRecord) => void) {
    const snap = actor.getSnapshot();
    if (snap.status === 'error') throw snap.error;
    const ctx = snap.context;
    const state = String(snap.value);
    const now = clock.now();
    const records = await effects.prepare(ctx, now);
    await store.update((d) => {
      const rec = d.conversations[id]!;
      extra?.(rec);
      rec.snapshot = actor.getPersistedSnapshot();
      rec.machineVersion = MACHINE_VERSION;
      rec.state = state;
      rec.status = isFinal(state) ? 'final' : 'active';
      rec.error = null;
      rec.deadline = ctx.deadline ? { ...ctx.deadline } : null;
      rec.contact = ctx.contact;
      rec.feedback = [...ctx.feedback];
      rec.outcome = ctx.outcome;
      rec.updatedAt = now.toISOString();
      if (from !== state) rec.transitions.push({ at: now.toISOString(), from, to: state, cause });
      for (const r of records) d.outbox[r.id] = r;
    });
    store.index(id, records.map((r) => r.messageId));
    if (isFinal(state)) {
      actors.delete(id);
      scheduler.schedule(id, null);
    } else {
      scheduler.schedule(id, ctx.deadline?.at ?? null);
    }
  }

  /** Steps 1–3 for one event, serialized per conversation; effects run outside the chain. */
  async function deliverEvent(id: string, event: ConversationEvent, before?: (rec: ConversationRecord) => void): Promise<string | null> {
    if (stopped) return null;
    const state = await serial(id, async () => {
      const actor = actors.get(id);
      if (!actor) {
        // Final or failed conversations have no actor; still log what came in.
        if (before && store.getConversation(id)) await store.update((d) => before(d.conversations[id]!));
        return store.getConversation(id)?.state ?? null;
      }
      const from = stateOf(actor);
      actor.send(event);
      try {
        await commit(id, actor, from, event.type, before);
      } catch (err) {
        await markError(id, err);
        return 'error';
      }
      return stateOf(actor);
    });
    if (!state || state === 'error') return state;
    await effects.deliver(id);
    // Results of those effects were fed back (and persisted) before deliver resolved.
    return store.getConversation(id)?.state ?? state;
  }

  function messageEntry(direction: MessageEntry['direction'], m: { messageId: string; date: string | null; from: { address: string } | null; subject: string; excerpt: string }, kind: string, to: string[], bodyFile: string | null): MessageEntry {
    return { messageId: m.messageId, date: m.date, direction, from: m.from?.address ?? null, to, subject: m.subject, kind, excerpt: excerpt(m.excerpt), bodyFile };
  }

  /** Log entries for events that are not decisions or replies (a sent mail joins `messages`). */
  function logEvent(id: string, event: ConversationEvent): ((rec: ConversationRecord) => void) | undefined {
    if (event.type !== 'mail.sent') return undefined;
    const r = store.getOutbox(event.id);
    if (!r) return undefined;
    return (rec) => {
      if (rec.messages.some((x) => x.messageId === r.messageId)) return;
      rec.messages.push({
        messageId: r.messageId, date: event.at, direction: 'out', from: settings.candidate.email, to: r.to.map((a) => a.address),
        subject: r.subject, kind: r.purpose, excerpt: r.excerpt ?? excerpt(r.subject), bodyFile: r.bodyFile,
      });
    };
  }

  function newId(company: string | null): string {
    for (;;) {
      const id = `${slug(company)}-${random(2)}`;
      if (!store.getConversation(id)) return id;
    }
  }

  const registry: Registry = {
    async restore() {
      let restored = 0, final = 0, errors = 0;
      const toResume: string[] = [];
      const toFinish: string[] = [];
      for (const rec of store.listConversations()) {
        if (rec.status === 'final') {
          final++;
          // A final state may still owe the candidate a notice (crash before it went out).
          if (store.listOutbox((r) => r.conversationId === rec.id && r.status === 'pending').length) toFinish.push(rec.id);
          continue;
        }
        if (rec.machineVersion !== MACHINE_VERSION) {
          errors++;
          await markError(rec.id, new Error(`snapshot of machine version ${rec.machineVersion}, this debrief has ${MACHINE_VERSION}`));
          continue;
        }
        try {
          const actor = spawn(rec.id, { snapshot: rec.snapshot });
          if (actor.getSnapshot().status === 'error') throw actor.getSnapshot().error;
          actors.set(rec.id, actor);
          restored++;
          toResume.push(rec.id);
        } catch (err) {
          errors++;
          await markError(rec.id, err);
        }
      }
      const work: Promise<unknown>[] = [];
      for (const id of toResume) {
        const actor = actors.get(id)!;
        // Results recorded but not yet seen by the machine (crash between send and event).
        for (const event of effects.settledButUnseen(actor.getSnapshot().context)) work.push(deliverEvent(id, event));
        // Pending mail is handed again; the Sender's idempotency makes this safe.
        work.push(effects.deliver(id));
        scheduler.schedule(id, actor.getSnapshot().context.deadline?.at ?? null);
      }
      for (const id of toFinish) work.push(effects.deliver(id));
      await Promise.all(work);
      // Deadlines that passed while the daemon was down fire once, now.
      const now = clock.now().toISOString();
      await Promise.all(scheduler.due().map((id) => {
        scheduler.markFired(id);
        return deliverEvent(id, { type: 'clock.deadline', at: now });
      }));
      log.info({ restored, final, errors }, 'conversations restored');
      return { restored, final, errors };
    },

    async start({ message, verdict }) {
      const existing = store.findByRejection(message.messageId);
      if (existing) return existing.id;
      const id = newId(verdict.company);
      const now = clock.now();
      const rejection: RejectionFacts = {
        messageId: message.messageId, subject: message.subject, date: message.date, from: message.from,
        excerpt: excerpt(message.excerpt), references: [...message.references],
      };
      let actor: ConversationActor;
      try {
        actor = spawn(id, {
          input: {
            id, now: now.toISOString(), token: newToken(), company: verdict.company, role: verdict.role,
            stage: verdict.stage, language: verdict.language, contact: verdict.contact, rejection, settings,
          },
        });
      } catch (err) {
        log.warn({ err }, 'could not start a conversation');
        throw err;
      }
      const bodyFile = message.text ? await store.writeBody(id, 'in-0', message.text) : null;
      await serial(id, async () => {
        await store.update((d) => {
          d.conversations[id] = {
            id, createdAt: now.toISOString(), updatedAt: now.toISOString(), company: verdict.company, role: verdict.role,
            contact: verdict.contact, stage: verdict.stage, language: verdict.language, rejectionMessageId: message.messageId,
            state: 'detected', status: 'active', error: null, machineVersion: MACHINE_VERSION, snapshot: null, deadline: null,
            messages: [messageEntry('in', message, 'rejection', [settings.candidate.email], bodyFile)],
            transitions: [{ at: now.toISOString(), from: null, to: 'detected', cause: 'rejection' }],
            decisions: [], feedback: [], outcome: null,
          };
        });
        actors.set(id, actor);
        try {
          await commit(id, actor, 'detected', 'rejection');
        } catch (err) {
          await markError(id, err);
        }
      });
      const state = store.getConversation(id)!.state;
      if (!isFinal(state) && state !== 'error') await track(effects.deliver(id));
      return id;
    },

    async send(id, incoming) {
      const event = { ...incoming, at: incoming.at ?? clock.now().toISOString() } as ConversationEvent;
      let before: ((rec: ConversationRecord) => void) | undefined;
      if (event.type === 'candidate.approve' || event.type === 'candidate.skip' || event.type === 'candidate.stop') {
        const detail = event.type === 'candidate.approve'
          ? [event.to ? `to ${event.to}` : null, event.draft ? 'edited draft' : null].filter(Boolean).join(', ') || null
          : null;
        before = (rec) => { rec.decisions.push({ at: event.at, decision: event.type.slice('candidate.'.length), detail }); };
      } else if (event.type === 'employer.reply') {
        const m = event.message;
        const rec = store.getConversation(id);
        if (rec && rec.messages.some((x) => x.messageId === m.messageId)) return rec.state; // duplicate delivery
        const bodyFile = m.text && rec ? await store.writeBody(id, `in-${rec.messages.length}`, m.text) : null;
        const entry = messageEntry('in', m, event.verdict.kind, [settings.candidate.email], bodyFile);
        before = (r) => { r.messages.push(entry); };
        store.index(id, [m.messageId]);
        // The full body is on disk; the event the machine sees carries only the excerpt.
        event.message = { ...m, text: undefined };
        delete event.message.text;
      } else {
        before = logEvent(id, event);
      }
      return track(deliverEvent(id, event, before));
    },

    routeByMessageId(ids) {
      for (const messageId of ids) {
        const id = store.conversationOf(messageId.trim());
        if (id) return id;
      }
      return null;
    },

    bySenderAndSubject(address, normalisedSubject, normalise) {
      const wanted = address.trim().toLowerCase();
      for (const [id, actor] of actors) {
        const ctx = actor.getSnapshot().context;
        const counterpart = [ctx.contact?.address, ctx.rejection.from?.address].map((a) => a?.toLowerCase());
        if (counterpart.includes(wanted) && normalise(ctx.rejection.subject) === normalisedSubject) return id;
      }
      return null;
    },

    isOutbound: (messageId) => store.isOutbound(messageId.trim()),

    pendingApproval(id) {
      const actor = actors.get(id);
      if (!actor) return null;
      const snap = actor.getSnapshot();
      const ctx = snap.context;
      if (snap.value !== 'awaitingApproval' || !ctx.pending || ctx.approvalRound === 0) return null;
      const token = approvalToken(ctx.token, ctx.approvalRound);
      const records = store.listOutbox((r) => r.conversationId === id && r.messageId.startsWith(`<debrief-approval.${token}`));
      return {
        conversationId: id, token,
        messageIds: records.map((r) => r.messageId),
        approvalMessageId: records.find((r) => r.purpose === 'approval')?.messageId ?? null,
        draft: { to: ctx.pending.to?.address ?? null, subject: ctx.pending.subject, body: ctx.pending.body },
        needsRecipient: ctx.pending.to === null,
      };
    },

    list() {
      return store.listConversations().map((c) => ({
        id: c.id, company: c.company, role: c.role, state: c.state, status: c.status, deadline: c.deadline, updatedAt: c.updatedAt,
      }));
    },

    context(id) {
      return actors.get(id)?.getSnapshot().context ?? null;
    },

    async idle() {
      while (inFlight.size || chains.size) {
        await Promise.allSettled([...inFlight, ...chains.values()]);
      }
    },

    async stop() {
      stopped = true;
      scheduler.cancelAll();
      effects.stop();
      await Promise.allSettled([...chains.values()]);
      for (const actor of actors.values()) actor.stop();
      actors.clear();
      await store.flush();
    },
  };
  return registry;
}

export type { ConversationState };
