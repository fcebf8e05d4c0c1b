import { describe, expect, it } from 'vitest';
import { addBusinessDays, applyDuration, localParts, moveIntoWindow, resumeAfterReturn, zonedTime } from '../../src/time/business.ts';

const BERLIN = 'Europe/Berlin';
const NY = 'America/New_York';
const W = { start: 9 * 60, end: 17 * 60 };

describe('zonedTime / localParts', () => {
  it('round-trips in winter and summer', () => {
    expect(zonedTime(2026, 1, 5, 9, 0, BERLIN).toISOString()).toBe('2026-01-05T08:00:00.000Z');
    expect(zonedTime(2026, 7, 6, 9, 0, BERLIN).toISOString()).toBe('2026-07-06T07:00:00.000Z');
    const p = localParts(new Date('2026-07-06T07:00:00Z'), BERLIN);
    expect([p.hour, p.minute, p.weekday]).toEqual([9, 0, 1]);
  });
  it('a time in the spring-forward gap resolves after the gap', () => {
    // 2026-03-29 02:30 does not exist in Berlin.
    expect(zonedTime(2026, 3, 29, 2, 30, BERLIN).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('addBusinessDays', () => {
  it('skips weekends', () => {
    // Thu 2026-01-08 10:00 Berlin + 2bd = Mon 2026-01-12 10:00
    expect(addBusinessDays(new Date('2026-01-08T09:00:00Z'), 2, BERLIN).toISOString()).toBe('2026-01-12T09:00:00.000Z');
    // Friday + 1bd = Monday; Saturday + 1bd = Monday
    expect(addBusinessDays(new Date('2026-01-09T09:00:00Z'), 1, BERLIN).toISOString()).toBe('2026-01-12T09:00:00.000Z');
    expect(addBusinessDays(new Date('2026-01-10T09:00:00Z'), 1, BERLIN).toISOString()).toBe('2026-01-12T09:00:00.000Z');
    expect(addBusinessDays(new Date('2026-01-05T09:00:00Z'), 5, BERLIN).toISOString()).toBe('2026-01-12T09:00:00.000Z');
  });
  it('keeps local time of day across DST (Berlin spring forward, New York fall back)', () => {
    // Fri 2026-03-27 09:00 CET (08:00Z) + 1bd = Mon 2026-03-30 09:00 CEST (07:00Z)
    expect(addBusinessDays(new Date('2026-03-27T08:00:00Z'), 1, BERLIN).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // Fri 2026-10-30 09:00 EDT (13:00Z) + 1bd = Mon 2026-11-02 09:00 EST (14:00Z)
    expect(addBusinessDays(new Date('2026-10-30T13:00:00Z'), 1, NY).toISOString()).toBe('2026-11-02T14:00:00.000Z');
  });
  it('uses the local date, not the UTC date', () => {
    // Fri 23:30 New York = Sat 04:30Z; +1bd local → Mon 23:30 New York
    expect(addBusinessDays(new Date('2026-01-10T04:30:00Z'), 1, NY).toISOString()).toBe('2026-01-13T04:30:00.000Z');
  });
});

describe('applyDuration', () => {
  it('fixed and business durations', () => {
    const from = new Date('2026-01-09T09:00:00Z');
    expect(applyDuration(from, { unit: 'ms', amount: 3_600_000 }, BERLIN).toISOString()).toBe('2026-01-09T10:00:00.000Z');
    expect(applyDuration(from, { unit: 'bd', amount: 3 }, BERLIN).toISOString()).toBe('2026-01-14T09:00:00.000Z');
  });
});

describe('moveIntoWindow', () => {
  it('inside the window: unchanged', () => {
    const at = new Date('2026-01-05T10:17:00Z'); // Mon 11:17 Berlin
    expect(moveIntoWindow(at, W, BERLIN).toISOString()).toBe(at.toISOString());
  });
  it('before the window: same day at start; after: next weekday', () => {
    expect(moveIntoWindow(new Date('2026-01-05T05:00:00Z'), W, BERLIN).toISOString()).toBe('2026-01-05T08:00:00.000Z');
    expect(moveIntoWindow(new Date('2026-01-05T16:00:00Z'), W, BERLIN).toISOString()).toBe('2026-01-06T08:00:00.000Z');
    // Friday evening → Monday 09:00
    expect(moveIntoWindow(new Date('2026-01-09T17:30:00Z'), W, BERLIN).toISOString()).toBe('2026-01-12T08:00:00.000Z');
    // Sunday → Monday (summer time after the change)
    expect(moveIntoWindow(new Date('2026-03-29T10:00:00Z'), W, BERLIN).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
  it('the end minute is outside the window', () => {
    expect(moveIntoWindow(new Date('2026-01-05T16:00:00Z'), W, BERLIN).toISOString()).toBe('2026-01-06T08:00:00.000Z');
  });
  it('no window: always', () => {
    const at = new Date('2026-01-10T03:00:00Z');
    expect(moveIntoWindow(at, null, BERLIN).toISOString()).toBe(at.toISOString());
  });
});

describe('resumeAfterReturn', () => {
  it('next business day after the return date, at the window start', () => {
    // back Friday 2026-01-16 → Monday 2026-01-19 09:00 Berlin
    expect(resumeAfterReturn('2026-01-16', W, BERLIN).toISOString()).toBe('2026-01-19T08:00:00.000Z');
    expect(resumeAfterReturn('2026-01-13', null, NY).toISOString()).toBe('2026-01-14T14:00:00.000Z');
  });
});
