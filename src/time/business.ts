/**
 * Business-day arithmetic and the send window, in the candidate's time zone. Pure; Intl only.
 *
 * Invariants:
 * - Business days are Monday–Friday in `timezone` (no holiday calendar).
 * - Adding business days keeps the local wall-clock time of day; across a DST change the UTC
 *   offset changes accordingly (a 09:00 deadline stays 09:00 local).
 * - A local time that does not exist (spring-forward gap) resolves to the instant one gap later.
 */
import type { Duration } from './duration.ts';

/** Send window in local minutes of the day; null means any time, any day. */
export type SendWindow = { start: number; end: number } | null;

interface LocalParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timezone, f);
  }
  return f;
}

/** The wall-clock reading of `at` in `timezone`. */
export function localParts(at: Date, timezone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timezone).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year, month, day, hour, minute, second } = parts as Record<string, number>;
  const weekday = new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay();
  return { year: year!, month: month!, day: day!, hour: hour! % 24, minute: minute!, second: second!, weekday };
}

/** Offset of `timezone` from UTC at instant `ms`, in ms (local − UTC). */
function offsetAt(ms: number, timezone: string): number {
  const p = localParts(new Date(ms), timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the wall clock in `timezone` reads the given local time. */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, timezone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetAt(wall, timezone);
  const second = wall - offsetAt(first, timezone);
  // In a gap the two guesses disagree; the later one is the "one gap later" instant.
  return new Date(Math.max(first, second));
}

/** A local calendar date shifted by `days` (pure calendar arithmetic, no zone involved). */
function shiftDate(y: number, m: number, d: number, days: number): { y: number; m: number; d: number; weekday: number } {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay() };
}

const isWeekday = (weekday: number) => weekday >= 1 && weekday <= 5;

/**
 * `n` business days after `from`, same local time of day. Counting starts the day after `from`,
 * so from a Saturday, 1 business day is Monday; from a Friday, Monday.
 */
export function addBusinessDays(from: Date, n: number, timezone: string): Date {
  if (n <= 0) return new Date(from);
  const p = localParts(from, timezone);
  let date = { y: p.year, m: p.month, d: p.day, weekday: p.weekday };
  let left = n;
  while (left > 0) {
    date = shiftDate(date.y, date.m, date.d, 1);
    if (isWeekday(date.weekday)) left--;
  }
  const out = zonedTime(date.y, date.m, date.d, p.hour, p.minute, timezone);
  return new Date(out.getTime() + p.second * 1000 + (from.getTime() % 1000));
}

/** `from` plus a configured duration: business days in `timezone`, or a fixed number of ms. */
export function applyDuration(from: Date, duration: Duration, timezone: string): Date {
  if (duration.unit === 'bd') return addBusinessDays(from, duration.amount, timezone);
  return new Date(from.getTime() + duration.amount);
}

/**
 * The first instant at or after `at` that lies inside the send window on a weekday (local time).
 * With no window, `at` itself (always allowed).
 */
export function moveIntoWindow(at: Date, window: SendWindow, timezone: string): Date {
  if (!window) return new Date(at);
  const p = localParts(at, timezone);
  const minute = p.hour * 60 + p.minute;
  if (isWeekday(p.weekday) && minute >= window.start && minute < window.end) return new Date(at);
  let date = { y: p.year, m: p.month, d: p.day, weekday: p.weekday };
  if (!(isWeekday(p.weekday) && minute < window.start)) {
    do date = shiftDate(date.y, date.m, date.d, 1);
    while (!isWeekday(date.weekday));
  }
  return zonedTime(date.y, date.m, date.d, Math.floor(window.start / 60), window.start % 60, timezone);
}

/**
 * For an out-of-office return date (YYYY-MM-DD, the day the person is back): the start of the
 * send window on the next business day after it (09:00 local when there is no window).
 */
export function resumeAfterReturn(returnDate: string, window: SendWindow, timezone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(returnDate);
  if (!m) throw new Error(`not a date: ${returnDate}`);
  let date = shiftDate(Number(m[1]), Number(m[2]), Number(m[3]), 1);
  while (!isWeekday(date.weekday)) date = shiftDate(date.y, date.m, date.d, 1);
  const start = window?.start ?? 9 * 60;
  return moveIntoWindow(zonedTime(date.y, date.m, date.d, Math.floor(start / 60), start % 60, timezone), window, timezone);
}
