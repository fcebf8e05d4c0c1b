/**
 * The work behind `debrief classify`: .eml paths → one result line per message, in a fixed
 * shape that outside tools rely on (see issue 5, "Interface"). Kept apart from the command so
 * that it is testable without spawning a process.
 *
 * Invariants: the key order of a line never changes; a field that does not apply to the mode is
 * null (never missing, never undefined); a file that cannot be read or parsed yields a line with
 * `error` and the walk goes on; folders are read non-recursively, `.eml` files only, sorted by
 * name so the output is stable.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InboundMessage } from './mail/message.ts';
import { parseMessage } from './mail/parse.ts';
import { detectRejection } from './understand/rejection.ts';
import { readReply } from './understand/reply.ts';
import type { BounceInfo, ReplyKind, Stage } from './understand/types.ts';

export type ClassifyMode = 'inbox' | 'reply';

export interface ClassifyLine {
  file: string;
  kind: 'rejection' | 'other' | ReplyKind | null;
  confidence: number | null;
  stage: Stage | null;
  company: string | null;
  role: string | null;
  /** The contact's address. */
  contact: string | null;
  returnDate: string | null;
  bounce: BounceInfo | null;
  points: string[] | null;
  /** Present only when the file could not be read, parsed or classified. */
  error?: string;
}

export interface ClassifyOptions {
  as?: ClassifyMode;
  /** The candidate's own addresses (passed to the rejection detector). */
  me?: string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** One parsed message → its line. Pure. */
export function classifyMessage(file: string, msg: InboundMessage, options: ClassifyOptions = {}): ClassifyLine {
  if ((options.as ?? 'inbox') === 'reply') {
    const v = readReply(msg);
    return {
      file,
      kind: v.kind,
      confidence: round(v.confidence),
      stage: null,
      company: null,
      role: null,
      contact: null,
      returnDate: v.kind === 'auto_reply' ? v.returnDate : null,
      bounce: v.kind === 'bounce' ? v.bounce : null,
      points: v.kind === 'feedback' ? v.points : null,
    };
  }
  const v = detectRejection(msg, { me: options.me ?? [] });
  return {
    file,
    kind: v.kind,
    confidence: round(v.confidence),
    stage: v.stage,
    company: v.company,
    role: v.role,
    contact: v.contact?.address ?? null,
    returnDate: null,
    bounce: null,
    points: null,
  };
}

export function errorLine(file: string, error: string): ClassifyLine {
  return { file, kind: null, confidence: null, stage: null, company: null, role: null, contact: null, returnDate: null, bounce: null, points: null, error };
}

/** The paths to read: a file as given, a folder as its `.eml` files (sorted); an unreadable path is an error line. */
export async function expandPaths(paths: readonly string[]): Promise<({ file: string } | ClassifyLine)[]> {
  const out: ({ file: string } | ClassifyLine)[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        const entries = await readdir(path, { withFileTypes: true });
        const names = entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.eml')).map((e) => e.name).sort();
        for (const name of names) out.push({ file: join(path, name) });
      } else out.push({ file: path });
    } catch (err) {
      out.push(errorLine(path, describe(err)));
    }
  }
  return out;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  return e?.message ? e.message.split('\n')[0]! : String(err);
}

/**
 * Classifies every message under `paths`, calling `onLine` in order.
 * @returns the number of error lines (the command exits 1 when it is not 0)
 */
export async function classifyPaths(paths: readonly string[], options: ClassifyOptions, onLine: (line: ClassifyLine) => void): Promise<number> {
  let errors = 0;
  for (const item of await expandPaths(paths)) {
    if ('error' in item && item.error !== undefined) {
      errors++;
      onLine(item as ClassifyLine);
      continue;
    }
    const { file } = item;
    let line: ClassifyLine;
    try {
      const raw = await readFile(file);
      if (raw.length === 0 || raw.toString('latin1', 0, 4096).trim() === '') throw new Error('empty file');
      const msg = await parseMessage(raw);
      if (Object.keys(msg.headers).length === 0) throw new Error('not an email message (no headers)');
      line = classifyMessage(file, msg, options);
    } catch (err) {
      line = errorLine(file, describe(err));
      errors++;
    }
    onLine(line);
  }
  return errors;
}
