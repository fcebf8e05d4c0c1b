/**
 * DraftContext → the values a template sees. The one place where names are cleaned, stages
 * become flags and feedback points become a short list in the candidate's voice.
 *
 * Invariant: every value is a string, a boolean or a number — never null or undefined — so no
 * template can print "null"; an unknown fact is '' and its sections ({{#company}}) vanish.
 */
import type { Language } from '../understand/types.ts';
import type { DraftContext } from './types.ts';

/** The placeholder and section names a template may use; anything else is a template error. */
export const TEMPLATE_NAMES: ReadonlySet<string> = new Set([
  'firstName', // the contact's first name, '' when unknown
  'contactName', // the contact's full name, '' when unknown
  'company',
  'role',
  'candidateName',
  'interview', // the rejection came after an interview, call, assessment or final round
  'application', // the CV was not taken further
  'points', // for thank-yous and clarifications: up to two feedback points as a short list
  'twoPoints', // true when `points` holds two points (for plural wording)
  'first', // first follow-up
  'last', // second or later follow-up: the last nudge
  'followUpNumber',
]);

const MAX_POINTS_SHOWN = 2;
const MAX_POINT_CHARS = 120;

/** Names that are a team or mailbox, not a person: greet neutrally rather than "Hi Talent,". */
const NOT_A_PERSON = /\b(?:team|talent|recruit(?:ing|ment|er)?s?|careers?|jobs?|hiring|hr|people|human resources|no-?reply|noreply|do-?not-?reply|notifications?|mailer|support|info|admin|office|karriere|bewerbung(?:en)?|personal(?:abteilung)?|recrutement|rh|empleo|rrhh|selección|werving|vacatures?|sollicitaties?|greenhouse|lever|workday|workable|ashby|smartrecruiters|teamtailor|icims)\b/i;
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|m|mme|mlle|sr|sra|srta|dhr|mevr|mevrouw|meneer)\.?$/i;

