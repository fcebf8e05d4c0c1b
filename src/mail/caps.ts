/**
 * Sending caps for employer mails, as pure decisions: debrief must never look like a bulk
 * mailer, and a mail held back by a cap waits (the caller re-sends at `until`), it is never
 * dropped.
 *
 * - Daily cap: a ROLLING 24 hours, not a calendar day. It needs no time zone, cannot be
 *   gamed by a midnight boundary (20 mails at 23:59 and 20 more at 00:01), and `until` is
 *   exact: the moment the oldest counted send leaves the window.
 * - Recipient gap: at least `minGapPerRecipientMs` between two mails to one employer address.
 * - Send window: local minutes of the day in the candidate's time zone (`SEND_WINDOW`).
 * When several apply, the latest `until` wins and is then moved into the send window.
 */

export type HoldReason = 'daily_cap' | 'recipient_gap' | 'send_window';

export interface CapFacts {
  now: Date;
  recipients: string[];
  maxSendsPerDay: number;
  /** Employer sends counted in the 24 hours before `now`. */
  sendsInLast24h: number;
  /** The oldest of those sends, or null. */
  oldestSendInLast24h: Date | null;
  minGapPerRecipientMs: number;
  /** When debrief last sent to this address (lower-case), or null. */
  lastSendTo: (address: string) => Date | null;
  sendWindow: { start: number; end: number } | null;
  timezone: string;
}

export type CapDecision = { ok: true } | { ok: false; until: Date; reason: HoldReason };

export const DAY_MS = 24 * 60 * 60 * 1000;

export function checkCaps(f: CapFacts): CapDecision {
  // An object, not two `let`s: TypeScript does not see assignments made inside closures.
  const hold: { until: Date | null; reason: HoldReason } = { until: null, reason: 'daily_cap' };
  const later = (at: Date, why: HoldReason) => {
    if (at.getTime() > f.now.getTime() && (!hold.until || at.getTime() > hold.until.getTime())) {
      hold.until = at;
      hold.reason = why;
    }
  };

  if (f.sendsInLast24h >= f.maxSendsPerDay) {
    // With more sends than the cap (the cap was lowered), this `until` may be early; the
    // re-check at `until` simply holds again. Without a known oldest send, wait a full day.
    const base = f.oldestSendInLast24h ?? f.now;
    later(new Date(Math.max(base.getTime() + DAY_MS, f.now.getTime() + 1000)), 'daily_cap');
  }
  for (const address of f.recipients) {
    const last = f.lastSendTo(address.toLowerCase());
    if (last) later(new Date(last.getTime() + f.minGapPerRecipientMs), 'recipient_gap');
  }

  const candidate: Date = hold.until ?? f.now;
  if (f.sendWindow) {
    const opening = nextWindowOpening(candidate, f.sendWindow, f.timezone);
    if (opening.getTime() > candidate.getTime()) {
      if (!hold.until) hold.reason = 'send_window';
      hold.until = opening;
    }
  }
  return hold.until ? { ok: false, until: hold.until, reason: hold.reason } : { ok: true };
}

/** Minutes since local midnight of `at` in `timezone`, and the local calendar date. */
export function localParts(at: Date, timezone: string): { year: number; month: number; day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), minutes: get('hour') * 60 + get('minute') };
}

/** Offset of `timezone` from UTC at instant `at`, in ms (positive east of Greenwich). */
function offsetMs(at: number, timezone: string): number {
  const p = localParts(new Date(at), timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, Math.floor(p.minutes / 60), p.minutes % 60);
  return asUtc - Math.floor(at / 60_000) * 60_000;
}

/** The instant at which the local wall clock in `timezone` shows the given date and minute. */
export function zonedTime(year: number, month: number, day: number, minutes: number, timezone: string): Date {
  const naive = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  let at = naive - offsetMs(naive, timezone);
  // Once more, for an offset change (DST) between the guess and the answer.
  at = naive - offsetMs(at, timezone);
  return new Date(at);
}

/** `at` itself when it lies inside the window, else the window's next opening. */
export function nextWindowOpening(at: Date, window: { start: number; end: number }, timezone: string): Date {
  const p = localParts(at, timezone);
  if (p.minutes >= window.start && p.minutes < window.end) return at;
  if (p.minutes < window.start) return zonedTime(p.year, p.month, p.day, window.start, timezone);
  // After today's window: tomorrow's opening (Date.UTC normalises day overflow).
  const tomorrow = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return zonedTime(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate(), window.start, timezone);
}
