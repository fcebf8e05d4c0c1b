import { describe, expect, it } from 'vitest';
import { backoffDelay, createBackoff } from '../../src/mail/backoff.ts';

describe('backoffDelay', () => {
  it('grows exponentially from baseMs and is capped at maxMs', () => {
    const o = { baseMs: 100, maxMs: 1000, factor: 2, jitter: 0, random: () => 0.5 };
    expect([0, 1, 2, 3, 4, 5, 50].map((n) => backoffDelay(n, o))).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  });

  it('jitter keeps a delay within [cap × (1 − jitter), cap]', () => {
    const base = { baseMs: 1000, maxMs: 60_000, factor: 2, jitter: 0.5 };
    expect(backoffDelay(0, { ...base, random: () => 0 })).toBe(500);
    expect(backoffDelay(0, { ...base, random: () => 0.999999 })).toBe(1000);
    expect(backoffDelay(3, { ...base, random: () => 0.5 })).toBe(6000);
  });

  it('never returns zero, NaN or Infinity, even for silly attempts', () => {
    for (const n of [-3, 0, 1e6, Number.MAX_SAFE_INTEGER]) {
      const d = backoffDelay(n, { random: () => 0 });
      expect(Number.isFinite(d)).toBe(true);
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThanOrEqual(60_000);
    }
  });

  it('defaults: 0.5 s first, capped at 60 s', () => {
    expect(backoffDelay(0, { random: () => 0.999999 })).toBe(500);
    expect(backoffDelay(40, { random: () => 0.999999 })).toBe(60_000);
  });
});

describe('createBackoff', () => {
  it('counts attempts and starts over after reset()', () => {
    const b = createBackoff({ baseMs: 10, maxMs: 1000, jitter: 0, random: () => 0 });
    expect([b.next(), b.next(), b.next()]).toEqual([10, 20, 40]);
    expect(b.attempt).toBe(3);
    b.reset();
    expect(b.next()).toBe(10);
  });
});
