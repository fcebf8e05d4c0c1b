import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClock } from '../../src/clock.ts';
import { silentLogger } from '../../src/log.ts';
import { createStore, HANDLED_RING, StoreCorruptError, SCHEMA_VERSION } from '../../src/store/store.ts';

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'debrief-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => { await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))); });
const make = (dir: string) => createStore({ dir, clock: new TestClock('2026-01-05T09:00:00Z'), log: silentLogger() });

describe('store', () => {
  it('creates a versioned file with mode 0600 and keeps 0600 across writes', async () => {
    const dir = await tempDir();
    const store = make(dir);
    await store.open();
    const file = join(dir, 'debrief.json');
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(SCHEMA_VERSION);
    await store.setCursor({ uidValidity: '7', lastUid: 42 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const again = make(dir);
    await again.open();
    expect(again.getCursor()).toEqual({ uidValidity: '7', lastUid: 42 });
  });

  it('serializes and coalesces concurrent writes: the last state wins on disk', async () => {
    const dir = await tempDir();
    const store = make(dir);
    await store.open();
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.setCursor({ uidValidity: '1', lastUid: i })));
    const reopened = make(dir);
    await reopened.open();
    expect(reopened.getCursor()!.lastUid).toBe(49);
  });

  it('handled ring is bounded and survives a restart', async () => {
    const dir = await tempDir();
    const store = make(dir);
    await store.open();
    for (let i = 0; i < HANDLED_RING + 10; i++) void store.markHandled(`<m${i}@x>`);
    await store.flush();
    await store.markHandled('<last@x>');
    const again = make(dir);
    await again.open();
    expect(again.isHandled('<m0@x>')).toBe(false);
    expect(again.isHandled('<last@x>')).toBe(true);
  });

  it('body files are 0600 and read back', async () => {
    const dir = await tempDir();
    const store = make(dir);
    await store.open();
    const rel = await store.writeBody('acme-01', 'in-0', 'hello');
    expect(rel).toBe(join('bodies', 'acme-01', 'in-0.txt'));
    expect((await stat(join(dir, rel))).mode & 0o777).toBe(0o600);
    expect(await store.readBody(rel)).toBe('hello');
  });

  it.each([
    ['truncated JSON', (s: string) => s.slice(0, Math.floor(s.length / 2))],
    ['garbage', () => '\u0000\u0001 not json at all'],
    ['empty file', () => ''],
    ['JSON that is not a log', () => '[1,2,3]'],
  ])('refuses a corrupt log (%s), keeps it aside and never overwrites it', async (_name, damage) => {
    const dir = await tempDir();
    const store = make(dir);
    await store.open();
    await store.setCursor({ uidValidity: '1', lastUid: 1 });
    const file = join(dir, 'debrief.json');
    const broken = damage(await readFile(file, 'utf8'));
    await writeFile(file, broken);
    const again = make(dir);
    const err = await again.open().catch((e) => e);
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect(err.message).toMatch(/damaged.*copy kept at .*debrief\.json\.corrupt-/);
    const kept = (await readdir(dir)).filter((n) => n.startsWith('debrief.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, kept[0]!), 'utf8')).toBe(broken);
    await expect(again.update(() => {})).rejects.toThrow(/not open/);
    expect(await readFile(file, 'utf8')).toBe(broken);
  });

  it('migrates a file without a version field', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'debrief.json'), JSON.stringify({ conversations: {}, outbox: {} }));
    const store = make(dir);
    await store.open();
    expect(JSON.parse(await readFile(join(dir, 'debrief.json'), 'utf8'))).toMatchObject({ version: 1, handled: [], cursor: null });
  });

  it('refuses a file from a newer debrief', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'debrief.json'), JSON.stringify({ version: 99, conversations: {} }));
    await expect(make(dir).open()).rejects.toThrow(/newer/);
  });
});
