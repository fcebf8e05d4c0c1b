/**
 * detectBounce: is this message a non-delivery report for mail debrief sent, and is the failure
 * permanent?
 *
 * Standard reports (RFC 3464: multipart/report; report-type=delivery-status) are read from their
 * message/delivery-status part (Action, Status, Final-Recipient, Diagnostic-Code). The common
 * non-standard texts (Postfix, Exim, Sendmail, Gmail, Microsoft 365; English and German) are
 * recognised by sender, subject and body phrases, weighed together.
 * Permanent: a 5.x.x status or 5xx reply, "does not exist", "user unknown". Temporary: 4.x.x,
 * "delayed", "will retry" (a delay warning is a temporary bounce). Unknown defaults to permanent
 * only when a hard-failure phrase is present; otherwise temporary.
 * Pure; examines at most TEXT_CHARS of the body.
 */
import type { InboundMessage } from '../mail/message.ts';
import type { BounceInfo } from './types.ts';

const TEXT_CHARS = 8_000;

const DAEMON_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|mail\.?delivery\.?subsystem|microsoftexchange[0-9a-f]*|bounces?|nobody)@/i;
const DAEMON_NAME = /\b(?:mail delivery (?:subsystem|system|service)|mailer-daemon|postmaster|microsoft outlook|e-?mail-?zustellsystem)\b/i;

const SUBJECT: RegExp[] = [
  /\bundeliver(?:able|ed)\b/i,
  /\bdelivery status notification\b/i,
  /\b(?:mail )?delivery (?:failed|failure|has failed|problem|delayed|incomplete)/i,
  /\breturned mail\b|\bfailure notice\b|\bmail delivery failed\b|\bnon[- ]?delivery\b|\bdelivery notification\b/i,
  /\bwarning: (?:could not send|message .*delayed)|\bdelayed mail\b|\bdelivery delayed\b/i,
  /\bunzustellbar\b|\bnicht zustellbar\b|\bzustellung (?:fehlgeschlagen|verzögert|nicht möglich)\b|\bunzustellbare\b|\bfehlgeschlagene zustellung\b|\bzustellungsbenachrichtigung\b/i,
];

const BODY: RegExp[] = [
  /this is the mail system at host/i,
  /this message was created automatically by mail delivery software/i,
  /\bdelivery to the following recipients? (?:failed|has been delayed)/i,
  /\bdelivery has failed to these recipients\b/i,
  /\byour message (?:to .{0,80} )?(?:couldn't|could not|wasn't|was not|cannot) be delivered\b/i,
  /\b(?:address|recipient) not found\b/i,
  /\bthe following (?:message to <[^>]+>|addresses?\(?e?s?\)?) (?:was undeliverable|failed|had permanent fatal errors)/i,
  /\bi'm sorry to have to inform you that your message could not\b/i,
  /\bthe original message was received at\b/i,
  /\bhas not yet been delivered\b|\bwill (?:continue to )?(?:retry|try)\b[^.]{0,40}\b(?:deliver|send)/i,
  /\bdie (?:nachricht|e-?mail) konnte nicht (?:an .{0,80} )?zugestellt werden\b/i,
  /\bzustellung an (?:folgende|diese) empfänger (?:ist )?fehlgeschlagen\b/i,
  /\bihre nachricht (?:konnte|wurde) .{0,60}nicht zugestellt\b/i,
];

