/**
 * The composition root: the one file that knows every part. It builds each part with its
 * dependencies, wires mail in → decision → state saved → effect out, and starts and stops them.
 *
 *   watcher ─(InboundMessage)─> router ─┬─ new ───────────> detectRejection ─> registry.start
 *                                       ├─ conversation ──> readReply ───────> registry.send(employer.reply)
 *                                       └─ candidate ─────> readApprovalAnswer ─> registry.send(candidate.*)
 *   control queue (CLI approve/skip/stop) ────────────────────────────────────> registry.send(candidate.*)
 *   registry ─> store (persist first) ─> sender (outbox, caps, SMTP, Sent copy)
 *
 * Invariant: a message is marked handled by the watcher only after `handleMessage` resolved,
 * and every registry call resolves only after its state is on disk, so a crash at any point
 * replays the message (the registry de-duplicates by Message-ID) and never loses it.
 */
import { mkdir } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Logger } from './log.ts';
import { acquireLock } from './lockfile.ts';
import { createStore, excerpt, type Store } from './store/store.ts';
import { createSenderOutbox } from './store/sender-outbox.ts';
import { createCursorStore } from './store/cursor-store.ts';
import { createSender, type SmtpSender } from './mail/sender.ts';
import { createWatcher, type Watcher } from './mail/watcher.ts';
import { createRouter } from './mail/router.ts';
import { normaliseSubject, referencesOf } from './mail/threading.ts';
import type { InboundMessage } from './mail/message.ts';
import { detectRejection } from './understand/rejection.ts';
import { readReply } from './understand/reply.ts';
import { createWorthReading } from './understand/worth-reading.ts';
import { createDrafter } from './drafts/drafts.ts';
import { loadTemplates } from './drafts/load.ts';
import { composeApproval, composeHelp, readApprovalAnswer } from './approval/approval.ts';
import { tokenInMessageId, approvalMessageId } from './approval/token.ts';
import { createRegistry, type Registry } from './conversations/registry.ts';
import { defaultComposeNotice, type ComposeNotice } from './conversations/compose.ts';
import { readCommands, removeCommand, type ControlCommand } from './control/queue.ts';
import { buildDigest, formatDigest } from './digest.ts';

export interface DaemonOptions {
  config: Readonly<Config>;
  clock?: Clock;
  log: Logger;
  /** How often the control queue (CLI commands) is read, in clock ms. */
  controlPollMs?: number;
  /** How often the inbox is searched under IDLE as a safety net, in clock ms (default a minute). */
  inboxPollMs?: number;
}

/**
 * Events a Daemon emits for whoever watches it (the demo prints them):
 * - `conversation` { id, state }      after every transition the registry reports
 * - `inbound` { messageId, route }    after a message was routed
 */
export interface Daemon extends EventEmitter {
  readonly store: Store;
  readonly registry: Registry;
  start(): Promise<void>;
  /** Finishes in-flight work, persists, closes connections. Idempotent. */
  stop(): Promise<void>;
  /** Handles one inbound message (what the watcher calls); exposed for tests and the demo. */
  handleMessage(msg: InboundMessage): Promise<void>;
  /** Acts on queued CLI commands now. */
  drainControl(): Promise<void>;
}

