import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Paths redacted from every log line. Secrets and message bodies never reach a log:
 * bodies are logged only at debug level, by the caller's choice.
 */
const REDACT = [
  'pass', 'password', '*.pass', '*.password', 'auth.pass', '*.auth.pass',
  'imapPass', 'smtpPass', '*.imapPass', '*.smtpPass', 'config.imap.pass', 'config.smtp.pass',
  'token', '*.token',
];

/**
 * The root logger: readable lines in a terminal, JSON lines otherwise (or when LOG_FORMAT=json).
 * `level` defaults to LOG_LEVEL or info.
 */
export function createLogger(options: { level?: string; pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  const pretty = options.pretty ?? (process.env.LOG_FORMAT !== 'json' && Boolean(process.stdout.isTTY));
  const base = { level, redact: { paths: REDACT, censor: '[secret]' }, base: undefined };
  if (pretty && !options.destination) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  }
  return options.destination ? pino(base, options.destination as never) : pino(base);
}

/** A logger that writes nothing: the default in unit tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
