/**
 * `debrief doctor`: what a user runs before trusting the daemon with their account.
 * Each check talks to the real server (IMAP login, IDLE, the \Sent folder, SMTP auth) or the disk
 * (data folder) and becomes one PASS/FAIL line with a hint on failure. Nothing is ever sent:
 * SMTP is checked with nodemailer's verify() (connect, TLS, AUTH, QUIT).
 *
 * Invariant: every network step has a short timeout (5 s by default), so a wrong host or a closed
 * port fails within seconds instead of hanging the command.
 */
import { mkdir, rm, writeFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { imapOptions, smtpOptions } from './mail/server-options.ts';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type { Config, ServerConfig } from './config.ts';
import { systemClock, type Clock } from './clock.ts';
import { silentLogger, type Logger } from './log.ts';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
  hint?: string;
}

export interface DoctorOptions {
  config: Pick<Config, 'imap' | 'smtp' | 'dataDir'>;
  clock?: Clock;
  log?: Logger;
  /** Per-step network timeout in ms (default 5000). */
  timeoutMs?: number;
}

type ErrorLike = Error & {
  code?: string;
  responseCode?: number;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  cause?: unknown;
};

const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The error codes found on an error and its causes (nodemailer wraps socket errors as ESOCKET). */
function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  for (let e = err as ErrorLike | undefined, depth = 0; e && depth < 5; e = e.cause as ErrorLike | undefined, depth++) {
    if (e.code) codes.push(e.code);
    const m = /\b(E[A-Z]{3,}|ERR_[A-Z_]+)\b/.exec(e.message ?? '');
    if (m) codes.push(m[1]!);
    if (/self[- ]signed certificate|unable to verify|certificate has expired/i.test(e.message ?? '')) codes.push('DEPTH_ZERO_SELF_SIGNED_CERT');
    if (/wrong version number/i.test(e.message ?? '')) codes.push('ERR_SSL_WRONG_VERSION_NUMBER');
  }
  return codes;
}

/**
 * One sentence telling the user what to change, from the failure of a connection to `prefix`'s
 * server. Never includes the password.
 */
export function connectionHint(err: unknown, prefix: 'IMAP' | 'SMTP', server: ServerConfig): string {
  const e = err as ErrorLike;
  const codes = codesOf(err);
  const where = `${server.host}:${server.port}`;
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED' || e.code === 'EAUTH' || e.responseCode === 535) {
    return `the server refused ${prefix}_USER/${prefix}_PASS: check them; Gmail needs an app password or OAuth2 (so do Outlook and Yahoo), not your normal password`;
  }
  if (codes.some((c) => CERT_CODES.has(c))) {
    return `the server's TLS certificate is not trusted (${codes.find((c) => CERT_CODES.has(c))}); set ${prefix}_TLS_REJECT_UNAUTHORIZED=false only for a server you trust`;
  }
  if (codes.includes('ECONNREFUSED')) return `nothing accepts connections at ${where}: check ${prefix}_HOST and ${prefix}_PORT`;
  if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN')) return `the host name ${server.host} was not found: check ${prefix}_HOST`;
  if (codes.some((c) => c.startsWith('ERR_SSL') || c === 'ECONNRESET')) {
    const [tls, plain] = prefix === 'IMAP' ? ['993', '143'] : ['465', '587'];
    return `TLS did not match the port: use ${prefix}_SECURE=true with port ${tls}, ${prefix}_SECURE=false with port ${plain}`;
  }
  if (codes.some((c) => ['ETIMEDOUT', 'ETIMEOUT', 'ECONNECTION', 'EHOSTUNREACH', 'ENETUNREACH'].includes(c)) || /timeout|timed out/i.test(e.message ?? '')) {
    return `no answer from ${where} in time: check ${prefix}_HOST, ${prefix}_PORT and any firewall`;
  }
  return `check ${prefix}_HOST, ${prefix}_PORT, ${prefix}_SECURE and the credentials`;
}

/** A short, single-line, secret-free version of an error message. */
function brief(err: unknown): string {
  const e = err as ErrorLike;
  const text = e.serverResponseCode ? `${e.message} (${e.serverResponseCode})` : (e.message ?? String(err));
  return text.split('\n')[0]!.trim().slice(0, 160);
}

function transportLabel(server: ServerConfig, upgraded: boolean): string {
  return server.secure ? 'TLS' : upgraded ? 'STARTTLS' : 'no TLS';
}

