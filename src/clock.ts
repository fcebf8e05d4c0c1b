/**
 * Time, injected. Every timer in debrief goes through a Clock so that tests (and the demo)
 * control it. Durable waits are never timers: they are absolute deadlines stored as data;
 * a Clock timer is only the in-memory wake-up call for the nearest such deadline.
 */
export interface Clock {
  /** The current time. */
  now(): Date;
  /** Calls `fn` once when the clock reaches `at` (at once if `at` is past). Returns a cancel function. */
  setTimer(at: Date, fn: () => void): () => void;
  /** Resolves after `ms` of this clock's time (used for backoff waits). */
  sleep(ms: number): Promise<void>;
}

/** The wall clock. */
export function systemClock(): Clock {
  return {
    now: () => new Date(),
    setTimer(at, fn) {
      // setTimeout is capped at 2^31-1 ms (~24.8 days); re-arm for longer waits.
      let handle: NodeJS.Timeout;
      const arm = () => {
        const wait = at.getTime() - Date.now();
        handle = setTimeout(wait > 2 ** 31 - 1 ? arm : fn, Math.max(0, Math.min(wait, 2 ** 31 - 1)));
        handle.unref?.();
      };
      arm();
      return () => clearTimeout(handle);
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/**
 * A clock that runs `factor` times faster than the wall clock from `start` on.
 * The demo uses it to play a week of business-day follow-ups in about a minute.
 */
export function fastClock(factor: number, start: Date = new Date()): Clock {
  const realStart = Date.now();
  const now = () => new Date(start.getTime() + (Date.now() - realStart) * factor);
  return {
    now,
    setTimer(at, fn) {
      const handle = setTimeout(fn, Math.max(0, (at.getTime() - now().getTime()) / factor));
      handle.unref?.();
      return () => clearTimeout(handle);
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / factor)),
  };
}

/**
 * A manual clock for tests: time moves only when the test says so.
 * `advance()` fires due timers in deadline order, awaiting a microtask turn between them.
 */
export class TestClock implements Clock {
  private current: number;
  private timers: { at: number; fn: () => void; seq: number }[] = [];
  private seq = 0;

  constructor(start: Date | string = '2026-01-05T09:00:00Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimer(at: Date, fn: () => void): () => void {
    const timer = { at: at.getTime(), fn, seq: this.seq++ };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(new Date(this.current + ms), resolve));
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    await this.set(new Date(this.current + ms));
  }

  /** Moves time to `to` (never backwards), firing due timers in order. */
  async set(to: Date | string): Promise<void> {
    const target = new Date(to).getTime();
    for (;;) {
      const due = this.timers
        .filter((t) => t.at <= target)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.current = Math.max(this.current, due.at);
      due.fn();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.current = Math.max(this.current, target);
  }

  /** How many timers are waiting (for assertions). */
  get pending(): number {
    return this.timers.length;
  }
}
