/**
 * Runs trimReply over Discourse's email_reply_trimmer corpus (MIT): emails/*.txt as received,
 * trimmed/*.txt as expected. Comparison ignores trailing spaces on lines and around the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimReply } from '../../src/understand/quotes.ts';

// A copy of ../shared/corpora/email_reply_trimmer, kept in the repository so the test always runs.
const CORPUS = resolve(import.meta.dirname, '../../fixtures/email_reply_trimmer');
const normalise = (s: string) => s.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).join('\n').trim();

describe('trimReply on the email_reply_trimmer corpus', () => {
  it('matches at least 56 of 64 expected trims exactly', () => {
    const files = readdirSync(join(CORPUS, 'emails')).filter((f) => f.endsWith('.txt')).sort();
    const failures: string[] = [];
    for (const file of files) {
      const input = readFileSync(join(CORPUS, 'emails', file), 'utf8');
      const expected = readFileSync(join(CORPUS, 'trimmed', file), 'utf8');
      if (normalise(trimReply(input)) !== normalise(expected)) failures.push(file);
    }
    const matched = files.length - failures.length;
    console.log(`email_reply_trimmer corpus: ${matched}/${files.length} exact${failures.length ? `; misses: ${failures.join(', ')}` : ''}`);
    expect(files.length).toBe(64);
    expect(matched).toBeGreaterThanOrEqual(56);
  });
});
