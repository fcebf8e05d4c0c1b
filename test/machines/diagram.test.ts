import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { conversationMachineForInspection } from '../../machines/conversation.ts';
import { renderMarkdown, renderMermaid } from '../../machines/diagram.ts';

describe('diagram', () => {
  const mermaid = renderMermaid(conversationMachineForInspection());
  it('shows every state and the key transitions', () => {
    for (const s of ['detected', 'awaitingApproval', 'sending', 'awaitingReply', 'reply', 'needsCandidate', 'skipped', 'stopped', 'expired', 'noResponse', 'thanked', 'closed', 'bounced']) {
      expect(mermaid).toContain(s);
    }
    expect(mermaid).toContain('detected --> skipped: always [notPursued]');
    expect(mermaid).toContain('awaitingReply --> stopped: candidate.stop');
    expect(mermaid).toContain('awaitingApproval --> awaitingApproval: clock.deadline [reminderDue] / queueReminder');
  });
  it('the committed machines/conversation.md is up to date (run `npm run diagram`)', () => {
    const committed = readFileSync(new URL('../../machines/conversation.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderMarkdown(conversationMachineForInspection(), 'The conversation machine'));
  });
});
