/**
 * `npm run eval`: how well the rejection detector and the reply reader do on the labelled corpus.
 *
 *   fixtures/inbound/*.eml + labels.json  → detectRejection  (rejection / other, stage, company, role, contact)
 *   fixtures/replies/*.eml + labels.json  → readReply        (seven kinds, return date, bounce permanence, points)
 *
 * Prints precision and recall per class, accuracy, the field accuracies and every misclassified
 * file. It is a report: exit 0 whatever the figures, 1 only when a corpus or its labels are missing.
 * Options: `--me a@b,c@d` the candidate's addresses for the inbound corpus (default: the corpus's
 * candidate, jane.doe@example.test); `--fixtures DIR` a corpus root other than fixtures/ (a held-out
 * corpus in the same layout).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseMessage } from '../src/mail/parse.ts';
import type { InboundMessage } from '../src/mail/message.ts';
import { detectRejection } from '../src/understand/rejection.ts';
import { readReply } from '../src/understand/reply.ts';
import type { ReplyKind } from '../src/understand/types.ts';

interface InboundLabel { kind: 'rejection' | 'other'; stage: string | null; company: string | null; role: string | null; contact: string | null; note?: string }
interface ReplyLabel { kind: ReplyKind; returnDate: string | null; bouncePermanent: boolean | null; points: number | null; vague: boolean | null; note?: string }

const REPLY_KINDS: ReplyKind[] = ['feedback', 'declined', 'call', 'question', 'auto_reply', 'bounce', 'reconsider'];

const { values: args } = parseArgs({ options: { me: { type: 'string' }, fixtures: { type: 'string' } } });
const ROOT = args.fixtures ?? join(import.meta.dirname, '..', 'fixtures');
const ME = (args.me ?? 'jane.doe@example.test').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);

/** Company/role compared loosely: case, accents, punctuation, legal suffixes and gender markers ("(m/w/d)", "H/F") do not count. */
const loose = (s: string | null | undefined) =>
  (s ?? '').toLowerCase().replace(/\./g, '').replace(/\(?\b(?:m\/w\/d|w\/m\/d|m\/f\/d|h\/f|f\/h|m\/v)\b\)?/g, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/^the\s+/, '').replace(/\b(?:inc|ltd|llc|llp|plc|gmbh|pvt|pty|ag|bv|sa|sas|sl)\b/g, '').replace(/[^a-z0-9]+/g, '');

async function loadCorpus<L>(dir: string): Promise<{ file: string; msg: InboundMessage; label: L }[] | null> {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(dir) || !existsSync(labelsPath)) {
    console.error(`missing corpus: ${existsSync(dir) ? labelsPath : dir}`);
    return null;
  }
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Record<string, L>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  const unlabelled = files.filter((f) => !(f in labels));
  const missing = Object.keys(labels).filter((f) => !files.includes(f));
  if (unlabelled.length) console.log(`  (not labelled, skipped: ${unlabelled.join(', ')})`);
  if (missing.length) console.log(`  (labelled but missing: ${missing.join(', ')})`);
  const out = [];
  for (const file of files.filter((f) => f in labels)) {
    out.push({ file, msg: await parseMessage(readFileSync(join(dir, file))), label: labels[file]! });
  }
  return out;
}

const ratio = (n: number, d: number) => (d === 0 ? ' n/a ' : (n / d).toFixed(3));

/** Precision/recall table for a set of classes; returns the accuracy. */
function report(classes: readonly string[], pairs: { expected: string; got: string }[]): void {
  console.log(`  ${'class'.padEnd(12)} ${'n'.padStart(4)}  precision  recall    f1`);
  for (const c of classes) {
    const tp = pairs.filter((p) => p.expected === c && p.got === c).length;
    const fp = pairs.filter((p) => p.expected !== c && p.got === c).length;
    const fn = pairs.filter((p) => p.expected === c && p.got !== c).length;
    const precision = tp + fp === 0 ? NaN : tp / (tp + fp);
    const recall = tp + fn === 0 ? NaN : tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    const fmt = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));
    console.log(`  ${c.padEnd(12)} ${String(tp + fn).padStart(4)}  ${fmt(precision).padStart(9)}  ${fmt(recall).padStart(6)}  ${fmt(f1).padStart(5)}`);
  }
  const correct = pairs.filter((p) => p.expected === p.got).length;
  console.log(`  accuracy: ${correct}/${pairs.length} = ${ratio(correct, pairs.length)}`);
}

