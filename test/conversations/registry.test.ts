import { afterEach, describe, expect, it } from 'vitest';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { harness, rejection, reply } from './helpers.ts';
import { createRegistry } from '../../src/conversations/registry.ts';
import { createStore } from '../../src/store/store.ts';
import { silentLogger } from '../../src/log.ts';
import { fakeDrafter, settings, FakeSender } from './helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => { await Promise.all(cleanups.splice(0).map((c) => c())); });
async function setup(...args: Parameters<typeof harness>) {
  const h = await harness(...args);
  cleanups.push(h.cleanup);
  return h;
}
const tick = () => new Promise((r) => setImmediate(r));

describe('registry', () => {
  it('the whole story: approval → request → follow-up at its deadline → feedback routed by References → thank-you → thanked, all logged', async () => {
    const h = await setup();
    const { registry, store, sender } = await h.open();
    const id = await registry.start(rejection());
    expect(store.getConversation(id)!.state).toBe('awaitingApproval');
    const approval = sender.candidate('approval');
    expect(approval).toHaveLength(1);
    // Approval mails carry their round's token in the Message-ID and the subject tag.
    const pending = registry.pendingApproval(id)!;
    expect(pending.token).toMatch(/^[a-z2-7]{17}$/);
    expect(approval[0]!.messageId).toBe(`<debrief-approval.${pending.token}@example.com>`);
    expect(pending).toMatchObject({ approvalMessageId: approval[0]!.messageId, needsRecipient: false, draft: { to: 'maria@acme.example' } });
    expect(approval[0]!.subject).toContain(`[debrief:${pending.token}]`);
    expect(registry.isOutbound(approval[0]!.messageId)).toBe(true);
    expect(registry.bySenderAndSubject('Maria@acme.example', 'your application', (s) => s.toLowerCase())).toBe(id);
    expect(approval[0]!.text).toContain('Could you share feedback'.slice(1));
    expect(registry.routeByMessageId([approval[0]!.messageId])).toBe(id); // the candidate's answer finds it

    expect(await registry.send(id, { type: 'candidate.approve' })).toBe('awaitingReply');
    const [request] = sender.employer();
    expect(request).toMatchObject({ purpose: 'request', toEmployer: true, to: [{ address: 'maria@acme.example' }] });
    expect(request!.inReplyTo).toMatch(/^<rej-/);
    expect(store.getOutbox(request!.id)).toMatchObject({ status: 'sent', attempts: 1, messageId: request!.messageId });

    // Follow-up 1 due Thursday 10:00 Berlin.
    await h.clock.set('2026-01-08T08:59:00Z');
    await registry.idle();
    expect(sender.employer()).toHaveLength(1);
    await h.clock.set('2026-01-08T09:00:00Z');
    await registry.idle();
    expect(sender.employer().map((m) => m.purpose)).toEqual(['request', 'follow_up']);
    const followUp = sender.employer()[1]!;
    expect(followUp.inReplyTo).toBe(request!.messageId);
    expect(followUp.references).toContain(request!.messageId);

    // The employer answers the follow-up; the router finds the conversation by References.
    expect(request!.messageId).toMatch(new RegExp(`^<debrief\\.${id}\\.\\d+\\.[0-9a-f]{12}@example\\.com>$`));
    const r = reply('feedback', {}, '<fb@acme.example>', [request!.messageId, followUp.messageId]);
    expect(registry.routeByMessageId([followUp.messageId])).toBe(id);
    expect(await registry.send(id, r)).toBe('awaitingApproval');
    // A new approval round: a new token, so a late answer to the first approval mail cannot approve this draft.
    const second = registry.pendingApproval(id)!;
    expect(second.token).not.toBe(pending.token);
    expect(second.draft.body).toContain('Go deeper on system design');
    expect(registry.routeByMessageId(['<fb@acme.example>'])).toBe(id);
    expect(await registry.send(id, { type: 'candidate.approve' })).toBe('thanked');
    expect(sender.employer().map((m) => m.purpose)).toEqual(['request', 'follow_up', 'thank_you']);

    const rec = store.getConversation(id)!;
    expect(rec).toMatchObject({ status: 'final', outcome: 'feedback received and thanked', feedback: ['Go deeper on system design', 'Show more testing'] });
    expect(rec.transitions.map((t) => t.to)).toEqual(['detected', 'awaitingApproval', 'sending', 'awaitingReply', 'sending', 'awaitingReply', 'awaitingApproval', 'sending', 'thanked']);
    expect(rec.transitions.find((t) => t.to === 'sending')!.cause).toBe('candidate.approve');
    expect(rec.decisions.map((d) => d.decision)).toEqual(['approve', 'approve']);
    expect(rec.messages.filter((m) => m.direction === 'in').map((m) => m.kind)).toEqual(['rejection', 'feedback']);
    expect(rec.messages.filter((m) => m.direction === 'out').map((m) => m.kind)).toEqual(['approval', 'request', 'follow_up', 'approval', 'thank_you']);
    const fbEntry = rec.messages.find((m) => m.kind === 'feedback')!;
    expect(await readFile(join(h.dir, fbEntry.bodyFile!), 'utf8')).toBe('full feedback body');
    expect((await stat(join(h.dir, fbEntry.bodyFile!))).mode & 0o777).toBe(0o600);
    // Bodies are not in the main JSON.
    expect(await readFile(join(h.dir, 'debrief.json'), 'utf8')).not.toContain('full feedback body');
    await registry.stop();
  });

  it('start is idempotent per rejection Message-ID; not-pursued stage is skipped with the reason logged', async () => {
    const h = await setup();
    const { registry, store, sender } = await h.open();
    const input = rejection();
    const id = await registry.start(input);
    expect(await registry.start(input)).toBe(id);
    expect(registry.list()).toHaveLength(1);
    const skipped = await registry.start(rejection({ stage: 'application' }));
    expect(store.getConversation(skipped)).toMatchObject({ state: 'skipped', status: 'final', outcome: 'skipped: stage not pursued' });
    expect(sender.calls).toHaveLength(1); // only the first approval mail
  });

  it('STOP from the CLI in any active state; needsCandidate tells the candidate with the excerpt', async () => {
    const h = await setup();
    const { registry, store, sender } = await h.open();
    const id = await registry.start(rejection());
    await registry.send(id, { type: 'candidate.approve' });
    expect(await registry.send(id, reply('reconsider'))).toBe('needsCandidate');
    expect(sender.candidate('notice').at(-1)!.text).toContain('a reconsider reply');
    expect(await registry.send(id, reply('question'))).toBe('needsCandidate');
    expect(store.getConversation(id)!.messages.filter((m) => m.direction === 'in')).toHaveLength(3);
    expect(await registry.send(id, { type: 'candidate.stop' })).toBe('stopped');
    // Replies after the end are still logged.
    await registry.send(id, reply('feedback'));
    expect(store.getConversation(id)!.messages.filter((m) => m.direction === 'in')).toHaveLength(4);
  });

  it('a conversation whose machine throws is marked error; the others carry on', async () => {
    const h = await setup();
    const store = createStore({ dir: h.dir, clock: h.clock, log: silentLogger() });
    await store.open();
    const drafter = { ...fakeDrafter, thankYou: () => { throw new Error('template broken'); } };
    const sender = new FakeSender(h.clock);
    const registry = createRegistry({ store, clock: h.clock, drafter, sender, log: silentLogger(), settings: settings() });
    const a = await registry.start(rejection());
    const b = await registry.start(rejection({ company: 'Beta' }));
    await registry.send(a, { type: 'candidate.approve' });
    await registry.send(b, { type: 'candidate.approve' });
    expect(await registry.send(a, reply('feedback'))).toBe('error');
    expect(store.getConversation(a)).toMatchObject({ status: 'error', error: 'template broken', state: 'awaitingReply' });
    expect(await registry.send(b, reply('declined'))).toBe('awaitingApproval');
    expect(await registry.send(b, { type: 'candidate.approve' })).toBe('closed');
  });

  it('held by a cap: retried at the given time, sent once', async () => {
    const h = await setup();
    const { registry, store, sender } = await h.open();
    const id = await registry.start(rejection());
    sender.mode = 'held';
    expect(await registry.send(id, { type: 'candidate.approve' })).toBe('sending');
    sender.mode = 'ok';
    await h.clock.advance(3_600_000);
    await registry.idle();
    expect(store.getConversation(id)!.state).toBe('awaitingReply');
    expect(sender.employer()).toHaveLength(1);
  });

  it('permanent send failure → needsCandidate and a notice', async () => {
    const h = await setup();
    const { registry, store, sender } = await h.open();
    const id = await registry.start(rejection());
    sender.mode = 'fail';
    expect(await registry.send(id, { type: 'candidate.approve' })).toBe('needsCandidate');
    expect(store.listOutbox((r) => r.toEmployer)[0]!.status).toBe('failed');
  });
});

