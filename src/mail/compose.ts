/**
 * OutgoingMail → raw RFC 5322 bytes, with nodemailer's MailComposer.
 *
 * The raw message is built ONCE per send and the same bytes go to SMTP and to the Sent
 * folder, so the copy the candidate sees is exactly what the employer got.
 *
 * Invariants:
 * - Message-ID is `mail.messageId` exactly (assigned before the outbox record is written).
 * - `In-Reply-To` is `mail.inReplyTo`; `References` is the full chain, oldest first, with the
 *   answered message last (added when the caller forgot it), so Gmail and Outlook thread it.
 * - The subject is used as given (drafts produce the `Re:` form).
 * - `Auto-Submitted: auto-generated` is set on mails to the candidate (approval, notices, help,
 *   ...) so the candidate's own vacation responder never answers them (no loops) and never on
 *   employer mails: those are written on the candidate's behalf and approved by them.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Address } from './message.ts';
import type { OutgoingMail } from './outgoing.ts';

const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

export function isValidMessageId(id: string): boolean {
  return MESSAGE_ID.test(id);
}

/** The domain part of an address (the Message-ID's right-hand side). */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase() || 'debrief.invalid';
}

/**
 * A deterministic Message-ID for an outbox id: the same send always gets the same Message-ID,
 * so a retried effect (after a restart) refers to the same mail and the Sent-folder search works.
 */
export function messageIdFor(outboxId: string, fromAddress: string): string {
  const hash = createHash('sha256').update(outboxId).digest('base64url').slice(0, 22).replace(/[-_]/g, 'x');
  return `<debrief.${hash}@${domainOf(fromAddress)}>`;
}

/** The References chain to send: the given chain plus In-Reply-To when missing, no duplicates. */
export function referencesChain(mail: Pick<OutgoingMail, 'references' | 'inReplyTo'>): string[] {
  const chain: string[] = [];
  for (const id of [...mail.references, ...(mail.inReplyTo ? [mail.inReplyTo] : [])]) {
    if (!chain.includes(id)) chain.push(id);
  }
  return chain;
}

/** The headers debrief adds or removes besides the threading ones. */
export function extraHeaders(mail: OutgoingMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(mail.headers ?? {})) {
    if (mail.toEmployer && key.toLowerCase() === 'auto-submitted') continue;
    headers[key] = value;
  }
  const hasAutoSubmitted = Object.keys(headers).some((k) => k.toLowerCase() === 'auto-submitted');
  if (!mail.toEmployer && !hasAutoSubmitted) headers['Auto-Submitted'] = 'auto-generated';
  return headers;
}

/** Builds the raw message. `date` comes from the injected clock. */
export async function composeMime(mail: OutgoingMail, options: { from: Address; date: Date }): Promise<Buffer> {
  if (!isValidMessageId(mail.messageId)) throw new Error(`invalid Message-ID ${JSON.stringify(mail.messageId)}`);
  const references = referencesChain(mail);
  const composer = new MailComposer({
    from: { name: options.from.name, address: options.from.address },
    to: mail.to.map((a) => (a.name ? { name: a.name, address: a.address } : a.address)),
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(references.length ? { references } : {}),
    date: options.date,
    headers: extraHeaders(mail),
  });
  return composer.compile().build();
}
