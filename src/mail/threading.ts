/**
 * Pure threading helpers: what makes two mails "the same conversation" when headers are all we
 * have. Used by the router (and anyone matching replies); no I/O.
 */
import type { InboundMessage } from './message.ts';

/**
 * Reply/forward prefixes mail clients put before a subject, in many languages:
 * Re, Aw (de), Sv (sv/da/no), Antw (nl), Réf/Ref (fr), Fwd/Fw, Wg (de), Tr (fr), Rv (es), Vs (fi),
 * Odp (pl), Enc (pt), also counted forms like `Re[2]:`, `Re(3):`, `Re^2:` and full-width colons.
 */
const PREFIX = /^\s*(?:re|aw|sv|antw|antwort|r[ée]f|ref|fwd?|wg|tr|rv|vs|odp|enc|ynt|res)\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]\s*/i;
/** A leading tag such as `[External]`, `[debrief:abcd]`, `[JIRA-12]`. */
const LEADING_TAG = /^\s*\[[^\]]*\]\s*/;
/** A debrief approval tag anywhere in the subject (it is ours, never part of the topic). */
const DEBRIEF_TAG = /\[debrief:[^\]]*\]/gi;
/** Forwards marked at the end, e.g. `Offer (fwd)`. */
const TRAILING_FWD = /\s*\((?:fwd|fw)\)\s*$/i;

/**
 * The topic of a subject: reply/forward prefixes and leading [tags] stripped repeatedly,
 * lower-cased, whitespace collapsed. `Re: AW: [Ext] Your Application` → `your application`.
 */
export function normaliseSubject(subject: string | null | undefined): string {
  let s = (subject ?? '').replace(DEBRIEF_TAG, ' ').replace(/\s+/g, ' ').trim();
  for (;;) {
    const next = s.replace(PREFIX, '').replace(LEADING_TAG, '').replace(TRAILING_FWD, '');
    if (next === s) break;
    s = next;
  }
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The Message-IDs a message refers to, most specific first: In-Reply-To, then References from
 * the newest (last) to the oldest. Duplicates removed; each keeps its angle brackets.
 */
export function referencesOf(msg: Pick<InboundMessage, 'inReplyTo' | 'references'>): string[] {
  const out: string[] = [];
  for (const id of [msg.inReplyTo, ...[...msg.references].reverse()]) {
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Message-IDs that debrief itself generates (outbound mail, approval mails, dry-run copies). */
const OWN_ID = /^<(?:debrief[.-]|dry-run\.)/i;

/** Whether a Message-ID is one debrief generated (see mail/compose.ts and approval/token.ts). */
export function isDebriefMessageId(messageId: string | null | undefined): boolean {
  return !!messageId && OWN_ID.test(messageId.trim());
}

/** Whether a subject carries a debrief approval token tag `[debrief:XXXX]`. */
export function hasApprovalTag(subject: string | null | undefined): boolean {
  return /\[debrief:[a-z0-9]+\]/i.test(subject ?? '');
}
