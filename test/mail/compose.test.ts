import { describe, expect, it } from 'vitest';
import { composeMime, messageIdFor, referencesChain, isValidMessageId } from '../../src/mail/compose.ts';
import { parseMessage } from '../../src/mail/parse.ts';
import type { OutgoingMail } from '../../src/mail/outgoing.ts';

const from = { name: 'Jane Doe', address: 'candidate@example.test' };
const date = new Date('2026-01-05T09:00:00Z');
const request: OutgoingMail = {
  id: 'conv-1/request',
  conversationId: 'conv-1',
  purpose: 'request',
  toEmployer: true,
  to: [{ name: 'Maria López', address: 'hr@acme.test' }],
  subject: 'Re: Your application for Senior Engineer – Ünïcode',
  text: 'Dear Maria,\n\nWould you share one or two points?\n\nBest regards,\nJane',
  messageId: messageIdFor('conv-1/request', 'candidate@example.test'),
  inReplyTo: '<rej-2@acme.test>',
  references: ['<orig-1@acme.test>'],
};

describe('composeMime', () => {
  it('threading headers, exact Message-ID, subject and body survive a parse', async () => {
    const raw = await composeMime(request, { from, date });
    const msg = await parseMessage(raw);
    expect(msg.messageId).toBe(request.messageId);
    expect(msg.inReplyTo).toBe('<rej-2@acme.test>');
    expect(msg.references).toEqual(['<orig-1@acme.test>', '<rej-2@acme.test>']);
    expect(msg.subject).toBe(request.subject);
    expect(msg.from).toEqual({ name: 'Jane Doe', address: 'candidate@example.test' });
    expect(msg.to).toEqual([{ name: 'Maria López', address: 'hr@acme.test' }]);
    expect(msg.text.trim()).toBe(request.text);
    expect(msg.date).toBe(date.toISOString());
    expect(msg.headers['auto-submitted']).toBeUndefined();
  });

  it('Auto-Submitted on mails to the candidate, never on employer mails', async () => {
    const notice = { ...request, id: 'n', purpose: 'notice' as const, toEmployer: false, to: [from], inReplyTo: null, references: [] };
    const parsed = await parseMessage(await composeMime(notice, { from, date }));
    expect(parsed.headers['auto-submitted']).toBe('auto-generated');
    expect(parsed.inReplyTo).toBeNull();
    const forced = await parseMessage(await composeMime({ ...request, headers: { 'Auto-Submitted': 'auto-generated', 'X-Extra': '1' } }, { from, date }));
    expect(forced.headers['auto-submitted']).toBeUndefined();
    expect(forced.headers['x-extra']).toBe('1');
  });

  it('refuses an invalid Message-ID', async () => {
    await expect(composeMime({ ...request, messageId: 'no-brackets@x' }, { from, date })).rejects.toThrow(/Message-ID/);
  });
});

describe('ids and chains', () => {
  it('messageIdFor is deterministic per outbox id and valid', () => {
    expect(messageIdFor('a', 'x@example.com')).toBe(messageIdFor('a', 'x@example.com'));
    expect(messageIdFor('a', 'x@example.com')).not.toBe(messageIdFor('b', 'x@example.com'));
    expect(isValidMessageId(messageIdFor('a', 'x@example.com'))).toBe(true);
    expect(messageIdFor('a', 'x@Example.com')).toMatch(/@example\.com>$/);
  });

  it('referencesChain appends In-Reply-To once', () => {
    expect(referencesChain({ references: ['<a@x>', '<b@x>'], inReplyTo: '<b@x>' })).toEqual(['<a@x>', '<b@x>']);
    expect(referencesChain({ references: [], inReplyTo: '<b@x>' })).toEqual(['<b@x>']);
    expect(referencesChain({ references: [], inReplyTo: null })).toEqual([]);
  });
});
