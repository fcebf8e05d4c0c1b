import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/mail/parse.ts';
import { approvalSubject, authVerdict, composeApproval, composeHelp, readApprovalAnswer, type ApprovalFacts } from '../../src/approval/approval.ts';
import { approvalMessageId, newToken, tokenInMessageId, tokensInSubject, TOKEN_PATTERN } from '../../src/approval/token.ts';
import { DRAFT_END, DRAFT_START, splitReply } from '../../src/approval/quotes.ts';

const DIR = join(import.meta.dirname, '../../fixtures/approvals');
const spec = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  token: string; approvalMessageId: string; candidateAddresses: string[];
  originalDraft: { to: string | null; subject: string; body: string };
  facts: ApprovalFacts;
  expected: Record<string, { ok: boolean; command?: string; to?: string | null; draft?: { subject?: string; body: string } | null; reason?: string }>;
};
const expectation = { candidateAddresses: spec.candidateAddresses, token: spec.token, approvalMessageId: spec.approvalMessageId, trustedAuthServId: null, originalDraft: spec.originalDraft };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('readApprovalAnswer on answers quoted the Gmail, Outlook and Apple Mail ways', () => {
  for (const [name, want] of Object.entries(spec.expected)) {
    it(name, async () => {
      const msg = await parseMessage(readFileSync(join(DIR, `${name}.eml`)));
      const got = readApprovalAnswer(msg, expectation);
      if (!want.ok) {
        expect(got).toEqual({ ok: false, reason: want.reason });
        return;
      }
      expect(got.ok).toBe(true);
      if (!got.ok) return;
      expect(got.command).toBe(want.command);
      expect(got.to).toBe(want.to);
      if (!want.draft) expect(got.draft).toBeNull();
      else {
        expect(got.draft).not.toBeNull();
        expect(squash(got.draft!.body)).toBe(squash(want.draft.body));
        expect(got.draft!.subject).toBe(want.draft.subject);
      }
    });
  }

  it('covers every fixture file', () => {
    expect(Object.keys(spec.expected).length).toBeGreaterThanOrEqual(20);
  });

  it('with a configured authserv-id, only that provider\'s verdict counts', async () => {
    const msg = await parseMessage(readFileSync(join(DIR, 'spoof-dmarc-fail.eml')));
    expect(readApprovalAnswer(msg, { ...expectation, trustedAuthServId: 'mx.google.com' })).toEqual({ ok: false, reason: 'auth-failed' });
    // A failing header from some other hop is not the candidate's provider speaking.
    const ok = readApprovalAnswer(msg, { ...expectation, trustedAuthServId: 'imap.example.test' });
    expect(ok).toMatchObject({ ok: true, command: 'approve' });
    const good = await parseMessage(readFileSync(join(DIR, 'gmail-approve.eml')));
    expect(readApprovalAnswer(good, { ...expectation, trustedAuthServId: 'mx.google.com' })).toMatchObject({ ok: true, command: 'approve' });
  });

  it('an edit inside a quoted copy is not trusted without the original to compare', async () => {
    const msg = await parseMessage(readFileSync(join(DIR, 'gmail-edited-in-quote.eml')));
    expect(readApprovalAnswer(msg, { ...expectation, originalDraft: null })).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('aliases of the candidate are accepted; a reply to a reminder (seq 1) carries the token too', async () => {
    const raw = readFileSync(join(DIR, 'gmail-approve.eml'), 'utf8')
      .replace('From: Jane Doe <candidate@example.test>', 'From: Jane <jane.doe@alias.test>')
      .replaceAll(spec.approvalMessageId, approvalMessageId(spec.token, 'candidate@example.test', 1));
    const msg = await parseMessage(raw);
    expect(readApprovalAnswer(msg, { ...expectation, candidateAddresses: ['candidate@example.test', 'jane.doe@alias.test'] })).toMatchObject({ ok: true, command: 'approve' });
  });
});

describe('authVerdict', () => {
  it('reads pass/fail/none from the topmost header unless an authserv-id is trusted', () => {
    expect(authVerdict(undefined, null)).toBe('none');
    expect(authVerdict('mx.example; none', null)).toBe('none');
    expect(authVerdict('mx.example; dkim=pass header.d=example.test; dmarc=fail', null)).toBe('pass');
    expect(authVerdict('mx.example; spf=pass smtp.mailfrom=a@b', null)).toBe('fail');
    expect(authVerdict('mx.example 1; dkim=fail\nforged.example; dkim=pass', null)).toBe('fail');
    expect(authVerdict('mx.example 1; dkim=fail\nforged.example; dkim=pass', 'forged.example')).toBe('pass');
  });
});

describe('composeApproval', () => {
  it('subject names what it is and carries the token; body shows rejection, whole draft, follow-ups, answers', () => {
    const { subject, text } = composeApproval(spec.facts);
    expect(subject).toBe(`Approve feedback request to Acme — Senior Engineer [debrief:${spec.token}]`);
    expect(text).toContain('After careful consideration we have decided');
    expect(text).toContain(`${DRAFT_START}\nTo: hr@acme.test\nSubject: Re: Your application for Senior Engineer\n\nDear Maria,`);
    expect(text).toContain(`Jane Doe\n${DRAFT_END}`);
    expect(text).toContain('Mon, 12 Jan 2026; Wed, 21 Jan 2026 (Europe/Berlin)');
    for (const word of ['APPROVE', 'SKIP', 'STOP', 'TO: name@company.com']) expect(text).toContain(word);
    expect(text).not.toContain('no-reply');
  });

  it('asks for a recipient when the rejection came from a no-reply address', () => {
    const facts = { ...spec.facts, needsRecipient: true, draft: { ...spec.facts.draft, to: null }, rejection: { ...spec.facts.rejection, from: 'noreply@acme.test' } };
    const { subject, text } = composeApproval(facts);
    expect(subject).toContain('(recipient needed)');
    expect(text).toContain('no-reply address (noreply@acme.test)');
    expect(text).toMatch(/To: \(unknown: add a line TO: name@company.com/);
  });

  it('names each kind', () => {
    const base = { ...spec.facts, token: 'abcdefghijklmnop' };
    expect(approvalSubject({ ...base, kind: 'follow_up' })).toMatch(/^Approve follow-up to Acme/);
    expect(approvalSubject({ ...base, kind: 'clarification' })).toMatch(/^Approve clarification question/);
    expect(approvalSubject({ ...base, kind: 'thank_you', company: null, role: null })).toBe('Approve thank-you to the employer [debrief:abcdefghijklmnop]');
  });

  it('round trip: a plain APPROVE reply to the composed mail is read back', async () => {
    const { subject, text } = composeApproval(spec.facts);
    const quoted = text.split('\n').map((l) => `> ${l}`).join('\n');
    const raw = [`From: candidate@example.test`, `To: candidate@example.test`, `Subject: Re: ${subject}`, `Message-ID: <r1@example.test>`,
      `In-Reply-To: ${spec.approvalMessageId}`, `References: ${spec.approvalMessageId}`, 'Content-Type: text/plain; charset=utf-8', '',
      'approve', '', 'On Mon, 5 Jan 2026 debrief wrote:', quoted].join('\r\n');
    expect(readApprovalAnswer(await parseMessage(raw), expectation)).toEqual({ ok: true, command: 'approve', to: null, draft: null });
  });

  it('composeHelp lists the answers and keeps the token in the subject', () => {
    const help = composeHelp({ token: spec.token, approvalSubject: composeApproval(spec.facts).subject });
    expect(help.subject).toBe(`Re: Approve feedback request to Acme — Senior Engineer [debrief:${spec.token}]`);
    for (const word of ['APPROVE', 'SKIP', 'STOP', 'TO:']) expect(help.text).toContain(word);
  });
});

describe('token', () => {
  it('is random, URL-safe, lower-case, ≥ 12 chars, and recoverable from subject and Message-ID', () => {
    const tokens = new Set(Array.from({ length: 200 }, newToken));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(TOKEN_PATTERN);
    const t = newToken();
    expect(tokensInSubject(`RE: Approve x [DEBRIEF:${t.toUpperCase()}]`)).toEqual([t]);
    expect(tokenInMessageId(approvalMessageId(t, 'jane@example.com'))).toBe(t);
    expect(tokenInMessageId(approvalMessageId(t, 'jane@example.com', 2))).toBe(t);
    expect(approvalMessageId(t, 'jane@example.com')).toBe(`<debrief-approval.${t}@example.com>`);
  });
});

describe('splitReply', () => {
  it('cuts at Gmail, Apple, Outlook and German attributions and drops mobile signatures', () => {
    expect(splitReply('ok\n\nOn Tue, 6 Jan 2026 at 09:00, X <x@y> wrote:\n> hi').unquoted.join('\n').trim()).toBe('ok');
    expect(splitReply('skip\nAm 06.01.2026 um 09:00 schrieb X <x@y>:\n> hi').unquoted).toEqual(['skip']);
    expect(splitReply('stop\n\nFrom: X\nSent: Tuesday\nTo: Y\n\nold').unquoted.join('').trim()).toBe('stop');
    expect(splitReply('yes\n\nSent from my iPhone\n\n> On 6 Jan').unquoted.join('').trim()).toBe('yes');
    // A "From:" line inside the candidate's own edited draft block is not a quote start.
    const own = `approve\n${DRAFT_START}\nFrom: me\nSent: today\n${DRAFT_END}\n> quoted`;
    expect(splitReply(own).unquoted).toHaveLength(5);
  });
});
