/**
 * InboundMessage: the one shape of a received mail that everything past the parser reads.
 * Produced by src/mail/parse.ts from raw RFC 5322 bytes; pure data, JSON-safe.
 */
export interface Address {
  /** Display name, or '' when there is none. */
  name: string;
  /** Lower-case address. */
  address: string;
}

export interface MessagePart {
  /** e.g. `message/delivery-status`, `message/rfc822`, `text/rfc822-headers`. */
  contentType: string;
  filename: string | null;
  size: number;
  /** The part as text, for textual parts up to 64 KiB (delivery reports, attached headers); else null. */
  text: string | null;
}

export interface InboundMessage {
  /** IMAP UID when the message came from a mailbox. */
  uid: number | null;
  /** Message-ID with angle brackets, e.g. `<abc@host>`; a synthetic one when the header is missing. */
  messageId: string;
  inReplyTo: string | null;
  /** References, oldest first, each with angle brackets. */
  references: string[];
  from: Address | null;
  /** The `Sender` header, when present. */
  sender: Address | null;
  replyTo: Address[];
  to: Address[];
  cc: Address[];
  subject: string;
  /** ISO 8601 date from the Date header, or null. */
  date: string | null;
  /** Top-level headers, lower-case names; repeated headers joined with '\n'. */
  headers: Record<string, string>;
  /** Top-level Content-Type, lower-case, without parameters (e.g. `multipart/report`). */
  contentType: string;
  /** The plain-text body; HTML turned into text when there is no text part. */
  text: string;
  /** Whether `text` was made from HTML. */
  textFromHtml: boolean;
  /** Non-inline parts and report parts. */
  parts: MessagePart[];
  /** Raw size in bytes. */
  size: number;
  /** Set when the body was cut because the message was larger than the parse limit. */
  truncated: boolean;
}
