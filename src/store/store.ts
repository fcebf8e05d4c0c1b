/**
 * The store: the single lowdb instance holding the JSON conversation log (DATA/debrief.json),
 * plus message bodies in DATA/bodies/. Read by the registry, sender, watcher and CLI.
 *
 * Invariants:
 * - Reads are synchronous from memory after `open()`; every change goes through `update()`,
 *   which mutates memory and resolves once the whole file is on disk. Writes are serialized
 *   and coalesced: a write started after a change always contains it.
 * - Writes are atomic (temp file 0600 + fsync + rename, see file.ts); files are 0600, folders 0700.
 * - A file that is not valid JSON (truncated, garbage) stops `open()` with StoreCorruptError;
 *   it is copied aside to `debrief.json.corrupt-<timestamp>` and never overwritten: the store
 *   refuses to write after a failed open.
 * - The Message-ID index (every message in or out of a conversation → its id) is derived at
 *   open and kept current by the helpers that add messages and outbox records.
 */
import { copyFile, mkdir, readFile, writeFile, chmod, constants } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import { PrivateJSONFile } from './file.ts';
import {
  emptyData, migrate,
  type ConversationRecord, type MessageEntry, type OutboxRecord, type SendBookkeeping, type StoreData, type WatcherCursor,
} from './schema.ts';

export * from './schema.ts';

export const STORE_FILE = 'debrief.json';
/** How many handled Message-IDs the watcher's de-dup ring keeps. */
export const HANDLED_RING = 5000;
/** Excerpts in the main log are cut to this length. */
export const EXCERPT_MAX = 280;

export class StoreCorruptError extends Error {
  readonly code = 'ESTORECORRUPT';
  constructor(readonly path: string, readonly keptAt: string, reason: string) {
    super(`The conversation log ${path} is damaged (${reason}). It was left untouched and a copy kept at ${keptAt}; repair or restore it (or move it away to start empty) and start again.`);
    this.name = 'StoreCorruptError';
  }
}

export interface Store {
  readonly dir: string;
  readonly path: string;
  /** Reads (or creates) the log; throws StoreCorruptError for a damaged file. */
  open(): Promise<void>;
  /** Mutates the data and resolves when the change is on disk. `fn` must not await. */
  update(fn: (data: StoreData) => void): Promise<void>;
  /** Resolves when every write so far is on disk. */
  flush(): Promise<void>;

  getConversation(id: string): Readonly<ConversationRecord> | undefined;
  listConversations(): Readonly<ConversationRecord>[];
  findByRejection(messageId: string): Readonly<ConversationRecord> | undefined;
  /** The conversation a Message-ID belongs to (sent or received in it), or null. */
  conversationOf(messageId: string): string | null;
  /** Whether an outbox record has this Message-ID (debrief sent or will send it). */
  isOutbound(messageId: string): boolean;
  /** Adds Message-IDs to the index (the registry calls it when it records new ids). */
  index(conversationId: string, messageIds: Iterable<string>): void;

  getOutbox(id: string): Readonly<OutboxRecord> | undefined;
  listOutbox(filter?: (r: OutboxRecord) => boolean): Readonly<OutboxRecord>[];

  /** Writes a body file (0600) and returns its path relative to the data folder. */
  writeBody(conversationId: string, name: string, text: string): Promise<string>;
  readBody(relativePath: string): Promise<string>;

  getCursor(): WatcherCursor | null;
  setCursor(cursor: WatcherCursor): Promise<void>;
  isHandled(messageId: string): boolean;
  markHandled(messageId: string): Promise<void>;
  getSends(): Readonly<SendBookkeeping>;
  /** The SMTP sender's records (see sender-outbox.ts). */
  senderRecords(): Readonly<Record<string, unknown>>;
  /** Counts an employer send for the caps (`day` is the candidate's local day, YYYY-MM-DD). */
  recordSend(recipient: string, at: Date, day: string): Promise<void>;
}

