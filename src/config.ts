/**
 * Configuration: the environment (and an optional .env file) → one validated, frozen Config.
 * This is the one place environment keys are read. The key names are a contract that outside
 * tools rely on; see .env.example for every key with a comment.
 *
 * A wrong value stops start-up with one line naming the key, what is wrong and an example of a
 * right value (ConfigError.message); secrets are never echoed back.
 */
import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { parseDuration, parseDurationList, type Duration } from './time/duration.ts';

export type Stage = 'application' | 'interview' | 'unknown';

export interface ServerConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  tlsRejectUnauthorized: boolean;
}

export interface Config {
  imap: ServerConfig;
  smtp: ServerConfig;
  candidateName: string;
  candidateEmail: string;
  /** Other addresses of the candidate's (aliases), lower-case; never mistaken for employers. */
  candidateAliases: string[];
  dataDir: string;
  followUpDelays: Duration[];
  maxFollowUps: number;
  timezone: string;
  /** Send window in local minutes of the day, or null for `always`. */
  sendWindow: { start: number; end: number } | null;
  dryRun: boolean;
  maxSendsPerDay: number;
  minGapPerRecipientMs: number;
  approveEachFollowUp: boolean;
  pursueStages: Stage[];
  /** Send to employers without asking the candidate first (off by default). */
  autoApprove: boolean;
  /** How long an approval mail waits for an answer before one reminder, and again before expiry. */
  approvalTimeout: Duration;
  /** Whether debrief appends a copy of each sent mail to the Sent folder (`auto`: unless the host is Gmail). */
  saveSentCopy: 'auto' | 'always' | 'never';
  /** First start: how far back to look in the inbox, in days. */
  lookbackDays: number;
  /** Folder of the candidate's own templates, overriding the built-in ones. */
  templatesDir: string | null;
  logLevel: string;
}

