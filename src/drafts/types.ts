/** The drafting contract: pure functions from a conversation's facts to a mail text. */
import type { Language, Stage } from '../understand/types.ts';

export interface DraftContext {
  candidateName: string;
  /** The person written to, e.g. "Maria Lopez"; null when unknown (a neutral greeting is used). */
  contactName: string | null;
  company: string | null;
  role: string | null;
  stage: Stage;
  language: Language;
  /** Subject of the employer's rejection mail (the reply subject is derived from it). */
  originalSubject: string;
  /** For follow-ups: 1 for the first follow-up, 2 for the second, ... */
  followUpNumber?: number;
  /** For thank-yous and clarifications: the feedback points received. */
  points?: string[];
}

export interface Draft {
  subject: string;
  body: string;
}

export type DraftKind = 'request' | 'follow_up' | 'clarification' | 'thank_you' | 'decline_thanks';

export interface Drafter {
  request(ctx: DraftContext): Draft;
  followUp(ctx: DraftContext): Draft;
  clarification(ctx: DraftContext): Draft;
  thankYou(ctx: DraftContext): Draft;
  /** A short gracious thank-you after the employer declined to give feedback. */
  declineThanks(ctx: DraftContext): Draft;
}
