/**
 * `debrief doctor`: checks the configured account (IMAP login, IDLE, Sent folder, SMTP auth, data
 * folder) and prints one PASS/FAIL line each. With no account configured, it starts the local mail
 * lab, checks against that instead (so a fresh clone shows what a healthy run looks like), and
 * stops it again. Exit code 1 when any check fails or the configuration is invalid.
 */
import type { Command } from 'commander';
import { ConfigError, hasAccount, loadConfig, type Config } from '../config.ts';
import { formatDoctor, runDoctor } from '../doctor.ts';

export interface DoctorCommandOptions {
  env?: Record<string, string | undefined>;
  envFile?: string | null;
  out?: (text: string) => void;
  err?: (text: string) => void;
  timeoutMs?: number;
}

/** The lab account doctor checks when no account is configured. */
const LAB_USER = 'candidate@example.test';

/** Runs the command; returns the exit code (0 all passed, 1 otherwise). */
export async function doctorCommand(options: DoctorCommandOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const envFile = options.envFile === undefined ? '.env' : options.envFile;
  const out = options.out ?? ((t: string) => void process.stdout.write(t));
  const err = options.err ?? ((t: string) => void process.stderr.write(t));

  let lab: { stop(): Promise<void> } | null = null;
  try {
    let config: Readonly<Config>;
    try {
      config = loadConfig(env, envFile);
    } catch (e) {
      // No account at all (neither in the environment nor in .env): use a lab started for the purpose.
      const noAccount = e instanceof ConfigError && (e.key === 'IMAP_HOST' || e.key === 'IMAP_USER') && !hasAccount(env);
      if (!noAccount) throw e;
      // Loaded only here: the lab is test tooling (Dovecot + a local SMTP relay), not part of the daemon.
      const { startMailLab } = await import('../../test/lab/lab.ts');
      const started = await startMailLab();
      lab = started;
      const pass = started.users[LAB_USER]!;
      config = loadConfig(
        {
          ...env,
          IMAP_HOST: started.host,
          IMAP_PORT: String(started.imapsPort),
          IMAP_SECURE: 'true',
          IMAP_USER: LAB_USER,
          IMAP_PASS: pass,
          // The lab's certificate is self-signed, made a moment ago by the lab itself.
          IMAP_TLS_REJECT_UNAUTHORIZED: 'false',
          SMTP_HOST: started.host,
          SMTP_PORT: String(started.smtpPort),
          SMTP_SECURE: 'false',
          SMTP_USER: LAB_USER,
          SMTP_PASS: pass,
          SMTP_TLS_REJECT_UNAUTHORIZED: 'false',
          CANDIDATE_NAME: env.CANDIDATE_NAME || 'Lab Candidate',
          CANDIDATE_EMAIL: LAB_USER,
        },
        envFile,
      );
      out(`No account configured (IMAP_HOST/IMAP_USER unset): checking a local mail lab instead (Dovecot on ${started.host}:${started.imapsPort}, SMTP on ${started.smtpPort}).\n`);
    }
    const results = await runDoctor({ config, timeoutMs: options.timeoutMs });
    out(formatDoctor(results));
    return results.every((r) => r.ok) ? 0 : 1;
  } catch (e) {
    // A ConfigError (or a lab that cannot start, e.g. Dovecot missing) is one sentence, no stack.
    err(`debrief: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await lab?.stop();
  }
}

export function register(program: Command): void {
  program
    .command('doctor')
    .description('check the mail account (IMAP login, IDLE, Sent folder, SMTP auth) and the data folder; with no account, checks a local mail lab')
    .action(async () => {
      process.exitCode = await doctorCommand();
    });
}