/** Thrown for a bad configuration; `message` is the one line shown to the user. */
export class ConfigError extends Error {
  readonly code = 'ECONFIG';
  constructor(readonly key: string, message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const SECRET_KEYS = new Set(['IMAP_PASS', 'SMTP_PASS']);

type Field<T> = { example: string; parse: (value: string) => T };

const bool: Field<boolean> = {
  example: 'true',
  parse: (v) => {
    const s = v.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(s)) return true;
    if (['false', '0', 'no', 'off'].includes(s)) return false;
    throw new Error('must be true or false');
  },
};
const port: Field<number> = {
  example: '993',
  parse: (v) => z.coerce.number().int().min(1).max(65535).parse(v.trim()),
};
const count = (example: string, min = 0): Field<number> => ({
  example,
  parse: (v) => {
    const n = Number(v.trim());
    if (!Number.isInteger(n) || n < min) throw new Error(`must be a whole number ≥ ${min}`);
    return n;
  },
});
const text = (example: string): Field<string> => ({
  example,
  parse: (v) => {
    if (!v.trim()) throw new Error('must not be empty');
    return v.trim();
  },
});
const email = (example: string): Field<string> => ({
  example,
  parse: (v) => z.email().parse(v.trim()).toLowerCase(),
});

function readDotEnv(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!m) continue;
    // A quoted value is taken verbatim up to its closing quote (so it may hold " #" or spaces);
    // an unquoted one ends at the first " #" comment.
    let value = m[2]!;
    const quoted = /^(['"])(.*?)\1\s*(?:#.*)?$/.exec(value);
    if (quoted) value = quoted[2]!;
    else value = value.replace(/\s+#.*$/, '').trim();
    out[m[1]!] = value;
  }
  return out;
}

/**
 * Whether an account is configured at all. With none, `start` and `demo` run on the local mail lab.
 */
export function hasAccount(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.IMAP_HOST || env.IMAP_USER);
}

/**
 * Reads and validates the configuration.
 * @param env the environment (process.env by default); values in it win over the .env file
 * @param envFile a .env file to read first (`.env` in the working directory by default; null for none)
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  envFile: string | null = '.env',
): Readonly<Config> {
  const merged: Record<string, string | undefined> = { ...(envFile ? readDotEnv(envFile) : {}), ...env };

  const get = <T>(key: string, field: Field<T>, fallback?: string): T => {
    const raw = merged[key];
    const value = raw === undefined || raw === '' ? fallback : raw;
    if (value === undefined) {
      throw new ConfigError(key, `${key} is missing: set it, e.g. ${key}=${field.example}`);
    }
    try {
      return field.parse(value);
    } catch (err) {
      const why = err instanceof z.ZodError ? (err.issues[0]?.message ?? 'invalid') : (err as Error).message;
      const shown = SECRET_KEYS.has(key) ? '' : ` (got "${value}")`;
      throw new ConfigError(key, `${key} is invalid${shown}: ${why.toLowerCase()}; e.g. ${key}=${field.example}`);
    }
  };

  const server = (prefix: 'IMAP' | 'SMTP', defaultPort: string): ServerConfig => {
    const secure = get(`${prefix}_SECURE`, bool, defaultPort === '993' || defaultPort === '465' ? 'true' : 'false');
    return {
      host: get(`${prefix}_HOST`, text(prefix === 'IMAP' ? 'imap.example.com' : 'smtp.example.com')),
      port: get(`${prefix}_PORT`, { ...port, example: defaultPort }, secure ? defaultPort : prefix === 'IMAP' ? '143' : '587'),
      secure,
      user: get(`${prefix}_USER`, text('you@example.com')),
      // Passwords are taken as written: leading or trailing spaces may be part of them.
      pass: get(`${prefix}_PASS`, { example: 'app-password', parse: (v) => { if (!v.trim()) throw new Error('must not be empty'); return v; } }),
      tlsRejectUnauthorized: get(`${prefix}_TLS_REJECT_UNAUTHORIZED`, bool, 'true'),
    };
  };

  const duration: Field<Duration> = { example: '5bd', parse: parseDuration };
  const durationList: Field<Duration[]> = {
    example: '3bd,5bd,7bd',
    parse: (v) => {
      const list = parseDurationList(v);
      if (list.length === 0) throw new Error('must list at least one duration');
      return list;
    },
  };
  const timezone: Field<string> = {
    example: 'Europe/Berlin',
    parse: (v) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: v.trim() });
      } catch {
        throw new Error('is not an IANA time zone');
      }
      return v.trim();
    },
  };
  const window: Field<{ start: number; end: number } | null> = {
    example: '09:00-17:00',
    parse: (v) => {
      if (v.trim().toLowerCase() === 'always') return null;
      const m = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(v.trim());
      if (!m) throw new Error('must be HH:MM-HH:MM or always');
      const start = Number(m[1]) * 60 + Number(m[2]);
      const end = Number(m[3]) * 60 + Number(m[4]);
      if (start >= end || end > 24 * 60 || Number(m[2]) > 59 || Number(m[4]) > 59) throw new Error('must be a window within one day, start before end');
      return { start, end };
    },
  };
  const stages: Field<Stage[]> = {
    example: 'interview,unknown',
    parse: (v) => {
      const list = v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
      for (const s of list) if (!['application', 'interview', 'unknown'].includes(s)) throw new Error(`"${s}" is not a stage (application, interview, unknown)`);
      if (list.length === 0) throw new Error('must name at least one stage');
      return list as Stage[];
    },
  };
  const sentCopy: Field<'auto' | 'always' | 'never'> = {
    example: 'auto',
    parse: (v) => z.enum(['auto', 'always', 'never']).parse(v.trim().toLowerCase()),
  };
  const gap: Field<number> = {
    example: '24h',
    parse: (v) => {
      const d = parseDuration(v);
      if (d.unit !== 'ms') throw new Error('must be a fixed duration (s, m, h, d), not business days');
      return d.amount;
    },
  };

  const imap = server('IMAP', '993');
  const smtp = server('SMTP', '465');
  const candidateEmail = get('CANDIDATE_EMAIL', email('jane@example.com'), imap.user.includes('@') ? imap.user : undefined);
  const config: Config = {
    imap,
    smtp,
    candidateName: get('CANDIDATE_NAME', text('Jane Doe')),
    candidateEmail,
    candidateAliases: (merged.CANDIDATE_ALIASES ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
    dataDir: get('DEBRIEF_DATA', text('./data'), './data'),
    followUpDelays: get('FOLLOW_UP_DELAYS', durationList, '5bd,7bd'),
    maxFollowUps: get('MAX_FOLLOW_UPS', count('2'), '2'),
    timezone: get('TIMEZONE', timezone, Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
    sendWindow: get('SEND_WINDOW', window, '09:00-17:00'),
    dryRun: get('DRY_RUN', bool, 'false'),
    maxSendsPerDay: get('MAX_SENDS_PER_DAY', count('20', 1), '20'),
    minGapPerRecipientMs: get('MIN_GAP_PER_RECIPIENT', gap, '24h'),
    approveEachFollowUp: get('APPROVE_EACH_FOLLOW_UP', bool, 'false'),
    pursueStages: get('PURSUE_STAGES', stages, 'interview,unknown'),
    autoApprove: get('AUTO_APPROVE', bool, 'false'),
    approvalTimeout: get('APPROVAL_TIMEOUT', duration, '5bd'),
    saveSentCopy: get('SAVE_SENT_COPY', sentCopy, 'auto'),
    lookbackDays: get('LOOKBACK_DAYS', count('30'), '30'),
    templatesDir: merged.TEMPLATES_DIR?.trim() || null,
    logLevel: get('LOG_LEVEL', { example: 'info', parse: (v) => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).parse(v.trim()) }, 'info'),
  };
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The configuration with secrets replaced, safe to print or log. */
export function redactConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    imap: { ...config.imap, pass: '[secret]' },
    smtp: { ...config.smtp, pass: '[secret]' },
  };
}
