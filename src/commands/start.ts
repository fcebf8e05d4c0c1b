import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('start').description('(not built yet)').action(() => {
    throw new Error('start is not built yet');
  });
}
