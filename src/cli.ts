/**
 * The `debrief` command line. Each command lives in src/commands/<name>.ts and registers itself
 * on the program; this file only lists them and turns errors into one clear line.
 */
import { Command } from 'commander';
import { register as start } from './commands/start.ts';
import { register as status } from './commands/status.ts';
import { register as show } from './commands/show.ts';
import { register as answer } from './commands/answer.ts';
import { register as digest } from './commands/digest.ts';
import { register as classify } from './commands/classify.ts';
import { register as doctor } from './commands/doctor.ts';
import { register as demo } from './commands/demo.ts';

const program = new Command('debrief')
  .description('A self-hosted email agent that politely asks employers for feedback after a rejection.')
  .showHelpAfterError();

for (const register of [start, status, show, answer, digest, classify, doctor, demo]) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const e = err as Error & { code?: string };
  process.stderr.write(`debrief: ${e.message}\n`);
  process.exitCode = process.exitCode || 1;
}
