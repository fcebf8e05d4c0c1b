/**
 * The watcher's progress, persisted: the mailbox's UIDVALIDITY (a string: imapflow gives a
 * BigInt, which JSON cannot hold) + the last UID handled, and the set of Message-IDs handled.
 *
 * Invariants the watcher relies on:
 * - `save()` is durable when it resolves (a crash after it never re-reads older progress);
 * - `markHandled()` is durable when it resolves; `hasHandled()` sees every id marked before.
 * The composition root may back this with the store (src/store) instead; the file version here
 * serves the CLI without a store, tests and benches.
 */
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface CursorState {
  /** UIDVALIDITY of INBOX as a decimal string; null before the first start. */
  uidValidity: string | null;
  /** The highest UID handled (or definitively skipped) with no unhandled UID below it; 0 for none. */
  lastUid: number;
}

export interface CursorStore {
  load(): Promise<CursorState>;
  save(cursor: CursorState): Promise<void>;
  hasHandled(messageId: string): boolean | Promise<boolean>;
  markHandled(messageId: string): Promise<void>;
}

/** An in-memory CursorStore (tests, dry runs). `state` is exposed for assertions. */
export function memoryCursorStore(initial: CursorState = { uidValidity: null, lastUid: 0 }): CursorStore & { state: CursorState; handled: Set<string> } {
  const handled = new Set<string>();
  const store = {
    state: { ...initial },
    handled,
    load: async () => ({ ...store.state }),
    async save(cursor: CursorState) {
      store.state = { ...cursor };
    },
    hasHandled: (id: string) => handled.has(id),
    async markHandled(id: string) {
      handled.add(id);
    },
  };
  return store;
}

/**
 * A CursorStore in two files: `<path>` (the cursor, JSON, replaced atomically by rename) and
 * `<path>.handled` (one Message-ID a line, append-only: marking is one small append, not a
 * rewrite of a growing file, so a 2,000-message first scan stays fast). The handled file keeps
 * the newest `keep` ids; it is compacted on load when it has grown past twice that.
 */
export function createFileCursorStore(path: string, options: { keep?: number } = {}): CursorStore {
  const keep = options.keep ?? 20_000;
  const handledPath = `${path}.handled`;
  let handled: Set<string> | null = null;
  let dirReady = false;

  const ensureDir = async () => {
    if (!dirReady) await mkdir(dirname(path), { recursive: true });
    dirReady = true;
  };

  const loadHandled = async (): Promise<Set<string>> => {
    if (handled) return handled;
    let lines: string[] = [];
    try {
      lines = (await readFile(handledPath, 'utf8')).split('\n').filter(Boolean);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (lines.length > keep * 2) {
      lines = lines.slice(-keep);
      await ensureDir();
      await writeFile(`${handledPath}.tmp`, lines.map((l) => `${l}\n`).join(''));
      await rename(`${handledPath}.tmp`, handledPath);
    }
    handled = new Set(lines);
    return handled;
  };

  return {
    async load() {
      await loadHandled();
      try {
        const data = JSON.parse(await readFile(path, 'utf8')) as Partial<CursorState>;
        const uidValidity = typeof data.uidValidity === 'string' ? data.uidValidity : null;
        const lastUid = Number.isInteger(data.lastUid) && (data.lastUid as number) >= 0 ? (data.lastUid as number) : 0;
        return { uidValidity, lastUid };
      } catch (err) {
        // Missing → first start. Unreadable → also a first start: the lookback scan re-reads the
        // window, and the handled set (a separate file) keeps anything already handled from
        // being handled again.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err;
        return { uidValidity: null, lastUid: 0 };
      }
    },
    async save(cursor) {
      await ensureDir();
      const tmp = `${path}.tmp`;
      await writeFile(tmp, JSON.stringify({ uidValidity: cursor.uidValidity, lastUid: cursor.lastUid }));
      await rename(tmp, path);
    },
    async hasHandled(messageId) {
      return (await loadHandled()).has(messageId);
    },
    async markHandled(messageId) {
      const set = await loadHandled();
      if (set.has(messageId)) return;
      // A Message-ID never holds a line break (parse.ts keeps `<…>` tokens); strip any to be safe.
      const line = messageId.replace(/[\r\n]/g, '');
      await ensureDir();
      await appendFile(handledPath, `${line}\n`);
      set.add(messageId);
    },
  };
}
