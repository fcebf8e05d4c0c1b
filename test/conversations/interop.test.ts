/** The registry wired with the real approval composer (src/approval) instead of the defaults. */
import { afterEach, describe, expect, it } from 'vitest';
import { composeApproval } from '../../src/approval/approval.ts';
import { TOKEN_PATTERN, tokenInMessageId, tokensInSubject } from '../../src/approval/token.ts';
import { createRegistry } from '../../src/conversations/registry.ts';
import type { ComposeApproval } from '../../src/conversations/compose.ts';
import { createStore } from '../../src/store/store.ts';
import { silentLogger } from '../../src/log.ts';
import { fakeDrafter, FakeSender, harness, rejection, settings } from './helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => { await Promise.all(cleanups.splice(0).map((c) => c())); });

describe('interop with src/approval', () => {
  it('the real composeApproval plugs in as is; tokens and Message-IDs follow token.ts', async () => {
    const h = await harness();
    cleanups.push(h.cleanup);
    const store = createStore({ dir: h.dir, clock: h.clock, log: silentLogger() });
    await store.open();
    const sender = new FakeSender(h.clock);
    const compose: ComposeApproval = composeApproval; // type-level: their facts ⊆ ours
    const registry = createRegistry({ store, clock: h.clock, drafter: fakeDrafter, sender, log: silentLogger(), settings: settings(), composeApproval: compose });
    const id = await registry.start(rejection({ contact: null }));
    const pending = registry.pendingApproval(id)!;
    expect(pending.token).toMatch(TOKEN_PATTERN);
    expect(pending.needsRecipient).toBe(true);
    const mail = sender.candidate('approval')[0]!;
    expect(tokenInMessageId(mail.messageId)).toBe(pending.token);
    expect(tokensInSubject(mail.subject)).toContain(pending.token);
    // APPROVE without TO → a help mail in the same round, threaded, carrying the token.
    await registry.send(id, { type: 'candidate.approve' });
    const help = sender.candidate('help')[0]!;
    expect(tokenInMessageId(help.messageId)).toBe(pending.token);
    expect(registry.pendingApproval(id)!.messageIds).toEqual([mail.messageId, help.messageId]);
  });
});
