/**
 * The control queue: how `debrief approve|skip|stop ID` at the terminal reaches the daemon.
 * A command is a small JSON file in DATA/commands/, written atomically; the daemon takes each
 * file in name order, acts on it, then deletes it. If no daemon runs, the command waits for
 * the next start: nothing is lost, and a command is acted on once (deleted after handling).
 */
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export type ControlCommand =
  | { type: 'approve'; conversationId: string; draftBody?: string; to?: string }
  | { type: 'skip'; conversationId: string }
  | { type: 'stop'; conversationId: string }
  | { type: 'digest-email' };

export function commandsDir(dataDir: string): string {
  return join(dataDir, 'commands');
}

export async function enqueueCommand(dataDir: string, command: ControlCommand, now = new Date()): Promise<string> {
  const dir = commandsDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const name = `${now.getTime().toString().padStart(15, '0')}-${randomBytes(4).toString('hex')}.json`;
  const tmp = join(dir, `.${name}.tmp`);
  await writeFile(tmp, JSON.stringify({ ...command, queuedAt: now.toISOString() }), { mode: 0o600 });
  await rename(tmp, join(dir, name));
  return name;
}

/** Reads the queued commands in order. A malformed file is returned as an error entry. */
export async function readCommands(dataDir: string): Promise<{ file: string; command: ControlCommand | null; error?: string }[]> {
  const dir = commandsDir(dataDir);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as ControlCommand;
      out.push({ file, command: parsed });
    } catch (err) {
      out.push({ file, command: null, error: (err as Error).message });
    }
  }
  return out;
}

export async function removeCommand(file: string): Promise<void> {
  await unlink(file).catch(() => {});
}
