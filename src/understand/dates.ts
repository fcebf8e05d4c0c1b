/**
 * extractReturnDate: when an out-of-office author says they are back, as YYYY-MM-DD.
 *
 * Rules (kept simple on purpose, so a reader can predict them):
 *  - "back on X", "returning X", "zurück am X", "de retour le X", "de vuelta el X", "terug op X",
 *    and "from/ab/vanaf/à partir du X" followed by "back/wieder/weer/…in the office" → X.
 *  - "until X", "through X", "bis X", "jusqu'au X", "hasta el X", "tot X", "from A to X", "A – X"
 *    → the day after X (the author is away up to and including X); a Saturday or Sunday becomes
 *    the Monday after (away until Friday 8 May: back on Monday 11 May).
 *  - A return cue beats an "until" cue; among several, the latest date wins (later is the safe
 *    side: following up too early is worse than too late). Dates before the sent day are ignored.
 *  - No year written: the next occurrence on or after the sent day. No year and no sent date: null.
 *  - Ambiguous numeric d/m vs m/d (`06/05`, both parts ≤ 12): `us` → June 5, `eu` → 6 May, unknown →
 *    the later of the two readings. Dotted dates (`06.05.`) are always day-first. A non-English
 *    language with no locale given counts as `eu`.
 *  - A weekday alone ("back on Monday") is the first such weekday after the sent day.
 *  - A day of the month alone ("back on the 16th", "el día 23") is its next occurrence.
 *  - With no date written, "back tomorrow" is the next working day and "back next week" the Monday
 *    after the sent day (in the five languages).
 *  - A return stated right after an "until" date in the same clause wins ("hasta el lunes 16, día
 *    en que me reincorporo" is the 16th); hard-wrapped lines are read as one.
 * Pure; examines at most the first MAX_CHARS characters.
 */
import type { Language } from './types.ts';

const MAX_CHARS = 6_000;
const DAY_MS = 86_400_000;

