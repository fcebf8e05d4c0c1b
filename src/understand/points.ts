/**
 * extractPoints: the individual feedback points in a (trimmed) reply, each a short sentence.
 *
 * A point is a list item or a prose sentence that carries a concrete observation about the
 * candidate or the decision (a skill, an answer, an experience gap, a comparison with the hired
 * person). Greetings, thanks, wishes and sign-offs are dropped, and so is everything after the
 * sign-off (the signature). `vague` is true when nothing concrete is left: "you were great, it was
 * a close call, we went with someone else".
 * Pure; examines at most MAX_CHARS characters; returns at most MAX_POINTS points.
 */
import type { Language } from './types.ts';

const MAX_CHARS = 8_000;
const MAX_POINTS = 12;
const MAX_POINT_CHARS = 300;

const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|moin|servus|bonjour|bonsoir|salut|cher|chère|hola|estimad[oa]|querid[oa]|buenos días|buenas tardes|beste|geachte|hoi|dag)\b[^.!?\n]{0,40}[,!:]?\s*$/i;
const SIGN_OFF = /^\s*(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|regards|cheers|thanks(?: again)?|thank you|many thanks|all the best|sincerely|yours(?: sincerely| truly)?|take care|talk soon|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|grüße|lg|mfg|cordialement|bien (?:à vous|cordialement)|bonne journée|amicalement|sincères salutations|saludos(?: cordiales)?|un saludo|atentamente|cordialmente|un abrazo|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|hartelijke groet(?:en)?|groet)\b(?![^\n]*\b(?:for|für|pour|por|voor|to)\b)[^\n]{0,30}$/i;

/** Pleasantries: never a point on their own. */
const PLEASANTRY = /^(?:(?:if (?:it's|it is|that's|that is) (?:useful|helpful)|for what it's worth|honestly|overall|in any case|either way|that said|again),\s*)?(?:(?:everyone|the (?:whole )?(?:team|panel)|we all) (?:really |genuinely )?(?:liked|enjoyed)|thank(?:s| you)|many thanks|it was (?:a|great|lovely|nice)|(?:we|i) (?:really )?(?:enjoyed|appreciate)|good luck|best of luck|(?:i|we) wish you|all the best|hope (?:this|that) helps|i hope|please (?:don't hesitate|feel free|let me know)|feel free|(?:i'?d|i would|i'?m|i am|we'?d|we would|we'?re|we are) (?:be )?(?:happy|glad|more than happy) to|happy to|glad to|let me know|don't hesitate|(?:i'?m|i am) sorry|sorry|vielen dank|danke|herzlichen dank|viel erfolg|alles gute|ich hoffe|ich wünsche|merci|bonne (?:chance|continuation)|je vous souhaite|j'espère|muchas gracias|gracias|mucha suerte|te deseo|le deseo|espero que|bedankt|dank je|dank u|veel succes|ik wens|ik hoop|hartelijk dank)\b/i;

