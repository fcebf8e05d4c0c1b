/**
 * End to end: how the daemon reacts to what the employer sends back — an out-of-office and then
 * a real reply, a bounce, a decline, and silence through every follow-up.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CANDIDATE } from '../lab/lab.ts';
import { answerApproval, createStory, employerReplies, eventually, isNotice, nthApproval, onlyConversation, rejectionMail, type Story } from './harness.ts';

const HR = 'hr@acme.test';
let story: Story;
afterEach(async () => story?.close());

async function approvedRequest(extraEnv: Record<string, string> = {}) {
  story = await createStory(extraEnv);
  const { lab } = story;
  const daemon = await story.start();
  await daemon.waitForLog((l) => l.msg === 'running');
  await lab.deliver(CANDIDATE, rejectionMail({ from: HR, fromName: 'Maria Lopez', company: 'Acme', role: 'Platform Engineer', messageId: '<rej@acme.test>' }), HR);
  await answerApproval(lab, await nthApproval(lab, 1), 'APPROVE');
  const request = await lab.waitFor(HR, () => true, { timeoutMs: 15_000 });
  return { lab, daemon, request };
}

const stateIs = (state: string) => async () => {
  const c = await onlyConversation(story);
  return c.state === state ? c : undefined;
};

/**
 * Each case runs a daemon against the real mail lab through a week of compressed follow-ups: ~3–12 s
 * on a quiet machine, so the limit leaves room for a loaded CI runner.
 */
const TIMEOUT_MS = 90_000;

describe('e2e: employer answers', () => {
  it('an out-of-office keeps the conversation waiting; the real reply then ends the follow-ups', async () => {
    const { lab, daemon, request } = await approvedRequest({ FOLLOW_UP_DELAYS: '6s,6s' });
    await lab.sendAs(HR, {
      to: CANDIDATE,
      subject: `Automatic reply: ${request.subject}`,
      inReplyTo: request.messageId,
      references: [...request.references, request.messageId],
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'I am out of the office with limited access to e-mail and will reply when I am back.',
    });
    await daemon.waitForLog((l) => l.msg === 'employer reply read' && l.kind === 'auto_reply');
    expect((await onlyConversation(story)).state).toBe('awaitingReply');
    await employerReplies(lab, HR, request, 'Hi Jane, we do not give individual feedback, sorry. Best of luck!');
    await eventually(stateIs('awaitingApproval'), 15_000, 'decline-thanks draft awaiting approval');
    // Whatever happens next, no follow-up was sent after the human reply.
    await new Promise((r) => setTimeout(r, 7000));
    expect((await lab.list(HR)).length).toBe(1);
    await daemon.stop();
  }, TIMEOUT_MS);

  it('a bounce stops the conversation and tells the candidate', async () => {
    const { lab, daemon, request } = await approvedRequest({ FOLLOW_UP_DELAYS: '1h' });
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.acme.test>',
      `To: ${CANDIDATE}`,
      'Subject: Undelivered Mail Returned to Sender',
      `Date: ${new Date().toUTCString()}`,
      '<dsn-1@mx.acme.test>'.replace(/^/, 'Message-ID: '),
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'This is the mail system at host mx.acme.test. Your message could not be delivered.',
      '<hr@acme.test>: host mx.acme.test said: 550 5.1.1 User unknown',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.acme.test',
      '',
      'Final-Recipient: rfc822; hr@acme.test',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      '--B',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${request.messageId}`,
      `In-Reply-To: ${request.inReplyTo}`,
      `Subject: ${request.subject}`,
      '--B--',
      '',
    ].join('\r\n');
    // The DSN names the request in its attached headers; a real MTA also threads it.
    await lab.deliver(CANDIDATE, dsn.replace('Auto-Submitted: auto-replied', `Auto-Submitted: auto-replied\r\nIn-Reply-To: ${request.messageId}`), 'mailer-daemon@mx.acme.test');
    await eventually(stateIs('bounced'), 15_000, 'state bounced');
    await lab.waitFor(CANDIDATE, (m) => isNotice(m) && /bounce/i.test(m.subject), { timeoutMs: 10_000 });
    await daemon.stop();
  }, TIMEOUT_MS);

  it('a decline gets a gracious thank-you after approval, then the conversation closes', async () => {
    const { lab, daemon, request } = await approvedRequest({ FOLLOW_UP_DELAYS: '1h' });
    await employerReplies(lab, HR, request, 'Hi Jane,\n\nUnfortunately our policy is not to share individual feedback.\n\nKind regards,\nMaria');
    const approval = await nthApproval(lab, 2);
    await answerApproval(lab, approval, 'APPROVE');
    const thanks = await lab.waitFor(HR, (m) => m.messageId !== request.messageId, { timeoutMs: 15_000 });
    expect(thanks.text).toMatch(/thank/i);
    await eventually(stateIs('closed'), 15_000, 'state closed');
    await daemon.stop();
  }, TIMEOUT_MS);

  it('no answer after every follow-up: noResponse, candidate told', async () => {
    const { lab, daemon } = await approvedRequest({ FOLLOW_UP_DELAYS: '3s,3s', MAX_FOLLOW_UPS: '2' });
    await eventually(stateIs('noResponse'), 30_000, 'state noResponse');
    expect(await lab.list(HR)).toHaveLength(3); // request + 2 follow-ups, nothing more
    await lab.waitFor(CANDIDATE, (m) => isNotice(m) && /no response/i.test(m.subject), { timeoutMs: 10_000 });
    await daemon.stop();
  }, TIMEOUT_MS);
});
