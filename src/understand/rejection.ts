/**
 * detectRejection: is this new message an employer turning down the candidate's job application?
 *
 * A weighted cue model, not a single pattern (cue tables in rejection-cues.ts):
 *   score = Σ rejection cues (each counted once) + Σ blocker cues (negative) + header weights
 * and the verdict is `rejection` only when all three hold:
 *   1. the rejection cues alone reach DECISION (a decision against the candidate, or bad-news tone
 *      plus a softer decision phrase — "unfortunately" alone never suffices);
 *   2. the text is about a job (JOB_CONTEXT);
 *   3. the total, after blockers (invitation, offer, acknowledgement, on hold, loan, talk…), is
 *      still at least THRESHOLD.
 * One fallback: with no decision phrase known but two bad-news tone cues ("sadly… on this
 * occasion… every success in your search"), a mail about the candidate's application or interview
 * that no blocker, list header or footer speaks against is a rejection at confidence 0.55.
 * Structural vetoes come first: mail from the candidate's own addresses, and forwards — only the
 * forwarder's own words are read, so a friend forwarding their rejection is not the candidate's.
 *
 * Pure, deterministic, no I/O. Examines at most MAX_CHARS of body, with quoted history cut off.
 * The Judge seam (types.ts) is for the caller: it may consult a model when `confidence` is low;
 * this function never does.
 */
import type { InboundMessage } from '../mail/message.ts';
import type { RejectionVerdict, Stage } from './types.ts';
import { languageOf, languageScores, MIN_EVIDENCE } from './language.ts';
import {
  ADDRESSED_DECISION, APPLICATION_STAGE, BLOCK_CUES, JOB_STRONG, FORWARD_MARKER, FORWARD_SUBJECT, INTERVIEW_STAGE, JOB_CONTEXT, REJECT_CUES, REPLY_HISTORY,
  type Cue,
} from './rejection-cues.ts';
import { extractCompany, extractContact, extractRole } from './rejection-extract.ts';

export const MAX_CHARS = 6_000;
const QUOTED_SPAN = /"[^"\n]{8,200}"/g;
const REPLY_SUBJECT = /^\s*(?:re|aw|antw|sv|r|rv)\s*:/i;
const DECISION = 3;
const THRESHOLD = 2.5;
const BULK_FLOOR = -0.5;
/** A digest or job-board relay carrying the reader's own decision ("Acme reviewed your application
 * and decided it isn't a match"): the list headers and footer still count, the newsletter veto not. */
