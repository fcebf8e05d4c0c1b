/**
 * What the understanding layer says about a message. Pure data; produced by pure functions
 * (no I/O, no network) so that classification is deterministic and cheap.
 */
import type { Address } from '../mail/message.ts';
import type { Stage } from '../config.ts';

export type { Stage };

/** Languages debrief reads and writes. */
export type Language = 'en' | 'de' | 'fr' | 'es' | 'nl';

export interface RejectionVerdict {
  kind: 'rejection' | 'other';
  /** 0..1 */
  confidence: number;
  /** null when kind is 'other'. */
  stage: Stage | null;
  company: string | null;
  role: string | null;
  /** Who wrote the message. */
  author: Address | null;
  /** A human to write back to (never a no-reply address), or null when there is none. */
  contact: Address | null;
  /** The language of the message. */
  language: Language;
  /** Short human-readable reasons (matched cues), for logs and `show`. */
  reasons: string[];
}

export type ReplyKind = 'feedback' | 'declined' | 'call' | 'question' | 'auto_reply' | 'bounce' | 'reconsider';

export interface BounceInfo {
  permanent: boolean;
  /** RFC 3463 status, e.g. `5.1.1`, when found. */
  status: string | null;
  /** The failed recipient, when found. */
  recipient: string | null;
  /** A short diagnostic, when found. */
  diagnostic: string | null;
}

export interface ReplyVerdict {
  kind: ReplyKind;
  confidence: number;
  /** For auto-replies: the return date found, as YYYY-MM-DD, or null. */
  returnDate: string | null;
  /** For bounces. */
  bounce: BounceInfo | null;
  /** For feedback: the individual points, each a short sentence. */
  points: string[];
  /** For feedback: true when no concrete point was found. */
  vague: boolean;
  /** The reply with quoted history and signature removed. */
  trimmed: string;
  language: Language;
  reasons: string[];
}

/**
 * The seam for an optional language model (an OpenAI-compatible endpoint, e.g. a local Ollama).
 * The deterministic classifiers are the default; a Judge may be consulted for low-confidence
 * cases by the caller. Nothing in debrief requires one.
 */
export interface Judge {
  classifyInbound?(text: string): Promise<Partial<RejectionVerdict> | null>;
  classifyReply?(text: string): Promise<Partial<ReplyVerdict> | null>;
}
