/**
 * Read-only access to the conversation log for the terminal commands (status, show, digest).
 * They may run while the daemon holds the data folder, so they read the file and never write it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, ConfigError } from '../config.ts';
import { STORE_FILE, type StoreData, type ConversationRecord } from '../store/store.ts';

/** The data folder: DEBRIEF_DATA (or .env) when set, else ./data — no account needed to read it. */
export function dataDirFromEnv(): string {
  try {
    return loadConfig().dataDir;
  } catch (err) {
    if (err instanceof ConfigError) {
      // Reading the log needs no account; only a bad DEBRIEF_DATA itself is an error.
      if (err.key === 'DEBRIEF_DATA') throw err;
      return process.env.DEBRIEF_DATA?.trim() || './data';
    }
    throw err;
  }
}

export async function readLog(dataDir: string): Promise<StoreData | null> {
  const path = join(dataDir, STORE_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    return JSON.parse(text) as StoreData;
  } catch (err) {
    throw new Error(`the conversation log ${path} is damaged (${(err as Error).message}); start the daemon to have it set aside, or restore a backup`);
  }
}

/** Finds a conversation by id or unique id prefix. */
export function findConversation(data: StoreData | null, id: string): ConversationRecord {
  const all = Object.values(data?.conversations ?? {});
  const exact = all.find((c) => c.id === id);
  if (exact) return exact;
  const matches = all.filter((c) => c.id.startsWith(id));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new Error(`"${id}" matches ${matches.length} conversations: ${matches.map((c) => c.id).join(', ')}`);
  throw new Error(`no conversation "${id}" (see \`debrief status\`)`);
}

/** A short local date-time for tables. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)}Z`;
}

/** What happens next in a conversation, in words. */
export function nextAction(c: ConversationRecord): string {
  const at = c.deadline ? ` (${when(c.deadline.at)})` : '';
  switch (c.state) {
    case 'detected': return 'drafting the request';
    case 'awaitingApproval': return `waiting for your answer${c.deadline ? `; ${c.deadline.kind.replace(/_/g, ' ')}${at}` : ''}`;
    case 'sending': return `sending${c.deadline ? `; held until${at}` : ''}`;
    case 'awaitingReply': return c.deadline ? `${c.deadline.kind.replace(/_/g, ' ')}${at}` : 'waiting for a reply';
    case 'needsCandidate': return 'your move: see the notice mail';
    default: return '—';
  }
}
