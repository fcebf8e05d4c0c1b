import { describe, expect, it } from 'vitest';
import { checkCaps, DAY_MS, type CapFacts } from '../../src/mail/caps.ts';

const now = new Date('2026-01-05T10:00:00Z');
const base: CapFacts = {
  now,
  recipients: ['hr@acme.test'],
  maxSendsPerDay: 3,
  sendsInLast24h: 0,
  oldestSendInLast24h: null,
  minGapPerRecipientMs: 24 * 3_600_000,
  lastSendTo: () => null,
  sendWindow: null,
  timezone: 'Europe/Berlin',
};

describe('checkCaps', () => {
  it('passes under every cap', () => {
    expect(checkCaps(base)).toEqual({ ok: true });
    expect(checkCaps({ ...base, sendsInLast24h: 2 })).toEqual({ ok: true });
  });

  it('daily cap: rolling 24 h, held until the oldest counted send leaves the window', () => {
    const oldest = new Date('2026-01-04T13:00:00Z');
    expect(checkCaps({ ...base, sendsInLast24h: 3, oldestSendInLast24h: oldest })).toEqual({
      ok: false, reason: 'daily_cap', until: new Date(oldest.getTime() + DAY_MS),
    });
  });

  it('recipient gap: held until the gap has passed since the last mail to that address (case-insensitive)', () => {
    const last = new Date('2026-01-05T08:00:00Z');
    const decision = checkCaps({ ...base, recipients: ['HR@acme.test'], lastSendTo: (a) => (a === 'hr@acme.test' ? last : null) });
    expect(decision).toEqual({ ok: false, reason: 'recipient_gap', until: new Date('2026-01-06T08:00:00Z') });
    expect(checkCaps({ ...base, lastSendTo: () => new Date('2026-01-04T09:59:00Z') })).toEqual({ ok: true });
  });

  it('the latest hold wins, then moves into the send window', () => {
    const decision = checkCaps({
      ...base,
      sendsInLast24h: 3,
      oldestSendInLast24h: new Date('2026-01-04T12:00:00Z'), // free at 2026-01-05T12:00Z
      lastSendTo: () => new Date('2026-01-04T17:30:00Z'), // free at 2026-01-05T17:30Z = 18:30 Berlin
      sendWindow: { start: 9 * 60, end: 17 * 60 },
    });
    // 18:30 Berlin is after the window → next morning 09:00 Berlin = 08:00Z.
    expect(decision).toEqual({ ok: false, reason: 'recipient_gap', until: new Date('2026-01-06T08:00:00Z') });
  });

  it('send window alone: before, inside, after (candidate\'s time zone)', () => {
    const window = { start: 9 * 60, end: 17 * 60 };
    expect(checkCaps({ ...base, now: new Date('2026-01-05T06:00:00Z'), sendWindow: window })).toEqual({ ok: false, reason: 'send_window', until: new Date('2026-01-05T08:00:00Z') });
    expect(checkCaps({ ...base, sendWindow: window })).toEqual({ ok: true });
    expect(checkCaps({ ...base, now: new Date('2026-01-05T16:30:00Z'), sendWindow: window })).toEqual({ ok: false, reason: 'send_window', until: new Date('2026-01-06T08:00:00Z') });
  });
});

describe('send window on weekends', () => {
  it('a hold ending on Saturday moves to Monday morning (local)', () => {
    const decision = checkCaps({ ...base, now: new Date('2026-01-09T18:00:00Z'), sendWindow: { start: 540, end: 1020 } });
    expect(decision).toEqual({ ok: false, reason: 'send_window', until: new Date('2026-01-12T08:00:00Z') });
  });
});
