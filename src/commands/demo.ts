import type { Command } from 'commander';
import { runDemo } from '../demo.ts';

export function register(program: Command): void {
  program
    .command('demo')
    .description('play a whole conversation on a local mail lab, on a fast clock (needs Dovecot; no account used)')
    .action(async () => {
      await runDemo();
    });
}
