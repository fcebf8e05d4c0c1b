/**
 * Reading a lab user's folder with a real IMAP client (imapflow), parsed with mailparser into
 * LabMessage. Plain IMAP on loopback without STARTTLS: the lab is trusted and this keeps it fast.
 */
import { ImapFlow } from 'imapflow';
import { simpleParser, type AddressObject } from 'mailparser';
import type { LabMessage } from './types.ts';

export interface ImapTarget {
  host: string;
  port: number;
}

export function labImapClient(target: ImapTarget, user: string, pass: string): ImapFlow {
  return new ImapFlow({
    host: target.host,
    port: target.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass },
    logger: false,
    connectionTimeout: 3000,
    greetingTimeout: 3000,
  });
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean);
}

export async function toLabMessage(uid: number, flags: Iterable<string>, raw: Buffer): Promise<LabMessage> {
  const parsed = await simpleParser(raw);
  const refs = parsed.references;
  return {
    uid,
    messageId: parsed.messageId ?? '',
    subject: parsed.subject ?? '',
    from: addresses(parsed.from)[0] ?? '',
    to: addresses(parsed.to),
    inReplyTo: parsed.inReplyTo ?? null,
    // mailparser gives a string for one reference and an array for several.
    references: Array.isArray(refs) ? refs : refs ? [refs] : [],
    date: parsed.date ? parsed.date.toISOString() : null,
    flags: [...flags],
    text: parsed.text ?? '',
    raw,
  };
}

/** Fetches every message with UID ≥ `fromUid` from the open mailbox. */
async function fetchFrom(client: ImapFlow, fromUid: number): Promise<LabMessage[]> {
  const mailbox = client.mailbox;
  if (!mailbox || mailbox.exists === 0) return [];
  const found: { uid: number; flags: Set<string>; source: Buffer }[] = [];
  for await (const m of client.fetch(`${fromUid}:*`, { uid: true, flags: true, source: true }, { uid: true })) {
    // `N:*` also returns the last message when N is above every UID; skip it then.
    if (m.uid >= fromUid && m.source) found.push({ uid: m.uid, flags: m.flags ?? new Set(), source: m.source });
  }
  return Promise.all(found.map((m) => toLabMessage(m.uid, m.flags, m.source)));
}

export async function listFolder(target: ImapTarget, user: string, pass: string, folder = 'INBOX'): Promise<LabMessage[]> {
  const client = labImapClient(target, user, pass);
  await client.connect();
  try {
    await client.mailboxOpen(folder, { readOnly: true });
    return await fetchFrom(client, 1);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/**
 * Polls the folder every ~100 ms on one connection (NOOP makes Dovecot report new mail at once,
 * faster than its ~0.5 s IDLE notification) until a message matches.
 */
export async function waitForMessage(
  target: ImapTarget,
  user: string,
  pass: string,
  predicate: (m: LabMessage) => boolean,
  options: { folder?: string; timeoutMs?: number } = {},
): Promise<LabMessage> {
  const folder = options.folder ?? 'INBOX';
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  const seen: LabMessage[] = [];
  let nextUid = 1;
  let client: ImapFlow | null = null;
  try {
    for (;;) {
      try {
        if (!client) {
          client = labImapClient(target, user, pass);
          client.on('error', () => {});
          await client.connect();
          await client.mailboxOpen(folder, { readOnly: true });
        } else {
          await client.noop();
        }
        for (const m of await fetchFrom(client, nextUid)) {
          nextUid = Math.max(nextUid, m.uid + 1);
          seen.push(m);
          if (predicate(m)) return m;
        }
      } catch {
        // Dovecot may be restarting in an outage test: reconnect on the next round.
        client?.close();
        client = null;
      }
      if (Date.now() > deadline) {
        const subjects = seen.map((m) => JSON.stringify(m.subject)).join(', ') || 'none';
        throw new Error(`lab: no matching message in ${user}'s ${folder} after ${options.timeoutMs ?? 5000} ms (saw ${seen.length}: ${subjects})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    const c = client as ImapFlow | null;
    if (c) await c.logout().catch(() => c.close());
  }
}
