import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createConversationMachine, planFollowUps, type ConversationEvent, type ConversationInput, type ConversationSettings, type MailIntent } from '../../machines/conversation.ts';
import { fakeDrafter, reply, settings } from '../conversations/helpers.ts';

const machine = createConversationMachine({ drafter: fakeDrafter });
const T0 = '2026-01-05T09:00:00.000Z'; // Monday 10:00 Berlin

function input(over: Partial<ConversationInput> = {}, s: Partial<ConversationSettings> = {}): ConversationInput {
  return {
    id: 'acme-1', now: T0, token: 'tok', company: 'Acme', role: 'Engineer', stage: 'interview', language: 'en',
    contact: { name: 'Maria', address: 'maria@acme.example' },
    rejection: { messageId: '<rej@acme>', subject: 'Your application', date: T0, from: null, excerpt: 'no', references: [] },
    settings: settings(s), ...over,
  };
}

function run(i: ConversationInput) {
  const actor = createActor(machine, { input: i }).start();
  const send = (e: ConversationEvent) => { actor.send(e); return actor.getSnapshot(); };
  /** Acknowledges every outstanding intent as sent, at `at`. */
  const ackAll = (at: string) => {
    for (const intent of [...actor.getSnapshot().context.outbox]) send({ type: 'mail.sent', at, id: intent.id, messageId: `<m-${intent.id}>` });
  };
  return { actor, send, ackAll, snap: () => actor.getSnapshot() };
}
const last = (outbox: MailIntent[]) => outbox[outbox.length - 1]!;

