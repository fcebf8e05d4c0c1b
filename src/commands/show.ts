import type { Command } from 'commander';
import { dataDirFromEnv, readLog, findConversation, nextAction, when } from './read-log.ts';

export function register(program: Command): void {
  program
    .command('show')
    .argument('<id>', 'conversation id (or a unique prefix)')
    .description('the timeline of one conversation: messages, state changes, decisions, feedback')
    .option('--json', 'print the conversation log entry as JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const c = findConversation(await readLog(dataDirFromEnv()), id);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
        return;
      }
      const lines = [
        `${c.id}: ${c.role ?? 'unknown role'} at ${c.company ?? 'unknown company'}`,
        `  contact  ${c.contact ? `${c.contact.name ? `${c.contact.name} ` : ''}<${c.contact.address}>` : 'none (no-reply sender)'}`,
        `  stage    ${c.stage ?? 'unknown'}   language ${c.language}`,
        `  state    ${c.state}${c.outcome ? ` — ${c.outcome}` : ''}`,
        `  next     ${nextAction(c)}`,
        '',
        'Timeline:',
      ];
      type Item = { at: string; text: string };
      const items: Item[] = [
        ...c.messages.map((m) => ({
          at: m.date ?? '',
          text: `${m.direction === 'in' ? '←' : '→'} ${m.kind.padEnd(13)} ${m.direction === 'in' ? `from ${m.from ?? '?'}` : `to ${m.to.join(', ')}`}: "${m.subject}"`,
        })),
        ...c.transitions.map((t) => ({ at: t.at, text: `  state ${t.from ?? '∅'} → ${t.to} (${t.cause})` })),
        ...c.decisions.map((d) => ({ at: d.at, text: `  decision: ${d.decision}${d.detail ? ` (${d.detail})` : ''}` })),
      ].sort((a, b) => a.at.localeCompare(b.at));
      for (const item of items) lines.push(`  ${when(item.at)}  ${item.text}`);
      if (c.feedback.length) {
        lines.push('', 'Feedback points:');
        for (const p of c.feedback) lines.push(`  - ${p}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
