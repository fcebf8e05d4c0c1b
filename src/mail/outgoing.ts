/**
 * OutgoingMail: everything debrief sends, to an employer or to the candidate, in one shape.
 * The outbox record is written (with the Message-ID already assigned) before the mail is
 * handed to SMTP; see src/mail/sender.ts for the idempotency rules.
 */
import type { Address } from './message.ts';

export type MailPurpose =
  | 'request'        // the first feedback request to the employer
  | 'follow_up'      // a follow-up to the employer
  | 'clarification'  // the one clarification question to the employer
  | 'thank_you'      // the thank-you to the employer
  | 'approval'       // an approval mail to the candidate
  | 'reminder'       // a reminder of an unanswered approval mail, to the candidate
  | 'notice'         // news for the candidate (bounce, reconsider, call, no response, ...)
  | 'help'           // the list of valid answers, to the candidate
  | 'digest';        // the feedback digest, to the candidate

export interface OutgoingMail {
  /** Stable id of this send, the outbox key: the same id is never sent twice. */
  id: string;
  conversationId: string | null;
  purpose: MailPurpose;
  /** True when the recipient is an employer: approval, caps and DRY_RUN apply. */
  toEmployer: boolean;
  to: Address[];
  subject: string;
  text: string;
  /** Assigned before sending, with angle brackets. */
  messageId: string;
  inReplyTo: string | null;
  /** Full chain, oldest first. */
  references: string[];
  /** Extra headers (e.g. Auto-Submitted on notices). */
  headers?: Record<string, string>;
}

export type SendResult =
  | { status: 'sent'; messageId: string; at: string }
  /** DRY_RUN: an employer mail was not sent (a copy may have gone to the candidate). */
  | { status: 'dry_run'; messageId: string; at: string }
  /** Held back by a cap or the send window; it will be sent at `until`, not dropped. */
  | { status: 'held'; until: string; reason: 'daily_cap' | 'recipient_gap' | 'send_window' }
  /** Not sent. `retryAt` set for transient failures. */
  | { status: 'failed'; permanent: boolean; code: string; message: string; retryAt: string | null }
  /** A crash came between SMTP and bookkeeping and the Sent folder does not show the mail: ask the candidate. */
  | { status: 'uncertain'; messageId: string };

export interface Sender {
  send(mail: OutgoingMail): Promise<SendResult>;
}