export type DateLocale = 'us' | 'eu' | null;

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'januari']],
  [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'februari']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'maart', 'mrt']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr']],
  [5, ['may', 'mai', 'mayo', 'mei']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** Day of week, 0 = Sunday. */
const WEEKDAYS: Record<string, number> = {};
const WEEKDAY_NAMES: string[][] = [
  ['sunday', 'sonntag', 'dimanche', 'domingo', 'zondag'],
  ['monday', 'montag', 'lundi', 'lunes', 'maandag'],
  ['tuesday', 'dienstag', 'mardi', 'martes', 'dinsdag'],
  ['wednesday', 'mittwoch', 'mercredi', 'miércoles', 'miercoles', 'woensdag'],
  ['thursday', 'donnerstag', 'jeudi', 'jueves', 'donderdag'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'vrijdag'],
  ['saturday', 'samstag', 'samedi', 'sábado', 'sabado', 'zaterdag'],
];
WEEKDAY_NAMES.forEach((names, day) => names.forEach((n) => (WEEKDAYS[n] = day)));
const WEEKDAY_RE = Object.keys(WEEKDAYS).join('|');

// Letters for word boundaries that understand accents (\b does not).
const L = 'a-zà-ÿ';
const DATE_RE = new RegExp(
  [
    `(?<iso>(?<isoY>20\\d\\d)-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2}))(?![\\d])`,
    `(?<![\\d.])(?<na>\\d{1,2})(?<sep>[./-])(?<nb>\\d{1,2})(?:\\k<sep>(?<ny>\\d{4}|\\d{2})(?![\\d]))?(?![\\d]|[./-]\\d)`,
    `(?<![\\d])(?<dd>\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?\\s*(?:of\\s+|de\\s+)?(?<dm>${MONTH_RE})(?![${L}])\\.?(?:,?\\s*(?:de\\s+)?(?<dy>20\\d\\d))?`,
    `(?<![${L}])(?<mm>${MONTH_RE})\\.?\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:,?\\s*(?<my>20\\d\\d))?`,
    // A day of the month alone: "back on the 16th", "hasta el lunes 16", "Monday 16th".
    `(?<![${L}])(?:(?<odw>${WEEKDAY_RE}),?\\s+(?:the\\s+|den\\s+|le\\s+|el\\s+)?(?<odd>\\d{1,2})(?:st|nd|rd|th|\\.)?|(?:the\\s+(?<od>\\d{1,2})(?:st|nd|rd|th)|(?:el|le)\\s+(?:día|dia|jour)\\s+(?<od2>\\d{1,2})))(?!\\d|[./-]\\d|\\s*(?:of\\s+|de\\s+)?(?:${MONTH_RE})(?![${L}]))`,
    `(?<![${L}])(?<wd>${WEEKDAY_RE})(?![${L}])`,
  ].join('|'),
  'gi',
);

/** What follows a weekday that only decorates a written date: "Monday 12 January", "Wednesday, January 14th". */
const WEEKDAY_THEN_DATE = new RegExp(`^[,\\s]*(?:the\\s+|le\\s+|el\\s+|den\\s+|der\\s+)?(?:\\d|(?:${MONTH_RE})(?![${L}]))`, 'i');

const RETURN_BEFORE = new RegExp(
  `(?:\\bback\\b|\\breturn|\\bzurück|\\bwieder\\b|\\bretour\\b|\\brentre|\\breviens|\\breprend|\\bde vuelta|\\bregres|\\bvolver|\\bvuelvo|\\breincorpor|\\bterug\\b|\\bweer\\b|\\bresume|\\bavailable again|\\bin the office (?:on|from))[^.!?\\n]*$`,
  'i',
);
const FROM_BEFORE = /(?:\bfrom\b|\bstarting\b|\bab\b|(?<![a-zà-ÿ])à partir d|\ba partir d|\bvanaf\b|\bdès\b|\bdesde\b)[^.!?\n]{0,25}$/i;
const RETURN_AFTER =
  /^\.?[^.!?\n]{0,60}?(?:\bback\b|\bwieder\b|\bzurück|\bweer\b|\bterug\b|de retour|\bdisponible|\bavailable|\breachable|\berreichbar|\bbereikbaar|\baanwezig|\bin the office|\bim büro|\bau bureau|\ben la oficina|\bop kantoor)/i;
/** A return stated right after the date, in the same sentence. */
const BACK_AFTER = /^\.?[^.!?\n]{0,30}?(?:\bback\b|\bwieder\b|\bzurück|\bweer\b|\bterug\b|de retour|de vuelta|\bregreso\b|\breincorpor\w*|\bje reprends\b|\bi return\b)/i;
/** "I will be available from X", "je serai disponible à partir du X": the return is stated before "from". */
const AVAILABLE_BEFORE =
  /(?:\bavailable|\breachable|\bin the office|\bdisponible|\bje serai là|de nouveau|à nouveau|\berreichbar|\bim büro|\bbereikbaar|\baanwezig|\bop kantoor|\ben la oficina)[^.!?\n]{0,30}$/i;
const UNTIL_BEFORE =
  /(?:\buntil\b|\btill\b|\btil\b|\bthrough\b|\bthru\b|\bup to and including\b|\bbis\b|jusqu'?(?:au|à|a)(?![a-zà-ÿ])|jusqu’(?:au|à)|\bhasta\b|\btot(?: en met)?\b|\bt\/m\b|\bto\b|\bau\b|\bal\b|\band\b)[^.!?\n]{0,35}$|^[.\s]*[-–—]\s*$/i;

const TOMORROW = /^(?:tomorrow|morgen|demain|mañana)$/i;
const RELATIVE_WORD = `(tomorrow|morgen|demain|mañana|next week|nächste woche|nächsten woche|kommende woche|kommenden woche|la semaine prochaine|la semana que viene|la próxima semana|la proxima semana|volgende week|komende week)`;
/** "back tomorrow", "de retour la semaine prochaine", "ab morgen wieder im Büro", "volgende week weer". */
const RELATIVE_RETURN = new RegExp(
  `(?:\\bback\\b|\\breturn\\w*|\\bin the office\\b|\\bzurück|\\bwieder\\b|de retour|\\brentre\\w*|de vuelta|\\bregres\\w*|\\bvuelvo\\b|\\bterug\\b|\\bweer\\b)[^.!?\\n]{0,25}?(?<![${L}])(?:${RELATIVE_WORD})(?![${L}])|(?<![${L}])(?:ab |dès |à partir de |a partir de |vanaf )?(?:${RELATIVE_WORD})(?![${L}])[^.!?\\n]{0,30}?(?:\\bback\\b|\\bwieder\\b|\\bzurück|de retour|de vuelta|\\bterug\\b|\\bweer\\b)`,
  'i',
);

interface YMD {
  y: number;
  m: number;
  d: number;
}

const utc = (v: YMD) => Date.UTC(v.y, v.m - 1, v.d);
const valid = (v: YMD) => v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= 31 && new Date(utc(v)).getUTCDate() === v.d;
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day (UTC midnight, ms) of a month/day with no year: its next occurrence on or after `from`. */
function nextOccurrence(m: number, d: number, from: number): number | null {
  const year = new Date(from).getUTCFullYear();
  for (const y of [year, year + 1]) {
    const v = { y, m, d };
    if (valid(v) && utc(v) >= from) return utc(v);
  }
  return null;
}

function resolve(m: number, d: number, y: number | null, sentDay: number | null): number | null {
  if (y !== null) {
    const v = { y: y < 100 ? 2000 + y : y, m, d };
    return valid(v) ? utc(v) : null;
  }
  return sentDay === null ? null : nextOccurrence(m, d, sentDay);
}

/** An absence is weeks, not months: beyond this, a reading is implausible if the other is not. */
const PLAUSIBLE_ABSENCE_MS = 120 * DAY_MS;

/**
 * Unknown locale: the later reading (following up late is safe), unless only the earlier one is a
 * plausible absence ("back on 1/12" sent on 2 January is the 12th, not 1 December).
 */
function pickUnknownLocale(a: number | null, b: number | null, sentDay: number | null): number | null {
  if (a === null || b === null) return a ?? b;
  const [early, late] = a <= b ? [a, b] : [b, a];
  if (sentDay !== null && late - sentDay > PLAUSIBLE_ABSENCE_MS && early - sentDay <= PLAUSIBLE_ABSENCE_MS && early >= sentDay) return early;
  return late;
}

/** The day itself, or the Monday after a Saturday or Sunday. */
function weekdayFrom(day: number): number {
  const weekday = new Date(day).getUTCDay();
  return weekday === 6 ? day + 2 * DAY_MS : weekday === 0 ? day + DAY_MS : day;
}

export function extractReturnDate(
  text: string,
  options: { sent: Date | null; locale?: DateLocale; language?: Language },
): string | null {
  // A hard-wrapped line ("will be back\non 05/04") is one sentence; a blank line still ends one.
  const body = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).replace(/[ \t]*\n(?![ \t]*\n)[ \t]*/g, ' ');
  const sentDay = options.sent && !Number.isNaN(options.sent.getTime())
    ? Math.floor(options.sent.getTime() / DAY_MS) * DAY_MS
    : null;
  const locale: DateLocale = options.locale ?? (options.language && options.language !== 'en' ? 'eu' : null);

  let bestReturn: number | null = null;
  let bestUntil: number | null = null;
  let previousEnd = 0;
  DATE_RE.lastIndex = 0;
  for (let match = DATE_RE.exec(body); match; match = DATE_RE.exec(body)) {
    const g = match.groups!;
    let day: number | null = null;
    if (g.iso) day = resolve(Number(g.isoM), Number(g.isoD), Number(g.isoY), sentDay);
    else if (g.na) {
      const a = Number(g.na);
      const b = Number(g.nb);
      const y = g.ny ? Number(g.ny) : null;
      const dayFirst = resolve(b, a, y, sentDay);
      const monthFirst = resolve(a, b, y, sentDay);
      // A locale only guesses from a time zone or a domain: a reading months away gives way to one
      // that makes a plausible absence ("1/12" sent on 2 January is the 12th, not December).
      const plausible = (d: number | null) => d !== null && (sentDay === null || d - sentDay <= PLAUSIBLE_ABSENCE_MS);
      if (g.sep === '.') day = dayFirst;
      else if (locale === 'eu') day = plausible(dayFirst) || !plausible(monthFirst) ? dayFirst ?? monthFirst : monthFirst;
      else if (locale === 'us') day = plausible(monthFirst) || !plausible(dayFirst) ? monthFirst ?? dayFirst : dayFirst;
      else day = pickUnknownLocale(dayFirst, monthFirst, sentDay);
      // "3.5" with no year is more often a number than a date; require a cue-like context below anyway.
    } else if (g.dm) day = resolve(MONTHS[g.dm.toLowerCase()], Number(g.dd), g.dy ? Number(g.dy) : null, sentDay);
    else if (g.mm) day = resolve(MONTHS[g.mm.toLowerCase()], Number(g.md), g.my ? Number(g.my) : null, sentDay);
    else if (g.od || g.odd || g.od2) {
      const dom = Number(g.od ?? g.odd ?? g.od2);
      if (sentDay === null || dom < 1 || dom > 31) continue;
      const sent = new Date(sentDay);
      for (let k = 0; k < 3 && day === null; k++) {
        const v = { y: sent.getUTCFullYear(), m: sent.getUTCMonth() + 1 + k, d: dom };
        if (v.m > 12) { v.y += 1; v.m -= 12; }
        if (valid(v) && utc(v) >= sentDay) day = utc(v);
      }
    } else if (g.wd) {
      // A weekday followed by a written date is that date's decoration, not a date of its own.
      const rest = body.slice(match.index + match[0].length, match.index + match[0].length + 20);
      if (WEEKDAY_THEN_DATE.test(rest) || sentDay === null) {
        continue;
      }
      const target = WEEKDAYS[g.wd.toLowerCase()];
      const today = new Date(sentDay).getUTCDay();
      day = sentDay + (((target - today + 7) % 7) || 7) * DAY_MS;
    }

    const before = body.slice(Math.max(previousEnd, match.index - 60), match.index);
    const after = body.slice(match.index + match[0].length, match.index + match[0].length + 80);
    previousEnd = match.index + match[0].length;
    if (day === null || (sentDay !== null && day < sentDay)) continue;

    if (RETURN_BEFORE.test(before) || (FROM_BEFORE.test(before) && (RETURN_AFTER.test(after) || AVAILABLE_BEFORE.test(before)))) {
      bestReturn = Math.max(bestReturn ?? -Infinity, day);
    } else if (UNTIL_BEFORE.test(before) && !BACK_AFTER.test(after.replace(/^\s*[.!?]/, '\n'))) {
      bestUntil = Math.max(bestUntil ?? -Infinity, weekdayFrom(day + DAY_MS));
    } else if (BACK_AFTER.test(after)) {
      // "12 January I'm back", "Am 12.01. bin ich wieder im Büro", and after an "until" in the same
      // clause: "hasta el lunes 16, día en que me reincorporo".
      bestReturn = Math.max(bestReturn ?? -Infinity, day);
    }
  }
  if (bestReturn !== null) return format(bestReturn);
  if (bestUntil !== null) return format(bestUntil);
  const relative = sentDay === null ? null : RELATIVE_RETURN.exec(body);
  if (relative && sentDay !== null) {
    if (TOMORROW.test(relative[1] ?? relative[2] ?? '')) return format(weekdayFrom(sentDay + DAY_MS));
    // The Monday of the week after the sent day.
    const weekday = new Date(sentDay).getUTCDay();
    return format(sentDay + (((1 - weekday + 7) % 7) || 7) * DAY_MS);
  }
  return null;
}