/** "Lopez, Maria" → "Maria Lopez"; titles dropped; SHOUTED names calmed; a team name → ''. */
export function cleanContactName(raw: string | null | undefined): { full: string; first: string } {
  let name = (raw ?? '').replace(/["'“”„]/g, '').replace(/\s+/g, ' ').trim();
  if (!name || name.includes('@') || NOT_A_PERSON.test(name) || /\d/.test(name)) return { full: '', first: '' };
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) name = `${comma[2]} ${comma[1]}`;
  let words = name.split(' ').filter((w) => !TITLES.test(w));
  if (words.length === 0) return { full: '', first: '' };
  // SHOUTED or all-lower-case names (from a sloppy From header) are written the usual way.
  if (words.every((w) => w === w.toUpperCase()) || words.every((w) => w === w.toLowerCase())) {
    words = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return { full: words.join(' '), first: words[0]! };
}

/** Pronouns swapped both ways: the employer's words retold from the candidate's side. */
const SWAP: Record<string, string> = {
  your: 'my', yours: 'mine', yourself: 'myself', "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
  our: 'your', ours: 'yours', ourselves: 'yourselves', "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll",
  we: 'you', us: 'you',
  my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
  me: 'you', i: 'you',
};
/** Words after which "you" is the subject ("you could have…"): then it becomes "I", else "me". */
const SUBJECT_NEXT = /^(?:could|should|would|might|may|can|will|were|are|have|had|did|do|didn't|don't|weren't|aren't|haven't|hadn't|couldn't|wouldn't|seemed|seem|came|come|need|needed|spent|gave|give|made|showed|talked|focused|struggled|answered|mentioned|explained|described|went|got|took|used|lacked|missed|clearly|also|just|really|only|still|often|sometimes|tended|appeared|relied|jumped|moved|ran|spoke|presented|demonstrated|communicated|asked|wrote|brought|handled|approached|stayed|remained|kept)\b/i;
const VERB_FIX: [RegExp, string][] = [
  [/\bI were\b/g, 'I was'], [/\bI are\b/g, 'I am'], [/\bI weren't\b/g, "I wasn't"], [/\bI aren't\b/g, "I'm not"],
  [/\byou was\b/g, 'you were'], [/\byou am\b/g, 'you are'],
];

/** English only: the employer's "your answers lacked depth" becomes "my answers lacked depth". */
function retellEnglish(point: string): string {
  const PRONOUN = /\b(?:you're|you've|you'd|you'll|yourself|yours|your|you|we're|we've|we'd|we'll|ourselves|ours|our|we|us|i'm|i've|i'd|i'll|myself|mine|my|me|i)\b/gi;
  let out = point.replace(PRONOUN, (word: string, offset: number, whole: string) => {
    const lower = word.toLowerCase();
    if (word === 'US') return word; // the country
    let replacement: string;
    if (lower === 'you') {
      const before = whole.slice(0, offset);
      const next = whole.slice(offset + word.length).trimStart();
      const subject = /^\s*$|[.!?:;]\s*$|\b(?:that|and|but|when|if|because|where|how|as|so|while|though|since|whether|felt|think|thought|noticed|believe)\s*$/i.test(before);
      replacement = subject || SUBJECT_NEXT.test(next) ? 'I' : 'me';
    } else replacement = SWAP[lower] ?? word;
    if (word[0] === word[0]!.toUpperCase() && word[0] !== 'I' && !/^I\b/.test(replacement)) {
      replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
    }
    return replacement;
  });
  for (const [re, to] of VERB_FIX) out = out.replace(re, to);
  return out;
}

const QUOTES: Record<Language, [string, string]> = {
  en: ['', ''], de: ['„', '“'], fr: ['«\u00a0', '\u00a0»'], es: ['«', '»'], nl: ['‘', '’'],
};

/**
 * Up to two points, each shortened to a clause: in English retold in the candidate's voice,
 * in the other languages quoted (a pronoun swap there needs grammar we do not have).
 */
export function pointList(points: readonly string[] | undefined, language: Language): string[] {
  const out: string[] = [];
  for (const raw of points ?? []) {
    let p = raw.replace(/\s+/g, ' ').replace(/^(?:[-*•–·]|\d+[.)]|[a-z][.)])\s+/i, '').trim();
    p = p.replace(/^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|also|finally|lastly|and|but|however|overall)\b,?\s*/i, '');
    if (!p) continue;
    if (p.length > MAX_POINT_CHARS) {
      const cut = p.slice(0, MAX_POINT_CHARS);
      p = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:\s]+$/, '')}…`;
    }
    p = p.replace(/[.;:!]+$/, '');
    if (language === 'en') p = retellEnglish(p);
    p = p.charAt(0).toUpperCase() + p.slice(1);
    const [open, close] = QUOTES[language];
    out.push(`– ${open}${p}${close}`);
    if (out.length === MAX_POINTS_SHOWN) break;
  }
  return out;
}

export function templateValues(ctx: DraftContext): Record<string, string | number | boolean> {
  const { full, first } = cleanContactName(ctx.contactName);
  const points = pointList(ctx.points, ctx.language);
  const followUpNumber = Math.max(1, Math.floor(ctx.followUpNumber ?? 1));
  const text = (v: string | null | undefined) => (v ?? '').replace(/\s+/g, ' ').trim();
  // The templates say "the {{role}} role": an extracted "the Data Analyst position" would double up.
  const role = text(ctx.role).replace(/^(?:the|a|an)\s+/i, '').replace(/\s+(?:role|position|job|opening|vacancy)$/i, '');
  return {
    firstName: first,
    contactName: full,
    company: text(ctx.company),
    role,
    candidateName: text(ctx.candidateName),
    interview: ctx.stage === 'interview',
    application: ctx.stage === 'application',
    points: points.join('\n'),
    twoPoints: points.length >= 2,
    first: followUpNumber === 1,
    last: followUpNumber >= 2,
    followUpNumber,
  };
}
