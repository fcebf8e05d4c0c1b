/**
 * `approve`, `skip`, `stop`: the same as answering an approval mail, for a candidate at the
 * terminal. The command is queued in the data folder (src/control/queue.ts); the running daemon
 * acts on it within a second, or the next start does.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { enqueueCommand, type ControlCommand } from '../control/queue.ts';
import { lockHolder } from '../lockfile.ts';
import { dataDirFromEnv, readLog, findConversation } from './read-log.ts';

async function queue(id: string, build: (conversationId: string) => Promise<ControlCommand>): Promise<void> {
  const dataDir = dataDirFromEnv();
  const conversation = findConversation(await readLog(dataDir), id);
  await enqueueCommand(dataDir, await build(conversation.id));
  const pid = await lockHolder(dataDir);
  process.stdout.write(
    pid
      ? `Queued for ${conversation.id}: the running daemon (pid ${pid}) acts on it within a second.\n`
      : `Queued for ${conversation.id}: debrief is not running; it acts on it at the next start.\n`,
  );
}

export function register(program: Command): void {
  program
    .command('approve')
    .argument('<id>', 'conversation id (or a unique prefix)')
    .option('--edit <file>', 'send this text instead of the drafted body')
    .option('--to <address>', 'the recipient (needed when the rejection came from a no-reply address)')
    .description('approve the draft awaiting approval (optionally edited)')
    .action(async (id: string, opts: { edit?: string; to?: string }) => {
      const draftBody = opts.edit ? (await readFile(opts.edit, 'utf8')).replace(/\r\n/g, '\n').trim() : undefined;
      if (opts.edit && !draftBody) throw new Error(`${opts.edit} is empty: nothing to send`);
      if (opts.to && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(opts.to)) throw new Error(`--to "${opts.to}" is not an e-mail address`);
      await queue(id, async (conversationId) => ({ type: 'approve', conversationId, ...(draftBody ? { draftBody } : {}), ...(opts.to ? { to: opts.to.toLowerCase() } : {}) }));
    });
  program
    .command('skip')
    .argument('<id>', 'conversation id (or a unique prefix)')
    .description('do not ask this employer for feedback')
    .action(async (id: string) => queue(id, async (conversationId) => ({ type: 'skip', conversationId })));
  program
    .command('stop')
    .argument('<id>', 'conversation id (or a unique prefix)')
    .description('stop a conversation at once: debrief writes nothing more in it')
    .action(async (id: string) => queue(id, async (conversationId) => ({ type: 'stop', conversationId })));
}