describe('conversation machine', () => {
  it('application-stage rejection not pursued → skipped with a reason', () => {
    const { snap } = run(input({ stage: 'application' }));
    expect(snap().value).toBe('skipped');
    expect(snap().context.skipReason).toMatch(/application/);
    expect(snap().context.outbox).toEqual([]);
  });

  it('request → approval intent with planned follow-ups → approve → send → awaitingReply with deadline in window', () => {
    const { snap, send, ackAll } = run(input());
    expect(snap().value).toBe('awaitingApproval');
    const approval = snap().context.outbox[0]!;
    expect(approval).toMatchObject({ id: 'acme-1:1', target: 'candidate', purpose: 'approval' });
    expect(approval.target === 'candidate' && 'plannedFollowUps' in approval && approval.plannedFollowUps).toEqual(planFollowUps(new Date(T0), settings()));
    ackAll(T0);
    send({ type: 'candidate.approve', at: T0, draft: { body: 'Edited body' } });
    expect(snap().value).toBe('sending');
    const mail = last(snap().context.outbox);
    expect(mail).toMatchObject({ target: 'employer', purpose: 'request', text: 'Edited body', inReplyTo: '<rej@acme>' });
    send({ type: 'mail.sent', at: T0, id: mail.id, messageId: '<req@me>' });
    expect(snap().value).toBe('awaitingReply');
    // Monday 10:00 + 3bd = Thursday 10:00 Berlin
    expect(snap().context.deadline).toEqual({ at: '2026-01-08T09:00:00.000Z', kind: 'follow_up' });
    expect(snap().context.outbox).toEqual([]);
  });

  it('follow-ups at deadlines, then noResponse with a notice', () => {
    const { snap, send, ackAll } = run(input());
    ackAll(T0);
    send({ type: 'candidate.approve', at: T0 });
    ackAll(T0);
    send({ type: 'clock.deadline', at: '2026-01-07T09:00:00.000Z' }); // early: ignored
    expect(snap().value).toBe('awaitingReply');
    send({ type: 'clock.deadline', at: '2026-01-08T09:00:00.000Z' });
    expect(snap().value).toBe('sending');
    expect(last(snap().context.outbox)).toMatchObject({ purpose: 'follow_up', text: 'Follow-up #1', inReplyTo: '<m-acme-1:2>' });
    ackAll('2026-01-08T09:00:00.000Z');
    expect(snap().context.followUpsSent).toBe(1);
    expect(snap().context.deadline!.at).toBe('2026-01-15T09:00:00.000Z'); // +5bd
    send({ type: 'clock.deadline', at: '2026-01-15T09:00:00.000Z' });
    ackAll('2026-01-15T09:00:00.000Z');
    expect(snap().context.followUpsSent).toBe(2);
    send({ type: 'clock.deadline', at: '2026-01-30T09:00:00.000Z' });
    expect(snap().value).toBe('noResponse');
    expect(last(snap().context.outbox)).toMatchObject({ purpose: 'notice', notice: 'no_response' });
  });

  it('approveEachFollowUp: each follow-up goes through approval', () => {
    const { snap, send, ackAll } = run(input({}, { approveEachFollowUp: true }));
    const approval = snap().context.outbox[0]!;
    expect('plannedFollowUps' in approval && approval.plannedFollowUps).toEqual([]);
    ackAll(T0);
    send({ type: 'candidate.approve', at: T0 });
    ackAll(T0);
    send({ type: 'clock.deadline', at: '2026-01-08T09:00:00.000Z' });
    expect(snap().value).toBe('awaitingApproval');
    expect(snap().context.pending).toMatchObject({ kind: 'follow_up', followUpNumber: 1 });
  });

  it('approval: one reminder, then expired', () => {
    const { snap, send } = run(input());
    const due = snap().context.deadline!;
    expect(due.kind).toBe('approval_reminder');
    send({ type: 'clock.deadline', at: due.at });
    expect(snap().value).toBe('awaitingApproval');
    expect(last(snap().context.outbox)).toMatchObject({ purpose: 'reminder' });
    expect(snap().context.deadline!.kind).toBe('approval_expiry');
    send({ type: 'clock.deadline', at: snap().context.deadline!.at });
    expect(snap().value).toBe('expired');
    expect(last(snap().context.outbox)).toMatchObject({ notice: 'expired' });
  });

  it('skip and stop', () => {
    const a = run(input());
    a.send({ type: 'candidate.skip', at: T0 });
    expect(a.snap().value).toBe('skipped');
    const b = run(input());
    b.ackAll(T0);
    b.send({ type: 'candidate.approve', at: T0 });
    b.ackAll(T0);
    b.send({ type: 'candidate.stop', at: T0 });
    expect(b.snap().value).toBe('stopped');
    expect(b.snap().status).toBe('done');
  });

  it('no human contact: APPROVE without TO asks again; with TO sends there', () => {
    const { snap, send } = run(input({ contact: null }));
    send({ type: 'candidate.approve', at: T0 });
    expect(snap().value).toBe('awaitingApproval');
    expect(last(snap().context.outbox)).toMatchObject({ purpose: 'help', notice: 'needs_recipient' });
    send({ type: 'candidate.approve', at: T0, to: 'Hiring@Acme.example' });
    expect(snap().value).toBe('sending');
    expect(last(snap().context.outbox)).toMatchObject({ target: 'employer', to: { address: 'hiring@acme.example' } });
    expect(snap().context.contact).toEqual({ name: '', address: 'hiring@acme.example' });
    send({ type: 'mail.sent', at: T0, id: last(snap().context.outbox).id, messageId: '<r@me>' });
    send({ type: 'clock.deadline', at: snap().context.deadline!.at });
    expect(last(snap().context.outbox)).toMatchObject({ purpose: 'follow_up', to: { address: 'hiring@acme.example' } });
  });

  it('autoApprove: straight to sending (and thank-you without approval)', () => {
    const { snap, send, ackAll } = run(input({}, { autoApprove: true }));
    expect(snap().value).toBe('sending');
    ackAll(T0);
    send({ ...reply('feedback'), at: T0 });
    expect(snap().value).toBe('sending');
    ackAll(T0);
    expect(snap().value).toBe('thanked');
  });

  function toAwaitingReply(s: Partial<ConversationSettings> = {}) {
    const r = run(input({}, s));
    r.ackAll(T0);
    r.send({ type: 'candidate.approve', at: T0 });
    r.ackAll(T0);
    expect(r.snap().value).toBe('awaitingReply');
    return r;
  }

  it('feedback → thank-you draft with the points → approval → thanked', () => {
    const { snap, send, ackAll } = toAwaitingReply();
    send({ ...reply('feedback'), at: T0 });
    expect(snap().value).toBe('awaitingApproval');
    expect(snap().context.feedback).toEqual(['Go deeper on system design', 'Show more testing']);
    expect(snap().context.pending).toMatchObject({ kind: 'thank_you', body: 'Thank you for: Go deeper on system design; Show more testing' });
    ackAll(T0);
    send({ type: 'candidate.approve', at: T0 });
    const mail = last(snap().context.outbox);
    expect(mail).toMatchObject({ purpose: 'thank_you' });
    send({ type: 'mail.sent', at: T0, id: mail.id, messageId: '<ty@me>' });
    expect(snap().value).toBe('thanked');
  });

  it('vague feedback → clarification once → then thank-you (or thank-you after the wait)', () => {
    const { snap, send, ackAll } = toAwaitingReply();
    send({ ...reply('feedback', { vague: true, points: [] }), at: T0 });
    expect(snap().context.pending?.kind).toBe('clarification');
    ackAll(T0);
    send({ type: 'candidate.approve', at: T0 });
    ackAll(T0);
    expect(snap().value).toBe('awaitingReply');
    expect(snap().context.clarificationAsked).toBe(true);
    // Vague again: no second clarification; thank-you.
    send({ ...reply('feedback', { vague: true, points: [] }), at: T0 });
    expect(snap().context.pending?.kind).toBe('thank_you');

    const b = toAwaitingReply();
    b.send({ ...reply('feedback', { vague: true, points: [] }), at: T0 });
    b.ackAll(T0);
    b.send({ type: 'candidate.approve', at: T0 });
    b.ackAll(T0);
    expect(b.snap().context.deadline!.kind).toBe('clarification_wait');
    b.send({ type: 'clock.deadline', at: b.snap().context.deadline!.at });
    expect(b.snap().value).toBe('awaitingApproval');
    expect(b.snap().context.pending?.kind).toBe('thank_you');
  });

  it('declined → gracious thanks → closed', () => {
    const { snap, send, ackAll } = toAwaitingReply();
    send({ ...reply('declined'), at: T0 });
    expect(snap().context.pending?.kind).toBe('decline_thanks');
    ackAll(T0);
    send({ type: 'candidate.approve', at: T0 });
    ackAll(T0);
    expect(snap().value).toBe('closed');
  });

  it.each(['call', 'question', 'reconsider'] as const)('%s → needsCandidate with the excerpt; keeps logging, accepts stop', (kind) => {
    const { snap, send } = toAwaitingReply();
    send({ ...reply(kind), at: T0 });
    expect(snap().value).toBe('needsCandidate');
    expect(last(snap().context.outbox)).toMatchObject({ notice: 'needs_candidate', excerpt: `a ${kind} reply`, detail: kind });
    expect(snap().context.deadline).toBeNull();
    send({ ...reply('feedback'), at: T0 });
    expect(snap().value).toBe('needsCandidate');
    expect(snap().context.replies).toBe(2);
    send({ type: 'candidate.stop', at: T0 });
    expect(snap().value).toBe('stopped');
  });

  it('auto-reply keeps waiting; a return date moves the next follow-up after it', () => {
    const { snap, send } = toAwaitingReply();
    send({ ...reply('auto_reply'), at: T0 });
    expect(snap().value).toBe('awaitingReply');
    expect(snap().context.deadline!.at).toBe('2026-01-08T09:00:00.000Z');
    send({ ...reply('auto_reply', { returnDate: '2026-01-16' }), at: T0 });
    // back Friday 16th → next business day Monday 19th, 09:00 Berlin
    expect(snap().context.deadline).toEqual({ at: '2026-01-19T08:00:00.000Z', kind: 'resume_after_ooo' });
    send({ type: 'clock.deadline', at: '2026-01-08T09:00:00.000Z' });
    expect(snap().value).toBe('awaitingReply');
  });

  it('bounce → bounced with a notice; a temporary bounce keeps waiting', () => {
    const a = toAwaitingReply();
    a.send({ ...reply('bounce', { bounce: { permanent: false, status: '4.2.2', recipient: null, diagnostic: 'full' } }), at: T0 });
    expect(a.snap().value).toBe('awaitingReply');
    a.send({ ...reply('bounce'), at: T0 });
    expect(a.snap().value).toBe('bounced');
    expect(last(a.snap().context.outbox)).toMatchObject({ notice: 'bounced', detail: 'no such user' });
  });

  it('permanent send failure of the employer mail → needsCandidate with a notice', () => {
    const { snap, send, ackAll } = run(input());
    ackAll(T0);
    send({ type: 'candidate.approve', at: T0 });
    const id = last(snap().context.outbox).id;
    send({ type: 'mail.held', at: T0, id, until: '2026-01-06T09:00:00.000Z' });
    expect(snap().value).toBe('sending');
    send({ type: 'mail.failed', at: T0, id, permanent: true, message: 'rejected' });
    expect(snap().value).toBe('needsCandidate');
    expect(last(snap().context.outbox)).toMatchObject({ notice: 'send_failed' });
  });
});
