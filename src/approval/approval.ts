/**
 * Approve-by-reply: the approval mail debrief sends to the candidate, and the reading of their
 * answer. Pure: no I/O; the caller sends (with a Message-ID from approvalMessageId()) and routes.
 *
 * Security invariant of readApprovalAnswer: an employer mail is approved only by a message that
 * (1) comes from one of the candidate's addresses, (2) carries the one-time token both in the
 * subject and in its References/In-Reply-To chain, (3) passes DKIM or DMARC where the
 * candidate's own provider left an Authentication-Results header, and (4) is not auto-generated.
 */
import type { InboundMessage } from '../mail/message.ts';
import type { DraftKind } from '../drafts/types.ts';
import { subjectTag, tokensInSubject, tokenInMessageId } from './token.ts';
import { DRAFT_END, DRAFT_START, draftBlock, splitReply, unquoteLine, withoutDraftBlock } from './quotes.ts';

export interface ApprovalFacts {
  conversationId: string;
  token: string;
  company: string | null;
  role: string | null;
  rejection: { from: string; subject: string; date: string | null; excerpt: string };
  draft: { to: string | null; subject: string; body: string };
  /** ISO instants of the follow-ups planned after this mail, if unanswered. */
  plannedFollowUps: string[];
  /** The rejection came from a no-reply address: the candidate must supply `TO:`. */
  needsRecipient: boolean;
  kind: DraftKind;
  /** IANA zone for the dates shown. */
  timezone: string;
}

const WHAT: Record<DraftKind, { subject: string; sentence: string }> = {
  request: { subject: 'feedback request', sentence: 'debrief drafted a short, polite request for feedback' },
  follow_up: { subject: 'follow-up', sentence: 'There has been no answer yet; debrief drafted a friendly follow-up' },
  clarification: { subject: 'clarification question', sentence: 'The employer answered; debrief drafted one clarification question' },
  thank_you: { subject: 'thank-you', sentence: 'The employer gave feedback; debrief drafted a thank-you' },
  decline_thanks: { subject: 'thank-you', sentence: 'The employer declined to give feedback; debrief drafted a short, gracious thank-you' },
};

function formatDate(iso: string, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

function target(facts: Pick<ApprovalFacts, 'company' | 'role'>): string {
  const company = facts.company ?? 'the employer';
  return facts.role ? `${company} — ${facts.role}` : company;
}

export function approvalSubject(facts: Pick<ApprovalFacts, 'kind' | 'company' | 'role' | 'token' | 'needsRecipient'>): string {
  const need = facts.needsRecipient ? ' (recipient needed)' : '';
  return `Approve ${WHAT[facts.kind].subject} to ${target(facts)}${need} ${subjectTag(facts.token)}`;
}

const ANSWERS = [
  'How to answer: reply to this mail with one word on the first line.',
  '  APPROVE   send the draft as it is',
  '  SKIP      do not send this one',
  '  STOP      stop debrief for this company: nothing more is sent, no follow-ups',
  `To change the draft, edit the text between the "${DRAFT_START}" and "${DRAFT_END}" lines`,
  'and send your reply; the markers may stay in the quoted text. An edited draft counts as APPROVE.',
  'To send it to someone else, add a line:  TO: name@company.com',
];

/** The approval mail's subject and plain text. */
export function composeApproval(facts: ApprovalFacts): { subject: string; text: string } {
  const excerpt = facts.rejection.excerpt.trim().split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 8);
  const when = facts.rejection.date ? ` on ${formatDate(facts.rejection.date, facts.timezone)}` : '';
  const lines: string[] = [
    `${facts.rejection.from} wrote to you${when} about ${facts.role ? `the ${facts.role} role` : 'your application'}${facts.company ? ` at ${facts.company}` : ''}:`,
    `Subject: ${facts.rejection.subject}`,
    ...excerpt.map((l) => `  | ${l}`),
    '',
    `${WHAT[facts.kind].sentence}. Nothing has been sent yet.`,
    '',
  ];
  if (facts.needsRecipient) {
    lines.push(
      `The rejection came from a no-reply address (${facts.rejection.from}), so debrief does not know whom to ask.`,
      'Please answer APPROVE with a line  TO: name@company.com  naming your recruiter or interviewer.',
      '',
    );
  }
  lines.push(
    DRAFT_START,
    `To: ${facts.draft.to ?? '(unknown: add a line TO: name@company.com to your answer)'}`,
    `Subject: ${facts.draft.subject}`,
    '',
    facts.draft.body.replace(/\r\n?/g, '\n').trimEnd(),
    DRAFT_END,
    '',
  );
  if (facts.plannedFollowUps.length) {
    const dates = facts.plannedFollowUps.map((d) => formatDate(d, facts.timezone)).join('; ');
    lines.push(`If there is no answer, debrief plans follow-ups on: ${dates} (${facts.timezone}).`, '');
  } else {
    lines.push('No follow-ups are planned after this mail.', '');
  }
  lines.push(...ANSWERS, '', `(debrief conversation ${facts.conversationId})`);
  return { subject: approvalSubject(facts), text: lines.join('\n') };
}