const NEWSLETTER_WITH_DECISION = 0;
const LIST_POST = -5;
const DECISION_CUE = 2.5;
const EXTRA_DECISIONS_CAP = 1;
const TONE_CAP = 3;
/** Tone enough to read on without a decision phrase: two cues, as much as "unfortunately" and "regret". */
const IMPLIED_TONE = 2.5;
// "n't" is written inside a word ("won't"), so it takes no leading word boundary.
const NEGATION_BEFORE = /(?:\b(?:not|no|unable|never|nor|without|rather than|instead of)|n't)\b[^.]{0,20}$/;

export interface DetectRejectionOptions {
  /** The candidate's own addresses: their mail is never a rejection. */
  me?: string[];
}

/** Lower case, straight quotes, one space for any run of whitespace: what the cues are written for. */
export function normaliseForCues(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ');
}

/** A job board relaying the employer's own words: "Greenway sent you a message: \"Hi Dana, we've…\"". */
const RELAYED_MESSAGE = /\b(?:message|mensaje|nachricht|bericht)\b[^"]{0,60}$/;

/** Short quoted spans blanked, except a message relayed to the reader (it is the employer's decision). */
function unquoted(text: string): string {
  return text.replace(QUOTED_SPAN, (span, at: number) => (RELAYED_MESSAGE.test(text.slice(Math.max(0, at - 80), at)) ? span : '" "'));
}

/** The sender's own words: quoted lines dropped, quoted history and forwarded content cut off. */
function ownWords(text: string): { own: string; forwardMarker: boolean } {
  let body = text.slice(0, MAX_CHARS);
  const fwd = FORWARD_MARKER.exec(body);
  const forwardMarker = fwd !== null;
  if (fwd) body = body.slice(0, fwd.index);
  const hist = REPLY_HISTORY.exec(body);
  if (hist && hist.index > 0) body = body.slice(0, hist.index);
  body = body
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  return { own: body, forwardMarker };
}

/**
 * All gate substrings found in a text, in one pass (instead of one String.includes per key per cue).
 * The scan is a lookahead at every position, so overlapping keys are seen; at one position the
 * longest key wins, and every shorter key that is its prefix is recorded with it (keys matching at
 * the same position are prefixes of one another).
 */
const GATE_KEYS = [...new Set([...REJECT_CUES, ...BLOCK_CUES].flatMap((c) => c.any ?? []))].sort((a, b) => b.length - a.length);
const escapeKey = (k: string): string => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Keys grouped under their first character (a one-level trie): the engine tries one group per
 * position instead of every key. Within a group the longest key still comes first. */
const GATE_GROUPS = new Map<string, string[]>();
for (const k of GATE_KEYS) GATE_GROUPS.set(k[0]!, [...(GATE_GROUPS.get(k[0]!) ?? []), k]);
const GATE_SCAN = new RegExp(`(?=(${[...GATE_GROUPS].map(([first, keys]) => `${escapeKey(first)}(?:${keys.map((k) => escapeKey(k.slice(1))).join('|')})`).join('|')}))`, 'g');
const GATE_ID = new Map(GATE_KEYS.map((k, i) => [k, i]));
/** For each key, the ids of every key that is its prefix (itself included). */
const GATE_PREFIX_IDS = new Map(GATE_KEYS.map((k) => [k, GATE_KEYS.filter((j) => k.startsWith(j)).map((j) => GATE_ID.get(j)!)]));
/** Each cue's gate as key ids: a flag array lookup per key instead of a string hash. */
const CUE_GATE_IDS = new Map<Cue, number[]>([...REJECT_CUES, ...BLOCK_CUES].filter((c) => c.any).map((c) => [c, c.any!.map((k) => GATE_ID.get(k)!)]));

/** Which gate keys a text holds: found[id] is 1 when GATE_KEYS[id] occurs. */
export type GateKeys = Uint8Array;

export function gateKeysIn(text: string): GateKeys {
  const found = new Uint8Array(GATE_KEYS.length);
  for (const m of text.matchAll(GATE_SCAN)) for (const id of GATE_PREFIX_IDS.get(m[1]!)!) found[id] = 1;
  return found;
}

/** False when none of the cue's required substrings occurs: the regex cannot match. */
export function passesGate(c: Cue, found: GateKeys): boolean {
  const ids = CUE_GATE_IDS.get(c);
  if (!ids) return true;
  for (const id of ids) if (found[id]) return true;
  return false;
}

/** Global twins of the negatable blockers, compiled once. */
const GLOBAL = new Map<Cue, RegExp>(BLOCK_CUES.filter((c) => c.negatable).map((c) => [c, new RegExp(c.re.source, 'g')]));

function hitCue(c: Cue, text: string, found: GateKeys): boolean {
  // Most texts miss most cues: cheap substring and regex tests first, the negation scan only on a hit.
  if (!passesGate(c, found) || !c.re.test(text)) return false;
  if (!c.negatable) return true;
  for (const m of text.matchAll(GLOBAL.get(c)!)) {
    if (!NEGATION_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) return true;
  }
  return false;
}

function headerWeight(msg: InboundMessage, reasons: string[]): number {
  let w = 0;
  const precedence = (msg.headers['precedence'] ?? '').toLowerCase();
  if (/\b(?:bulk|list|junk)\b/.test(precedence)) {
    w -= 1;
    reasons.push(`precedence: ${precedence}`);
  }
  if (msg.headers['list-id']) {
    w -= 0.5;
    reasons.push('list-id');
  }
  if (msg.headers['list-unsubscribe']) {
    w -= 0.5;
    reasons.push('list-unsubscribe');
  }
  return w;
}

function other(msg: InboundMessage, language: RejectionVerdict['language'], confidence: number, reasons: string[]): RejectionVerdict {
  return { kind: 'other', confidence, stage: null, company: null, role: null, author: msg.from, contact: null, language, reasons };
}

export function detectRejection(msg: InboundMessage, options: DetectRejectionOptions = {}): RejectionVerdict {
  const me = new Set((options.me ?? []).map((a) => a.trim().toLowerCase()).filter(Boolean));
  const scores = languageScores(`${msg.subject}\n${msg.text.slice(0, 2_000)}`);
  const language = languageOf(scores);

  if (msg.from && me.has(msg.from.address)) return other(msg, language, 0.99, ['sent by the candidate']);

  const { own, forwardMarker } = ownWords(msg.text);
  const forwardSubject = FORWARD_SUBJECT.test(msg.subject);
  const reasons: string[] = [];
  // A forward's subject line is the original's; only the forwarder's words count.
  const subject = forwardSubject || forwardMarker ? '' : msg.subject;
  // Words in quotation marks are someone else's ("they all say \"we regret to inform you\""):
  // a decision is never written in quotes, so short quoted spans are not read for one.
  const text = unquoted(normaliseForCues(`${subject}\n${own}`));
  // A reply's subject is the thread's ("Re: Interview scheduling"): blockers read only the body.
  const blockText = REPLY_SUBJECT.test(subject) ? unquoted(normaliseForCues(own)) : text;

  // Decision cues overlap (one sentence can match three of them), so the best one counts fully and
  // each further one adds a little; tone cues ("unfortunately", "best of luck") add up to a cap.
  const found = gateKeysIn(text);
  let bestDecision = 0;
  let extraDecisions = 0;
  let tone = 0;
  let toneCues = 0;
  for (const c of REJECT_CUES) {
    // Foreign cues run only where that language has some evidence: a quarter of the cost, and a
    // German "leider" in an English text's quoted signature is not the sender's voice anyway.
    if (c.lang && c.lang !== language && scores[c.lang] < MIN_EVIDENCE) continue;
    if (!passesGate(c, found) || !c.re.test(text)) continue;
    reasons.push(c.tag);
    if (c.w >= DECISION_CUE) {
      if (bestDecision) extraDecisions++;
      bestDecision = Math.max(bestDecision, c.w);
    } else {
      tone += c.w;
      toneCues++;
    }
  }
  const positive = bestDecision + Math.min(EXTRA_DECISIONS_CAP, 0.5 * extraDecisions) + Math.min(TONE_CAP, tone);
  // Without a decision against the candidate nothing else can make this a rejection: stop early
  // (most inbound mail ends here, which keeps the common case cheap).
  // No decision phrase we know, but the bad-news tone of one ("Unfortunately… best of luck with
  // your search"): read on, and call it a rejection only if nothing at all says it is something else.
  const implied = bestDecision < DECISION_CUE && toneCues >= 2 && tone >= IMPLIED_TONE;
  if (!implied && (positive < DECISION || bestDecision < DECISION_CUE)) return other(msg, language, round(0.9 - positive * 0.1), reasons.length ? reasons : ['no rejection cue']);

  const jobStrong = JOB_STRONG.test(text);
  let negative = 0;
  let bulk = headerWeight(msg, reasons);
  const stage = stageOf(text);
  for (const c of BLOCK_CUES) {
    if (!hitCue(c, blockText, found)) continue;
    // "Would you be open to me reaching out when the next role opens?" after a final round, or "my
    // client reviewed your CV", is a rejection relayed warmly; cold outreach precedes any process.
    if (c.tag === 'recruiter outreach (soft)' && stage !== 'unknown') continue;
    // "If the role is reopened we'll get in touch" after a process closed for everyone is a courtesy;
    // it only speaks against a rejection when the process is paused.
    if (c.tag === 'if it reopens' && reasons.includes('process closed for everyone')) continue;
    reasons.push(`not: ${c.tag}`);
    if (c.tag === 'job alert' || c.tag === 'unsubscribe footer') bulk += c.w;
    else if (c.tag === 'newsletter' && ADDRESSED_DECISION.test(text)) negative += NEWSLETTER_WITH_DECISION;
    // "Riverside Credit Union" hiring a developer: the trade word is the employer's, not the subject;
    // with no word of employment at all, the other thing (a flat, a loan) is what was declined.
    else if (c.tag.startsWith('other domain')) negative += c.w * (jobStrong ? 0.2 : 1.5);
    else negative += c.w;
  }
  // A discussion list (it takes posts) is people talking, whatever they quote; ATS mail never has
  // List-Post, so this one is not floored with the other list headers.
  if (msg.headers['list-post']) {
    negative += LIST_POST;
    reasons.push('not: list-post');
  }
  // Footers and list headers are circumstantial: ATS rejections carry them too.
  negative += Math.max(BULK_FLOOR, bulk);
  if (forwardSubject && !forwardMarker) {
    // A forward whose original we could not separate: its text may be anyone's.
    negative -= 3;
    reasons.push('not: forwarded');
  } else if (forwardMarker || forwardSubject) {
    reasons.push('forward: read only the forwarder\'s words');
  }
  const context = JOB_CONTEXT.test(text);
  if (!context) reasons.push('not: no job context');

  if (implied) {
    const clean = negative === 0 && bulk === 0 && context && stage !== 'unknown' && !forwardSubject && !forwardMarker;
    if (!clean) return other(msg, language, 0.7, reasons);
    reasons.push('implied: bad-news tone, no decision phrase, nothing against');
    const company = extractCompany(msg, own, me);
    return {
      kind: 'rejection', confidence: 0.55, stage, company, role: extractRole(msg, own, company), author: msg.from,
      contact: extractContact(msg, own, me), language, reasons,
    };
  }
  const score = positive + negative;
  // Tone alone ("we regret to inform you…") is not a decision: a decision cue must be among them.
  const isRejection = bestDecision >= DECISION_CUE && positive >= DECISION && context && score >= THRESHOLD;
  // A smooth, monotone map from score to probability; 0.5 at the threshold.
  const p = 1 / (1 + Math.exp(-1.1 * (score - THRESHOLD + 0.25)));
  if (!isRejection) {
    const pOther = context ? 1 - Math.min(p, 0.49) : 0.97;
    return other(msg, language, round(Math.max(pOther, 0.51)), reasons);
  }

  const fullText = own;
  const company = extractCompany(msg, fullText, me);
  return {
    kind: 'rejection',
    confidence: round(Math.min(0.99, Math.max(0.5, p))),
    stage,
    company,
    role: extractRole(msg, fullText, company),
    author: msg.from,
    contact: extractContact(msg, fullText, me),
    language,
    reasons,
  };
}

/** Interview when the text speaks of having met (a call, interview, assessment); else application. */
export function stageOf(normalisedText: string): Stage {
  // "we won't be inviting you to the interview stage" speaks of an interview that never happened.
  for (const m of normalisedText.matchAll(INTERVIEW_STAGE_ALL)) {
    const before = normalisedText.slice(Math.max(0, m.index! - 70), m.index!);
    if (!STAGE_NEGATION.test(before)) return 'interview';
  }
  if (APPLICATION_STAGE.test(normalisedText)) return 'application';
  return 'unknown';
}

const INTERVIEW_STAGE_ALL = new RegExp(INTERVIEW_STAGE.source, 'g');
const STAGE_NEGATION = /\b(?:not|n't|no|unable|never|nor|rather than|instead of|won't|nicht|keine?n?|pas|ne|no|niet|geen)\b[^.]{0,55}$|(?<!\b(?:reference|regard|respect|relation|thanks|due|prior|related|relating|according|addition|response|reply|compared) )\b(?:to|zu|à|al|naar) (?:the |an? |das |die |ein |un |une |le |la |el |de |het |een )?(?:next |first |second |final |nächste |prochaine? |siguiente |volgende )?$/;

const round = (x: number): number => Math.round(x * 100) / 100;
