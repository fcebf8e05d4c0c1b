/**
 * `debrief classify`: the exact line format outside tools rely on. The command itself is run as a
 * real process (bin/debrief.js, through tsx) on tiny fixtures in test/fixtures-cli/; the walking
 * logic is also called directly, which is cheaper.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { classifyPaths, type ClassifyLine } from '../src/classify.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const KEYS = ['file', 'kind', 'confidence', 'stage', 'company', 'role', 'contact', 'returnDate', 'bounce', 'points'];

async function debrief(args: string[]): Promise<{ code: number; lines: Record<string, unknown>[]; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/debrief.js', ...args], { cwd: root });
    return { code: 0, lines: parse(stdout), stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, lines: parse(e.stdout), stderr: e.stderr };
  }
}
const parse = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

async function collect(paths: string[], options: Parameters<typeof classifyPaths>[1]) {
  const lines: ClassifyLine[] = [];
  const errors = await classifyPaths(paths, options, (l) => lines.push(l));
  return { lines, errors };
}

describe('debrief classify (spawned)', () => {
  it('--as inbox (default): one line per .eml, sorted, keys in order; unreadable files get an error line and exit 1', async () => {
    const { code, lines } = await debrief(['classify', '--me', 'jane@candidate.test', 'test/fixtures-cli/inbox']);
    expect(code).toBe(1);
    expect(lines.map((l) => l.file)).toEqual(['a-rejection.eml', 'b-ack.eml', 'c-own-sent.eml', 'd-empty.eml'].map((f) => join('test/fixtures-cli/inbox', f)));
    for (const line of lines.slice(0, 3)) expect(Object.keys(line)).toEqual(KEYS);
    expect(lines[0]).toEqual({
      file: 'test/fixtures-cli/inbox/a-rejection.eml',
      kind: 'rejection',
      confidence: expect.any(Number),
      stage: 'interview',
      company: 'Acme',
      role: 'Backend Engineer',
      contact: 'maria.lopez@acme.test',
      returnDate: null,
      bounce: null,
      points: null,
    });
    expect(lines[1]).toMatchObject({ kind: 'other', stage: null, returnDate: null, bounce: null, points: null });
    expect(lines[2]).toMatchObject({ kind: 'other' }); // the candidate's own mail (--me)
    expect(Object.keys(lines[3]!)).toEqual([...KEYS, 'error']);
    expect(lines[3]).toMatchObject({ kind: null, error: 'empty file' });
  }, 30_000);

  it('--as reply: the seven kinds; returnDate, bounce and points only where they apply', async () => {
    const { code, lines } = await debrief(['classify', '--as', 'reply', 'test/fixtures-cli/replies/feedback.eml', 'test/fixtures-cli/replies']);
    expect(code).toBe(0);
    expect(lines.map((l) => [l.file, l.kind])).toEqual([
      ['test/fixtures-cli/replies/feedback.eml', 'feedback'],
      ['test/fixtures-cli/replies/auto.eml', 'auto_reply'],
      ['test/fixtures-cli/replies/bounce.eml', 'bounce'],
      ['test/fixtures-cli/replies/feedback.eml', 'feedback'],
    ]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(KEYS);
      expect(line).toMatchObject({ stage: null, company: null, role: null, contact: null });
    }
    expect(lines[0]!.points).toEqual(['Your system design answer lacked depth on caching.', 'You could have given more concrete examples from your own projects.']);
    expect(lines[1]).toMatchObject({ returnDate: '2026-11-23', bounce: null, points: null });
    expect(lines[2]).toMatchObject({ returnDate: null, points: null, bounce: { permanent: true, status: '5.1.1', recipient: 'maria.lopez@acme.test' } });
  }, 30_000);

  it('rejects an unknown --as', async () => {
    const { code, lines, stderr } = await debrief(['classify', '--as', 'spam', 'test/fixtures-cli/inbox']);
    expect(code).toBe(1);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/Allowed choices are inbox, reply/);
  }, 30_000);
});

describe('classifyPaths', () => {
  it('passes --me addresses to the detector: the candidate\'s own mail is never a rejection', async () => {
    const file = 'test/fixtures-cli/inbox/c-own-sent.eml';
    expect((await collect([file], {})).lines[0]!.kind).toBe('rejection');
    expect((await collect([file], { me: ['jane@candidate.test'] })).lines[0]!.kind).toBe('other');
  });

  it('goes on after a missing path and counts errors', async () => {
    const { lines, errors } = await collect(['test/fixtures-cli/nope.eml', 'test/fixtures-cli/inbox/b-ack.eml'], { as: 'inbox' });
    expect(errors).toBe(1);
    expect(lines[0]).toMatchObject({ file: 'test/fixtures-cli/nope.eml', error: 'no such file or folder' });
    expect(lines[1]).toMatchObject({ kind: 'other' });
    expect(lines[1]).not.toHaveProperty('error');
  });

  it('ignores non-.eml files in a folder', async () => {
    const { lines } = await collect(['test/fixtures-cli/inbox'], {});
    expect(lines.some((l) => l.file.endsWith('notes.txt'))).toBe(false);
  });
});