/**
 * The short help mail for an unreadable answer. The caller threads it to the approval mail,
 * gives it a Message-ID from approvalMessageId(token, address, seq) so a reply to it is read
 * like a reply to the approval, and sets `Auto-Submitted: auto-generated`.
 */
export function composeHelp(facts: { token: string; approvalSubject: string; needsRecipient?: boolean }): { subject: string; text: string } {
  const subject = /^re:/i.test(facts.approvalSubject) ? facts.approvalSubject : `Re: ${facts.approvalSubject}`;
  const tagged = subject.includes(subjectTag(facts.token)) ? subject : `${subject} ${subjectTag(facts.token)}`;
  const lines = [
    'debrief could not read your answer, so nothing was sent.',
    '',
    ...ANSWERS,
    ...(facts.needsRecipient ? ['', 'This one needs a recipient: answer APPROVE with a line  TO: name@company.com'] : []),
    '',
    'Reply to the approval mail or to this one.',
  ];
  return { subject: tagged, text: lines.join('\n') };
}

// ---------------------------------------------------------------------------------------------
// Reading the answer

export interface ApprovalExpectation {
  /** The candidate's address and aliases. */
  candidateAddresses: string[];
  token: string;
  approvalMessageId: string;
  /** authserv-id of the candidate's own provider (e.g. `mx.google.com`); null = the topmost header. */
  trustedAuthServId?: string | null;
  /** The draft as shown, to tell an edit inside a quoted copy from an untouched quote. */
  originalDraft?: { to: string | null; subject: string; body: string } | null;
}

export type ApprovalCommand = 'approve' | 'skip' | 'stop';

export type ApprovalAnswer =
  | { ok: true; command: ApprovalCommand; to: string | null; draft: { subject?: string; body: string } | null }
  | { ok: false; reason: 'not-candidate' | 'no-token' | 'wrong-token' | 'auth-failed' | 'unreadable' | 'auto-generated' };

const COMMANDS: Record<string, ApprovalCommand> = {
  approve: 'approve', approved: 'approve', yes: 'approve', ok: 'approve', okay: 'approve', send: 'approve',
  skip: 'skip', no: 'skip',
  stop: 'stop',
};

const ADDRESS = /[^\s<>()"',;:[\]]+@[^\s<>()"',;:[\]]+\.[a-z]{2,}/i;
const TO_LINE = /^\s*\*?TO\s*:\*?\s*(.*)$/i;

export function isAutoGenerated(msg: InboundMessage): boolean {
  const h = msg.headers;
  const autoSubmitted = (h['auto-submitted'] ?? '').trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return true;
  if (h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined || h['x-autoresponder'] !== undefined) return true;
  if (/^(auto_reply|bulk|junk|list)$/i.test((h['precedence'] ?? '').trim())) return true;
  if (/^(automatic reply|auto(-|\s)?reply|autoreply|out of (the )?office|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática)\b/i.test(msg.subject.trim())) return true;
  return false;
}

/**
 * DKIM/DMARC verdict from Authentication-Results (RFC 8601). Only the candidate's provider's
 * header counts: the one whose authserv-id is `trusted`, or, unconfigured, the topmost one (the
 * last hop, which is the candidate's own mailbox provider; headers further down may be forged).
 * No such header, or one with no results (`; none`) → 'none'.
 */
export function authVerdict(headerValue: string | undefined, trusted: string | null | undefined): 'pass' | 'fail' | 'none' {
  if (!headerValue) return 'none';
  const headers = headerValue.split('\n').map((h) => h.trim()).filter(Boolean);
  const parsed = headers.map((h) => {
    const authservId = h.split(';')[0]!.trim().split(/\s+/)[0]!.toLowerCase();
    const results = [...h.matchAll(/\b(dkim|dmarc|spf|arc)\s*=\s*([a-z]+)/gi)].map((m) => ({ method: m[1]!.toLowerCase(), result: m[2]!.toLowerCase() }));
    return { authservId, results };
  });
  const relevant = (trusted ? parsed.filter((p) => p.authservId === trusted.toLowerCase()) : parsed.slice(0, 1))
    .filter((p) => p.results.length > 0);
  if (relevant.length === 0) return 'none';
  const pass = relevant.some((p) => p.results.some((r) => (r.method === 'dkim' || r.method === 'dmarc') && r.result === 'pass'));
  return pass ? 'pass' : 'fail';
}

function chainHasToken(msg: InboundMessage, expect: ApprovalExpectation): 'yes' | 'other' | 'none' {
  const chain = [...(msg.inReplyTo ? [msg.inReplyTo] : []), ...msg.references];
  const wanted = expect.token.toLowerCase();
  let other = false;
  for (const id of chain) {
    if (id.toLowerCase() === expect.approvalMessageId.toLowerCase()) return 'yes';
    const token = tokenInMessageId(id);
    if (token === wanted) return 'yes';
    if (token) other = true;
  }
  return other ? 'other' : 'none';
}

interface ParsedDraft { to: string | null; subject: string | null; body: string }

function parseDraftBlock(lines: string[]): ParsedDraft {
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  let to: string | null = null;
  let subject: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const toMatch = /^\s*To\s*:\s*(.*)$/i.exec(line);
    const subjectMatch = /^\s*Subject\s*:\s*(.*)$/i.exec(line);
    if (toMatch) to = ADDRESS.exec(toMatch[1]!)?.[0]?.toLowerCase() ?? null;
    else if (subjectMatch) subject = subjectMatch[1]!.trim();
    else break;
  }
  const body = lines.slice(i).map((l) => l.trimEnd());
  while (body.length && !body[0]) body.shift();
  while (body.length && !body[body.length - 1]) body.pop();
  return { to, subject, body: body.join('\n') };
}

