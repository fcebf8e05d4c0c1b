import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandsDir, enqueueCommand, readCommands, removeCommand } from '../../src/control/queue.ts';
import { acquireLock, lockHolder, LockHeldError } from '../../src/lockfile.ts';

let dir: string;
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('control queue', () => {
  it('keeps commands in order until they are removed; a damaged file is reported, not fatal', async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-queue-'));
    await enqueueCommand(dir, { type: 'approve', conversationId: 'acme-1', to: 'hr@acme.test' }, new Date('2026-01-05T09:00:00Z'));
    await enqueueCommand(dir, { type: 'stop', conversationId: 'globex-2' }, new Date('2026-01-05T09:00:01Z'));
    await writeFile(join(commandsDir(dir), '9999999999999999-bad.json'), '{oops');
    const entries = await readCommands(dir);
    expect(entries.map((e) => e.command?.type ?? 'error')).toEqual(['approve', 'stop', 'error']);
    expect(entries[0]!.command).toMatchObject({ conversationId: 'acme-1', to: 'hr@acme.test' });
    for (const e of entries) await removeCommand(e.file);
    expect(await readCommands(dir)).toEqual([]);
  });
});

describe('data-folder lock', () => {
  it('is held by one process; a stale lock (dead pid) is taken over', async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-lock-'));
    const release = await acquireLock(dir);
    expect(await lockHolder(dir)).toBe(process.pid);
    await release();
    expect(await lockHolder(dir)).toBeNull();

    await writeFile(join(dir, 'debrief.lock'), '2147483646\n'); // no such process
    const again = await acquireLock(dir);
    expect(await lockHolder(dir)).toBe(process.pid);
    await again();
  });

  it('refuses a lock held by another live process, naming its pid', async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-lock-'));
    await writeFile(join(dir, 'debrief.lock'), `${process.ppid}\n`);
    await expect(acquireLock(dir)).rejects.toBeInstanceOf(LockHeldError);
    await expect(acquireLock(dir)).rejects.toThrow(`pid ${process.ppid}`);
  });
});
