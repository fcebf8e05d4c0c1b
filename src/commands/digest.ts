import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('digest').description('(not built yet)').action(() => {
    throw new Error('digest is not built yet');
  });
}