export function excerpt(text: string, max = EXCERPT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function createStore(deps: { dir: string; clock: Clock; log: Logger }): Store {
  const { dir, clock, log } = deps;
  const path = join(dir, STORE_FILE);
  const adapter = new PrivateJSONFile<StoreData>(path);
  const db = new Low<StoreData>(adapter, emptyData());
  let opened = false;
  const byMessageId = new Map<string, string>();
  const byRejection = new Map<string, string>();
  const outbound = new Set<string>();
  let handled = new Set<string>();

  // Serialized, coalesced writes: `next` is the write not yet started; it serializes the data
  // when it starts, so every change made before then is in it.
  let current: Promise<void> = Promise.resolve();
  let next: Promise<void> | null = null;
  const write = (): Promise<void> => {
    if (!opened) return Promise.reject(new Error('store is not open'));
    if (next) return next;
    const started = current.then(() => {
      next = null;
      return db.write();
    });
    next = started;
    current = started.catch(() => {});
    return started;
  };

  const indexConversation = (c: ConversationRecord) => {
    byRejection.set(c.rejectionMessageId, c.id);
    byMessageId.set(c.rejectionMessageId, c.id);
    for (const m of c.messages) byMessageId.set(m.messageId, c.id);
  };

  const store: Store = {
    dir,
    path,
    async open() {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      let raw: StoreData | null;
      try {
        raw = await adapter.read();
        if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw) || typeof (raw as unknown as StoreData).conversations !== 'object')) {
          throw new SyntaxError('not a debrief log');
        }
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        const keptAt = `${path}.corrupt-${clock.now().toISOString().replace(/[:.]/g, '-')}`;
        await copyFile(path, keptAt, constants.COPYFILE_EXCL).catch(() => {});
        await chmod(keptAt, 0o600).catch(() => {});
        log.error({ path, keptAt }, 'conversation log is damaged; refusing to start');
        throw new StoreCorruptError(path, keptAt, err.message.split('\n')[0] ?? 'invalid JSON');
      }
      let migrated = raw === null;
      if (raw !== null) {
        const result = migrate(raw as unknown as Record<string, unknown>);
        db.data = result.data;
        migrated = result.migrated;
      }
      // Optional slots added within version 1 default to empty.
      db.data = { ...emptyData(), ...db.data };
      for (const c of Object.values(db.data.conversations)) indexConversation(c);
      for (const r of Object.values(db.data.outbox)) {
        outbound.add(r.messageId);
        if (r.conversationId) byMessageId.set(r.messageId, r.conversationId);
      }
      handled = new Set(db.data.handled);
      opened = true;
      if (migrated) await write();
      await chmod(path, 0o600).catch(() => {});
    },
    update(fn) {
      if (!opened) return Promise.reject(new Error('store is not open'));
      const before = Object.keys(db.data.outbox).length;
      fn(db.data);
      if (Object.keys(db.data.outbox).length !== before) {
        for (const r of Object.values(db.data.outbox)) outbound.add(r.messageId);
      }
      for (const c of Object.values(db.data.conversations)) {
        if (!byRejection.has(c.rejectionMessageId)) indexConversation(c);
      }
      return write();
    },
    flush: () => (opened ? current : Promise.resolve()),

    getConversation: (id) => db.data.conversations[id],
    listConversations: () => Object.values(db.data.conversations),
    findByRejection: (messageId) => {
      const id = byRejection.get(messageId);
      return id ? db.data.conversations[id] : undefined;
    },
    conversationOf: (messageId) => byMessageId.get(messageId) ?? null,
    isOutbound: (messageId) => outbound.has(messageId),
    index(conversationId, messageIds) {
      for (const m of messageIds) byMessageId.set(m, conversationId);
    },

    getOutbox: (id) => db.data.outbox[id],
    listOutbox: (filter) => Object.values(db.data.outbox).filter((r) => (filter ? filter(r) : true)),

    async writeBody(conversationId, name, text) {
      const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');
      const folder = join(dir, 'bodies', safe(conversationId));
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const rel = join('bodies', safe(conversationId), `${safe(name)}.txt`);
      await writeFile(join(dir, rel), text, { mode: 0o600 });
      return rel;
    },
    readBody: (rel) => readFile(join(dir, rel), 'utf8'),

    getCursor: () => db.data.cursor,
    setCursor(cursor) {
      return store.update((d) => { d.cursor = { ...cursor }; });
    },
    isHandled: (messageId) => handled.has(messageId),
    markHandled(messageId) {
      if (handled.has(messageId)) return Promise.resolve();
      handled.add(messageId);
      return store.update((d) => {
        d.handled.push(messageId);
        while (d.handled.length > HANDLED_RING) handled.delete(d.handled.shift()!);
      });
    },
    getSends: () => db.data.sends,
    senderRecords: () => db.data.senderOutbox,
    recordSend(recipient, at, day) {
      return store.update((d) => {
        if (d.sends.day !== day) d.sends = { day, count: 0, lastByRecipient: d.sends.lastByRecipient };
        d.sends.count++;
        d.sends.lastByRecipient[recipient.toLowerCase()] = at.toISOString();
      });
    },
  };
  return store;
}

export type { MessageEntry };
