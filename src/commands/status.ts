import type { Command } from 'commander';
import { dataDirFromEnv, readLog, nextAction, when } from './read-log.ts';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function register(program: Command): void {
  program
    .command('status')
    .description('a table of conversations: company, role, state, next action and when, last message')
    .option('--json', 'print the rows as JSON')
    .action(async (opts: { json?: boolean }) => {
      const data = await readLog(dataDirFromEnv());
      const conversations = Object.values(data?.conversations ?? {}).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      const rows = conversations.map((c) => {
        const last = c.messages[c.messages.length - 1];
        return {
          id: c.id,
          company: c.company ?? '?',
          role: c.role ?? '?',
          state: c.status === 'error' ? `error: ${c.error ?? ''}` : c.state,
          next: nextAction(c),
          last: last ? `${when(last.date)} ${last.direction === 'in' ? '←' : '→'} ${last.kind}` : '—',
        };
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        process.stdout.write('No conversations yet.\n');
        return;
      }
      process.stdout.write(
        `${table([
          ['ID', 'COMPANY', 'ROLE', 'STATE', 'NEXT', 'LAST MESSAGE'],
          ...rows.map((r) => [r.id, cut(r.company, 20), cut(r.role, 28), r.state, r.next, r.last]),
        ])}\n`,
      );
    });
}
