/**
 * `debrief classify [--me ADDRESS] [--as inbox|reply] PATH...` — an exact interface that outside
 * tools rely on: one JSON object per line, keys in a fixed order (see src/classify.ts). Exit code 1
 * when any file could not be read or parsed (its line carries `error`); the others still print.
 */
import { Option, type Command } from 'commander';
import { classifyPaths, type ClassifyMode } from '../classify.ts';

export function register(program: Command): void {
  program
    .command('classify')
    .description('classify .eml files (a folder means every .eml in it); prints one JSON object per line')
    .argument('<paths...>', '.eml files or folders')
    .option('--me <addresses>', "the candidate's own address(es), comma-separated")
    .addOption(new Option('--as <mode>', 'inbox: rejection or other; reply: the kind of reply in a conversation').choices(['inbox', 'reply']).default('inbox'))
    .action(async (paths: string[], opts: { me?: string; as: ClassifyMode }) => {
      // `debrief classify dir | head`: a reader that stops early is not an error worth a stack.
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw err;
      });
      const me = (opts.me ?? '').split(',').map((a) => a.trim().toLowerCase()).filter(Boolean);
      const errors = await classifyPaths(paths, { as: opts.as, me }, (line) => {
        process.stdout.write(`${JSON.stringify(line)}\n`);
      });
      if (errors > 0) process.exitCode = 1;
    });
}
