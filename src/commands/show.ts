import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('show').description('(not built yet)').action(() => {
    throw new Error('show is not built yet');
  });
}
