/**
 * A lowdb adapter for the conversation log: atomic, private, durable writes.
 *
 * Why not lowdb's JSONFile: its writer (steno) does write-temp-then-rename, which is atomic, but
 * creates the temp file with the default mode (0644 under the usual umask), so every write would
 * leave the log world-readable; and it never fsyncs. This adapter writes the temp file with mode
 * 0600, fsyncs it, then renames it over the log. Callers serialize writes (see store.ts).
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

export class PrivateJSONFile<T> implements Adapter<T> {
  readonly tempPath: string;
  constructor(readonly path: string) {
    this.tempPath = join(dirname(path), `.${basename(path)}.tmp`);
  }

  /** null when the file does not exist; throws SyntaxError for a file that is not JSON. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, 1);
    // A temp file left by a crash may carry another mode: start fresh so `mode` applies.
    await unlink(this.tempPath).catch(() => {});
    const handle = await open(this.tempPath, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(this.tempPath, this.path);
  }
}
