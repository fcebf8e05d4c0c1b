import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('answer').description('(not built yet)').action(() => {
    throw new Error('answer is not built yet');
  });
}
