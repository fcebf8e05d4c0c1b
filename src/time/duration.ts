/**
 * Durations as the configuration writes them: `5bd` (business days), `90s`, `10m`, `2h`, `3d`, `0`.
 * Business days are kept apart from fixed durations because they depend on the calendar and
 * the candidate's time zone; they are turned into an absolute deadline by src/time/business.ts.
 */
export type Duration =
  | { unit: 'bd'; amount: number }
  | { unit: 'ms'; amount: number };

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses one duration. Throws an Error with a readable message on a bad value. */
export function parseDuration(text: string): Duration {
  const value = text.trim().toLowerCase();
  if (value === '0') return { unit: 'ms', amount: 0 };
  const match = /^(\d+(?:\.\d+)?)\s*(bd|s|m|h|d)$/.exec(value);
  if (!match) throw new Error(`"${text}" is not a duration (use e.g. 5bd, 90s, 10m, 2h, 3d)`);
  const amount = Number(match[1]);
  const unit = match[2]!;
  if (unit === 'bd') {
    if (!Number.isInteger(amount)) throw new Error(`"${text}": business days must be a whole number`);
    return { unit: 'bd', amount };
  }
  return { unit: 'ms', amount: amount * UNITS[unit]! };
}

/** Parses a comma-separated list of durations (FOLLOW_UP_DELAYS). */
export function parseDurationList(text: string): Duration[] {
  return text.split(',').map((part) => part.trim()).filter(Boolean).map(parseDuration);
}

export function formatDuration(d: Duration): string {
  if (d.unit === 'bd') return `${d.amount}bd`;
  if (d.amount === 0) return '0';
  for (const [unit, ms] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000]] as const) {
    if (d.amount % ms === 0) return `${d.amount / ms}${unit}`;
  }
  return `${d.amount / 1000}s`;
}
