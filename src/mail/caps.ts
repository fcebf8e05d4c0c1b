/**
 * Sending caps for employer mails, as pure decisions: debrief must never look like a bulk
 * mailer, and a mail held back by a cap waits (the caller re-sends at `until`), it is never
 * dropped.
 *
 * - Daily cap: a ROLLING 24 hours, not a calendar day. It needs no time zone, cannot be
 *   gamed by a midnight boundary (20 mails at 23:59 and 20 more at 00:01), and `until` is
 *   exact: the moment the oldest counted send leaves the window.
 * - Recipient gap: at least `minGapPerRecipientMs` between two mails to one employer address.
 * - Send window: local minutes of the day, Monday–Friday, in the candidate's time zone
 *   (`SEND_WINDOW`), by the same rule as every scheduled deadline (src/time/business.ts).
 * When several apply, the latest `until` wins and is then moved into the send window.
 */

import { moveIntoWindow, type SendWindow } from '../time/business.ts';

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
  sendWindow: SendWindow;
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
    const opening = moveIntoWindow(candidate, f.sendWindow, f.timezone);
    if (opening.getTime() > candidate.getTime()) {
      if (!hold.until) hold.reason = 'send_window';
      hold.until = opening;
    }
  }
  return hold.until ? { ok: false, until: hold.until, reason: hold.reason } : { ok: true };
}
