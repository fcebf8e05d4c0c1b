/**
 * The corpora written blind (fixtures/holdout*): scored once before any rule was learnt from them
 * (README, "npm run eval"), then kept here so that no later rule quietly undoes what they taught.
 * Kind accuracy only, over every corpus present; the fields are reported by `npm run eval`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/mail/parse.ts';
import { detectRejection } from '../../src/understand/rejection.ts';
import { readReply } from '../../src/understand/reply.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
/** Each corpus has its own candidate; their mail is never a rejection. */
const ME = ['jane.doe@example.test', 'alex.morgan@example.test', 'sam.rivera@example.test', 'robin.lee@example.test', 'kim.novak@example.test', 'lee.park@example.test', 'chris.ng@example.test', 'pat.quinn@example.test', 'max.okoro@example.test', 'dana.whitfield@example.test', 'sasha.brandt@example.test', 'jordan.mbeki@example.test', 'riley.chen@example.test', 'noor.haddad@example.test', 'alexis.romero@example.test'];
/** Room for a later rule to trade one case for a better general one, not for a slide. */
const FLOOR = 0.98;

const corpora = readdirSync(FIXTURES).filter((d) => d.startsWith('holdout')).sort();

async function score(dir: string, judge: (raw: Buffer) => Promise<string>): Promise<{ accuracy: number; misses: string[] }> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, { kind: string }>;
  const misses: string[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const got = await judge(readFileSync(join(dir, file)));
    if (got !== label.kind) misses.push(`${file}: ${label.kind} → ${got}`);
  }
  return { accuracy: 1 - misses.length / Object.keys(labels).length, misses };
}

describe('blind corpora stay learnt', () => {
  it('holds at least five of them', () => expect(corpora.length).toBeGreaterThanOrEqual(5));
  for (const corpus of corpora) {
    const inbound = join(FIXTURES, corpus, 'inbound');
    const replies = join(FIXTURES, corpus, 'replies');
    it.runIf(existsSync(join(inbound, 'labels.json')))(`${corpus}/inbound: rejection or not`, async () => {
      const r = await score(inbound, async (raw) => detectRejection(await parseMessage(raw), { me: ME }).kind);
      expect(r.accuracy, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR);
    });
    it.runIf(existsSync(join(replies, 'labels.json')))(`${corpus}/replies: the seven kinds`, async () => {
      const r = await score(replies, async (raw) => readReply(await parseMessage(raw)).kind);
      expect(r.accuracy, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOOR);
    });
  }
});
