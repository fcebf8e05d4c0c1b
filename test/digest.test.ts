import { describe, expect, it } from 'vitest';
import { buildDigest, formatDigest, themeOf } from '../src/digest.ts';

describe('digest', () => {
  it('puts points under themes in five languages', () => {
    expect(themeOf('Your system design answer lacked depth on caching')).toBe('System design & architecture');
    expect(themeOf('The other candidate had more Kubernetes experience')).toBe('Depth of experience');
    expect(themeOf('Your answers could be more concise and structured')).toBe('Communication');
    expect(themeOf('Ihre Erfahrung mit Kubernetes war zu gering')).toBe('Depth of experience');
    expect(themeOf('Something entirely different')).toBe('Other');
  });

  it('groups across conversations with counts and companies, most frequent first', () => {
    const digest = buildDigest([
      { conversationId: 'a', company: 'Acme', role: 'SRE', points: ['System design lacked depth on scaling', 'Your answers rambled: be more concise'] },
      { conversationId: 'b', company: 'Globex', role: 'Dev', points: ['The system design round was weak on caching'] },
      { conversationId: 'c', company: 'Initech', role: 'Dev', points: [] },
    ]);
    expect(digest.points).toBe(3);
    expect(digest.conversations).toBe(2);
    expect(digest.themes[0]).toMatchObject({ theme: 'System design & architecture', count: 2, companies: ['Acme', 'Globex'] });
    const text = formatDigest(digest);
    expect(text).toContain('System design & architecture (2) — Acme, Globex');
    expect(text).toContain('[Globex]');
  });

  it('says so when there is nothing yet', () => {
    expect(formatDigest(buildDigest([]))).toMatch(/No feedback received yet/);
  });
});
