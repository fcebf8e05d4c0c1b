/**
 * Splits a reply into what the candidate wrote and what their client quoted, for reading
 * approval answers. (src/understand/quotes.ts does the general job for employer replies; this
 * one is narrower and keeps line structure, because an edited draft must survive it.)
 *
 * Recognised quote starts: `>` lines; Gmail "On <date> <name> wrote:" (also wrapped over two
 * lines); Apple Mail "On <date>, at <time>, <name> wrote:"; Outlook "-----Original Message-----",
 * a `____` rule or a "From:" line followed by "Sent:"/"Date:" within a few lines; a few
 * languages' equivalents. Mobile signatures ("Sent from my iPhone") end the unquoted part.
 */

export const DRAFT_START = '----- DRAFT START -----';
export const DRAFT_END = '----- DRAFT END -----';

const isStart = (line: string) => /^-{3,}\s*DRAFT START\s*-{3,}$/i.test(line.trim());
const isEnd = (line: string) => /^-{3,}\s*DRAFT END\s*-{3,}$/i.test(line.trim());

const ATTRIBUTION = [
  /^On\b.{4,300}\bwrote:?\s*$/i, // Gmail, Apple Mail, Thunderbird
  /^Am\b.{4,300}\bschrieb\b.{0,200}:\s*$/i, // German
  /^Le\b.{4,300}\ba écrit\s*:\s*$/i, // French
  /^El\b.{4,300}\bescribió:\s*$/i, // Spanish
  /^Op\b.{4,300}\bschreef\b.{0,200}:\s*$/i, // Dutch
];
const OUTLOOK_RULE = /^\s*(-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}|_{10,})\s*$/i;
const HEADER_FROM = /^\s*\*?(From|Von|De)\s*:\*?\s+\S/i;
const HEADER_NEXT = /^\s*\*?(Sent|Date|Gesendet|Datum|Envoyé|Enviado|To|An|À|Para|Subject|Betreff|Objet|Asunto)\s*:/i;
const MOBILE_SIGNATURE = /^\s*(Sent from my \w+|Sent from (Mail|Outlook|Yahoo Mail) for \w+|Get Outlook for \w+|Von meinem \w+ gesendet|Envoyé de mon \w+)\b.*$/i;

export interface SplitReply {
  /** Lines the candidate wrote above the quote (quote and mobile signature removed). */
  unquoted: string[];
  /** Everything from the first quote line on, as written (with `>` prefixes). */
  quoted: string[];
  /**
   * Lines after the last `>` line, for bottom-posters (Thunderbird users, mailing-list habits).
   * Only for `>`-style quotes: an Outlook-style quote has no prefixes, so its end is unknown.
   */
  below: string[];
}

/** Normalises line ends and splits at the first quote start outside draft markers. */
export function splitReply(text: string): SplitReply {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let inDraft = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inDraft && isStart(line)) { inDraft = true; continue; }
    if (inDraft) { if (isEnd(line)) inDraft = false; continue; }
    const next = lines[i + 1] ?? '';
    const cut = /^\s*>/.test(line)
      || ATTRIBUTION.some((re) => re.test(line.trim()))
      || (/^On\b/i.test(line.trim()) && ATTRIBUTION[0]!.test(`${line.trim()} ${next.trim()}`))
      || OUTLOOK_RULE.test(line)
      || (HEADER_FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => HEADER_NEXT.test(l)));
    if (cut) {
      const quoted = lines.slice(i);
      let lastPrefixed = -1;
      quoted.forEach((l, j) => { if (/^\s*>/.test(l)) lastPrefixed = j; });
      const outlookStyle = OUTLOOK_RULE.test(line) || HEADER_FROM.test(line);
      const below = !outlookStyle && lastPrefixed >= 0 ? dropMobileSignature(quoted.slice(lastPrefixed + 1)) : [];
      return { unquoted: dropMobileSignature(lines.slice(0, i)), quoted, below };
    }
  }
  return { unquoted: dropMobileSignature(lines), quoted: [], below: [] };
}

function dropMobileSignature(lines: string[]): string[] {
  const at = lines.findIndex((l) => MOBILE_SIGNATURE.test(l) || l === '-- ');
  return at === -1 ? lines : lines.slice(0, at);
}

/** Removes one or more levels of `>` quoting from a line. */
export function unquoteLine(line: string): string {
  return line.replace(/^(\s*>)+ ?/, '');
}

/** The lines strictly between the first DRAFT START and the next DRAFT END, or null. */
export function draftBlock(lines: string[]): string[] | null {
  const start = lines.findIndex(isStart);
  if (start === -1) return null;
  const end = lines.findIndex((l, i) => i > start && isEnd(l));
  if (end === -1) return null;
  return lines.slice(start + 1, end);
}

/** `lines` without the draft block (markers included), for reading the command. */
export function withoutDraftBlock(lines: string[]): string[] {
  const start = lines.findIndex(isStart);
  if (start === -1) return lines;
  const end = lines.findIndex((l, i) => i > start && isEnd(l));
  return end === -1 ? lines : [...lines.slice(0, start), ...lines.slice(end + 1)];
}
