/**
 * One daemon per data folder. The lock is a file created with O_EXCL holding the owner's pid;
 * a lock whose pid no longer runs is stale (the daemon was killed) and is taken over.
 */
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export class LockHeldError extends Error {
  readonly code = 'ELOCKED';
  constructor(readonly pid: number, readonly path: string) {
    super(`another debrief (pid ${pid}) is already running on this data folder (${path}); stop it first`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads the pid holding the lock in `dir`, or null when no live process holds it. */
export async function lockHolder(dir: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(join(dir, 'debrief.lock'), 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock for `dir` or throws LockHeldError. Returns the release function. */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'debrief.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => {
        await unlink(path).catch(() => {});
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = await lockHolder(dir);
      if (holder !== null && holder !== process.pid) throw new LockHeldError(holder, path);
      await unlink(path).catch(() => {}); // stale: its process is gone
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
