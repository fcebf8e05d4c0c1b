/**
 * trimReply: removes quoted history and signatures from a reply, keeping only what the
 * author wrote. Pure and deterministic.
 *
 * Approach (after Discourse's email_reply_trimmer): every line is classified into one kind —
 *   e empty · d delimiter · s mobile signature · b embedded-email marker ("On … wrote:",
 *   "-----Original Message-----") · h embedded header ("From: …", "Sent: …") · q quote ("> …") · t text
 * — and cuts are made with regular expressions over the resulting kind string, so the decision
 * sees the shape of the whole mail (text, then a marker, then mostly quotes) rather than one line.
 *
 * Invariants: never throws; examines at most MAX_CHARS characters; returns '' for an empty
 * input; never returns text that was not in the input (lines are only dropped, not edited,
 * except that multi-line "On … wrote:" markers are folded into one line before they are dropped).
 */

/** Nobody's new text is longer than this; quoted history below it is irrelevant. */
const MAX_CHARS = 100_000;
const MAX_LINES = 3_000;

type Kind = 'e' | 'd' | 's' | 'b' | 'h' | 'q' | 't';

const EMPTY = /^\s*$/;
/** A line made only of separator characters, e.g. `-- ` (RFC 3676's signature delimiter) or Outlook's `_____`. */
const DELIMITER = /^[ \t]*[-_,=+~#*ᐧ—–]+[ \t]*$/;

const SIGNATURES: RegExp[] = [
  /^\s*從我的 iPhone 傳送/i,
  /^\s*从我的 ?iPhone ?发送/i,
  /^\s*\w+ from mobile/i,
  /^\s*[(<]*Sent (from|via|with|by) .+/i,
  /^\s*From my .{1,20}$/i,
  /^\s*Get Outlook for /i,
  /^\s*Envoyé (depuis|de) (mon|Yahoo|Outlook)/i,
  /^\s*Von meinem .+ gesendet/i,
  /^\s*Gesendet (von|mit) (meinem|mobilem|Yahoo|Outlook|iPhone|Android)/i,
  /^\s*Diese Nachricht wurde von .+ gesendet/i,
  /^\s*Inviato da /i,
  /^\s*Sendt fra min /i,
  /^\s*Enviado (do|desde) (meu|mi) /i,
  /^\s*Verzonden (met|vanaf mijn) /i,
  /^\s*Verstuurd (vanaf|met) (mijn )?/i,
  /^\s*från min /i,
];

/** Words that open "On <date>, <someone> wrote:" lines, and the verbs that close them, per language. */
const ON_WROTE: Array<[string, string]> = [
  ['On|At', 'wrote|writes|says|said'],
  ['In message', 'writes'],
  ['Le', 'a\\s+écrit|nous\\sa\\sdit'],
  ['Am', 'schrieben\\s+Sie|geschrieben|schrieb(?:\\s[^:]*)?:'],
  ['El', 'escribió'],
  ['Op', 'het\\s+volgende\\s+geschreven|schreef(?:\\s[^:]*)?:'],
  ['Il', 'ha\\s+scritto'],
  ['Em', 'escreveu'],
  ['Den', 'skrev(?:\\s[^:]*)?:'],
  ['Dnia|Dňa|W dniu', 'napisał(?:\\(a\\))?'],
  ['在', '写道'],
];
// The opening word is matched case-sensitively (a sentence starting "on" is not a marker line);
// the rest of the line is free, and the verb must end it.
const ON_WROTE_REGEXES = [
  // A real marker always holds a date or time, so a digit is required: "On the design side, the panel said:" is prose.
  // (One regex for all languages: one pass per line instead of one per language.)
  new RegExp(`^(?=[^\\n]*\\d)[ \\t<>-]*(?:${ON_WROTE.map(([on, wrote]) => `(?:${on})\\s.*?(?:${wrote})`).join('|')})[\\s.:：>-]*$`),
  // "Am 18.09.2013 um 16:24 schrieb X <x@y.z<mailto:x@y.z>>:" — the name may itself hold colons.
  /^[ \t>]*(?:Op|Am|Den|søn\.)\s.+\s(?:schreef|schrieb|skrev)\s[^:]+:/u,
];
/** A line that could begin a marker wrapped over several lines. */
const ON_WROTE_START = new RegExp(`^[ \\t<>-]*(?:${ON_WROTE.map(([on]) => on).join('|')})\\s`, 'u');

const EMBEDDED: RegExp[] = [
  ...ON_WROTE_REGEXES,
  // "Max <max@x.de> schrieb am Fr., 28. Apr. 2017 um 11:53 Uhr:" / "X wrote on …:"
  /^(?=.*\d).+\b(?:wrote|schrieb)\s+(?:on|am)\b.+:\s*$/,
  // "2016-10-24 15:03 GMT+02:00 Someone <x@y.z>:" and "2013/7/20 sam <x@y.z>"
  /\d{4}.{1,80}\s?<[^@<>]+@[^@<>.]+\.[^@<>]+>:?\s*$/,
  // "2016-03-03 17:21 GMT+01:00 Some One"
  /^[ \t>]*20\d\d-\d\d-\d\d \d\d:\d\d GMT[+-]\d\d:\d\d [\w \t]+$/,
  // Russian / Polish / Ukrainian "<date> … пользователь X написал:"
  /\d{4}.{1,80}(?:napisał\(a\)|пише|написал|написала):\s*$/,
  // "someone via Discourse wrote:"
  /^.+ via .+ (?:wrote|schrieb):?\s*$/,
  // "Some One <x@y.z> wrote:"
  /^.+\b[\w.+-]+@[\w.-]+\.\w{2,}\b.+(?:wrote|schrieb|a écrit|escribió|schreef):?\s*$/,
  /^[ \t>]*Posted by .+ on \d{2}\/\d{2}\/\d{4}$/i,
  /^[ \t>]*(?:Begin forwarded message|Début du message réexpédié|Début du message transféré|Anfang der weitergeleiteten Nachricht|Inicio del mensaje reenviado|Begin doorgestuurd bericht)\s*:/i,
  /^[ \t>*]*-{2,}[ \t]*(?:(?:Forwarded|Original|Reply) Message|Message (?:transféré|d'origine|original)|Courriel original|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Originalnachricht|Mensaje (?:original|reenviado)|Oorspronkelijk bericht|Origineel bericht|Doorgestuurd bericht|Messaggio originale|原始邮件)[ \t]*-{2,}/i,
];

const HEADER_DATE = /^[ \t*\u00a0\u202f]*(?:Sendt|Sent|Date|Gesendet|Datum|Envoyé|Enviada em|Enviad[oa] el|Enviado|Fecha|Data|Verzonden|Verstuurd|Skickat|Le|发送时间)[ \t*\u00a0\u202f]*:.*\d/i;
const HEADER_TEXT =
  /^[ \t*\u00a0\u202f]*(?:From|To|Cc|Bcc|Reply-To|Subject|Von|An|Betreff|Kopie|De|Expéditeur|À|Destinataire|Répondre à|Objet|Para|Asunto|CC|Da|Risposta|Oggetto|Van|Aan|Beantwoorden - Aan|Onderwerp|Fra|Til|Emne|Från|Till|Ämne|发件人|收件人|主题)[ \t*\u00a0\u202f]*:.*[\p{L}\p{N}]/iu;

const FROM_HEADER = /^[ \t*\u00a0\u202f]*(?:From|De|Von|Van|Da|Fra|Från|Expéditeur)[ \t*\u00a0\u202f]*:.*@/i;

/** "> text", and supercite's "Name> text". */
const QUOTE = /^[ \t]*(?:>|[A-Za-z]{1,12}>(?!>*\s*$)|[A-Za-z]{1,12}>)/;
const PIPE_QUOTE = /^\|/;
const CODE_FENCE = /^\s*```/;

// Cheap pre-checks: most lines are prose and can skip the expensive pattern lists entirely.
// Each is a necessary condition of its list (every pattern in the list contains one of these).
const MAYBE_SIGNATURE = /sent|from|outlook|envoy|von meinem|gesendet|nachricht|inviato|sendt|enviado|verzonden|verstuurd|från|從|从/i;
const MAYBE_EMBEDDED = /wrote|writes|said|says|écrit|dit|schrieb|geschr|escribi|schreef|scritto|escreveu|skrev|napisa|写道|пише|написа|@|--|forward|begin|début|anfang|inicio|posted by|GMT|\d{4}/i;
const MAYBE_HEADER = /^[^:]{1,40}[:：]/;

/**
 * Fast paths. Every delimiter, marker, header and supercite quote holds one of SPECIAL (a digit,
 * "@", ":", "<", ">", "|", or a separator character) — except "X via Y wrote" and mobile signatures,
 * checked on their own. A "> " line can only be a marker if it has a digit or a forward/original
 * banner.
 */
const SPECIAL = /[\d@:<>|\-_=*#~+—–ᐧ從从在]/;
const VIA_WROTE = /^.+ via .+ (?:wrote|schrieb):?\s*$/;
const QUOTED_MARKER_HINT = /\d|-{2}|begin|début|anfang|inicio|forward/i;

function classify(line: string): Kind {
  if (EMPTY.test(line)) return 'e';
  if (!SPECIAL.test(line)) {
    if (MAYBE_SIGNATURE.test(line) && SIGNATURES.some((r) => r.test(line))) return 's';
    return VIA_WROTE.test(line) ? 'b' : 't';
  }
  if (line.charCodeAt(0) === 62 /* > */ && !QUOTED_MARKER_HINT.test(line)) return 'q';
  if (DELIMITER.test(line)) return 'd';
  if (line.length > 300) return line.trimStart().startsWith('>') ? 'q' : 't';
  if (MAYBE_SIGNATURE.test(line)) {
    const unlinked = line.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
    if (SIGNATURES.some((r) => r.test(unlinked))) return 's';
  }
  if (MAYBE_EMBEDDED.test(line) && EMBEDDED.some((r) => r.test(line))) return 'b';
  if (MAYBE_HEADER.test(line) && (HEADER_DATE.test(line) || HEADER_TEXT.test(line))) return 'h';
  if (QUOTE.test(line) || PIPE_QUOTE.test(line)) return 'q';
  return 't';
}

/**
 * Folds "On Mon, 5 Jan 2026 at 10:00, Someone <\nsomeone@x.y> wrote:" (wrapped by the sender's
 * client over up to five lines) into one line so it classifies as a marker.
 */
/** Lines worth trying to fold with the next one: they hold a year, an address or a "wrote" verb. */
const FOLD_CANDIDATE = /\d{4}|[<@]\s*$|\b(?:schrieb am|wrote on|пользователь)\b/i;

function foldWrappedMarkers(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (ON_WROTE_START.test(line) && !ON_WROTE_REGEXES.some((r) => r.test(line)) && line.length < 200) {
      let joined = line;
      let folded = false;
      for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
        const next = lines[j].replace(/^[ \t>-]*/, '').trim();
        if (!next) continue;
        joined = `${joined.trimEnd()} ${next}`;
        if (joined.length > 400) break;
        if (ON_WROTE_REGEXES.some((r) => r.test(joined))) {
          out.push(joined);
          i = j;
          folded = true;
          break;
        }
      }
      if (folded) continue;
    }
    // Other markers wrapped once: "2016-10-24 15:36 GMT+02:00 Foo <\nfoo@x.y>:",
    // "Max <max@x.de> schrieb am Fr., 28.\nApr. 2017 um 11:53 Uhr:".
    if (i + 1 < lines.length && line.length < 200 && FOLD_CANDIDATE.test(line) && !HEADER_DATE.test(line) && !HEADER_TEXT.test(line) && !EMBEDDED.some((r) => r.test(line))) {
      const next = lines[i + 1].replace(/^[ \t>]*/, '').trim();
      const joined = `${line.trimEnd()} ${next}`;
      if (next && EMBEDDED.some((r) => r.test(joined))) {
        out.push(joined);
        i += 1;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

function cutAfter(state: { pattern: string; lines: string[] }, index: number): void {
  state.pattern = state.pattern.slice(0, index + 1);
  state.lines = state.lines.slice(0, index + 1);
}

function removeKind(state: { pattern: string; lines: string[] }, kind: Kind): void {
  const keep: number[] = [];
  for (let i = 0; i < state.pattern.length; i++) if (state.pattern[i] !== kind) keep.push(i);
  state.lines = keep.map((i) => state.lines[i]);
  state.pattern = keep.map((i) => state.pattern[i]).join('');
}

/** The reply's own text, without quoted history, embedded headers and signatures. */
export function trimReply(text: string): string {
  if (!text || EMPTY.test(text)) return '';
  const capped = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const lines = foldWrappedMarkers(capped.replace(/\r*\n|\r/g, '\n').split('\n').slice(0, MAX_LINES));

  let inCode = false;
  const kinds: Kind[] = lines.map((line) => {
    if (line.startsWith('```') || (line.includes('```') && CODE_FENCE.test(line))) {
      inCode = !inCode;
      return 't';
    }
    return inCode ? 't' : classify(line);
  });
  const state = { pattern: kinds.join(''), lines };

  // A delimiter line ("-- " before a signature, Outlook's "_____" before the old mail) after
  // some text: nothing after it is the author's message.
  const delimiterIndex = state.pattern.indexOf('d');
  if (delimiterIndex > 0 && state.pattern.slice(0, delimiterIndex).includes('t')) {
    state.pattern = state.pattern.slice(0, delimiterIndex);
    state.lines = state.lines.slice(0, delimiterIndex);
  }
  removeKind(state, 'd');
  removeKind(state, 's');

  let m: RegExpExecArray | null;
  // Bottom-posting: the mail opens with quoted history and the reply comes after it.
  // (Linear form of "^(b[^t]+)*b[bqeh]+t[te]*$": no text before the trailing text, which follows a
  // marker and its quote.)
  if (/^b[bqeh]*[bqeh]t[te]*$/.test(state.pattern) && (m = /t[te]*$/.exec(state.pattern))) {
    state.lines = state.lines.slice(m.index);
    state.pattern = state.pattern.slice(m.index);
  }
  // An embedded-email marker after some text, not followed by a quote: everything below it is the old mail.
  if ((m = /te*b[^q]*$/.exec(state.pattern))) cutAfter(state, m.index);
  // A marker followed by a quote, then at most a few lines (a footer): the same.
  if ((m = /te*b[eqbh]*([te]*)$/.exec(state.pattern)) && (m[1].match(/t/g)?.length ?? 0) < 7) cutAfter(state, m.index);
  // A message with nothing but quoted history (markers and quotes) has no new text.
  if (!state.pattern.includes('t') && state.pattern.includes('b')) return '';
  removeKind(state, 'b');

  // Headers wrapped over several lines: "To: a,\n b" between header lines counts as header.
  if ((m = /h+[hte]+h+e/.exec(state.pattern))) {
    const p = state.pattern.split('');
    for (let i = m.index; i < m.index + m[0].length; i++) p[i] = 'h';
    state.pattern = p.join('');
  }
  // Three header lines in a row after text: an Outlook-style embedded mail starts there.
  if ((m = /t[eq]*h{3,}/.exec(state.pattern))) cutAfter(state, m.index);
  // Two will do when the first names a sender's address ("De : Sam <sam@x>" / "Objet : …").
  else if ((m = /t[eq]*(h{2})/.exec(state.pattern)) && FROM_HEADER.test(state.lines[m.index + m[0].length - 2]!)) cutAfter(state, m.index);
  removeKind(state, 'h');

  // Trailing quotes go when the author wrote something of their own.
  if (state.pattern.includes('t') && (m = /[eq]+$/.exec(state.pattern))) {
    state.pattern = state.pattern.slice(0, m.index);
    state.lines = state.lines.slice(0, m.index);
  }
  return state.lines.join('\n').trim();
}

/** For tests and diagnostics: the kind string trimReply works on. */
export function lineKinds(text: string): string {
  return foldWrappedMarkers(text.replace(/\r*\n|\r/g, '\n').split('\n')).map(classify).join('');
}
