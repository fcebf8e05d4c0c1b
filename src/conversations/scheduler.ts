/**
 * Wakes conversations at their absolute deadlines. In-memory only: the deadline itself is data
 * in the conversation's snapshot; this just holds one Clock timer per conversation.
 *
 * Invariant: a given (conversation, deadline) fires at most once per process — the machine
 * moves its deadline when it acts on one, and a guard ignores early or stale wake-ups.
 */
import type { Clock } from '../clock.ts';

export interface Scheduler {
  /** Arms (or re-arms, or with null cancels) the wake-up for a conversation. */
  schedule(conversationId: string, at: string | null): void;
  /** Conversations whose deadline is due now and not yet fired (for the catch-up at start). */
  due(): string[];
  /** Marks a due deadline as fired without waiting for its timer (the restore catch-up). */
  markFired(conversationId: string): void;
  cancelAll(): void;
}

export function createScheduler(deps: { clock: Clock; onDue: (conversationId: string, at: Date) => void }): Scheduler {
  const { clock, onDue } = deps;
  const armed = new Map<string, { at: string; cancel: () => void }>();
  const fired = new Map<string, string>();
  return {
    schedule(id, at) {
      const existing = armed.get(id);
      if (existing && existing.at === at) return;
      existing?.cancel();
      armed.delete(id);
      if (at === null || fired.get(id) === at) return;
      const cancel = clock.setTimer(new Date(at), () => {
        armed.delete(id);
        fired.set(id, at);
        onDue(id, clock.now());
      });
      armed.set(id, { at, cancel });
    },
    due() {
      const now = clock.now().toISOString();
      return [...armed].filter(([, t]) => t.at <= now).map(([id]) => id);
    },
    markFired(id) {
      const t = armed.get(id);
      if (!t) return;
      t.cancel();
      armed.delete(id);
      fired.set(id, t.at);
    },
    cancelAll() {
      for (const t of armed.values()) t.cancel();
      armed.clear();
    },
  };
}
