/**
 * A JSON-file OutboxStore for tests and standalone use. The main store may back the same
 * interface later; the rules are the interface's (see OutboxStore in sender.ts).
 *
 * Invariants: `put` resolves only after the whole file has been written to a temp file,
 * fsynced and renamed over the old one (atomic on POSIX), mode 0600 (subjects and addresses
 * are personal). Writes are serialised, so the last `put` always wins on disk.
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { OutboxRecord, OutboxStore } from './sender.ts';

/** Statuses that count as an employer send for the caps (a dry run counts too: it rehearses the real pace). */
const COUNTED = new Set<OutboxRecord['status']>(['sending', 'sent', 'dry_run', 'uncertain']);

export function sendTime(rec: OutboxRecord): Date {
  return new Date(rec.sentAt ?? rec.lastAttemptAt ?? rec.createdAt);
}

/** Shared query logic over a list of records, for any backing store. */
export function outboxQueries(records: () => Iterable<OutboxRecord>): Pick<OutboxStore, 'sendsSince' | 'oldestSendSince' | 'lastSendTo'> {
  const counted = function* (since: Date) {
    for (const rec of records()) {
      if (rec.toEmployer && COUNTED.has(rec.status) && sendTime(rec).getTime() > since.getTime()) yield rec;
    }
  };
  return {
    sendsSince: (since) => [...counted(since)].length,
    oldestSendSince(since) {
      let oldest: Date | null = null;
      for (const rec of counted(since)) if (!oldest || sendTime(rec) < oldest) oldest = sendTime(rec);
      return oldest;
    },
    lastSendTo(address) {
      const wanted = address.toLowerCase();
      let last: Date | null = null;
      for (const rec of counted(new Date(0))) {
        if (rec.to.some((a) => a.toLowerCase() === wanted) && (!last || sendTime(rec) > last)) last = sendTime(rec);
      }
      return last;
    },
  };
}

export function openFileOutbox(path: string): OutboxStore {
  mkdirSync(dirname(path), { recursive: true });
  const records = new Map<string, OutboxRecord>();
  if (existsSync(path)) {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { version: 1; records: OutboxRecord[] };
    for (const rec of data.records) records.set(rec.id, rec);
  }
  let chain: Promise<void> = Promise.resolve();

  async function writeAll(): Promise<void> {
    const tmp = `${path}.${process.pid}.tmp`;
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify({ version: 1, records: [...records.values()] }, null, 1));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  }

  return {
    get: (id) => {
      const rec = records.get(id);
      return rec ? { ...rec, to: [...rec.to] } : undefined;
    },
    put(rec) {
      records.set(rec.id, { ...rec, to: [...rec.to] });
      chain = chain.then(writeAll, writeAll);
      return chain;
    },
    ...outboxQueries(() => records.values()),
  };
}
