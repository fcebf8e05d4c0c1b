/**
 * The inbox watcher: IMAP IDLE on INBOX, catch-up by a persisted UID cursor, reconnect with
 * backoff. Every message that arrives is given to `onMessage` — at least once, and (through the
 * handled-set de-dup by Message-ID) handled exactly once.
 *
 * Invariants:
 * - The cursor (`lastUid`) moves past a UID only after that message's `onMessage` resolved, or
 *   the message was definitively skipped (already handled, not worth reading, unparseable, vanished,
 *   or its handler failed `maxRetries` more times). A crash in between re-delivers; the handled set
 *   (marked after `onMessage` resolved, before the cursor moves) stops a second handling.
 * - A message whose handler failed holds the cursor below it; later messages are still handled
 *   (the inbox is never blocked by one bad message) and the held one is retried on the next
 *   catch-up (a new message, a reconnect, or the retry timer), up to `maxRetries` times.
 * - A new ImapFlow for every connection: an ImapFlow that closed cannot connect again.
 * - No IMAP command runs inside a FETCH iterator: rows are collected (fetchAll) before anything
 *   else is asked. Mailbox locks are released in `finally`.
 * - First start (no cursor) and a UIDVALIDITY change both scan only the lookback window (SEARCH
 *   SINCE), headers first; bodies are fetched only for messages `isWorthReading`.
 * - stop() leaves no timer and no connection behind.
 *
 * Events (an EventEmitter; 'error' is emitted only when someone listens, so an unwatched
 * connection error never crashes the process):
 *   'connected'    { uidValidity, exists }     INBOX is open on a new connection
 *   'disconnected' { error? }                  the connection closed (a reconnect follows unless stopping)
 *   'progress'     { done, total, scan }       after each message of a catch-up (`scan` on first start / UIDVALIDITY change)
 *   'caught-up'    { lastUid, handled }        a catch-up pass finished; `handled` = onMessage calls that resolved in it
 *   'error'        Error                       a connection or catch-up error (already logged; the watcher goes on)
 */
import { EventEmitter } from 'node:events';
import { ImapFlow, type FetchMessageObject, type ImapFlowOptions } from 'imapflow';
import type { ServerConfig } from '../config.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import type { InboundMessage } from './message.ts';
import { DEFAULT_MAX_BYTES, parseMessage } from './parse.ts';
import { imapOptions } from './server-options.ts';
import { createBackoff, type BackoffOptions } from './backoff.ts';
import type { CursorState, CursorStore } from './cursor.ts';

/** What the watcher knows of a message before downloading it (for `isWorthReading`). */
export interface HeaderSummary {
  uid: number;
  /** Message-ID with angle brackets, or null when the message has none. */
  messageId: string | null;
  /** Lower-case From address, or null. */
  from: string | null;
  subject: string;
  /** RFC822.SIZE in bytes. */
  size: number;
  /** ISO date from the Date header, or null. */
  date: string | null;
  /** When the server received it (INTERNALDATE), ISO, or null. */
  receivedAt: string | null;
  /** The headers fetched (see SUMMARY_HEADERS), lower-case names, unfolded; repeats joined with '\n'. */
  headers: Record<string, string>;
}

/** Headers fetched before a body is downloaded: enough to tell lists and robots from people. */
export const SUMMARY_HEADERS = ['from', 'subject', 'auto-submitted', 'precedence', 'list-unsubscribe', 'list-id', 'in-reply-to', 'references', 'content-type'];

export interface WatcherEvents {
  connected: [{ uidValidity: string; exists: number }];
  disconnected: [{ error?: Error }];
  progress: [{ done: number; total: number; scan: boolean }];
  'caught-up': [{ lastUid: number; handled: number }];
  error: [Error];
}

export interface Watcher {
  /** Connects and catches up; resolves after the first catch-up. Rejects only when the first login is refused. */
  start(): Promise<void>;
  /** Ends IDLE, logs out, cancels every timer; resolves when nothing is left running. */
  stop(): Promise<void>;
  on<K extends keyof WatcherEvents>(event: K, listener: (...args: WatcherEvents[K]) => void): this;
  once<K extends keyof WatcherEvents>(event: K, listener: (...args: WatcherEvents[K]) => void): this;
  off<K extends keyof WatcherEvents>(event: K, listener: (...args: WatcherEvents[K]) => void): this;
}

