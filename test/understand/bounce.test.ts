import { describe, expect, it } from 'vitest';
import { detectBounce } from '../../src/understand/bounce.ts';
import { message } from './message.ts';

const daemon = { fromAddress: 'mailer-daemon@mx.example.test', fromName: 'Mail Delivery System' };

describe('detectBounce', () => {
  it('reads the delivery-status part of an RFC 3464 report', () => {
    const info = detectBounce(message({
      ...daemon,
      subject: 'Undelivered Mail Returned to Sender',
      contentType: 'multipart/report',
      headers: { 'content-type': 'multipart/report; report-type=delivery-status; boundary=x' },
      text: 'This is the mail system at host mx.example.test.',
      parts: [{ contentType: 'message/delivery-status', filename: null, size: 200, text: 'Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; tom@northwind.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n' }],
    }));
    expect(info).toEqual({ permanent: true, status: '5.1.1', recipient: 'tom@northwind.test', diagnostic: '550 5.1.1 User unknown' });
  });

  it('treats a delayed DSN as temporary and a delivered one as no bounce', () => {
    const base = { ...daemon, contentType: 'multipart/report', headers: { 'content-type': 'multipart/report; report-type=delivery-status' } };
    const part = (action: string, status: string) => [{ contentType: 'message/delivery-status', filename: null, size: 1, text: `Final-Recipient: rfc822; a@b.test\nAction: ${action}\nStatus: ${status}\n` }];
    expect(detectBounce(message({ ...base, parts: part('delayed', '4.4.1') }))?.permanent).toBe(false);
    expect(detectBounce(message({ ...base, parts: part('delivered', '2.0.0') }))).toBeNull();
  });

  it.each([
    ['Postfix', daemon, 'Undelivered Mail Returned to Sender', 'This is the mail system at host mx.\n\n<tom@northwind.test>: host said: 550 5.1.1 User unknown', true],
    ['Exim', daemon, 'Mail delivery failed: returning message to sender', 'This message was created automatically by mail delivery software.\n\n  tom@northwind.test\n    550 No such user here', true],
    ['Exim delay', daemon, 'Warning: message 1abc delayed 24 hours', 'This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue.', false],
    ['Sendmail', daemon, 'Returned mail: see transcript for details', '----- The following addresses had permanent fatal errors -----\n<tom@northwind.test>\n    (reason: 550 5.1.1 User unknown)', true],
    ['Gmail', { fromAddress: 'mailer-daemon@googlemail.com', fromName: 'Mail Delivery Subsystem' }, 'Delivery Status Notification (Failure)', "** Address not found **\n\nYour message wasn't delivered to tom@northwind.test because the address couldn't be found.", true],
    ['Gmail delay', { fromAddress: 'mailer-daemon@googlemail.com', fromName: 'Mail Delivery Subsystem' }, 'Delivery Status Notification (Delay)', 'There was a temporary problem delivering your message to tom@northwind.test. Gmail will retry for 40 more hours.', false],
    ['Microsoft 365', { fromAddress: 'microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@x.onmicrosoft.com', fromName: 'Microsoft Outlook' }, 'Undeliverable: Feedback', "Delivery has failed to these recipients or groups:\n\ntom@northwind.test\nThe email address you entered couldn't be found.", true],
    ['German Microsoft 365', { fromAddress: 'postmaster@x.onmicrosoft.com', fromName: 'Microsoft Outlook' }, 'Unzustellbar: Feedback', 'Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\ntom@northwind.test', true],
    ['German text without daemon sender', { fromAddress: 'system@provider.example', fromName: 'Provider' }, 'Nicht zustellbar', 'Die Nachricht konnte nicht zugestellt werden. 550 5.1.1 Benutzer unbekannt', true],
    ['German delay', daemon, 'Warnung: Zustellung verzögert', 'Ihre Nachricht konnte bisher nicht zugestellt werden. Es wird weiterhin versucht.', false],
  ])('recognises a %s bounce', (_, from, subject, text, permanent) => {
    const info = detectBounce(message({ ...from, subject, text }));
    expect(info).not.toBeNull();
    expect(info!.permanent).toBe(permanent);
  });

  it('finds the failed recipient in non-standard text', () => {
    const info = detectBounce(message({ ...daemon, subject: 'Undelivered Mail Returned to Sender', text: '<tom@northwind.test>: host said: 550 5.1.1 User unknown' }));
    expect(info?.recipient).toBe('tom@northwind.test');
    expect(info?.status).toBe('5.1.1');
  });

  it('does not fire on a human reply that talks about delivery', () => {
    expect(detectBounce(message({ subject: 'Re: Feedback', text: 'Hi Jane, delivery of the project was late, but your answers were good.' }))).toBeNull();
    expect(detectBounce(message({ subject: 'Re: Undeliverable: Feedback', text: 'Hi Jane, sorry, your first mail bounced. Here is the feedback.' }))).toBeNull();
  });
});
