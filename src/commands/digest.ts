import type { Command } from 'commander';
import { buildDigest, formatDigest } from '../digest.ts';
import { enqueueCommand } from '../control/queue.ts';
import { lockHolder } from '../lockfile.ts';
import { dataDirFromEnv, readLog } from './read-log.ts';

export function register(program: Command): void {
  program
    .command('digest')
    .description('feedback points across all conversations, grouped by theme: what to work on before the next interview')
    .option('--email', 'also mail the digest to the candidate (through the daemon)')
    .option('--json', 'print the digest as JSON')
    .action(async (opts: { email?: boolean; json?: boolean }) => {
      const dataDir = dataDirFromEnv();
      const data = await readLog(dataDir);
      const digest = buildDigest(Object.values(data?.conversations ?? {}).map((c) => ({ conversationId: c.id, company: c.company, role: c.role, points: c.feedback })));
      process.stdout.write(opts.json ? `${JSON.stringify(digest, null, 2)}\n` : formatDigest(digest));
      if (opts.email) {
        await enqueueCommand(dataDir, { type: 'digest-email' });
        const pid = await lockHolder(dataDir);
        process.stdout.write(pid ? `\nThe digest mail is queued: the running daemon (pid ${pid}) sends it within a second.\n` : '\nThe digest mail is queued: debrief sends it at the next start.\n');
      }
    });
}
