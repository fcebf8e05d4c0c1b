/**
 * The watcher's CursorStore (src/mail/cursor.ts) backed by the main store: the UID cursor and
 * the bounded ring of handled Message-IDs live in debrief.json, written atomically like the rest.
 * The composition root passes `createCursorStore(store)` to the watcher.
 */
import type { CursorState, CursorStore } from '../mail/cursor.ts';
import type { Store } from './store.ts';

export function createCursorStore(store: Store): CursorStore {
  return {
    load: async (): Promise<CursorState> => {
      const c = store.getCursor();
      return c ? { uidValidity: c.uidValidity, lastUid: c.lastUid } : { uidValidity: null, lastUid: 0 };
    },
    save: (cursor) => store.setCursor({ uidValidity: cursor.uidValidity, lastUid: cursor.lastUid }),
    hasHandled: (messageId) => store.isHandled(messageId),
    markHandled: (messageId) => store.markHandled(messageId),
  };
}
