import { describe, expect, it } from 'vitest';
import { classifySmtpError, SMTP_ERRORS } from '../../src/mail/smtp-errors.ts';

const smtp = (responseCode: number, response: string, code = 'EENVELOPE') => Object.assign(new Error(response), { code, responseCode, response });

describe('classifySmtpError', () => {
  it.each([
    [smtp(550, "550 5.1.1 <x@y>: User doesn't exist"), 'ERECIPIENT_UNKNOWN', true],
    [smtp(550, '550 Requested action not taken: mailbox unavailable'), 'ERECIPIENT_UNKNOWN', true],
    [smtp(554, '554 5.7.1 Message rejected as spam', 'EMESSAGE'), 'EREJECTED', true],
    [smtp(552, '552 5.2.2 Mailbox full'), 'EMAILBOX_FULL', false],
    [smtp(552, '552 5.3.4 Message too big', 'EMESSAGE'), 'EPERMANENT', true],
    [smtp(535, '535 5.7.8 Authentication credentials invalid', 'EAUTH'), 'EAUTH', false],
    [smtp(451, '451 4.3.0 Mail store temporarily unavailable'), 'ETRANSIENT', false],
    [smtp(421, '421 4.7.0 Try again later'), 'ETRANSIENT', false],
    [smtp(503, '503 5.5.1 Bad sequence of commands'), 'EPROTOCOL', false],
    [Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION' }), 'ECONNECTION', false],
    [Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'ESOCKET', false],
    [Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }), 'EDNS', false],
    ['a string', 'EUNKNOWN', false],
    [undefined, 'EUNKNOWN', false],
  ])('%# → %s', (err, code, permanent) => {
    const info = classifySmtpError(err);
    expect(info.code).toBe(code);
    expect(info.permanent).toBe(permanent);
    expect(info.sentence).toBe(SMTP_ERRORS[info.code].sentence);
  });

  it('every sentence is one sentence-like line without a stack', () => {
    for (const row of Object.values(SMTP_ERRORS)) {
      expect(row.sentence).toMatch(/^[A-Za-z].*\.$/);
      expect(row.sentence).not.toContain('\n');
    }
  });
});
