/**
 * The router: which conversation (if any) an inbound message belongs to. Pure — it reads the
 * message and asks an injected lookup; it changes nothing.
 *
 * Precedence (first match wins):
 *   1. From one of the candidate's own addresses:
 *      a. a Message-ID debrief generated (or one the lookup knows as outbound) → ignore 'own-copy'
 *         (our sent copies, approval mails to the candidate, dry-run copies: never replies);
 *      b. an approval tag `[debrief:XXXX]` in the subject, or In-Reply-To/References naming a
 *         conversation's mail or an approval mail → candidate-answer (the approval reader checks
 *         sender, token and authentication; the router only sorts);
 *      c. anything else the candidate sends themselves → ignore 'candidate-mail'.
 *   2. In-Reply-To/References naming a Message-ID of a conversation (sent or received) → conversation.
 *   3. Sender address + normalised subject of a live conversation → conversation.
 *   4. Otherwise → new (for the rejection detector).
 */
import type { InboundMessage } from './message.ts';
import { hasApprovalTag, isDebriefMessageId, normaliseSubject, referencesOf } from './threading.ts';

export interface ConversationLookup {
  /** The conversation that sent or received any of these Message-IDs (tried in order), or null. */
  byMessageId(ids: string[]): string | null;
  /** The live conversation with this counterpart address and normalised subject, or null. */
  bySenderAndSubject(address: string, normalisedSubject: string): string | null;
  /** Whether debrief sent a mail with this Message-ID (optional; ids debrief generates are known anyway). */
  isOutbound?(messageId: string): boolean;
}

export type Route =
  | { to: 'conversation'; conversationId: string }
  | { to: 'candidate-answer'; conversationId: string | null }
  | { to: 'new' }
  | { to: 'ignore'; reason: 'own-copy' | 'candidate-mail' };

export interface RouterOptions {
  /** The candidate's address and aliases (any case). */
  candidateAddresses: string[];
  lookup: ConversationLookup;
  /**
   * Extra test for a candidate's answer to an approval mail (e.g. a token in the body), asked
   * only for mail from a candidate address that is not our own copy. The built-in signs
   * (subject tag, references) are always honoured.
   */
  isApprovalAnswer?: (msg: InboundMessage) => boolean;
}

export interface Router {
  route(msg: InboundMessage): Route;
}

/** Approval mails' Message-IDs (see approval/token.ts): a reply to one is an approval answer. */
const APPROVAL_ID = /^<debrief-approval\./i;

export function createRouter(options: RouterOptions): Router {
  const candidates = new Set(options.candidateAddresses.map((a) => a.trim().toLowerCase()).filter(Boolean));
  const { lookup } = options;

  return {
    route(msg) {
      const from = msg.from?.address.toLowerCase() ?? '';
      const refs = referencesOf(msg);

      if (candidates.has(from)) {
        if (isDebriefMessageId(msg.messageId) || lookup.isOutbound?.(msg.messageId)) return { to: 'ignore', reason: 'own-copy' };
        const conversationId = refs.length ? lookup.byMessageId(refs) : null;
        if (conversationId || hasApprovalTag(msg.subject) || refs.some((id) => APPROVAL_ID.test(id)) || options.isApprovalAnswer?.(msg)) {
          return { to: 'candidate-answer', conversationId };
        }
        return { to: 'ignore', reason: 'candidate-mail' };
      }

      if (refs.length) {
        const conversationId = lookup.byMessageId(refs);
        if (conversationId) return { to: 'conversation', conversationId };
      }

      const topic = normaliseSubject(msg.subject);
      if (from && topic) {
        const conversationId = lookup.bySenderAndSubject(from, topic);
        if (conversationId) return { to: 'conversation', conversationId };
      }
      return { to: 'new' };
    },
  };
}
