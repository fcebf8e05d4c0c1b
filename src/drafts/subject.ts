/**
 * The subject of a reply: `Re: <original>` with every reply/forward prefix the original already
 * carried removed first, so a thread never grows "Re: AW: Re:" chains.
 */

// Reply and forward prefixes in the languages and clients debrief meets: Re/RE/Aw/AW (German
// Outlook), SV (Nordic), Réf/Ref (French), Antw (Dutch), RV/Rif (Spanish/Italian Outlook),
// Fwd/Fw/WG (German forward), TR (French forward), Doorst (Dutch forward), Vs (Finnish),
// optionally with a counter like "Re[2]:" or "Re(3):", a space before the colon (French style),
// or a full-width colon. Bracketed list tags ("[jobs]") are left alone: they may be meaningful.
const PREFIX = /^\s*(?:re|aw|sv|vs|r[ée]f|antw|rv|rif|fwd?|wg|tr|doorst)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/i;

/** `Re: <subject>` without doubled or foreign prefixes; `Re:` alone for an empty subject. */
export function replySubject(subject: string): string {
  let rest = subject.replace(/\s+/g, ' ').trim();
  for (let guard = 0; guard < 20; guard++) {
    const next = rest.replace(PREFIX, '');
    if (next === rest) break;
    rest = next;
  }
  return rest ? `Re: ${rest}` : 'Re:';
}
