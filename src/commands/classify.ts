import type { Command } from 'commander';

// Placeholder; owned by the helper building this command.
export function register(program: Command): void {
  program.command('classify').description('(not built yet)').action(() => {
    throw new Error('classify is not built yet');
  });
}
