/**
 * detectLanguage: which of debrief's five languages a text is written in.
 *
 * A stop-word vote over the first SAMPLE_CHARS characters: short function words ("the", "und",
 * "les", "los", "het") are frequent, distinctive and survive any topic. Letters only one language
 * uses (ß, ñ, ç, ij-words) add a little. Ties and texts with no evidence fall back to English,
 * the language most mail to an international candidate is written in.
 * Pure and cheap: one tokenising pass, Set lookups.
 */
import type { Language } from './types.ts';

const SAMPLE_CHARS = 1_000;
/** Votes below this are noise (a name, a borrowed word). */
export const MIN_EVIDENCE = 2;

const STOPWORDS: Record<Language, string[]> = {
  en: ['the', 'and', 'you', 'your', 'for', 'with', 'we', 'have', 'this', 'that', 'are', 'our', 'thank', 'to', 'of', 'is', 'not', 'be', 'will', 'would', 'regards', 'unfortunately', 'best', 'it', 'at', 'on', 'in'],
  de: ['und', 'der', 'die', 'das', 'wir', 'sie', 'ihre', 'ihnen', 'ihr', 'nicht', 'mit', 'für', 'ist', 'ein', 'eine', 'einen', 'uns', 'leider', 'bei', 'vielen', 'dank', 'grüße', 'freundlichen', 'haben', 'zu', 'auf', 'den', 'dem', 'auch', 'sehr', 'geehrte', 'geehrter', 'hallo', 'liebe', 'lieber', 'wurde', 'sich'],
  fr: ['le', 'la', 'les', 'des', 'nous', 'vous', 'votre', 'vos', 'est', 'une', 'pour', 'avec', 'pas', 'que', 'qui', 'dans', 'sur', 'au', 'aux', 'du', 'cordialement', 'malheureusement', 'bonjour', 'merci', 'avons', 'sommes', 'ne', 'et', 'candidature', 'madame', 'monsieur'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'para', 'con', 'una', 'uno', 'su', 'tu', 'tus', 'sus', 'hemos', 'nos', 'muchas', 'gracias', 'saludos', 'lamentablemente', 'hola', 'estimado', 'estimada', 'y', 'es', 'en', 'no', 'lo', 'al', 'candidatura', 'puesto', 'atentamente'],
  nl: ['het', 'een', 'wij', 'we', 'jij', 'je', 'jouw', 'uw', 'niet', 'met', 'voor', 'van', 'dat', 'zijn', 'hebben', 'helaas', 'bedankt', 'groeten', 'hartelijke', 'beste', 'geachte', 'ook', 'om', 'te', 'naar', 'bij', 'maar', 'wel', 'onze', 'sollicitatie', 'graag', 'dank', 'hoi', 'leuk', 'groetjes', 'groet', 'bent', 'heb', 'heel', 'alvast', 'zoals', 'ons', 'jullie', 'welkom'],
};

// Words shared by several languages carry no vote for any of them.
const AMBIGUOUS = new Set(['en', 'de', 'die', 'van', 'we', 'no', 'te', 'is', 'in', 'es', 'la', 'dat', 'met', 'om', 'op', 'an', 'so', 'un']);

const LOOKUP = new Map<string, Language[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as [Language, string[]][]) {
  for (const w of words) {
    if (AMBIGUOUS.has(w)) continue;
    const list = LOOKUP.get(w) ?? [];
    list.push(lang);
    LOOKUP.set(w, list);
  }
}

const WORD = /[a-zà-ÿß']+/g;
const LANGS: Language[] = ['en', 'de', 'fr', 'es', 'nl'];

/** Evidence per language (stop-word votes plus letters peculiar to one language). */
export function languageScores(text: string): Record<Language, number> {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const score: Record<Language, number> = { en: 0, de: 0, fr: 0, es: 0, nl: 0 };
  for (const m of sample.matchAll(WORD)) {
    const langs = LOOKUP.get(m[0]);
    if (!langs) continue;
    for (const l of langs) score[l] += 1 / langs.length;
  }
  if (/[ßäöü]/.test(sample)) score.de += 1;
  if (/[ñ¿¡]|ción\b/.test(sample)) score.es += 1.5;
  if (/[çœêè]/.test(sample)) score.fr += 1;
  if (/\bij\b|ij[a-z]/.test(sample)) score.nl += 1;
  return score;
}

/** The language with the most evidence; English when none has at least MIN_EVIDENCE. */
export function languageOf(score: Record<Language, number>): Language {
  let best: Language = 'en';
  for (const l of LANGS) if (score[l] > score[best]) best = l;
  // A weak foreign signal in mostly English text (a name, one borrowed word) is not enough.
  return score[best] >= MIN_EVIDENCE ? best : 'en';
}

export function detectLanguage(text: string): Language {
  return languageOf(languageScores(text));
}
