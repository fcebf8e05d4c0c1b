import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDrafter } from '../../src/drafts/drafts.ts';
import { loadTemplates } from '../../src/drafts/load.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'debrief-templates-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadTemplates', () => {
  it('reads <kind>.<language>.txt and <kind>.txt (every language without its own file)', async () => {
    await writeFile(join(dir, 'request.en.txt'), 'EN request {{candidateName}}');
    await writeFile(join(dir, 'follow_up.txt'), '\uFEFFAny follow-up {{followUpNumber}}\r\n');
    await writeFile(join(dir, 'follow-up.de.txt'), 'DE follow-up');
    await writeFile(join(dir, 'README.md'), 'ignored {{whatever}}');
    const t = await loadTemplates(dir);
    expect(t.request).toEqual({ en: 'EN request {{candidateName}}' });
    expect(t.follow_up?.de).toBe('DE follow-up');
    expect(t.follow_up?.fr).toBe('Any follow-up {{followUpNumber}}\n');
    expect(Object.keys(t.follow_up!).sort()).toEqual(['de', 'en', 'es', 'fr', 'nl']);
    expect(t.thank_you).toBeUndefined();

    const drafter = createDrafter({ templates: t });
    const ctx = { candidateName: 'Jane', contactName: null, company: null, role: null, stage: 'unknown' as const, language: 'nl' as const, originalSubject: 'x', followUpNumber: 2 };
    expect(drafter.followUp(ctx).body).toBe('Any follow-up 2\n');
    expect(drafter.request(ctx).body).toMatch(/^Goedendag,/);
  });

  it('names the file on an unknown placeholder', async () => {
    await writeFile(join(dir, 'thank_you.fr.txt'), 'Merci {{prenom}}');
    await expect(loadTemplates(dir)).rejects.toThrow(`template file ${join(dir, 'thank_you.fr.txt')}: unknown placeholder {{prenom}}`);
  });

  it('names the file on an unknown kind or language', async () => {
    await writeFile(join(dir, 'reqest.en.txt'), 'x');
    await expect(loadTemplates(dir)).rejects.toThrow(/reqest\.en\.txt: expected <kind>\.txt/);
    await rm(join(dir, 'reqest.en.txt'));
    await writeFile(join(dir, 'request.it.txt'), 'x');
    await expect(loadTemplates(dir)).rejects.toThrow(/request\.it\.txt/);
  });

  it('says so when the folder cannot be read', async () => {
    await expect(loadTemplates(join(dir, 'missing'))).rejects.toThrow(/cannot be read \(ENOENT\)/);
  });
});
