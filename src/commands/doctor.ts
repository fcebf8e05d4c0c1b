import type { Command } from 'commander';

// Placeholder; owned by the helper building this command.
export function register(program: Command): void {
  program.command('doctor').description('(not built yet)').action(() => {
    throw new Error('doctor is not built yet');
  });
}
