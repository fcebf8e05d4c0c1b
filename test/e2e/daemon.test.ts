/**
 * End to end: the daemon as an operator meets it — one instance per data folder, a clean stop on
 * SIGTERM, and clear one-line errors (never a stack, never a password) for a wrong password, a
 * corrupt log and a bad configuration value.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFile, readdir, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createStory, type Story } from './harness.ts';

let story: Story;
afterEach(async () => story?.close());

describe('e2e: the daemon process', () => {
  it('holds its data folder: a second start names the running pid and exits 1', async () => {
    story = await createStory();
    const first = await story.start();
    await first.waitForLog((l) => l.msg === 'running');
    const second = await story.start();
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toMatch(new RegExp(`another debrief \\(pid ${first.child.pid}\\) is already running`));
    expect(first.child.exitCode).toBeNull();
    const started = Date.now();
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a wrong password: one clear line, no password, exit 1', async () => {
    story = await createStory({ IMAP_PASS: 'not-the-password-xyz' });
    const result = await story.cli(['start']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^debrief: the IMAP server refused the login.*IMAP_PASS/m);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack
    expect(result.stdout + result.stderr).not.toContain('not-the-password-xyz');
  });

  it('a corrupt log is refused, kept aside, and never overwritten', async () => {
    story = await createStory();
    await mkdir(story.dataDir, { recursive: true });
    await writeFile(join(story.dataDir, 'debrief.json'), '{"version":1,"conversations":{"acme-1":{"id":"acme-1"');
    const result = await story.cli(['start']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/damaged/);
    expect(await readFile(join(story.dataDir, 'debrief.json'), 'utf8')).toBe('{"version":1,"conversations":{"acme-1":{"id":"acme-1"');
    expect((await readdir(story.dataDir)).some((f) => f.startsWith('debrief.json.corrupt-'))).toBe(true);
  });

  it('a bad configuration value: the key, what is wrong, an example', async () => {
    story = await createStory({ FOLLOW_UP_DELAYS: '5 days' });
    const result = await story.cli(['start']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^debrief: FOLLOW_UP_DELAYS is invalid \(got "5 days"\):.*e\.g\. FOLLOW_UP_DELAYS=/);
  });
});
