/**
 * End-to-end harness: the real daemon as a child process (`node bin/debrief.js start`) against a
 * mail lab, the test playing candidate and employer over IMAP/SMTP only. Time runs on the wall
 * clock with second-scale delays (FOLLOW_UP_DELAYS=3s, …), which the configuration allows for
 * exactly this purpose.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMailLab, CANDIDATE, type MailLab, type LabMessage } from '../lab/lab.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Daemon {
  child: ChildProcess;
  /** Every log line so far (JSON objects). */
  logs: Record<string, unknown>[];
  exited: Promise<number | null>;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Waits for a log line matching the predicate. */
  waitForLog(predicate: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface Story {
  lab: MailLab;
  dataDir: string;
  env: Record<string, string>;
  start(extraEnv?: Record<string, string>): Promise<Daemon>;
  /** The JSON conversation log as written by the daemon. */
  readLog(): Promise<any>;
  cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }>;
  close(): Promise<void>;
}

export async function createStory(extraEnv: Record<string, string> = {}): Promise<Story> {
  const lab = await startMailLab();
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-e2e-'));
  const env: Record<string, string> = {
    IMAP_HOST: lab.host,
    IMAP_PORT: String(lab.imapPort),
    IMAP_SECURE: 'false',
    IMAP_USER: CANDIDATE,
    IMAP_PASS: lab.users[CANDIDATE]!,
    IMAP_TLS_REJECT_UNAUTHORIZED: 'false',
    SMTP_HOST: lab.host,
    SMTP_PORT: String(lab.smtpPort),
    SMTP_SECURE: 'false',
    SMTP_USER: CANDIDATE,
    SMTP_PASS: lab.users[CANDIDATE]!,
    SMTP_TLS_REJECT_UNAUTHORIZED: 'false',
    CANDIDATE_NAME: 'Jane Doe',
    CANDIDATE_EMAIL: CANDIDATE,
    DEBRIEF_DATA: dataDir,
    FOLLOW_UP_DELAYS: '4s,4s',
    MAX_FOLLOW_UPS: '2',
    TIMEZONE: 'UTC',
    SEND_WINDOW: 'always',
    MIN_GAP_PER_RECIPIENT: '0',
    APPROVAL_TIMEOUT: '1h',
    LOOKBACK_DAYS: '30',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'debug',
    ...extraEnv,
  };
  const daemons: Daemon[] = [];

  const baseEnv = () => {
    const e: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(IMAP|SMTP|CANDIDATE|DEBRIEF|FOLLOW|MAX_|SEND_|MIN_|APPROVE|PURSUE|DRY_RUN)/.test(k)) e[k] = v;
    return e;
  };

  return {
    lab,
    dataDir,
    env,
    async start(more = {}) {
      const child = spawn(process.execPath, [join(ROOT, 'bin/debrief.js'), 'start'], {
        cwd: dataDir,
        env: { ...baseEnv(), ...env, ...more, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const logs: Record<string, unknown>[] = [];
      const waiters: { predicate: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
      let buffer = '';
      let stderr = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          let parsed: Record<string, unknown>;
          try {
            parsed = JSON.parse(line);
          } catch {
            parsed = { msg: line };
          }
          logs.push(parsed);
          for (const w of [...waiters]) if (w.predicate(parsed)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(parsed);
          }
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
      const daemon: Daemon = {
        child,
        logs,
        exited,
        stderr: () => stderr,
        waitForLog(predicate, timeoutMs = 10_000) {
          const found = logs.find(predicate);
          if (found) return Promise.resolve(found);
          return new Promise((res, rej) => {
            const timer = setTimeout(() => rej(new Error(`no log line matched within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}; last logs: ${JSON.stringify(logs.slice(-8))}`)), timeoutMs);
            waiters.push({ predicate, resolve: (l) => { clearTimeout(timer); res(l); } });
          });
        },
        async stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      };
      daemons.push(daemon);
      return daemon;
    },
    async readLog() {
      return JSON.parse(await readFile(join(dataDir, 'debrief.json'), 'utf8'));
    },
    async cli(args) {
      const child = spawn(process.execPath, [join(ROOT, 'bin/debrief.js'), ...args], {
        cwd: dataDir,
        env: { ...baseEnv(), ...env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
      return { code, stdout, stderr };
    },
    async close() {
      for (const d of daemons) await d.stop('SIGKILL');
      await lab.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A rejection after an interview, as an employer's recruiter would write it. */
export function rejectionMail(opts: { from: string; fromName: string; company: string; role: string; messageId: string; to?: string; replyTo?: string }): string {
  return [
    `From: "${opts.fromName}" <${opts.from}>`,
    `To: "Jane Doe" <${opts.to ?? CANDIDATE}>`,
    ...(opts.replyTo ? [`Reply-To: ${opts.replyTo}`] : []),
    `Subject: Your application for ${opts.role} at ${opts.company}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: ${opts.messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Jane,',
    '',
    `Thank you for taking the time to interview with us for the ${opts.role} position at ${opts.company}.`,
    'We enjoyed speaking with you. Unfortunately, after careful consideration, we have decided to move',
    'forward with another candidate whose experience more closely matches our needs.',
    '',
    'We wish you the best of luck in your search.',
    '',
    'Best regards,',
    opts.fromName,
    `${opts.company} Talent Team`,
    '',
  ].join('\r\n');
}

/** Replies as the candidate to an approval mail (threaded, with the token in the subject). */
export async function answerApproval(lab: MailLab, approval: LabMessage, body: string): Promise<void> {
  await lab.sendAs(CANDIDATE, {
    to: CANDIDATE,
    subject: `Re: ${approval.subject}`,
    inReplyTo: approval.messageId,
    references: [...approval.references, approval.messageId],
    text: `${body}\r\n\r\nOn ${new Date().toUTCString()}, debrief <${CANDIDATE}> wrote:\r\n> ${approval.text.split('\n').slice(0, 5).join('\n> ')}\r\n`,
  });
}

/** Approval mails in the candidate's INBOX (subject "Approve … [debrief:token]"). */
export const isApproval = (m: LabMessage) => m.from === CANDIDATE && /^Approve /.test(m.subject) && /\[debrief:[a-z2-7]+\]/.test(m.subject);
/** Notices to the candidate (subject "[debrief] …"). */
export const isNotice = (m: LabMessage) => m.from === CANDIDATE && /^\[debrief\] /.test(m.subject);

/** Waits for the n-th approval mail (1-based) in the candidate's INBOX. */
export async function nthApproval(lab: MailLab, n: number, timeoutMs = 20_000): Promise<LabMessage> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const approvals = (await lab.list(CANDIDATE)).filter(isApproval);
    if (approvals.length >= n) return approvals[n - 1]!;
    if (Date.now() > until) throw new Error(`approval #${n} did not arrive within ${timeoutMs} ms (have ${approvals.length})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Polls until `check` returns a value (not undefined/false), or fails after timeoutMs. */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`${what} not reached within ${timeoutMs} ms${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The employer answers the latest mail debrief sent them. */
export async function employerReplies(lab: MailLab, employer: string, to: LabMessage, text: string, extraHeaders: Record<string, string> = {}): Promise<void> {
  await lab.sendAs(employer, {
    to: CANDIDATE,
    subject: `Re: ${to.subject.replace(/^Re:\s*/i, '')}`,
    inReplyTo: to.messageId,
    references: [...to.references, to.messageId],
    text: `${text}\n\nOn ${new Date().toUTCString()}, Jane Doe <${CANDIDATE}> wrote:\n${to.text.split('\n').map((l) => `> ${l}`).join('\n')}\n`,
    headers: extraHeaders,
  });
}

/** The single conversation in the log (fails when there is not exactly one). */
export async function onlyConversation(story: Story): Promise<any> {
  const log = await story.readLog();
  const all = Object.values(log.conversations) as any[];
  if (all.length !== 1) throw new Error(`expected one conversation, found ${all.length}`);
  return all[0];
}
