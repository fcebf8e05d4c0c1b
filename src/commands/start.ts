import type { Command } from 'commander';
import { loadConfig, hasAccount, redactConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { createDaemon } from '../daemon.ts';
import { runDemo } from '../demo.ts';

/** How long a stop may take before the process exits anyway (systemd and docker wait 10–15 s). */
const STOP_DEADLINE_MS = 9_000;

/** A refused first login is the user's to fix: say so in one sentence (no stack, no password). */
function startError(err: unknown): Error {
  const e = err as Error & { authenticationFailed?: boolean; responseText?: string };
  if (e.authenticationFailed) {
    return new Error(`the IMAP server refused the login${e.responseText ? ` (${e.responseText})` : ''}: check IMAP_USER and IMAP_PASS (Gmail, Outlook and Yahoo need an app password); \`debrief doctor\` checks every setting`);
  }
  return e;
}

export function register(program: Command): void {
  program
    .command('start')
    .description('run the daemon: watch the inbox, run every conversation (with no account configured: the demo)')
    .action(async () => {
      if (!hasAccount()) {
        process.stdout.write('No account configured (IMAP_HOST/IMAP_USER unset): running the demo on a local mail lab.\n\n');
        await runDemo();
        return;
      }
      const config = loadConfig();
      const log = createLogger({ level: config.logLevel });
      log.info({ config: redactConfig(config) }, 'starting');
      const daemon = await createDaemon({ config, log });

      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info({ signal }, 'stopping: finishing in-flight work');
        const force = setTimeout(() => {
          log.error('stop took too long: exiting anyway (state is on disk)');
          process.exit(1);
        }, STOP_DEADLINE_MS);
        force.unref();
        daemon.stop().then(
          () => process.exit(0),
          (err) => {
            log.error({ err }, 'stop failed');
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      process.on('SIGINT', () => shutdown('SIGINT'));

      // Keep the process alive until a signal: clock timers are unref'd, so during a reconnect
      // backoff (the server is down at start, say) nothing else would hold the event loop open.
      const keepAlive = setInterval(() => {}, 1 << 30);
      try {
        await daemon.start();
      } catch (err) {
        clearInterval(keepAlive);
        await daemon.stop().catch(() => {});
        throw startError(err);
      }
      if (!stopping) log.info('running');
    });
}