describe('restart', () => {
  it('awaitingApproval: restored, approval mail not re-sent; reminder and expiry fire at their deadlines', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    await first.registry.stop();
    const second = await h.open();
    expect(await second.registry.restore()).toEqual({ restored: 1, final: 0, errors: 0 });
    expect(h.deliveries).toHaveLength(1);
    await h.clock.set('2026-01-07T09:00:00Z'); // +2bd: reminder
    await second.registry.idle();
    expect(second.sender.candidate('reminder')).toHaveLength(1);
    await second.registry.stop();
    const third = await h.open();
    await third.registry.restore();
    await h.clock.set('2026-01-09T09:00:00Z'); // +2bd more: expired
    await third.registry.idle();
    expect(third.store.getConversation(id)!.state).toBe('expired');
    expect(h.deliveries.map((m) => m.purpose)).toEqual(['approval', 'reminder', 'notice']);
  });

  it('awaitingApproval with a missed reminder deadline: fires once at start', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    await first.registry.stop();
    await h.clock.set('2026-01-20T09:00:00Z'); // daemon down for two weeks
    const second = await h.open();
    await second.registry.restore();
    await second.registry.idle();
    // Reminder sent once; expiry is a fresh deadline from now, not fired in the same catch-up.
    expect(h.deliveries.map((m) => m.purpose)).toEqual(['approval', 'reminder']);
    expect(second.store.getConversation(id)!.state).toBe('awaitingApproval');
    await second.registry.send(id, { type: 'candidate.approve' });
    expect(second.store.getConversation(id)!.state).toBe('awaitingReply');
  });

  it('awaitingReply: a follow-up deadline passed while down fires once at start, then the next one is scheduled', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    await first.registry.send(id, { type: 'candidate.approve' });
    await first.registry.stop();
    await h.clock.set('2026-01-12T12:00:00Z'); // past the Thursday deadline
    const second = await h.open();
    await second.registry.restore();
    await second.registry.idle();
    expect(h.deliveries.filter((m) => m.toEmployer).map((m) => m.purpose)).toEqual(['request', 'follow_up']);
    const rec = second.store.getConversation(id)!;
    expect(rec.state).toBe('awaitingReply');
    expect(rec.deadline!.at).toBe('2026-01-19T12:00:00.000Z'); // sent Monday 13:00 Berlin, + 5bd
    // A second restart at the same moment does not send it again.
    await second.registry.stop();
    const third = await h.open();
    await third.registry.restore();
    await third.registry.idle();
    expect(h.deliveries.filter((m) => m.toEmployer)).toHaveLength(2);
    // The last follow-up, then noResponse.
    await h.clock.set('2026-01-19T12:00:00Z');
    await third.registry.idle();
    await h.clock.set('2026-03-01T12:00:00Z');
    await third.registry.idle();
    expect(third.store.getConversation(id)!.state).toBe('noResponse');
    expect(h.deliveries.map((m) => m.purpose)).toEqual(['approval', 'request', 'follow_up', 'follow_up', 'notice']);
  });

  it('sending (held): resumes and sends once after restart', async () => {
    const h = await setup();
    const first = await h.open('held');
    const id = await first.registry.start(rejection());
    first.sender.mode = 'held';
    await first.registry.send(id, { type: 'candidate.approve' });
    expect(first.store.getConversation(id)!.state).toBe('sending');
    await first.registry.stop();
    const second = await h.open('ok');
    await second.registry.restore();
    await second.registry.idle();
    expect(second.store.getConversation(id)!.state).toBe('sending');
    await h.clock.advance(3_600_000);
    await second.registry.idle();
    expect(second.store.getConversation(id)!.state).toBe('awaitingReply');
    expect(h.deliveries.filter((m) => m.toEmployer)).toHaveLength(1);
  });

  it('needsCandidate: restored as resting; logs replies; accepts stop', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    await first.registry.send(id, { type: 'candidate.approve' });
    await first.registry.send(id, reply('call'));
    await first.registry.stop();
    await h.clock.set('2026-03-01T09:00:00Z');
    const second = await h.open();
    await second.registry.restore();
    await second.registry.idle();
    expect(h.deliveries.filter((m) => m.toEmployer)).toHaveLength(1);
    expect(await second.registry.send(id, reply('feedback'))).toBe('needsCandidate');
    expect(await second.registry.send(id, { type: 'candidate.stop' })).toBe('stopped');
  });

  it('awaitingApproval for a thank-you (after feedback): restored, approve → thanked', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    await first.registry.send(id, { type: 'candidate.approve' });
    await first.registry.send(id, reply('feedback', { vague: true, points: [] }));
    await first.registry.stop();
    const second = await h.open();
    await second.registry.restore();
    expect(await second.registry.send(id, { type: 'candidate.approve' })).toBe('awaitingReply'); // clarification sent
    await second.registry.stop();
    const third = await h.open();
    await third.registry.restore();
    expect(await third.registry.send(id, reply('feedback'))).toBe('awaitingApproval');
    expect(await third.registry.send(id, { type: 'candidate.approve' })).toBe('thanked');
    expect(h.deliveries.filter((m) => m.toEmployer).map((m) => m.purpose)).toEqual(['request', 'clarification', 'thank_you']);
  });

  it('crash after SMTP accepted but before the result was recorded: restore sends exactly once', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    first.sender.mode = 'hang-after-delivery';
    void first.registry.send(id, { type: 'candidate.approve' });
    while (h.deliveries.filter((m) => m.toEmployer).length === 0) await tick();
    // The process dies here: snapshot says `sending`, the outbox record is `pending`.
    const outbox = first.store.listOutbox((r) => r.toEmployer);
    expect(outbox[0]!.status).toBe('pending');
    const second = await h.open('ok');
    expect(second.store.getConversation(id)!.state).toBe('sending');
    await second.registry.restore();
    await second.registry.idle();
    expect(second.sender.calls.filter((m) => m.toEmployer)).toHaveLength(1); // re-handed with the same Message-ID
    expect(second.sender.calls[0]!.messageId).toBe(outbox[0]!.messageId);
    expect(h.deliveries.filter((m) => m.toEmployer)).toHaveLength(1); // delivered once
    expect(second.store.getConversation(id)!.state).toBe('awaitingReply');
  });

  it('crash after the decision was persisted but before the Sender ran: restore sends exactly once', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    first.sender.mode = 'hang-before-delivery';
    void first.registry.send(id, { type: 'candidate.approve' });
    while (first.sender.calls.filter((m) => m.toEmployer).length === 0) await tick();
    const second = await h.open('ok');
    await second.registry.restore();
    await second.registry.idle();
    expect(h.deliveries.filter((m) => m.toEmployer)).toHaveLength(1);
    expect(second.store.getConversation(id)!.state).toBe('awaitingReply');
    // And a third start does not send again.
    await second.registry.stop();
    const third = await h.open('ok');
    await third.registry.restore();
    await third.registry.idle();
    expect(third.sender.calls).toHaveLength(0);
  });

  it('a final state whose notice had not gone out yet: sent once at restore', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    await first.registry.send(id, { type: 'candidate.approve' });
    first.sender.mode = 'hang-before-delivery';
    void first.registry.send(id, reply('bounce'));
    while (first.sender.calls.filter((m) => m.purpose === 'notice').length === 0) await tick();
    const second = await h.open('ok');
    expect(second.store.getConversation(id)!.state).toBe('bounced');
    expect(await second.registry.restore()).toMatchObject({ final: 1 });
    await second.registry.idle();
    expect(h.deliveries.filter((m) => m.purpose === 'notice')).toHaveLength(1);
    expect(second.store.listOutbox((r) => r.status === 'pending')).toHaveLength(0);
  });

  it('result recorded but not yet seen by the machine: replayed at restore', async () => {
    const h = await setup();
    const first = await h.open();
    const id = await first.registry.start(rejection());
    first.sender.mode = 'hang-after-delivery';
    void first.registry.send(id, { type: 'candidate.approve' });
    while (h.deliveries.filter((m) => m.toEmployer).length === 0) await tick();
    const rec = first.store.listOutbox((r) => r.toEmployer)[0]!;
    // The crash came right after the outbox record was marked sent.
    await first.store.update((d) => { Object.assign(d.outbox[rec.id]!, { status: 'sent', sentAt: '2026-01-05T09:00:00.000Z' }); });
    const second = await h.open('ok');
    await second.registry.restore();
    await second.registry.idle();
    expect(second.sender.calls).toHaveLength(0);
    expect(second.store.getConversation(id)!.state).toBe('awaitingReply');
    expect(second.store.getConversation(id)!.deadline!.at).toBe('2026-01-08T09:00:00.000Z');
  });
});

