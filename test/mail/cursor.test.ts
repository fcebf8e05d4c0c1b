import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileCursorStore, memoryCursorStore } from '../../src/mail/cursor.ts';

const dirs: string[] = [];
async function tempDir() {
  const d = await mkdtemp(join(tmpdir(), 'debrief-cursor-'));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('file cursor store', () => {
  it('starts empty, then survives a reopen (cursor and handled set)', async () => {
    const path = join(await tempDir(), 'sub', 'cursor.json');
    const a = createFileCursorStore(path);
    expect(await a.load()).toEqual({ uidValidity: null, lastUid: 0 });
    await a.save({ uidValidity: '1700000000', lastUid: 42 });
    await a.markHandled('<a@x>');
    await a.markHandled('<a@x>');
    await a.markHandled('<b@x>');
    expect(await a.hasHandled('<a@x>')).toBe(true);

    const b = createFileCursorStore(path);
    expect(await b.load()).toEqual({ uidValidity: '1700000000', lastUid: 42 });
    expect(await b.hasHandled('<a@x>')).toBe(true);
    expect(await b.hasHandled('<b@x>')).toBe(true);
    expect(await b.hasHandled('<c@x>')).toBe(false);
    expect((await readFile(`${path}.handled`, 'utf8')).split('\n').filter(Boolean)).toEqual(['<a@x>', '<b@x>']);
  });

  it('stores UIDVALIDITY as a string (imapflow gives a BigInt)', async () => {
    const path = join(await tempDir(), 'cursor.json');
    const s = createFileCursorStore(path);
    await s.save({ uidValidity: String(4294967295n), lastUid: 7 });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ uidValidity: '4294967295', lastUid: 7 });
  });

  it('a corrupt cursor file reads as a first start; the handled set still holds', async () => {
    const path = join(await tempDir(), 'cursor.json');
    const s = createFileCursorStore(path);
    await s.markHandled('<a@x>');
    await writeFile(path, '{"uidValidity": "1", "lastU');
    const t = createFileCursorStore(path);
    expect(await t.load()).toEqual({ uidValidity: null, lastUid: 0 });
    expect(await t.hasHandled('<a@x>')).toBe(true);
  });

  it('compacts the handled file to the newest `keep` ids once it has doubled', async () => {
    const path = join(await tempDir(), 'cursor.json');
    const s = createFileCursorStore(path, { keep: 3 });
    for (let i = 0; i < 7; i++) await s.markHandled(`<m${i}@x>`);
    const t = createFileCursorStore(path, { keep: 3 });
    await t.load();
    expect(await t.hasHandled('<m6@x>')).toBe(true);
    expect(await t.hasHandled('<m0@x>')).toBe(false);
    expect((await readFile(`${path}.handled`, 'utf8')).split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('2,000 marks are quick (append-only)', async () => {
    const s = createFileCursorStore(join(await tempDir(), 'cursor.json'));
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) {
      await s.markHandled(`<m${i}@x>`);
      await s.save({ uidValidity: '1', lastUid: i });
    }
    const ms = performance.now() - t0;
    console.log(`file cursor store: 2000 × (markHandled + save) in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
  });
});

describe('memory cursor store', () => {
  it('keeps state and handled ids', async () => {
    const s = memoryCursorStore();
    await s.save({ uidValidity: '9', lastUid: 3 });
    await s.markHandled('<a@x>');
    expect(await s.load()).toEqual({ uidValidity: '9', lastUid: 3 });
    expect(s.hasHandled('<a@x>')).toBe(true);
  });
});