async function checkImap(config: DoctorOptions['config'], timeoutMs: number, log: Logger): Promise<CheckResult[]> {
  const server = config.imap;
  const client = new ImapFlow(imapOptions(server, {
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 6,
  }));
  client.on('error', (err: Error) => log.debug({ err }, 'doctor: imap error event'));
  try {
    await client.connect();
  } catch (err) {
    log.warn({ err }, 'doctor: IMAP login failed');
    const skipped = 'not checked: needs the IMAP login';
    return [
      { name: 'IMAP login', ok: false, detail: `${server.user} at ${server.host}:${server.port}: ${brief(err)}`, hint: connectionHint(err, 'IMAP', server) },
      { name: 'IMAP IDLE', ok: false, detail: skipped },
      { name: 'Sent folder', ok: false, detail: skipped },
    ];
  }
  try {
    const results: CheckResult[] = [
      { name: 'IMAP login', ok: true, detail: `${server.user} at ${server.host}:${server.port} (${transportLabel(server, client.secureConnection)})` },
    ];
    results.push(
      client.capabilities.has('IDLE')
        ? { name: 'IMAP IDLE', ok: true, detail: 'supported: new mail is seen within seconds' }
        : { name: 'IMAP IDLE', ok: false, detail: 'the server does not offer IDLE', hint: 'debrief needs IDLE to watch the inbox; use your provider\'s main IMAP server' },
    );
    try {
      const folders = await client.list();
      const sent = folders.find((f) => f.specialUse === '\\Sent');
      results.push(
        sent
          ? { name: 'Sent folder', ok: true, detail: `"${sent.path}" (special-use \\Sent${sent.specialUseSource === 'name' ? ', recognised by its name' : ''})` }
          : {
              name: 'Sent folder',
              ok: false,
              detail: `no folder flagged \\Sent among ${folders.length}`,
              hint: 'create a Sent folder in your mail client, or set SAVE_SENT_COPY=never',
            },
      );
    } catch (err) {
      results.push({ name: 'Sent folder', ok: false, detail: `LIST failed: ${brief(err)}`, hint: 'the server refused to list folders; try again, then ask your provider' });
    }
    return results;
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function checkSmtp(config: DoctorOptions['config'], timeoutMs: number, log: Logger): Promise<CheckResult> {
  const server = config.smtp;
  const transport = nodemailer.createTransport(smtpOptions(server, {
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  }));
  try {
    await transport.verify();
    return { name: 'SMTP auth', ok: true, detail: `${server.user} at ${server.host}:${server.port} (${server.secure ? 'TLS' : 'STARTTLS if offered'}), nothing sent` };
  } catch (err) {
    log.warn({ err }, 'doctor: SMTP check failed');
    return { name: 'SMTP auth', ok: false, detail: `${server.user} at ${server.host}:${server.port}: ${brief(err)}`, hint: connectionHint(err, 'SMTP', server) };
  } finally {
    transport.close();
  }
}

async function checkDataDir(dataDir: string, clock: Clock): Promise<CheckResult> {
  const dir = resolve(dataDir);
  const name = 'Data folder';
  try {
    const existed = await stat(dir).then((s) => s.isDirectory(), () => false);
    await mkdir(dir, { recursive: true });
    // A real write (not access()): root passes access() checks even on read-only mounts.
    const probe = join(dir, `.doctor-${process.pid}-${clock.now().getTime()}`);
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
    return { name, ok: true, detail: `${dir} is writable${existed ? '' : ' (created)'}` };
  } catch (err) {
    const code = (err as ErrorLike).code ?? 'error';
    return {
      name,
      ok: false,
      detail: `${dir}: ${code}`,
      hint: code === 'ENOTDIR' || code === 'EEXIST' ? 'DEBRIEF_DATA must name a folder, not a file' : 'set DEBRIEF_DATA to a folder you can write to, or fix its permissions',
    };
  }
}

/** Runs every check; never throws for a failing check (each becomes a result). */
export async function runDoctor(options: DoctorOptions): Promise<CheckResult[]> {
  const { config } = options;
  const clock = options.clock ?? systemClock();
  const log = options.log ?? silentLogger();
  const timeoutMs = options.timeoutMs ?? 5000;
  const [imap, smtp, data] = await Promise.all([
    checkImap(config, timeoutMs, log),
    checkSmtp(config, timeoutMs, log),
    checkDataDir(config.dataDir, clock),
  ]);
  return [...imap, smtp, data];
}

/** One line per check (`PASS  IMAP login  …`), a hint indented below a failure, and a summary. */
export function formatDoctor(results: CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length));
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(width)}  ${r.detail}`);
    if (!r.ok && r.hint) lines.push(`      hint: ${r.hint}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  lines.push(failed === 0 ? `All ${results.length} checks passed.` : `${failed} of ${results.length} checks failed.`);
  return lines.join('\n') + '\n';
}