describe('scale', () => {
  it('1,000 conversations restored and routed correctly', async () => {
    const h = await setup();
    const first = await h.open();
    const t0 = performance.now();
    const ids = await Promise.all(Array.from({ length: 1000 }, (_, i) => first.registry.start(rejection({ company: `Company ${i}` }, `<rej-scale-${i}@x.example>`))));
    await first.registry.idle();
    const tStart = performance.now() - t0;
    await first.registry.stop();
    expect(new Set(ids).size).toBe(1000);
    const approvals = new Map(h.deliveries.filter((m) => m.purpose === 'approval').map((m) => [m.conversationId!, m.messageId]));
    expect(approvals.size).toBe(1000);

    const t1 = performance.now();
    const second = await h.open();
    const result = await second.registry.restore();
    await second.registry.idle();
    const tRestore = performance.now() - t1;
    expect(result).toEqual({ restored: 1000, final: 0, errors: 0 });
    const t2 = performance.now();
    for (let i = 0; i < 1000; i++) {
      expect(second.registry.routeByMessageId(['<unknown@x>', `<rej-scale-${i}@x.example>`])).toBe(ids[i]);
      expect(second.registry.routeByMessageId([approvals.get(ids[i]!)!])).toBe(ids[i]);
    }
    const tRoute = performance.now() - t2;
    // Events still reach the right actor after restore.
    expect(await second.registry.send(ids[500]!, { type: 'candidate.skip' })).toBe('skipped');
    expect(second.store.getConversation(ids[499]!)!.state).toBe('awaitingApproval');
    const size = (await stat(join(h.dir, 'debrief.json'))).size;
    console.log(`1,000 conversations: start ${tStart.toFixed(0)} ms, open+restore ${tRestore.toFixed(0)} ms, 2,000 routes ${tRoute.toFixed(1)} ms, log ${(size / 1e6).toFixed(1)} MB`);
    expect(h.deliveries).toHaveLength(1000); // nothing re-sent by the restore
  }, 120_000);
});