/** Words that make a sentence a concrete observation. */
const CONCRETE = new RegExp(
  [
    // English
    String.raw`\b(?:lack(?:ed|ing|s)?|could have|could've|would have|should have|would've|needed|need(?:s)? (?:to|more)|more (?:experience|depth|detail|examples|exposure|familiarity|hands-on|senior)|less|weaker|stronger|strength|weakness|depth|deeper|experience (?:with|in)|experienced|familiarity|exposure|knowledge of|understanding of|skills?|answers?|examples?|technical|communication|system design|architecture|coding|code|test(?:s|ing)?|assessment|take-home|exercise|portfolio|presentation|case study|the (?:other|successful|chosen|selected) (?:candidate|applicant)|another candidate|compared|gap|improve(?:ment)?|missing|didn't|did not|wasn't|were not|weren't|not (?:enough|sufficient|quite)|too (?:little|long|short|brief|general|vague|high-level|junior|theoretical)|struggled|unclear|structure[d]?|specific|concrete|details?|background|trade-?offs?|scal(?:e|ing|ability)|debugging|stakeholder|leadership|ownership|salary|expectations|notice period|relocation|visa|culture|domain|industry|years of)\b|\b(?:requires?|required|requirement for)\b[^.]{0,40}\b(?:certification|certificate|licen[cs]e|degree|qualification|clearance|fluency|fluent)\b|\byou (?:don't|do not) (?:currently |yet )?(?:hold|have)\b|\b(?:hadn't|had not|didn't|did not|haven't|have not|weren't|wasn't|couldn't|could not) (?:\w+ )?(?:read|prepare|research|mention|show|demonstrate|give|provide|explain|cover|ask|know|address|answer|articulate|quantify|reference|discuss|engage|convince|pass(?:ed)?|include[d]?|complete[d]?|use[d]?|have)\b|\bthe other (?:finalists?|candidates?|applicants?)\b|\b(?:mostly|mainly|largely|primarily)\b[^.]{0,60}\brather than\b|\b(?:weren't|wasn't|were not|was not) (?:familiar|comfortable|confident|fluent)\b|\bthe (?:candidate|person|applicant) (?:we|who|that) (?:appointed|hired|chose|selected|went with|offered|took on)\b|\b(?:holds?|has|had) (?:a |an |the |their )?(?:full |clean |valid |relevant |professional |current )*(?:licen[cs]e|certificat\w*|qualification|degree|clearance|accreditation|registration)\b`,
    // German
    String.raw`\b(?:fehlte|fehlten|fehlende|mangel|mehr (?:erfahrung|tiefe|praxis)|erfahrung (?:mit|in|im)|kenntnisse|fähigkeiten|antwort(?:en)?|beispiele|technisch(?:e|en)?|kommunikation|systemdesign|architektur|aufgabe|test|präsentation|der (?:andere|ausgewählte) (?:kandidat|bewerber)|die (?:andere|ausgewählte) (?:kandidatin|bewerberin)|verglichen|lücke|verbessern|nicht (?:ausreichend|genug|tief genug)|zu (?:allgemein|oberflächlich|kurz|wenig)|konkret(?:er|e)?|struktur|hätten|hätte|sollten)\b`,
    // French
    String.raw`(?:manqu(?:ait|é|e)(?![a-zà-ÿ])|plus d'expérience|expérience (?:en|avec|sur|dans)|compétences|connaissances|réponses?|exemples?|technique|communication|architecture|conception|exercice|présentation|l'autre (?:candidat|candidate)|le candidat (?:retenu|choisi)|la candidate retenue|comparé|lacune|améliorer|pas (?:assez|suffisamment)|trop (?:général|vague|court)|concrets?|approfondi|aurait pu|auriez pu|auriez dû)`,
    // Spanish
    String.raw`(?:falt(?:ó|aba|a)|más experiencia|experiencia (?:en|con)|habilidades|conocimientos?|respuestas?|ejemplos?|técnic[oa]s?|comunicación|arquitectura|diseño de sistemas|prueba|ejercicio|presentación|el otro candidato|la otra candidata|el candidato (?:seleccionado|elegido)|comparad|mejorar|no (?:suficiente|bastante)|demasiado (?:general|vago|corto)|concret[oa]s?|profundidad|podrías haber|hubiera)`,
    // Dutch
    String.raw`\b(?:zocht(?:en)? (?:iemand|een kandidaat) (?:die|met)|op zoek naar iemand (?:die|met)|vloeiend|ontbr(?:eek|ak|aken)|miste|meer (?:ervaring|diepgang)|ervaring (?:met|in)|vaardigheden|kennis|antwoord(?:en)?|voorbeelden|technisch(?:e)?|communicatie|architectuur|systeemontwerp|opdracht|presentatie|de andere kandida(?:at|te)|de gekozen kandida(?:at|te)|vergeleken|verbeteren|niet (?:genoeg|voldoende|diep genoeg)|te (?:algemeen|oppervlakkig|kort)|concreet|concrete|diepgang|had kunnen|hadden)\b`,
  ].join('|'),
  'i',
);

