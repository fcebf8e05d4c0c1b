/**
 * The candidate's Sent folder over IMAP: find it by special-use `\Sent`, append a copy of a
 * sent mail, and search it by Message-ID (the check before any retry after a crash).
 *
 * A NEW short-lived ImapFlow per call: these calls are rare (one per sent mail), and a fresh
 * client cannot be confused by the watcher's IDLE session or by a half-dead connection.
 */
import { imapOptions } from './server-options.ts';
import { ImapFlow } from 'imapflow';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';

export interface SentFolder {
  /** Appends `raw` to the Sent folder, flagged \Seen. */
  append(raw: Buffer, date?: Date): Promise<void>;
  /** Whether a message with this Message-ID (with angle brackets) is in the Sent folder. */
  contains(messageId: string): Promise<boolean>;
}

/** Folder names used when a server announces no special-use flags (older servers). */
const SENT_NAMES = /^(sent|sent items|sent messages|sent mail|\[gmail\]\/sent mail|\[google mail\]\/sent mail|inbox[./]sent|gesendet|gesendete elemente|gesendete objekte|envoy[ée]s|[ée]l[ée]ments envoy[ée]s|enviados|verzonden items)$/i;

export function createSentFolder(deps: { imap: ServerConfig; log: Logger; connectTimeoutMs?: number }): SentFolder {
  const { imap, log } = deps;
  let cachedPath: string | null = null;

  async function withClient<T>(fn: (client: ImapFlow, path: string) => Promise<T>): Promise<T> {
    const client = new ImapFlow(imapOptions(imap, { connectionTimeout: deps.connectTimeoutMs ?? 20_000 }));
    client.on('error', (err: Error) => log.debug({ err }, 'sent folder client error'));
    await client.connect();
    try {
      const path = cachedPath ?? (await findSentPath(client));
      cachedPath = path;
      return await fn(client, path);
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  return {
    async append(raw, date) {
      await withClient(async (client, path) => {
        await client.append(path, raw, ['\\Seen'], date);
      });
    },
    async contains(messageId) {
      return withClient(async (client, path) => {
        const lock = await client.getMailboxLock(path, { readOnly: true });
        try {
          // Dovecot (and most servers) match a substring; the full `<id>` makes it exact enough.
          const uids = await client.search({ header: { 'message-id': messageId } }, { uid: true });
          return Array.isArray(uids) && uids.length > 0;
        } finally {
          lock.release();
        }
      });
    },
  };
}

async function findSentPath(client: ImapFlow): Promise<string> {
  const list = await client.list();
  const bySpecialUse = list.find((box) => box.specialUse === '\\Sent');
  if (bySpecialUse) return bySpecialUse.path;
  const byName = list.find((box) => SENT_NAMES.test(box.path) || SENT_NAMES.test(box.name));
  if (byName) return byName.path;
  throw Object.assign(new Error('no Sent folder found (no \\Sent special-use flag and no folder named Sent)'), { code: 'ENOSENT' });
}
