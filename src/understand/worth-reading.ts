/**
 * Whether a message's body is worth downloading, judged from its headers alone (the watcher asks
 * before it fetches a body). Deliberately conservative: a missed rejection costs more than a
 * download, so only two kinds are passed over —
 *   1. bulk mail (Precedence bulk/list/junk, or a List-Id) whose subject says nothing of an
 *      application, a candidacy or a reply: newsletters, promotions, mailing lists;
 *   2. the candidate's own mail that answers nothing of debrief's (no References, no approval tag).
 * Everything else — including every reply in a thread — is read.
 */
export interface HeaderFacts {
  from: string | null;
  subject: string;
  headers: Record<string, string>;
}

/** Words that make a bulk-looking mail worth a look anyway (five languages). */
const JOB_WORDS = /\b(application|applied|candida|position|role|job|interview|opportunit|vacanc|hiring|recruit|talent|career|bewerbung|stelle|absage|vorstellungsgespr|kandidat|vacature|sollicit|sollicitatie|sollicitud|candidatura|candidature|postulaci|proceso|entretien|poste|puesto|empleo)/i;

export function createWorthReading(candidateAddresses: string[]): (facts: HeaderFacts) => boolean {
  const own = new Set(candidateAddresses.map((a) => a.toLowerCase()));
  return ({ from, subject, headers }) => {
    if (from && own.has(from.toLowerCase())) {
      return Boolean(headers['in-reply-to'] || headers['references'] || /\[debrief:/i.test(subject));
    }
    const precedence = (headers['precedence'] ?? '').toLowerCase();
    const bulk = /\b(bulk|list|junk)\b/.test(precedence) || Boolean(headers['list-id']);
    if (bulk && !JOB_WORDS.test(subject) && !headers['in-reply-to']) return false;
    return true;
  };
}