const PERMANENT = /\b(?:does not exist|doesn't exist|user unknown|unknown user|no such (?:user|mailbox|recipient)|mailbox (?:unavailable|not found|disabled)|recipient (?:address )?rejected|address rejected|account (?:has been )?disabled|invalid recipient|not found|permanent(?:ly)? (?:error|failure|fatal)|unzustellbar|existiert nicht|unbekannt)\b/i;
const TEMPORARY = /\b(?:delayed|delay|will (?:continue to )?(?:retry|try)|still (?:trying|undelivered)|not yet been delivered|temporar(?:y|ily)|try again later|mailbox (?:is )?full|over quota|verzögert|wird (?:weiterhin|erneut) versucht|vorübergehend)\b/i;

interface DsnFields {
  action: string | null;
  status: string | null;
  recipient: string | null;
  diagnostic: string | null;
}

/** Reads the per-recipient fields of a message/delivery-status part (the first failed or delayed one). */
function parseDeliveryStatus(text: string): DsnFields {
  const unfolded = text.replace(/\r?\n[ \t]+/g, ' ');
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(unfolded)?.[1]?.trim() ?? null;
  const recipient = field('Final-Recipient') ?? field('Original-Recipient');
  return {
    action: field('Action')?.toLowerCase() ?? null,
    status: /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(field('Status') ?? '')?.[1] ?? null,
    recipient: recipient ? recipient.replace(/^[\w-]+;\s*/, '').replace(/^<|>$/g, '').toLowerCase() : null,
    diagnostic: field('Diagnostic-Code')?.replace(/^smtp;\s*/i, '').slice(0, 200) ?? null,
  };
}

const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function detectBounce(msg: InboundMessage): BounceInfo | null {
  const contentTypeHeader = (msg.headers['content-type'] ?? '').toLowerCase();
  const dsnPart = msg.parts.find((p) => p.contentType === 'message/delivery-status' || p.contentType === 'message/global-delivery-status');
  const isReport = msg.contentType === 'multipart/report';
  if (isReport && /report-type=["']?disposition-notification/.test(contentTypeHeader) && !dsnPart) return null;

  const body = msg.text.slice(0, TEXT_CHARS);
  let dsn: DsnFields | null = null;
  if (dsnPart?.text) {
    dsn = parseDeliveryStatus(dsnPart.text);
    // A success notice ("delivered", "relayed", "expanded") is not a bounce.
    if (dsn.action && /^(?:delivered|relayed|expanded)/.test(dsn.action)) return null;
  }

  let score = 0;
  if (dsn || (isReport && /report-type=["']?delivery-status/.test(contentTypeHeader))) score += 3;
  const from = msg.from?.address ?? '';
  const daemon = DAEMON_SENDER.test(from) || DAEMON_NAME.test(msg.from?.name ?? '');
  const subjectHit = SUBJECT.some((r) => r.test(msg.subject));
  if (daemon) score += 2;
  if (subjectHit) score += 2;
  const personLike = /^\s*(?:re|aw|sv|antw)\s*:/i.test(msg.subject);
  // Body phrases only decide when a bounce-like subject sits behind a person's "Re:" (the other
  // cues decide alone), so the body is scanned only then: most mail is not a bounce.
  if (subjectHit && personLike && score < 3 && BODY.some((r) => r.test(body))) score += 2;
  // A report, a mail daemon, a bounce subject that is not a person's "Re:", or two cues together.
  const bounce = score >= 3 || daemon || (subjectHit && !personLike);
  if (!bounce) return null;

  const statusInText = /\b([45]\.\d{1,3}\.\d{1,3})\b/.exec(body)?.[1] ?? null;
  const status = dsn?.status ?? statusInText;
  let permanent: boolean;
  if (dsn?.action?.startsWith('delayed')) permanent = false;
  else if (status) permanent = status.startsWith('5');
  else if (TEMPORARY.test(msg.subject) || TEMPORARY.test(body)) permanent = PERMANENT.test(body) && !/\bdelay/i.test(`${msg.subject} ${body}`);
  else if (/\b5[0-5]\d\b/.test(body)) permanent = true;
  else if (/\b4[0-5]\d\b/.test(body)) permanent = false;
  else permanent = true;
  if (status?.startsWith('4') && !dsn?.action) permanent = false;

  let recipient = dsn?.recipient ?? null;
  if (!recipient) {
    const own = new Set([from, ...msg.to.map((a) => a.address)]);
    recipient = (body.match(ADDRESS) ?? []).map((a) => a.toLowerCase()).find((a) => !own.has(a) && !DAEMON_SENDER.test(a)) ?? null;
  }
  let diagnostic = dsn?.diagnostic ?? null;
  if (!diagnostic) {
    const line = body.split('\n').find((l) => /\b[45]\d\d\b|\b[45]\.\d\.\d\b|said:|does not exist|not found|unknown/i.test(l));
    diagnostic = line ? line.trim().slice(0, 200) : null;
  }
  return { permanent, status, recipient, diagnostic };
}