export interface WatcherOptions {
  imap: ServerConfig;
  cursor: CursorStore;
  clock: Clock;
  log: Logger;
  /** Handles one message. Throwing means "not handled": it is retried (see maxRetries). */
  onMessage: (msg: InboundMessage) => Promise<void>;
  /** First start / UIDVALIDITY change: how far back to scan, in days. */
  lookbackDays?: number;
  /** Whether a message's body is worth downloading; skipped ones count as handled. Default: all. */
  isWorthReading?: (headers: HeaderSummary) => boolean;
  /** Messages larger than this are downloaded only up to it (and parsed as truncated). */
  maxBytes?: number;
  /** Reconnect delays. */
  backoff?: Partial<BackoffOptions>;
  /** How many times a message whose handler threw is retried before it is skipped. Default 3. */
  maxRetries?: number;
  /** After a handler failure, catch up again after this long even if nothing new arrives. Default 60 s. */
  retryDelayMs?: number;
  /**
   * A catch-up also runs this long after the last one even without an IDLE notification: a
   * safety net for a notification a server failed to send. Default 5 min.
   */
  pollIntervalMs?: number;
  /** Socket inactivity limit; IDLE is restarted well within it so a healthy connection never hits it. */
  socketTimeoutMs?: number;
  /** Builds the client (tests only; default `new ImapFlow(opts)`). */
  createClient?: (opts: ImapFlowOptions) => ImapFlow;
}

/** Messages per envelope FETCH (one round trip each). */
const SUMMARY_BATCH = 500;
/** Bodies per source FETCH, and the bytes such a batch may hold. */
const BODY_BATCH = 50;
const BODY_BATCH_BYTES = 8 * 1024 * 1024;
const DAY_MS = 86_400_000;
/** How often a moving cursor is persisted during a pass, at most. */
const CURSOR_SAVE_MS = 500;

/** `<id>` from an envelope's Message-ID (which may lack brackets or carry comments), or null. */
export function normaliseMessageId(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  const bracketed = /<[^<>\s]+>/.exec(value);
  if (bracketed) return bracketed[0];
  const bare = value.split(/\s+/)[0]!.replace(/^<|>$/g, '');
  return bare ? `<${bare}>` : null;
}

/** A header block (as FETCH BODY[HEADER.FIELDS] returns it) → lower-case name → unfolded value. */
export function parseHeaderBlock(block: Buffer | string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!block) return out;
  const text = block.toString('utf8').replace(/\r?\n[ \t]+/g, ' ');
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    out[key] = out[key] !== undefined ? `${out[key]}\n${value}` : value;
  }
  return out;
}