export async function createDaemon(options: DaemonOptions): Promise<Daemon> {
  const { config, log } = options;
  const clock = options.clock ?? systemClock();
  const candidateAddresses = [config.candidateEmail, ...config.candidateAliases];

  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const releaseLock = await acquireLock(config.dataDir);
  const emitter = new EventEmitter();

  let store: Store;
  let sender: SmtpSender;
  let registry: Registry;
  try {
    store = createStore({ dir: config.dataDir, clock, log: log.child({ component: 'store' }) });
    await store.open();

    const templates = config.templatesDir ? await loadTemplates(config.templatesDir) : undefined;
    const drafter = createDrafter({ templates });

    sender = createSender({
      smtp: config.smtp,
      imap: config.imap,
      from: { name: config.candidateName, address: config.candidateEmail },
      outbox: createSenderOutbox(store),
      clock,
      log: log.child({ component: 'sender' }),
      dryRun: config.dryRun,
      maxSendsPerDay: config.maxSendsPerDay,
      minGapPerRecipientMs: config.minGapPerRecipientMs,
      sendWindow: config.sendWindow,
      timezone: config.timezone,
      saveSentCopy: config.saveSentCopy,
    });

    // A help mail for an APPROVE without a recipient lists the valid answers with its token.
    const composeNotice: ComposeNotice = (kind, facts) => {
      if (kind === 'needs_recipient' && facts.token) {
        return composeHelp({ token: facts.token, approvalSubject: `${facts.role ?? 'your application'}${facts.company ? ` at ${facts.company}` : ''}`, needsRecipient: true });
      }
      return defaultComposeNotice(kind, facts);
    };

    registry = createRegistry({
      store,
      clock,
      drafter,
      sender,
      log: log.child({ component: 'registry' }),
      settings: {
        followUpDelays: [...config.followUpDelays],
        maxFollowUps: config.maxFollowUps,
        timezone: config.timezone,
        sendWindow: config.sendWindow,
        approveEachFollowUp: config.approveEachFollowUp,
        pursueStages: [...config.pursueStages],
        autoApprove: config.autoApprove,
        approvalTimeout: config.approvalTimeout,
        candidate: { name: config.candidateName, email: config.candidateEmail },
      },
      composeApproval,
      composeNotice,
    });
  } catch (err) {
    await releaseLock();
    throw err;
  }

  const router = createRouter({
    candidateAddresses,
    lookup: {
      byMessageId: (ids) => registry.routeByMessageId(ids),
      bySenderAndSubject: (address, subject) => registry.bySenderAndSubject(address, subject, normaliseSubject),
      isOutbound: (id) => registry.isOutbound(id),
    },
  });

  const report = (id: string, state: string | null) => {
    if (state) emitter.emit('conversation', { id, state });
  };

  async function onNewMessage(msg: InboundMessage): Promise<void> {
    const verdict = detectRejection(msg, { me: candidateAddresses });
    if (verdict.kind !== 'rejection') {
      log.debug({ messageId: msg.messageId, uid: msg.uid }, 'not a rejection');
      return;
    }
    const id = await registry.start({
      message: {
        messageId: msg.messageId,
        subject: msg.subject,
        date: msg.date,
        from: msg.from,
        excerpt: excerpt(msg.text),
        references: msg.references,
        text: msg.text,
      },
      verdict,
    });
    log.info({ conversationId: id, company: verdict.company, role: verdict.role, stage: verdict.stage, confidence: verdict.confidence }, 'rejection detected: conversation started');
    report(id, registry.list().find((c) => c.id === id)?.state ?? null);
  }

  async function onEmployerReply(id: string, msg: InboundMessage): Promise<void> {
    const context = registry.context(id);
    const verdict = readReply(msg, { sentAt: context?.lastSentAt ? new Date(context.lastSentAt) : null });
    log.info({ conversationId: id, kind: verdict.kind, points: verdict.points.length, returnDate: verdict.returnDate }, 'employer reply read');
    const state = await registry.send(id, {
      type: 'employer.reply',
      verdict,
      message: {
        messageId: msg.messageId,
        from: msg.from,
        subject: msg.subject,
        date: msg.date,
        excerpt: excerpt(verdict.trimmed || msg.text),
        references: msg.references,
        text: msg.text,
      },
    });
    report(id, state);
  }

  async function onCandidateAnswer(conversationId: string | null, msg: InboundMessage): Promise<void> {
    // Which approval round does this answer? The token in the subject or the References names it.
    const refs = referencesOf(msg);
    const id = conversationId ?? registry.routeByMessageId(refs);
    if (!id) {
      log.warn({ messageId: msg.messageId }, 'candidate answer names no known conversation: ignored');
      return;
    }
    const pending = registry.pendingApproval(id);
    let token: string | null = pending?.token ?? null;
    let approvalId: string | null = pending?.approvalMessageId ?? null;
    if (!pending) {
      // No approval waiting: only STOP is meaningful. Check it against the token of the
      // debrief mail it answers (approval Message-IDs carry their round's token).
      const answered = refs.map((r) => tokenInMessageId(r)).find(Boolean) ?? null;
      if (!answered) {
        log.warn({ conversationId: id }, 'candidate answer without a pending approval or token: ignored');
        return;
      }
      token = answered;
      approvalId = refs.find((r) => tokenInMessageId(r) === answered) ?? approvalMessageId(answered, config.candidateEmail);
    }
    const answer = readApprovalAnswer(msg, {
      candidateAddresses,
      token: token!,
      approvalMessageId: approvalId!,
      originalDraft: pending?.draft ?? null,
    });
    if (!answer.ok) {
      log.warn({ conversationId: id, reason: answer.reason }, 'candidate answer not accepted');
      if (answer.reason === 'unreadable' && pending) {
        const help = composeHelp({ token: pending.token, approvalSubject: msg.subject.replace(/^(re|aw|sv):\s*/i, ''), needsRecipient: pending.needsRecipient });
        // Keyed by the answer's Message-ID: the same unreadable answer never gets two help mails.
        const outboxId = `help:${msg.messageId}`;
        await sender.send({
          id: outboxId,
          conversationId: id,
          purpose: 'help',
          toEmployer: false,
          to: [{ name: config.candidateName, address: config.candidateEmail }],
          subject: help.subject,
          text: help.text,
          // A token-bearing id (so an answer to the help mail is read like one to the approval),
          // derived from the answer so a replayed answer yields the same outbox record.
          messageId: approvalMessageId(pending.token, config.candidateEmail, 900 + (hashCode(msg.messageId) % 99)),
          inReplyTo: msg.messageId,
          references: [...msg.references, msg.messageId],
        });
      }
      return;
    }
    if (!pending && answer.command !== 'stop') {
      log.info({ conversationId: id, command: answer.command }, 'answer to an approval that is no longer pending: ignored');
      return;
    }
    log.info({ conversationId: id, command: answer.command, edited: Boolean(answer.draft), to: answer.to ? 'given' : undefined }, 'candidate answered');
    const state = await registry.send(
      id,
      answer.command === 'approve'
        ? { type: 'candidate.approve', ...(answer.to ? { to: answer.to } : {}), ...(answer.draft ? { draft: answer.draft } : {}) }
        : answer.command === 'skip'
          ? { type: 'candidate.skip' }
          : { type: 'candidate.stop' },
    );
    report(id, state);
  }

  async function handleMessage(msg: InboundMessage): Promise<void> {
    const route = router.route(msg);
    emitter.emit('inbound', { messageId: msg.messageId, route });
    log.debug({ uid: msg.uid, messageId: msg.messageId, route: route.to }, 'message routed');
    switch (route.to) {
      case 'new':
        return onNewMessage(msg);
      case 'conversation':
        return onEmployerReply(route.conversationId, msg);
      case 'candidate-answer':
        return onCandidateAnswer(route.conversationId, msg);
      case 'ignore':
        return;
    }
  }

  async function runCommand(command: ControlCommand): Promise<void> {
    if (command.type === 'digest-email') {
      const digest = buildDigest(store.listConversations().map((c) => ({ conversationId: c.id, company: c.company, role: c.role, points: [...c.feedback] })));
      await sender.send({
        id: `digest:${clock.now().toISOString().slice(0, 13)}`,
        conversationId: null,
        purpose: 'digest',
        toEmployer: false,
        to: [{ name: config.candidateName, address: config.candidateEmail }],
        subject: 'debrief: your feedback digest',
        text: formatDigest(digest),
        messageId: `<debrief-digest.${clock.now().getTime()}@${config.candidateEmail.split('@')[1]}>`,
        inReplyTo: null,
        references: [],
      });
      return;
    }
    const id = command.conversationId;
    const state =
      command.type === 'approve'
        ? await registry.send(id, { type: 'candidate.approve', ...(command.to ? { to: command.to } : {}), ...(command.draftBody ? { draft: { body: command.draftBody } } : {}) })
        : await registry.send(id, { type: command.type === 'skip' ? 'candidate.skip' : 'candidate.stop' });
    if (state === null) log.warn({ conversationId: id, command: command.type }, 'control command for an unknown conversation');
    else log.info({ conversationId: id, command: command.type, state }, 'control command applied');
    report(id, state);
  }

  let draining: Promise<void> | null = null;
  async function drainControl(): Promise<void> {
    draining ??= (async () => {
      try {
        for (const entry of await readCommands(config.dataDir)) {
          if (entry.command) {
            try {
              await runCommand(entry.command);
            } catch (err) {
              log.warn({ err, file: entry.file }, 'control command failed');
            }
          } else log.warn({ file: entry.file, error: entry.error }, 'unreadable control command: removed');
          await removeCommand(entry.file);
        }
      } finally {
        draining = null;
      }
    })();
    return draining;
  }

  let watcher: Watcher | null = null;
  let cancelPoll: (() => void) | null = null;
  let stopped: Promise<void> | null = null;
  const pollMs = options.controlPollMs ?? 1000;

  const schedulePoll = () => {
    cancelPoll = clock.setTimer(new Date(clock.now().getTime() + pollMs), () => {
      void drainControl().finally(() => {
        if (!stopped) schedulePoll();
      });
    });
  };

  const daemon = Object.assign(emitter, {
    store: store!,
    registry: registry!,
    handleMessage,
    drainControl,
    async start() {
      const restored = await registry.restore();
      log.info({ ...restored, dataDir: config.dataDir, dryRun: config.dryRun }, 'conversations restored');
      await drainControl();
      schedulePoll();
      watcher = createWatcher({
        imap: config.imap,
        cursor: createCursorStore(store),
        clock,
        log: log.child({ component: 'watcher' }),
        onMessage: async (msg) => {
          try {
            await handleMessage(msg);
          } catch (err) {
            // One bad message must not stop the inbox; the watcher retries it a few times.
            log.warn({ err, uid: msg.uid, messageId: msg.messageId }, 'message handling failed');
            throw err;
          }
        },
        lookbackDays: config.lookbackDays,
        isWorthReading: createWorthReading(candidateAddresses),
        // A safety net under IDLE: look for anything above the cursor once a minute even if no
        // EXISTS arrived (a notification lost around a reconnect would otherwise wait 5 minutes).
        pollIntervalMs: options.inboxPollMs ?? 60_000,
      });
      watcher.on('connected', (info) => log.info(info, 'inbox connected'));
      watcher.on('disconnected', ({ error }) => {
        if (!stopped) log.warn({ err: error }, 'inbox disconnected; reconnecting');
      });
      watcher.on('progress', (p) => {
        if (p.scan && (p.done === p.total || p.done % 200 === 0)) log.info(p, 'scanning the inbox');
      });
      watcher.on('error', (err) => log.warn({ err }, 'watcher error'));
      await watcher.start();
    },
    stop() {
      stopped ??= (async () => {
        cancelPoll?.();
        await watcher?.stop().catch((err) => log.warn({ err }, 'watcher stop failed'));
        await draining;
        await registry.idle();
        await registry.stop();
        sender.close();
        await store.flush();
        await releaseLock();
        log.info('stopped');
      })();
      return stopped;
    },
  }) as Daemon;
  return daemon;
}

function hashCode(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}
