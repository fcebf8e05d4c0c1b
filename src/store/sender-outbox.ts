/**
 * The SMTP sender's OutboxStore (src/mail/sender.ts) backed by the main store, so the
 * sender's `sending`/`sent` bookkeeping lives in debrief.json with everything else and is
 * written with the same atomic, serialized writes. The composition root passes
 * `createSenderOutbox(store)` as `createSender({ outbox })`.
 *
 * Two records per mail, on purpose: the store's `outbox` is the conversation side (what the
 * machine decided, its Message-ID, the result the machine saw); `senderOutbox` is the transport
 * side (SMTP attempts, the `sending` mark that triggers the Sent-folder check after a crash).
 */
import type { OutboxRecord, OutboxStore } from '../mail/sender.ts';
import { outboxQueries } from '../mail/outbox-file.ts';
import type { Store } from './store.ts';

export function createSenderOutbox(store: Store): OutboxStore {
  const records = () => Object.values(store.senderRecords()) as OutboxRecord[];
  return {
    get: (id) => store.senderRecords()[id] as OutboxRecord | undefined,
    put: (rec) => store.update((d) => { d.senderOutbox[rec.id] = { ...rec }; }),
    ...outboxQueries(records),
  };
}
