/**
 * One table of sending errors: a stable code, whether retrying the same mail can ever help,
 * and the one sentence the candidate sees (never a stack). Modelled on nodemailer's
 * lib/errors.js; nodemailer's own codes (ECONNECTION, EAUTH, ...) are mapped here, and SMTP
 * replies are refined by their reply code and enhanced status code (RFC 3463).
 *
 * Invariant: `classifySmtpError` never throws and always yields a code from SMTP_ERRORS.
 */

export interface SmtpErrorInfo {
  code: SmtpErrorCode;
  /** True when the same mail will be refused again: do not retry, tell the candidate. */
  permanent: boolean;
  /** True when retrying soon (inside one send) may help: connection trouble, 4xx replies. */
  retrySoon: boolean;
  sentence: string;
}

export const SMTP_ERRORS = {
  ECONNECTION: { permanent: false, retrySoon: true, sentence: 'The connection to the mail server was lost; debrief will try again.' },
  ETIMEDOUT: { permanent: false, retrySoon: true, sentence: 'The mail server did not answer in time; debrief will try again.' },
  ESOCKET: { permanent: false, retrySoon: true, sentence: 'The mail server could not be reached; debrief will try again.' },
  EDNS: { permanent: false, retrySoon: true, sentence: 'The mail server\'s name could not be looked up; check SMTP_HOST. debrief will try again.' },
  ETLS: { permanent: false, retrySoon: false, sentence: 'The secure connection to the mail server failed; check SMTP_PORT and SMTP_SECURE.' },
  EAUTH: { permanent: false, retrySoon: false, sentence: 'The mail server refused the login; check SMTP_USER and SMTP_PASS (an app password for Gmail/Outlook).' },
  ENOAUTH: { permanent: false, retrySoon: false, sentence: 'No SMTP login is configured; set SMTP_USER and SMTP_PASS.' },
  ETRANSIENT: { permanent: false, retrySoon: true, sentence: 'The mail server asked debrief to try again later.' },
  EMAILBOX_FULL: { permanent: false, retrySoon: false, sentence: 'The recipient\'s mailbox is full; debrief will try again later.' },
  ERECIPIENT_UNKNOWN: { permanent: true, retrySoon: false, sentence: 'The recipient address does not exist; the mail was not delivered.' },
  EREJECTED: { permanent: true, retrySoon: false, sentence: 'The mail server refused the mail (policy or spam filter); it was not delivered.' },
  EPERMANENT: { permanent: true, retrySoon: false, sentence: 'The mail server refused the mail permanently; it was not delivered.' },
  EPROTOCOL: { permanent: false, retrySoon: true, sentence: 'The mail server gave an unexpected answer; debrief will try again.' },
  EINVALID: { permanent: true, retrySoon: false, sentence: 'debrief built a mail without a recipient or Message-ID; it was not sent.' },
  ESENT_CHECK: { permanent: false, retrySoon: false, sentence: 'debrief could not check the Sent folder after an interruption; it will check again before sending.' },
  EUNKNOWN: { permanent: false, retrySoon: false, sentence: 'Sending failed for an unexpected reason; debrief will try again later.' },
} as const satisfies Record<string, Omit<SmtpErrorInfo, 'code'>>;

export type SmtpErrorCode = keyof typeof SMTP_ERRORS;

export function smtpErrorInfo(code: SmtpErrorCode): SmtpErrorInfo {
  return { code, ...SMTP_ERRORS[code] };
}

/** The fields nodemailer sets on a sending error. */
interface NodemailerErrorLike {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  rejected?: string[];
  message?: string;
}

/** Enhanced status code (RFC 3463) from a reply like `550 5.1.1 <x@y>: User unknown`. */
function enhancedStatus(response: string | undefined): string | null {
  return /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(response ?? '')?.[1] ?? null;
}

/** Maps any error thrown by a nodemailer transport to one row of the table. */
export function classifySmtpError(error: unknown): SmtpErrorInfo & { responseCode: number | null; detail: string } {
  const err = (error ?? {}) as NodemailerErrorLike;
  const responseCode = typeof err.responseCode === 'number' ? err.responseCode : null;
  const response = err.response ?? err.message ?? '';
  const status = enhancedStatus(response);
  const detail = (err.response ?? err.message ?? String(error)).slice(0, 300);
  const out = (code: SmtpErrorCode) => ({ ...smtpErrorInfo(code), responseCode, detail });

  if (responseCode !== null && responseCode >= 500 && responseCode < 600 && responseCode !== 503) {
    if (responseCode === 535 || responseCode === 530 || status === '5.7.8') return out('EAUTH');
    if (status?.startsWith('5.1.') || /user unknown|unknown (user|recipient)|no such (user|mailbox)|does not exist|mailbox unavailable|recipient (address )?rejected/i.test(response)) {
      return out('ERECIPIENT_UNKNOWN');
    }
    if (status === '5.2.2') return out('EMAILBOX_FULL');
    if (status?.startsWith('5.7.') || /spam|policy|blocked|blacklist|denied/i.test(response)) return out('EREJECTED');
    return out('EPERMANENT');
  }
  // 503 (bad sequence of commands) is about the session's state, not the mail: a new connection helps.
  if (responseCode === 503) return out('EPROTOCOL');
  if (responseCode !== null && responseCode >= 400 && responseCode < 500) {
    if (status === '4.2.2' || responseCode === 452 && /full|quota/i.test(response)) return out('EMAILBOX_FULL');
    if (responseCode === 454 && /auth/i.test(response)) return out('EAUTH');
    return out('ETRANSIENT');
  }
  switch (err.code) {
    case 'ECONNECTION':
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'EDNS':
    case 'ETLS':
    case 'EAUTH':
    case 'ENOAUTH':
    case 'EPROTOCOL':
      return out(err.code);
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EPIPE':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return out('ESOCKET');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return out('EDNS');
    case 'EENVELOPE':
      // Recipients rejected without a reply code: nodemailer refused the envelope itself.
      return out('EPERMANENT');
    default:
      return out('EUNKNOWN');
  }
}
