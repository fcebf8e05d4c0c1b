/**
 * What the runtime hands to the composers of mails to the candidate, and plain defaults.
 * The real approval mail (with its answer syntax) comes from src/approval/; the defaults keep
 * the runtime usable and testable without it.
 */
import type { Address } from '../mail/message.ts';
import type { DraftKind } from '../drafts/types.ts';
import type { ApprovalFacts as ApprovalMailFacts } from '../approval/approval.ts';
import type { NoticeKind } from '../../machines/conversation.ts';

export type { NoticeKind };

/**
 * The approval mail's facts (src/approval's, so its composeApproval can be passed as is) plus
 * `reminder`: this is the one reminder of an unanswered approval mail (a composer may ignore it;
 * the runtime then prefixes the subject).
 */
export interface ApprovalFacts extends ApprovalMailFacts {
  reminder: boolean;
}

export interface NoticeFacts {
  conversationId: string;
  /** For `needs_recipient` (a help mail): the current approval round's token; else null. */
  token: string | null;
  /** The draft kind awaiting approval, when there is one (help mails name it). */
  draftKind: DraftKind | null;
  needsRecipient: boolean;
  company: string | null;
  role: string | null;
  /** The employer message that prompted it (≤ 280 chars), when there is one. */
  excerpt: string | null;
  from: Address | null;
  /** A short detail: reply kind, bounce diagnostic, send error. */
  detail: string | null;
}

export type ComposeApproval = (facts: ApprovalFacts) => { subject: string; text: string };
export type ComposeNotice = (kind: NoticeKind, facts: NoticeFacts) => { subject: string; text: string };

const label = (f: { company: string | null; role: string | null }) =>
  [f.role, f.company].filter(Boolean).join(' at ') || 'your application';

export const defaultComposeApproval: ComposeApproval = (f) => {
  const lines = [
    f.reminder ? 'Reminder: this draft is still waiting for your answer.' : `debrief drafted a ${f.kind.replace('_', ' ')} for ${label(f)}.`,
    '',
    `They wrote: "${f.rejection.excerpt}"`,
    '',
    `To: ${f.draft.to ?? '(no contact found: answer APPROVE TO name@company.com)'}`,
    `Subject: ${f.draft.subject}`,
    '',
    f.draft.body,
    '',
  ];
  if (f.plannedFollowUps.length) {
    lines.push('If there is no answer, follow-ups are planned for:', ...f.plannedFollowUps.map((d) => `  - ${d}`), '');
  }
  lines.push('Reply with APPROVE (edit the draft below it if you like), SKIP or STOP.', `(conversation ${f.conversationId})`);
  return { subject: `${f.reminder ? 'Reminder: ' : ''}Approve ${f.kind.replace('_', ' ')}: ${label(f)} [debrief:${f.token}]`, text: lines.join('\n') };
};

const NOTICE_SUBJECTS: Record<NoticeKind, string> = {
  needs_candidate: 'They answered: over to you',
  bounced: 'The mail bounced',
  no_response: 'No response',
  expired: 'Draft expired unanswered',
  needs_recipient: 'Who should receive it?',
  send_failed: 'Could not send',
  send_uncertain: 'Please check your Sent folder',
};

export const defaultComposeNotice: ComposeNotice = (kind, f) => {
  const lines = [`${NOTICE_SUBJECTS[kind]} — ${label(f)}.`];
  if (f.detail) lines.push(`Detail: ${f.detail}`);
  if (f.from) lines.push(`From: ${f.from.name ? `${f.from.name} <${f.from.address}>` : f.from.address}`);
  if (f.excerpt) lines.push('', `"${f.excerpt}"`);
  if (kind === 'needs_recipient') lines.push('', 'The rejection came from an address nobody reads. Answer APPROVE TO name@company.com.');
  if (kind === 'needs_candidate') lines.push('', 'debrief will not write to them again in this conversation; it keeps logging their replies.');
  lines.push('', `[debrief ${f.conversationId}]`);
  const tag = f.token ? ` [debrief:${f.token}]` : '';
  return { subject: `[debrief] ${NOTICE_SUBJECTS[kind]}: ${label(f)}${tag}`, text: lines.join('\n') };
};
