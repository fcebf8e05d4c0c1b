/**
 * Capped exponential backoff with jitter, pure: the caller owns the waiting (through its Clock).
 *
 * delay(attempt) = cap × (1 − jitter + jitter × random()), cap = min(maxMs, baseMs × factor^attempt).
 * With jitter 0.5 a delay lies in [cap/2, cap]: never zero (no hot reconnect loop against a dead
 * server), and many clients that lost the same server do not come back in lock-step.
 */
export interface BackoffOptions {
  /** The first delay's cap, in ms. */
  baseMs: number;
  /** No delay is ever longer than this, in ms. */
  maxMs: number;
  /** Growth per attempt. */
  factor: number;
  /** Share of the delay that is random, 0 (none) … 1 (full jitter). */
  jitter: number;
  /** Uniform in [0, 1); injectable so tests get exact figures. */
  random: () => number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffOptions> = Object.freeze({
  baseMs: 500,
  maxMs: 60_000,
  factor: 2,
  jitter: 0.5,
  random: Math.random,
});

/** The delay before retry number `attempt` (0 for the first retry), in whole ms. */
export function backoffDelay(attempt: number, options: Partial<BackoffOptions> = {}): number {
  const o = { ...DEFAULT_BACKOFF, ...options };
  const n = Math.max(0, Math.floor(attempt));
  // Math.pow overflows to Infinity for large n; min() keeps it at maxMs.
  const cap = Math.min(o.maxMs, o.baseMs * Math.pow(o.factor, n));
  const jitter = Math.min(1, Math.max(0, o.jitter));
  const r = Math.min(1, Math.max(0, o.random()));
  return Math.round(cap * (1 - jitter + jitter * r));
}

/** A counter over backoffDelay: next() grows the delay, reset() after a success starts over. */
export function createBackoff(options: Partial<BackoffOptions> = {}): { next(): number; reset(): void; readonly attempt: number } {
  let attempt = 0;
  return {
    next: () => backoffDelay(attempt++, options),
    reset() {
      attempt = 0;
    },
    get attempt() {
      return attempt;
    },
  };
}
