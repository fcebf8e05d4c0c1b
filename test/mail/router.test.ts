import { describe, expect, it } from 'vitest';
import { createRouter, type ConversationLookup } from '../../src/mail/router.ts';
import type { InboundMessage } from '../../src/mail/message.ts';

function msg(over: Partial<InboundMessage> & { fromAddress?: string }): InboundMessage {
  const { fromAddress = 'hr@acme.test', ...rest } = over;
  return {
    uid: 1,
    messageId: '<m1@acme.test>',
    inReplyTo: null,
    references: [],
    from: { name: '', address: fromAddress },
    sender: null,
    replyTo: [],
    to: [{ name: '', address: 'candidate@example.test' }],
    cc: [],
    subject: 'Your application',
    date: null,
    headers: {},
    contentType: 'text/plain',
    text: 'Hello',
    textFromHtml: false,
    parts: [],
    size: 100,
    truncated: false,
    ...rest,
  };
}

/** Conversation c1: we received <rej@acme.test> from hr@acme.test and sent <debrief.out1@example.test>. */
const lookup: ConversationLookup = {
  byMessageId: (ids) => (ids.some((id) => ['<rej@acme.test>', '<debrief.out1@example.test>'].includes(id)) ? 'c1' : null),
  bySenderAndSubject: (address, subject) => (address === 'hr@acme.test' && subject === 'your application at acme' ? 'c1' : null),
  isOutbound: (id) => id === '<custom-outbound@example.test>',
};
const router = createRouter({ candidateAddresses: ['Candidate@Example.test', 'me@alias.test'], lookup });

describe('router', () => {
  it('a reply to our mail (In-Reply-To) goes to its conversation', () => {
    expect(router.route(msg({ inReplyTo: '<debrief.out1@example.test>', subject: 'Re: Feedback' }))).toEqual({ to: 'conversation', conversationId: 'c1' });
  });

  it('References alone are enough, at any depth', () => {
    expect(router.route(msg({ references: ['<rej@acme.test>', '<unknown@x>'], subject: 'whatever' }))).toEqual({ to: 'conversation', conversationId: 'c1' });
  });

  it('falls back to sender + normalised subject', () => {
    expect(router.route(msg({ subject: 'RE: AW: Your Application at  ACME' }))).toEqual({ to: 'conversation', conversationId: 'c1' });
    // same subject, other sender → new
    expect(router.route(msg({ subject: 'Re: Your application at Acme', fromAddress: 'other@acme.test' }))).toEqual({ to: 'new' });
  });

  it('unknown references and subject → new', () => {
    expect(router.route(msg({ inReplyTo: '<nope@x>', subject: 'Something else' }))).toEqual({ to: 'new' });
    expect(router.route(msg({ from: null, subject: '' }))).toEqual({ to: 'new' });
  });

  it('our own sent copies are never replies', () => {
    const own = { fromAddress: 'candidate@example.test', inReplyTo: '<rej@acme.test>', subject: 'Re: Your application at Acme' };
    expect(router.route(msg({ ...own, messageId: '<debrief.abc@example.test>' }))).toEqual({ to: 'ignore', reason: 'own-copy' });
    expect(router.route(msg({ ...own, messageId: '<debrief-approval.abcd2345@example.test>', subject: '[debrief:abcd2345] Approve?' }))).toEqual({ to: 'ignore', reason: 'own-copy' });
    expect(router.route(msg({ ...own, messageId: '<dry-run.debrief.abc@example.test>' }))).toEqual({ to: 'ignore', reason: 'own-copy' });
    expect(router.route(msg({ ...own, messageId: '<custom-outbound@example.test>' }))).toEqual({ to: 'ignore', reason: 'own-copy' });
  });

  it("the candidate's answer to an approval mail: subject tag or references", () => {
    const base = { fromAddress: 'candidate@example.test', messageId: '<CAF123@mail.gmail.com>' };
    expect(router.route(msg({ ...base, subject: 'Re: [debrief:abcd2345] Approve your request', inReplyTo: '<debrief-approval.abcd2345@example.test>' })))
      .toEqual({ to: 'candidate-answer', conversationId: null });
    expect(router.route(msg({ ...base, subject: 'Re: approve', references: ['<debrief-approval.abcd2345@example.test>'] })))
      .toEqual({ to: 'candidate-answer', conversationId: null });
    expect(router.route(msg({ ...base, subject: 'RE: [DEBRIEF:ABCD2345] approve' }))).toEqual({ to: 'candidate-answer', conversationId: null });
    // references a conversation's mail: the conversation is named
    expect(router.route(msg({ ...base, subject: 'Re: x', references: ['<debrief.out1@example.test>'] }))).toEqual({ to: 'candidate-answer', conversationId: 'c1' });
  });

  it('matches candidate addresses case-insensitively, aliases included', () => {
    expect(router.route(msg({ fromAddress: 'me@alias.test', messageId: '<x@alias.test>', subject: '[debrief:abcd2345]' }))).toEqual({ to: 'candidate-answer', conversationId: null });
  });

  it("other mail from the candidate is ignored, never a 'new' rejection", () => {
    expect(router.route(msg({ fromAddress: 'candidate@example.test', messageId: '<note@example.test>', subject: 'Your application' }))).toEqual({ to: 'ignore', reason: 'candidate-mail' });
  });

  it('isApprovalAnswer adds a sign but never overrides own copies', () => {
    const r = createRouter({ candidateAddresses: ['candidate@example.test'], lookup, isApprovalAnswer: (m) => m.text.includes('APPROVE') });
    expect(r.route(msg({ fromAddress: 'candidate@example.test', messageId: '<a@example.test>', text: 'APPROVE' }))).toEqual({ to: 'candidate-answer', conversationId: null });
    expect(r.route(msg({ fromAddress: 'candidate@example.test', messageId: '<debrief.z@example.test>', text: 'APPROVE' }))).toEqual({ to: 'ignore', reason: 'own-copy' });
  });

  it('is pure: the same message routes the same way twice', () => {
    const m = msg({ inReplyTo: '<rej@acme.test>' });
    expect(router.route(m)).toEqual(router.route(m));
  });
});