async function evalInbound(): Promise<boolean> {
  console.log(`\nInbound: detectRejection over ${join(ROOT, 'inbound')} (me: ${ME.join(', ')})`);
  const corpus = await loadCorpus<InboundLabel>(join(ROOT, 'inbound'));
  if (!corpus) return false;
  const pairs: { expected: string; got: string }[] = [];
  const wrong: string[] = [];
  const fieldMisses: string[] = [];
  let rejections = 0, detected = 0, stageOk = 0, companyOk = 0, roleOk = 0, contactOk = 0;
  for (const { file, msg, label } of corpus) {
    const v = detectRejection(msg, { me: ME });
    pairs.push({ expected: label.kind, got: v.kind });
    if (v.kind !== label.kind) wrong.push(`  ${file}: expected ${label.kind}, got ${v.kind} (${v.confidence.toFixed(2)}) — ${label.note ?? ''}${v.reasons.length ? ` [${v.reasons.slice(0, 4).join('; ')}]` : ''}`);
    if (label.kind !== 'rejection') continue;
    rejections++;
    if (v.kind !== 'rejection') continue;
    detected++;
    const misses: string[] = [];
    if (v.stage === label.stage) stageOk++; else misses.push(`stage ${label.stage}≠${v.stage}`);
    if (loose(v.company) === loose(label.company)) companyOk++; else misses.push(`company ${JSON.stringify(label.company)}≠${JSON.stringify(v.company)}`);
    if (loose(v.role) === loose(label.role)) roleOk++; else misses.push(`role ${JSON.stringify(label.role)}≠${JSON.stringify(v.role)}`);
    if ((v.contact?.address ?? null) === (label.contact?.toLowerCase() ?? null)) contactOk++; else misses.push(`contact ${label.contact}≠${v.contact?.address ?? null}`);
    if (misses.length) fieldMisses.push(`  ${file}: ${misses.join(', ')}`);
  }
  report(['rejection', 'other'], pairs);
  console.log(`  on the ${detected} true rejections detected (of ${rejections}):`);
  console.log(`    stage accuracy    ${stageOk}/${detected} = ${ratio(stageOk, detected)}`);
  console.log(`    company accuracy  ${companyOk}/${detected} = ${ratio(companyOk, detected)}`);
  console.log(`    role accuracy     ${roleOk}/${detected} = ${ratio(roleOk, detected)}`);
  console.log(`    contact accuracy  ${contactOk}/${detected} = ${ratio(contactOk, detected)}`);
  console.log(`  misclassified (${wrong.length}):`);
  console.log(wrong.length ? wrong.join('\n') : '  none');
  console.log(`  field misses on detected rejections (${fieldMisses.length}):`);
  console.log(fieldMisses.length ? fieldMisses.join('\n') : '  none');
  return true;
}

async function evalReplies(): Promise<boolean> {
  console.log(`\nReplies: readReply over ${join(ROOT, 'replies')}`);
  const corpus = await loadCorpus<ReplyLabel>(join(ROOT, 'replies'));
  if (!corpus) return false;
  const pairs: { expected: string; got: string }[] = [];
  const wrong: string[] = [];
  const fieldMisses: string[] = [];
  let autos = 0, dateOk = 0, bounces = 0, permOk = 0, feedbacks = 0, pointsOk = 0, vagueOk = 0;
  for (const { file, msg, label } of corpus) {
    const v = readReply(msg);
    pairs.push({ expected: label.kind, got: v.kind });
    if (v.kind !== label.kind) wrong.push(`  ${file}: expected ${label.kind}, got ${v.kind} (${v.confidence.toFixed(2)}) — ${label.note ?? ''}${v.reasons.length ? ` [${v.reasons.slice(0, 3).join('; ')}]` : ''}`);
    // Field accuracies are over the true class, whatever was predicted: a missed auto-reply has no date.
    if (label.kind === 'auto_reply') {
      autos++;
      const got = v.kind === 'auto_reply' ? v.returnDate : null;
      if (got === label.returnDate) dateOk++; else fieldMisses.push(`  ${file}: return date ${label.returnDate}≠${got}`);
    }
    if (label.kind === 'bounce' && label.bouncePermanent !== null) {
      bounces++;
      const got = v.kind === 'bounce' ? (v.bounce?.permanent ?? null) : null;
      if (got === label.bouncePermanent) permOk++; else fieldMisses.push(`  ${file}: permanent ${label.bouncePermanent}≠${got}`);
    }
    if (label.kind === 'feedback' && label.points !== null) {
      feedbacks++;
      const n = v.kind === 'feedback' ? v.points.length : 0;
      if (n === label.points) pointsOk++; else fieldMisses.push(`  ${file}: points ${label.points}≠${n}`);
      if (label.vague === null || (v.kind === 'feedback' && v.vague === label.vague)) vagueOk++; else fieldMisses.push(`  ${file}: vague ${label.vague}≠${v.vague}`);
    }
  }
  report(REPLY_KINDS, pairs);
  console.log(`  return-date accuracy (true auto-replies)   ${dateOk}/${autos} = ${ratio(dateOk, autos)}`);
  console.log(`  bounce permanence accuracy (true bounces)  ${permOk}/${bounces} = ${ratio(permOk, bounces)}`);
  console.log(`  feedback point count exact (true feedback) ${pointsOk}/${feedbacks} = ${ratio(pointsOk, feedbacks)}; vague ${vagueOk}/${feedbacks} = ${ratio(vagueOk, feedbacks)}`);
  console.log(`  misclassified (${wrong.length}):`);
  console.log(wrong.length ? wrong.join('\n') : '  none');
  console.log(`  field misses (${fieldMisses.length}):`);
  console.log(fieldMisses.length ? fieldMisses.join('\n') : '  none');
  return true;
}

const inboundOk = await evalInbound();
const repliesOk = await evalReplies();
if (!inboundOk || !repliesOk) process.exitCode = 1;