/** Whitespace-insensitive: clients re-wrap quoted lines, which is not an edit. */
const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function readCommand(lines: string[]): ApprovalCommand | null | 'conflict' {
  const meaningful = lines.map((l) => l.trim()).filter((l) => l && !TO_LINE.test(l));
  if (meaningful.length === 0) return null;
  const word = (line: string) => COMMANDS[(line.split(/\s+/)[0] ?? '').replace(/[^a-z]/gi, '').toLowerCase()];
  const first = word(meaningful[0]!);
  if (first) return first;
  // "Hi debrief," then "Approve" on its own line: accept a line that is only a command word.
  const alone = meaningful.slice(0, 5)
    .filter((l) => /^[a-z]+[.!,]*$/i.test(l))
    .map((l) => COMMANDS[l.replace(/[^a-z]/gi, '').toLowerCase()])
    .filter((c): c is ApprovalCommand => Boolean(c));
  const distinct = [...new Set(alone)];
  if (distinct.length > 1) return 'conflict';
  return distinct[0] ?? null;
}

export function readApprovalAnswer(msg: InboundMessage, expect: ApprovalExpectation): ApprovalAnswer {
  const from = msg.from?.address.toLowerCase() ?? '';
  if (!from || !expect.candidateAddresses.some((a) => a.toLowerCase() === from)) return { ok: false, reason: 'not-candidate' };
  if (authVerdict(msg.headers['authentication-results'], expect.trustedAuthServId) === 'fail') return { ok: false, reason: 'auth-failed' };
  if (isAutoGenerated(msg)) return { ok: false, reason: 'auto-generated' };

  const subjectTokens = tokensInSubject(msg.subject);
  const chain = chainHasToken(msg, expect);
  const subjectOk = subjectTokens.includes(expect.token.toLowerCase());
  if (!subjectOk || chain !== 'yes') {
    // Another conversation's token anywhere → wrong; otherwise it is simply missing somewhere.
    const wrong = (subjectTokens.length > 0 && !subjectOk) || chain === 'other';
    return { ok: false, reason: wrong ? 'wrong-token' : 'no-token' };
  }

  const { unquoted, quoted, below } = splitReply(msg.text);
  const original = expect.originalDraft ?? null;

  // An edited draft: between markers in what the candidate wrote, else inside the quoted copy.
  let edit: ParsedDraft | null = null;
  let toFromBlock: string | null = null;
  const ownBlock = draftBlock(unquoted);
  if (ownBlock) {
    const parsed = parseDraftBlock(ownBlock);
    const changed = !original || !same(parsed.body, original.body) || (parsed.subject !== null && !same(parsed.subject, original.subject));
    if (changed) edit = parsed;
    toFromBlock = parsed.to;
  } else if (quoted.length && original) {
    const block = draftBlock(quoted.map(unquoteLine));
    if (block) {
      const parsed = parseDraftBlock(block);
      if (!same(parsed.body, original.body) || (parsed.subject !== null && !same(parsed.subject, original.subject))) edit = parsed;
      toFromBlock = parsed.to;
    }
  }
  if (toFromBlock && original && toFromBlock === original.to?.toLowerCase()) toFromBlock = null;

  // Top-posted answer first; a bottom-poster's lines below the quote only when the top is empty.
  const top = withoutDraftBlock(unquoted);
  const rest = top.some((l) => l.trim()) ? top : below;
  let to: string | null = null;
  for (const line of rest) {
    const m = TO_LINE.exec(line);
    const address = m ? ADDRESS.exec(m[1]!)?.[0] : undefined;
    if (address) to = address.toLowerCase();
  }
  to ??= toFromBlock;

  const command = readCommand(rest);
  if (command === 'conflict') return { ok: false, reason: 'unreadable' };
  const draft = edit
    ? { ...(edit.subject !== null && (!original || !same(edit.subject, original.subject)) ? { subject: edit.subject } : {}), body: edit.body }
    : null;
  if (command) return { ok: true, command, to, draft };
  if (draft) return { ok: true, command: 'approve', to, draft };
  return { ok: false, reason: 'unreadable' };
}
