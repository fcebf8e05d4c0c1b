/**
 * A minimal InboundMessage for the pure understand/ tests: a reply in a thread from an employer,
 * with any field overridden.
 */
import type { InboundMessage } from '../../src/mail/message.ts';

export function message(fields: Partial<InboundMessage> & { fromAddress?: string; fromName?: string }): InboundMessage {
  const { fromAddress = 'tom@northwind.test', fromName = 'Tom Baker', ...rest } = fields;
  return {
    uid: null,
    messageId: '<m@x.test>',
    inReplyTo: '<req@example.test>',
    references: ['<req@example.test>'],
    from: { name: fromName, address: fromAddress },
    sender: null,
    replyTo: [],
    to: [{ name: 'Jane Doe', address: 'jane.doe@example.test' }],
    cc: [],
    subject: 'Re: Feedback on my application',
    date: '2026-01-05T09:00:00.000Z',
    headers: {},
    contentType: 'text/plain',
    text: '',
    textFromHtml: false,
    parts: [],
    size: 1000,
    truncated: false,
    ...rest,
  };
}