/** Sentences that only say "it was close, we chose someone else" are the vague kind of feedback. */
const VAGUE_ONLY_ONCE = /\b(?:(?:another|the other) (?:candidate|applicant|person) (?:was|were) (?:a )?(?:slightly |marginally |a bit |just |simply )?(?:stronger|better|closer) (?:match|fit)(?: for [^.,;]{0,40})?|came down to (?:fit|chemistry)|(?:anything|something) you did or (?:didn't|did not) do|(?:marginally|slightly|a bit|just) (?:stronger|better) overall|close (?:call|decision)|tough (?:call|decision)|difficult decision|went with (?:someone|another|a different)|decided to (?:go|move forward) with|you were (?:great|excellent|strong)|great (?:candidate|interview)|nothing (?:specific|in particular)|nothing you did wrong|(?:could have|could've) gone either way|overall fit|hard to pin (?:it )?(?:on|down)(?: anything concrete| to anything)?|knapp(?:e)? entscheidung|décision (?:difficile|serrée)|decisión difícil|moeilijke beslissing)\b/i;
const VAGUE_ONLY = new RegExp(VAGUE_ONLY_ONCE.source, 'gi');

/** "We can't share details" is a refusal, not an observation (unless a "but" follows with one). */
const REFUSAL = /\b(?:can't|cannot|can not|unable to|not able to|isn't able to|aren't able to|not allowed to|not permitted to|not to|don't|do not|won't|not in a position to|können (?:wir )?(?:leider )?keine?|ne (?:pouvons|sommes) pas|no podemos|kunnen (?:wij |we )?(?:helaas )?geen)\b[^.]{0,30}\b(?:share|provide|give|offer|disclose|geben|teilen|communiquer|fournir|ofrecer|dar|geven|delen)\b/i;
/** "There isn't a specific thing I can point to", "no hay nada concreto": saying there is no point is not one. */
const NOTHING_SPECIFIC = /\b(?:don't|do not|haven't|have not) (?:have |got )?(?:anything|much) (?:more |else )?(?:specific|concrete|particular)\b|\bmore (?:an? )?(?:overall|general) (?:impression|feeling)\b|\b(?:isn't|is not|wasn't|was not|there's no|there is no|there was no|nothing|not (?:really )?any(?:thing)?|no|can't point to|cannot point to|can't pin(?:point)?|couldn't (?:point to|pin(?:point)?|single out)) (?:a |one |really |much |anything |any )?(?:specific|concrete|particular|obvious|single|major|clear)\b|\bnothing (?:in particular|to (?:flag|point to|pick out|single out))\b|\bnichts (?:konkretes|spezifisches|bestimmtes|besonderes)\b|\bkein(?:en|e)? (?:konkreten?|bestimmten?|spezifischen?) (?:grund|punkt|punkte)\b|\brien de (?:concret|précis|particulier|spécifique)|\baucun (?:point|élément|reproche) (?:précis|particulier|concret)|\bnada (?:concreto|específico|en particular|que (?:señalar|destacar))|\bniets (?:concreets|specifieks|in het bijzonder|aan te wijzen)\b|\bgeen (?:concreet|specifiek|duidelijk) (?:punt|verbeterpunt|aanwijsbaar)/i;
/** The whole mail saying it has no concrete point, in the five languages. */
const SAYS_NOTHING_SPECIFIC = new RegExp(`${NOTHING_SPECIFIC.source}|\\bkeine (?:konkreten|konkrete|spezifischen|echten) (?:kritikpunkte|punkte|gründe)|\\b(?:konkrete|spezifische) (?:kritikpunkte|punkte)\\b[^.]{0,40}\\bkeine\\b|\\brien de (?:précis|concret|particulier)|\\bnada (?:concreto|específico|en concreto)|\\bniets (?:concreets|specifieks)|\\bgeen (?:concrete?|specifieke?) (?:punten|punt|verbeterpunten|verbeterpunt)|\\bkein (?:konkreter|spezifischer) (?:punkt|grund)|\\baucun point (?:précis|concret)|\\bningún punto (?:concreto|específico)`, 'i');
/** A sentence about fit or feel only ("hat das Gesamtbild … besser gepasst"). */
const FIT_ONLY = /\b(?:fit|match|overall|marginally|slightly|gepasst|passt|gesamtbild|bauchgefühl|feeling|gut|chemistry|adéquation|encaj\w*|klik|paste|field|edged?|close|margins?|minimal|minimaal|nipt|knapp|serré|reñid\w*|competitive)\b/i;
/** "We'll keep your CV on file": a courtesy in every language, never a point. */
const KEEP_ON_FILE = /\b(?:keep|retain|hold on to|store) (?:your|the) (?:cv|resume|details|application|profile|information)\b|\b(?:conservons|gardons) (?:votre|ton) (?:cv|candidature|dossier|profil)\b|\b(?:bewahren|speichern|behalten) (?:wir )?(?:ihre|deine) (?:unterlagen|bewerbung|daten)\b|\bunterlagen\b[^.]{0,60}\b(?:gespeichert|aufbewahrt)\b|\b(?:guardamos|conservamos|guardaremos|conservaremos|mantendremos) (?:tu|su) (?:cv|candidatura|perfil)\b|\b(?:bewaren|houden) (?:we |wij )?(?:je|uw|jouw) (?:cv|gegevens|sollicitatie)\b/i;
const CONTRAST = /\b(?:but|however|although|aber|jedoch|mais|cependant|pero|sin embargo|maar|echter)\b/i;

const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s+(.+)$/i;

/**
 * Sentences of a paragraph; a sentence joining two observations ("A, and that B") is two (a
 * semicolon mostly adds a reason to the same point: "above the band; we could not stretch").
 * A short lead-in before a colon ("Two things: …") is dropped.
 */
function sentences(paragraph: string): string[] {
  return paragraph
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ0-9"'“(])|,\s+and (?:that |also |separately,? (?:that )?|secondly,? )?(?=(?:the|your|you|they|there) (?:\S+ ){4})/u)
    .map((s) => s.trim().replace(/^[^:]{1,30}:\s+(?=\S)/u, ''))
    .filter(Boolean);
}

/** Addresses and links say nothing about the candidate ("hr@acme.test" is not about tests). */
const ADDRESS_OR_LINK = /\S+@\S+|https?:\/\/\S+|www\.\S+/g;

/** "Please find below the feedback shared by the panel": a sentence about the feedback, not in it. */
const ABOUT_THE_FEEDBACK = /^\W*(?:my )?(?:answers?|comments|notes|replies) (?:are )?inline\b|\b(?:please find (?:below|attached)|as requested|here(?: is|'s| are) (?:the|my|our|some)|below (?:is|are) (?:the|my|our))\b[^.]{0,60}\b(?:feedback|notes|comments|summary|version|thoughts)\b/i;
/** Praise of the candidate with nothing to improve ("your communication was appreciated by all"). */
const PRAISE = /\b(?:appreciated|impressed|liked|loved|enjoyed|excellent|great|strong|solid|good|well received|grand|brilliant|outstanding|really well)\b/i;
const CRITIQUE = /\b(?:but|however|although|though|not|no|n't|lack\w*|less|more|could|should|would|needed?|gap|weak\w*|short|limited|missing|without|only|fewer|too|below|above|other|another|successful|chosen|appointed|hired|selected)\b/i;

function isConcrete(raw: string): boolean {
  const sentence = raw.replace(ADDRESS_OR_LINK, ' ');
  if (sentence.split(/\s+/).length < 4) return false;
  if (/:\s*$/.test(sentence)) return false;
  // A question back ("is there anything you'd like feedback on, e.g. the exercise?") asks, it does not tell.
  if (/\?\s*["”)]?\s*$/.test(sentence)) return false;
  if (PLEASANTRY.test(sentence) && !CONTRAST.test(sentence)) return false;
  if (ABOUT_THE_FEEDBACK.test(sentence)) return false;
  if (PRAISE.test(sentence) && !CRITIQUE.test(sentence)) return false;
  if (KEEP_ON_FILE.test(sentence)) return false;
  const nothing = SAYS_NOTHING_SPECIFIC.exec(sentence);
  if (nothing && !CONTRAST.test(sentence.slice(nothing.index))) return false;
  const refusal = REFUSAL.exec(sentence);
  if (refusal && !CONTRAST.test(sentence.slice(refusal.index))) return false;
  return CONCRETE.test(sentence);
}

const tidy = (s: string) => {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > MAX_POINT_CHARS ? `${t.slice(0, MAX_POINT_CHARS - 1)}…` : t;
};

/** A closing wish on its own line ("Wishing you the best in your search,"): the signature follows. */
const CLOSING_WISH = /^\s*(?:wishing you|all the best|good luck|best of luck|viel erfolg|alles gute|bonne chance|mucha suerte|veel succes)\b[^\n]{0,50}$/i;
const TIME_SLOT = /^\W*(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mié|jue|vie|mo|di|mi|do|fr|ma|wo|vr|\d)\w*\.?,?\s[^.!?]{0,40}\b\d{1,2}(?:[:.h]\d{2}|\s*(?:am|pm))/i;
const CONTACT_LINE = /(?:\s[·|•]\s[^·|•\n]*){2,}/;
const LONE_NAME = /^\s*-{0,2}\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*$/u;

/**
 * A signature with no sign-off above it ("Fingers crossed!\nRosa\nRosa L. · People · Pixelmere"):
 * a line that is only a name, followed by nothing but short lines that end no sentence.
 */
function startsSignature(lines: string[], i: number): boolean {
  if (!LONE_NAME.test(lines[i]!)) return false;
  const rest = lines.slice(i + 1).filter((l) => l.trim());
  return rest.length <= 6 && rest.every((l) => l.length < 90 && !/[.!?:]\s*$/.test(l.trim()) && !BULLET.test(l));
}

/**
 * The text above the sign-off ("Best regards," / a closing wish / a bare name ending the mail):
 * what the writer said, without the signature's standing links ("Book time with me: calendly…").
 * The whole text when nothing is left above a sign-off.
 */
/** Feedback of the vague kind in so many words ("it came down to fit on the day, another candidate edged it"). */
export function saysVagueFeedback(text: string): boolean {
  return VAGUE_ONLY_ONCE.test(text) || VAGUE_FEEDBACK.test(text);
}
const VAGUE_FEEDBACK = /\b(?:came down to (?:fit|chemistry|experience|the (?:wire|final|last))|(?:another|the other) (?:candidate|applicant|person) (?:just )?edged (?:it|ahead)|no (?:real )?red flags|interviewed (?:really |very )?well|a strong field|very close (?:call|decision|one))\b/i;

export function aboveSignature(trimmedText: string): string {
  const lines = trimmedText.split('\n');
  let seen = 0;
  for (const [i, line] of lines.entries()) {
    if (seen > 0 && (SIGN_OFF.test(line) || CLOSING_WISH.test(line) || startsSignature(lines, i))) return lines.slice(0, i).join('\n');
    if (line.trim() && !GREETING.test(line)) seen++;
  }
  return trimmedText;
}

export function extractPoints(trimmedText: string, _language?: Language): { points: string[]; vague: boolean } {
  const lines = trimmedText.slice(0, MAX_CHARS).split('\n');
  const body: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (SIGN_OFF.test(line) || CLOSING_WISH.test(line)) break;
    // A contact or address line ("Acme Inc. · 1 Main St · Seattle"): a signature, not prose.
    if (CONTACT_LINE.test(line)) continue;
    if (body.length > 0 && startsSignature(lines, i)) break;
    if (body.length === 0 && GREETING.test(line)) continue;
    body.push(line);
  }

  const points: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    for (const s of sentences(paragraph.join(' '))) if (isConcrete(s)) points.push(tidy(s));
    paragraph = [];
  };
  for (const line of body) {
    const bullet = BULLET.exec(line);
    if (bullet) {
      flush();
      const item = bullet[1].trim();
      // A list item is a point when it says something; a heading-like "Strengths:" is not, nor a
      // time slot offered for a call ("Mon 23 Feb, 12:30–1:00 ET").
      if (item.split(/\s+/).length >= 3 && !/:\s*$/.test(item) && !TIME_SLOT.test(item)) points.push(tidy(item));
    } else if (!line.trim()) flush();
    else if (/^\s+\S/.test(line) && paragraph.length === 0 && points.length > 0) {
      // The wrapped continuation of the previous list item.
      points[points.length - 1] = tidy(`${points[points.length - 1]} ${line}`);
    } else paragraph.push(line);
  }
  flush();
  let kept = points.filter((p) => !VAGUE_ONLY.test(p) || CONCRETE.test(p.replace(VAGUE_ONLY, '')));
  // "There isn't anything specific I'd flag": the writer says there is no point, so "the other
  // candidate was a better fit" beside it is the vague kind, not a point of its own.
  if (SAYS_NOTHING_SPECIFIC.test(body.join(' '))) kept = kept.filter((p) => !FIT_ONLY.test(p));
  return { points: kept.slice(0, MAX_POINTS), vague: kept.length === 0 };
}