/** UIDs as a compact IMAP set: [1,2,3,7] → `1:3,7`. */
export function uidSet(uids: number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

function isoOrNull(value: Date | string | undefined | null): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function summarise(row: FetchMessageObject): HeaderSummary {
  const env = row.envelope;
  return {
    uid: row.uid,
    messageId: normaliseMessageId(env?.messageId),
    from: env?.from?.[0]?.address?.toLowerCase() ?? null,
    subject: env?.subject ?? '',
    size: row.size ?? 0,
    date: isoOrNull(env?.date),
    receivedAt: isoOrNull(row.internalDate),
    headers: parseHeaderBlock(row.headers),
  };
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

type Decision = 'done' | 'skip' | 'read';

export function createWatcher(options: WatcherOptions): Watcher {
  const { imap, cursor: store, clock, log, onMessage } = options;
  const lookbackDays = options.lookbackDays ?? 30;
  const isWorthReading = options.isWorthReading ?? (() => true);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRetries = options.maxRetries ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 60_000;
  const socketTimeout = options.socketTimeoutMs ?? 90_000;
  const pollIntervalMs = options.pollIntervalMs ?? 5 * 60_000;
  const createClient = options.createClient ?? ((opts: ImapFlowOptions) => new ImapFlow(opts));
  const backoff = createBackoff(options.backoff);
  const emitter = new EventEmitter();

  let cursor: CursorState = { uidValidity: null, lastUid: 0 };
  /** Set on a first start or a UIDVALIDITY change: the next catch-up scans the lookback window. */
  let scanPending = false;
  /** Handler failures per UID (in memory: a restart gives a message a fresh set of retries). */
  const failures = new Map<number, number>();

  let stopped = true;
  let current: ImapFlow | null = null;
  let loop: Promise<void> | null = null;
  let catchUp: Promise<boolean> | null = null;
  let catchUpAgain = false;
  let cancelRetry: (() => void) | null = null;
  let cancelWait: (() => void) | null = null;
  let cancelPoll: (() => void) | null = null;
  let firstReady: { resolve: () => void; reject: (err: Error) => void } | null = null;

  const emitError = (err: Error) => {
    if (emitter.listenerCount('error') > 0) emitter.emit('error', err);
  };

  const clientOptions = (): ImapFlowOptions => imapOptions(imap, {
    // imapflow starts IDLE only after 15 s without commands by default; new mail would wait.
    autoIdleDelay: 100,
    // Restart IDLE every minute: traffic on a healthy connection, so only a dead one hits socketTimeout.
    maxIdleTime: Math.max(1000, Math.min(60_000, Math.floor(socketTimeout / 2))),
    socketTimeout,
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
  });

  let lastSavedAt = 0;
  let unsaved = false;

  async function saveCursor(next: CursorState): Promise<void> {
    cursor = next;
    unsaved = false;
    lastSavedAt = clock.now().getTime();
    await store.save({ ...next });
  }

  /**
   * Moves the cursor in memory and persists it at most every CURSOR_SAVE_MS during a pass (and
   * always at the pass's end): a lagging persisted cursor only re-reads envelopes after a crash
   * (the handled set stops a second handling), while a write per message would dominate a scan.
   */
  async function moveCursor(lastUid: number): Promise<void> {
    cursor = { ...cursor, lastUid };
    unsaved = true;
    if (clock.now().getTime() - lastSavedAt >= CURSOR_SAVE_MS) await saveCursor(cursor);
  }

  async function flushCursor(): Promise<void> {
    if (unsaved) await saveCursor(cursor);
  }

  /**
   * One catch-up pass over `uids` (ascending): summaries first, then bodies of the messages
   * worth reading, handled one by one in UID order. Returns how many onMessage calls resolved.
   */
  async function processUids(client: ImapFlow, uids: number[], scan: boolean): Promise<number> {
    try {
      return await processUidsUnsaved(client, uids, scan);
    } finally {
      await flushCursor();
    }
  }

  async function processUidsUnsaved(client: ImapFlow, uids: number[], scan: boolean): Promise<number> {
    const total = uids.length;
    const windowStart = new Date(clock.now().getTime() - lookbackDays * DAY_MS).toISOString();
    let done = 0;
    let handledCount = 0;
    /** The lowest UID whose handler failed in this pass: the cursor stays below it. */
    let holdFrom: number | null = null;

    const advance = async (uid: number) => {
      done++;
      if ((holdFrom === null || uid < holdFrom) && uid > cursor.lastUid) await moveCursor(uid);
      emitter.emit('progress', { done, total, scan });
    };

    for (const chunk of chunks(uids, SUMMARY_BATCH)) {
      if (stopped) return handledCount;
      let rows: FetchMessageObject[];
      const lock = await client.getMailboxLock('INBOX');
      try {
        rows = await client.fetchAll(uidSet(chunk), { uid: true, envelope: true, size: true, internalDate: true, headers: SUMMARY_HEADERS }, { uid: true });
      } finally {
        lock.release();
      }
      const byUid = new Map(rows.map((r) => [r.uid, summarise(r)]));

      const plan: { uid: number; summary: HeaderSummary | null; decision: Decision }[] = [];
      for (const uid of chunk) {
        const summary = byUid.get(uid) ?? null;
        let decision: Decision = 'read';
        // Expunged between SEARCH and FETCH: nothing to handle.
        if (!summary) decision = 'done';
        // Received before the lookback window (e.g. old mail moved back into INBOX): not news.
        else if (summary.receivedAt && summary.receivedAt < windowStart) decision = 'done';
        else if (summary.messageId && (await store.hasHandled(summary.messageId))) decision = 'done';
        else if (!isWorthReading(summary)) decision = 'skip';
        plan.push({ uid, summary, decision });
      }

      for (let i = 0; i < plan.length; ) {
        // A slice of the plan holding at most BODY_BATCH bodies / BODY_BATCH_BYTES.
        const slice: typeof plan = [];
        let bodies = 0;
        let bytes = 0;
        while (i < plan.length && bodies < BODY_BATCH && bytes < BODY_BATCH_BYTES) {
          const step = plan[i++]!;
          slice.push(step);
          if (step.decision === 'read') {
            bodies++;
            bytes += Math.min(step.summary!.size, maxBytes);
          }
        }
        if (stopped) return handledCount;
        const sources = await downloadSources(client, slice.filter((s) => s.decision === 'read').map((s) => s.summary!));

        for (const step of slice) {
          if (stopped) return handledCount;
          const { uid, summary } = step;
          if (step.decision === 'done') {
            await advance(uid);
            continue;
          }
          if (step.decision === 'skip') {
            if (summary!.messageId) await store.markHandled(summary!.messageId);
            log.debug({ uid, from: summary!.from }, 'not worth reading; skipped');
            await advance(uid);
            continue;
          }
          const raw = sources.get(uid);
          if (!raw) {
            log.debug({ uid }, 'message vanished before its body was fetched');
            await advance(uid);
            continue;
          }
          const outcome = await handleOne(summary!, raw);
          if (outcome === 'handled') handledCount++;
          if (outcome === 'held') {
            holdFrom ??= uid;
            done++;
            emitter.emit('progress', { done, total, scan });
          } else {
            await advance(uid);
          }
        }
      }
    }
    return handledCount;
  }

  /** Bodies of `summaries` (uid → raw bytes): small ones in one FETCH, huge ones cut at maxBytes. */
  async function downloadSources(client: ImapFlow, summaries: HeaderSummary[]): Promise<Map<number, Buffer>> {
    const out = new Map<number, Buffer>();
    if (!summaries.length) return out;
    const small = summaries.filter((s) => s.size <= maxBytes).map((s) => s.uid);
    const huge = summaries.filter((s) => s.size > maxBytes).map((s) => s.uid);
    const lock = await client.getMailboxLock('INBOX');
    try {
      if (small.length) {
        // BODY.PEEK[]: fetching never marks a message \Seen — the candidate still sees it as new.
        const rows = await client.fetchAll(uidSet(small), { uid: true, source: true }, { uid: true });
        for (const r of rows) if (r.source) out.set(r.uid, r.source);
      }
      for (const uid of huge) {
        const row = await client.fetchOne(String(uid), { uid: true, source: { start: 0, maxLength: maxBytes } }, { uid: true });
        if (row && row.source) out.set(uid, row.source);
      }
    } finally {
      lock.release();
    }
    return out;
  }

  /** Marks the parsed Message-ID, and the envelope's when it reads differently, so either finds it later. */
  async function markHandled(summary: HeaderSummary, msg: InboundMessage): Promise<void> {
    await store.markHandled(msg.messageId);
    if (summary.messageId && summary.messageId !== msg.messageId) await store.markHandled(summary.messageId);
  }

  /** Parses and hands one message over. 'held' = the handler failed and will be retried. */
  async function handleOne(summary: HeaderSummary, raw: Buffer): Promise<'handled' | 'skipped' | 'held'> {
    const { uid } = summary;
    let msg: InboundMessage;
    try {
      msg = await parseMessage(raw, { uid, maxBytes });
    } catch (err) {
      log.warn({ uid, err }, 'message could not be parsed; skipped');
      if (summary.messageId) await store.markHandled(summary.messageId);
      return 'skipped';
    }
    if (summary.size > raw.length) msg = { ...msg, truncated: true, size: summary.size };
    // Checked again right before handing over: the same Message-ID may come twice in one pass
    // (a copy for To and one for Cc), and without one in the envelope parse made a stable
    // synthetic id that only now can be looked up.
    if (await store.hasHandled(msg.messageId)) return 'skipped';

    try {
      await onMessage(msg);
    } catch (err) {
      const failed = (failures.get(uid) ?? 0) + 1;
      if (failed > maxRetries) {
        failures.delete(uid);
        log.error({ uid, err, messageId: msg.messageId, attempts: failed }, 'handling a message failed repeatedly; skipped');
        await markHandled(summary, msg);
        return 'skipped';
      }
      failures.set(uid, failed);
      log.warn({ uid, err, messageId: msg.messageId, attempt: failed }, 'handling a message failed; will retry');
      scheduleRetry();
      return 'held';
    }
    failures.delete(uid);
    await markHandled(summary, msg);
    return 'handled';
  }

  function scheduleRetry(): void {
    if (cancelRetry || stopped) return;
    cancelRetry = clock.setTimer(new Date(clock.now().getTime() + retryDelayMs), () => {
      cancelRetry = null;
      if (current && !stopped) void requestCatchUp(current);
    });
  }

  /** (Re-)arms the safety-net catch-up for `client`. */
  function armPoll(client: ImapFlow): void {
    cancelPoll?.();
    cancelPoll = null;
    if (stopped || client !== current) return;
    cancelPoll = clock.setTimer(new Date(clock.now().getTime() + pollIntervalMs), () => {
      cancelPoll = null;
      if (!stopped && client === current) void requestCatchUp(client);
    });
  }

  /**
   * UIDs are only meaningful under one UIDVALIDITY: on a change (or on the first start) the old
   * cursor means nothing, and the lookback window is scanned again — the handled set keeps what
   * was handled under the old numbering from being handled twice.
   */
  function noteUidValidity(uidValidity: string): void {
    if (cursor.uidValidity === uidValidity) return;
    if (cursor.uidValidity !== null) {
      log.warn({ was: cursor.uidValidity, now: uidValidity }, 'INBOX UIDVALIDITY changed; re-scanning the lookback window');
    }
    scanPending = true;
    failures.clear();
    // In memory only: the scan persists the new UIDVALIDITY with its starting UID, so a crash
    // before that point simply scans again on the next start.
    cursor = { uidValidity, lastUid: 0 };
  }

  /** One catch-up: the lookback scan when pending, then everything above the cursor. */
  async function catchUpOnce(client: ImapFlow): Promise<void> {
    let handled = 0;
    // A server may announce a new UIDVALIDITY on a live session (imapflow updates `mailbox`).
    if (client.mailbox && client.mailbox.uidValidity !== undefined) noteUidValidity(String(client.mailbox.uidValidity));
    if (scanPending) {
      const since = new Date(clock.now().getTime() - lookbackDays * DAY_MS);
      let uids: number[];
      let uidNext: number;
      const lock = await client.getMailboxLock('INBOX');
      try {
        uids = ((await client.search({ since }, { uid: true })) || []).sort((a, b) => a - b);
        uidNext = typeof client.mailbox === 'object' && client.mailbox ? Number(client.mailbox.uidNext) : 1;
      } finally {
        lock.release();
      }
      // Start just below the window: older mail (lower UIDs) is never handled.
      await saveCursor({ ...cursor, lastUid: uids.length ? uids[0]! - 1 : Math.max(0, uidNext - 1) });
      log.info({ messages: uids.length, lookbackDays }, 'scanning the inbox');
      handled += await processUids(client, uids, true);
      if (stopped) return;
      scanPending = false;
      // Mail between the window's UIDs but dated before it was not in the SEARCH: step over it.
      const top = uids.length ? uids[uids.length - 1]! : 0;
      if (top > cursor.lastUid && !failures.size) await saveCursor({ ...cursor, lastUid: top });
    }

    let uids: number[];
    const lock = await client.getMailboxLock('INBOX');
    try {
      // `N:*` always matches the highest UID, even when it is below N: filter.
      uids = ((await client.search({ uid: `${cursor.lastUid + 1}:*` }, { uid: true })) || [])
        .filter((uid) => uid > cursor.lastUid)
        .sort((a, b) => a - b);
    } finally {
      lock.release();
    }
    if (uids.length) handled += await processUids(client, uids, false);
    emitter.emit('caught-up', { lastUid: cursor.lastUid, handled });
  }

  /**
   * Runs a catch-up, or marks the running one to go round again (new mail during a pass).
   * Never rejects: a failure is logged and closes the connection, which makes the loop reconnect.
   */
  function requestCatchUp(client: ImapFlow): Promise<boolean> {
    if (catchUp) {
      catchUpAgain = true;
      return catchUp;
    }
    catchUp = (async () => {
      try {
        do {
          catchUpAgain = false;
          await catchUpOnce(client);
        } while (catchUpAgain && !stopped && client === current);
        armPoll(client);
        return true;
      } catch (err) {
        if (!stopped) {
          log.warn({ err }, 'catch-up failed; reconnecting');
          emitError(err as Error);
        }
        client.close();
        return false;
      } finally {
        catchUp = null;
      }
    })();
    return catchUp;
  }

  /** One connection, from connect to close. */
  async function runSession(): Promise<void> {
    const client = createClient(clientOptions());
    current = client;
    let connected = false;
    let lastError: Error | undefined;
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', (err: Error) => {
      lastError = err;
      log.warn({ err }, 'IMAP connection error');
      emitError(err);
    });
    try {
      await client.connect();
      const mailbox = await client.mailboxOpen('INBOX');
      connected = true;
      const uidValidity = String(mailbox.uidValidity);
      noteUidValidity(uidValidity);
      emitter.emit('connected', { uidValidity, exists: mailbox.exists });
      log.info({ host: imap.host, user: imap.user }, 'watching INBOX');
      client.on('exists', () => {
        if (!stopped) void requestCatchUp(client);
      });
      if (await requestCatchUp(client)) {
        backoff.reset();
        firstReady?.resolve();
        firstReady = null;
      }
      if (!stopped) await closed;
    } catch (err) {
      lastError = err as Error;
      const auth = (err as { authenticationFailed?: boolean }).authenticationFailed === true;
      if (!stopped) log.warn({ err }, auth ? 'IMAP login refused' : 'IMAP connection failed');
      if (auth && firstReady) {
        firstReady.reject(err as Error);
        firstReady = null;
      }
      client.close();
    } finally {
      // A pass that was running on this client ends with its connection; let it unwind first.
      await catchUp;
      if (current === client) {
        current = null;
        cancelPoll?.();
        cancelPoll = null;
      }
      if (connected) emitter.emit('disconnected', lastError ? { error: lastError } : {});
    }
  }

  async function run(): Promise<void> {
    while (!stopped) {
      await runSession();
      if (stopped) break;
      const delay = backoff.next();
      log.info({ delayMs: delay }, 'reconnecting to IMAP');
      await new Promise<void>((resolve) => {
        const cancel = clock.setTimer(new Date(clock.now().getTime() + delay), () => {
          cancelWait = null;
          resolve();
        });
        cancelWait = () => {
          cancel();
          cancelWait = null;
          resolve();
        };
      });
    }
  }

  const watcher = emitter as EventEmitter & Watcher;

  watcher.start = async () => {
    if (!stopped) throw new Error('watcher already started');
    stopped = false;
    cursor = await store.load();
    const ready = new Promise<void>((resolve, reject) => {
      firstReady = { resolve, reject };
    });
    loop = run();
    try {
      await ready;
    } catch (err) {
      await watcher.stop();
      throw err;
    }
  };

  watcher.stop = async () => {
    if (stopped && !loop) return;
    stopped = true;
    cancelRetry?.();
    cancelRetry = null;
    cancelWait?.();
    cancelPoll?.();
    cancelPoll = null;
    // A pass stops between two messages; wait for it so no handler runs after stop() resolved.
    await catchUp;
    const client = current;
    if (client) await client.logout().catch(() => client.close());
    await loop;
    loop = null;
    firstReady?.resolve();
    firstReady = null;
  };

  return watcher;
}
