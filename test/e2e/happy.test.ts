/**
 * End to end, the real daemon as a child process: the happy path, an edited draft, and a
 * recipient supplied with TO: for a rejection from a no-reply address.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CANDIDATE } from '../lab/lab.ts';
import { answerApproval, createStory, employerReplies, eventually, nthApproval, onlyConversation, rejectionMail, type Story } from './harness.ts';

const HR = 'hr@acme.test';
let story: Story;
afterEach(async () => story?.close());

describe('e2e: the whole loop', () => {
  it('happy path: rejection → approval → request → follow-up → feedback → thank-you approved and sent', async () => {
    story = await createStory();
    const { lab } = story;
    const daemon = await story.start();
    await daemon.waitForLog((l) => l.msg === 'running');

    await lab.deliver(CANDIDATE, rejectionMail({ from: HR, fromName: 'Maria Lopez', company: 'Acme', role: 'Senior Backend Engineer', messageId: '<rej-1@acme.test>' }), HR);
    const approval = await nthApproval(lab, 1);
    expect(approval.subject).toMatch(/Acme/);
    expect(approval.text).toContain('----- DRAFT START -----');
    expect(await lab.list(HR)).toHaveLength(0); // nothing reaches the employer before approval

    await answerApproval(lab, approval, 'APPROVE');
    const request = await lab.waitFor(HR, (m) => m.inReplyTo === '<rej-1@acme.test>', { timeoutMs: 15_000 });
    expect(request.subject).toBe('Re: Your application for Senior Backend Engineer at Acme');
    expect(request.references).toContain('<rej-1@acme.test>');
    expect(request.text).toMatch(/feedback/i);

    // No answer: the first follow-up (4 s later here) goes out in the same thread.
    const followUp = await lab.waitFor(HR, (m) => m.messageId !== request.messageId, { timeoutMs: 15_000 });
    expect(followUp.references).toEqual(expect.arrayContaining(['<rej-1@acme.test>', request.messageId]));

    await employerReplies(lab, HR, followUp, [
      'Hi Jane, thanks for following up. Two things from the panel:',
      '- Your system design answer did not cover caching and failure modes in enough depth.',
      '- The successful candidate had more production Kubernetes experience.',
      'Best, Maria',
    ].join('\n'));
    const thanksApproval = await nthApproval(lab, 2);
    await answerApproval(lab, thanksApproval, 'APPROVE');
    const thanks = await lab.waitFor(HR, (m) => ![request.messageId, followUp.messageId].includes(m.messageId), { timeoutMs: 15_000 });
    expect(thanks.text).toMatch(/thank/i);

    const conversation = await eventually(async () => {
      const c = await onlyConversation(story);
      return c.state === 'thanked' ? c : undefined;
    }, 15_000, 'state thanked');
    expect(conversation.company).toBe('Acme');
    expect(conversation.feedback.length).toBeGreaterThanOrEqual(2);
    expect(conversation.messages.map((m: any) => m.kind)).toEqual(expect.arrayContaining(['rejection', 'request', 'follow_up', 'feedback', 'thank_you']));
    // Exactly three mails reached the employer: request, one follow-up, thank-you.
    expect(await lab.list(HR)).toHaveLength(3);
    expect(await daemon.stop()).toBe(0);
  });

  it('an edited draft is sent as edited', async () => {
    story = await createStory({ FOLLOW_UP_DELAYS: '1h' });
    const { lab } = story;
    const daemon = await story.start();
    await daemon.waitForLog((l) => l.msg === 'running');
    await lab.deliver(CANDIDATE, rejectionMail({ from: HR, fromName: 'Maria Lopez', company: 'Acme', role: 'Data Engineer', messageId: '<rej-2@acme.test>' }), HR);
    const approval = await nthApproval(lab, 1);
    const edited = 'Dear Maria,\n\nThank you for the interviews. Could you share one thing I could improve?\n\nJane';
    await lab.sendAs(CANDIDATE, {
      to: CANDIDATE,
      subject: `Re: ${approval.subject}`,
      inReplyTo: approval.messageId,
      references: [...approval.references, approval.messageId],
      text: `----- DRAFT START -----\n${edited}\n----- DRAFT END -----\n`,
    });
    const request = await lab.waitFor(HR, () => true, { timeoutMs: 15_000 });
    expect(request.text.trim()).toContain('Could you share one thing I could improve?');
    expect(request.text).not.toMatch(/----- DRAFT/);
    await daemon.stop();
  });

  it('a rejection from a no-reply address: TO: in the answer names the recipient', async () => {
    story = await createStory({ FOLLOW_UP_DELAYS: '1h' });
    const { lab } = story;
    const daemon = await story.start();
    await daemon.waitForLog((l) => l.msg === 'running');
    await lab.deliver(CANDIDATE, rejectionMail({ from: 'noreply@acme.test', fromName: 'Acme Careers', company: 'Acme', role: 'QA Lead', messageId: '<rej-3@acme.test>' }), 'noreply@acme.test');
    const approval = await nthApproval(lab, 1);
    expect(approval.subject).toMatch(/recipient needed/);
    await answerApproval(lab, approval, 'APPROVE\nTO: hr@acme.test');
    const request = await lab.waitFor(HR, () => true, { timeoutMs: 15_000 });
    expect(request.inReplyTo).toBe('<rej-3@acme.test>');
    expect(await lab.list('noreply@acme.test')).toHaveLength(0);
    await daemon.stop();
  });
});
