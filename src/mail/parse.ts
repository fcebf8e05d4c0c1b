/**
 * Raw bytes → InboundMessage. The one place mailparser is used.
 *
 * Invariants: never throws for malformed MIME (mailparser is lenient; what it cannot read
 * becomes empty fields), never keeps more than `maxBytes` of a huge message in the result,
 * and always yields a messageId (a stable synthetic one derived from the content when the
 * header is missing), so de-duplication by Message-ID works for every message.
 */
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type HeaderValue } from 'mailparser';
import type { Address, InboundMessage, MessagePart } from './message.ts';

/** Bodies beyond this size are cut before parsing: nobody writes a 10 MB rejection. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const PART_TEXT_LIMIT = 64 * 1024;

export class ParseError extends Error {
  readonly code = 'EPARSE';
}

function addresses(value: AddressObject | AddressObject[] | undefined): Address[] {
  if (!value) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: Address[] = [];
  const walk = (entries: { name?: string; address?: string; group?: unknown[] }[]) => {
    for (const e of entries) {
      if (e.group) walk(e.group as typeof entries);
      else if (e.address) out.push({ name: (e.name ?? '').trim(), address: e.address.trim().toLowerCase() });
    }
  };
  for (const obj of list) walk(obj.value as never);
  return out;
}

function ids(value: string | string[] | undefined): string[] {
  if (!value) return [];
  const joined = Array.isArray(value) ? value.join(' ') : value;
  const found = joined.match(/<[^<>\s]+>/g);
  if (found) return found;
  return joined.split(/\s+/).filter(Boolean).map((id) => `<${id.replace(/^<|>$/g, '')}>`);
}

function headerText(value: HeaderValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => headerText(v as HeaderValue)).join(', ');
  if (typeof value === 'object') {
    if ('text' in value && typeof (value as { text: unknown }).text === 'string') return (value as { text: string }).text;
    if ('value' in value) {
      const v = (value as { value: unknown; params?: Record<string, string> });
      const params = v.params ? Object.entries(v.params).map(([k, p]) => `; ${k}=${p}`).join('') : '';
      return `${String(v.value)}${params}`;
    }
  }
  return String(value);
}

/** Turns HTML into readable text without a DOM: blocks become line breaks, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote|table)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Parses one raw message.
 * @param raw the RFC 5322 bytes
 * @param options.uid the IMAP UID, when known
 * @param options.maxBytes cut larger messages (headers stay whole; the body is truncated)
 */
export async function parseMessage(
  raw: Buffer | string,
  options: { uid?: number | null; maxBytes?: number } = {},
): Promise<InboundMessage> {
  const buffer = typeof raw === 'string' ? Buffer.from(raw) : raw;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const truncated = buffer.length > maxBytes;
  const input = truncated ? buffer.subarray(0, maxBytes) : buffer;

  let parsed;
  try {
    parsed = await simpleParser(input, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, maxHtmlLengthToParse: maxBytes });
  } catch (err) {
    throw new ParseError(`message could not be parsed: ${(err as Error).message}`);
  }

  const headers: Record<string, string> = {};
  for (const line of parsed.headerLines ?? []) {
    const key = line.key.toLowerCase();
    const value = line.line.slice(line.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    headers[key] = headers[key] !== undefined ? `${headers[key]}\n${value}` : value;
  }
  // mailparser decodes encoded words in structured values; prefer its subject and a few others.
  for (const [key, value] of parsed.headers ?? new Map()) {
    if (['subject', 'content-type'].includes(key)) headers[key] = headerText(value as HeaderValue);
  }

  const contentTypeHeader = parsed.headers?.get('content-type') as { value?: string } | undefined;
  const contentType = (contentTypeHeader?.value ?? 'text/plain').toLowerCase();

  const parts: MessagePart[] = (parsed.attachments ?? []).map((a) => {
    const type = (a.contentType ?? 'application/octet-stream').toLowerCase();
    const textual = /^(text\/|message\/(delivery-status|disposition-notification|rfc822|global-delivery-status|global-headers))/.test(type);
    return {
      contentType: type,
      filename: a.filename ?? null,
      size: a.size ?? a.content?.length ?? 0,
      text: textual && a.content ? a.content.subarray(0, PART_TEXT_LIMIT).toString('utf8') : null,
    };
  });

  let text = parsed.text ?? '';
  let textFromHtml = false;
  if (!text.trim() && typeof parsed.html === 'string' && parsed.html) {
    text = htmlToText(parsed.html);
    textFromHtml = true;
  }

  const from = addresses(parsed.from)[0] ?? null;
  const senderHeader = headers['sender'];
  const sender = senderHeader ? (/<([^>]+)>/.exec(senderHeader)?.[1] ?? senderHeader).trim().toLowerCase() : null;

  const messageId = parsed.messageId
    ? ids(parsed.messageId)[0]!
    : `<synthetic-${createHash('sha256').update(buffer.subarray(0, 64 * 1024)).digest('hex').slice(0, 32)}@debrief.invalid>`;

  return {
    uid: options.uid ?? null,
    messageId,
    inReplyTo: ids(parsed.inReplyTo)[0] ?? null,
    references: ids(parsed.references),
    from,
    sender: sender ? { name: '', address: sender } : null,
    replyTo: addresses(parsed.replyTo),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject: (parsed.subject ?? '').trim(),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null,
    headers,
    contentType,
    text: text.replace(/\r\n/g, '\n'),
    textFromHtml,
    parts,
    size: buffer.length,
    truncated,
  };
}
