/**
 * The labelled reply corpus (fixtures/replies/*.eml + labels.json) through parseMessage + readReply.
 * Every fixture must get its labelled kind; auto-replies their return date; bounces their
 * permanence; feedback its point count and vagueness. The summary line prints the accuracy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/mail/parse.ts';
import { readReply } from '../../src/understand/reply.ts';
import type { ReplyKind } from '../../src/understand/types.ts';

interface Label {
  kind: ReplyKind;
  returnDate: string | null;
  bouncePermanent: boolean | null;
  points: number | null;
  vague: boolean | null;
  note: string;
}

const DIR = join(import.meta.dirname, '../../fixtures/replies');
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, Label>;
const entries = Object.entries(labels);
let correct = 0;

describe('readReply on the labelled reply corpus', () => {
  it('has at least 80 fixtures covering all seven kinds', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(entries.map(([, l]) => l.kind)).size).toBe(7);
  });

  it.each(entries)('%s', async (file, label) => {
    const msg = await parseMessage(readFileSync(join(DIR, file)));
    const verdict = readReply(msg);
    expect(verdict.kind, `${label.note} — ${verdict.reasons.join('; ')}`).toBe(label.kind);
    correct++;
    if (label.kind === 'auto_reply') expect(verdict.returnDate).toBe(label.returnDate);
    if (label.kind === 'bounce') expect(verdict.bounce?.permanent).toBe(label.bouncePermanent);
    if (label.kind === 'feedback') {
      expect(verdict.vague).toBe(label.vague);
      expect(verdict.points.length, verdict.points.join(' | ')).toBe(label.points);
    }
    // The quoted request must never leak into the trimmed text.
    expect(verdict.trimmed).not.toMatch(/Would you be willing to share any feedback|Wären Sie bereit|Accepteriez-vous|¿Podrían compartir|Zou je feedback willen/);
  });

  afterAll(() => console.log(`reply corpus: ${correct}/${entries.length} kinds correct (${((100 * correct) / entries.length).toFixed(1)}%)`));
});
