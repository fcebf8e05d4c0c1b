/**
 * End to end: the candidate in control — SKIP, STOP (by mail and at the terminal), two
 * rejections at once, and kill -9 in the middle of a conversation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CANDIDATE } from '../lab/lab.ts';
import { answerApproval, createStory, eventually, isApproval, nthApproval, onlyConversation, rejectionMail, type Story } from './harness.ts';

const HR = 'hr@acme.test';
const GLOBEX = 'recruiter@globex.test';
let story: Story;
afterEach(async () => story?.close());

const stateOf = async (company: string) => {
  const log = await story.readLog();
  return (Object.values(log.conversations) as any[]).find((c) => c.company === company)?.state;
};

describe('e2e: the candidate decides', () => {
  it('SKIP: nothing reaches the employer', async () => {
    story = await createStory();
    const { lab } = story;
    const daemon = await story.start();
    await daemon.waitForLog((l) => l.msg === 'running');
    await lab.deliver(CANDIDATE, rejectionMail({ from: HR, fromName: 'Maria Lopez', company: 'Acme', role: 'SRE', messageId: '<rej-s@acme.test>' }), HR);
    await answerApproval(lab, await nthApproval(lab, 1), 'SKIP');
    await eventually(async () => (await stateOf('Acme')) === 'skipped', 15_000, 'state skipped');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await lab.list(HR)).toHaveLength(0);
    await daemon.stop();
  });

  it('STOP by mail after the request: no follow-up is sent', async () => {
    story = await createStory({ FOLLOW_UP_DELAYS: '5s' });
    const { lab } = story;
    const daemon = await story.start();
    await daemon.waitForLog((l) => l.msg === 'running');
    await lab.deliver(CANDIDATE, rejectionMail({ from: HR, fromName: 'Maria Lopez', company: 'Acme', role: 'SRE', messageId: '<rej-t@acme.test>' }), HR);
    const approval = await nthApproval(lab, 1);
    await answerApproval(lab, approval, 'APPROVE');
    await lab.waitFor(HR, () => true, { timeoutMs: 15_000 });
    await answerApproval(lab, approval, 'STOP');
    await eventually(async () => (await stateOf('Acme')) === 'stopped', 15_000, 'state stopped');
    await new Promise((r) => setTimeout(r, 6000));
    expect(await lab.list(HR)).toHaveLength(1);
    await daemon.stop();
  });

  it('two rejections from different companies at once, one approved at the terminal, one stopped there', async () => {
    story = await createStory({ FOLLOW_UP_DELAYS: '1h' });
    const { lab } = story;
    const daemon = await story.start();
    await daemon.waitForLog((l) => l.msg === 'running');
    await Promise.all([
      lab.deliver(CANDIDATE, rejectionMail({ from: HR, fromName: 'Maria Lopez', company: 'Acme', role: 'SRE', messageId: '<rej-a@acme.test>' }), HR),
      lab.deliver(CANDIDATE, rejectionMail({ from: GLOBEX, fromName: 'Tom Baker', company: 'Globex', role: 'Backend Developer', messageId: '<rej-g@globex.test>' }), GLOBEX),
    ]);
    await nthApproval(lab, 2);
    const log = await story.readLog();
    const byCompany = Object.fromEntries((Object.values(log.conversations) as any[]).map((c) => [c.company, c.id]));
    expect(Object.keys(byCompany).sort()).toEqual(['Acme', 'Globex']);

    expect((await story.cli(['approve', byCompany.Globex])).code).toBe(0);
    expect((await story.cli(['stop', byCompany.Acme])).code).toBe(0);
    const request = await lab.waitFor(GLOBEX, () => true, { timeoutMs: 15_000 });
    expect(request.inReplyTo).toBe('<rej-g@globex.test>');
    await eventually(async () => (await stateOf('Acme')) === 'stopped', 15_000, 'Acme stopped');
    expect(await lab.list(HR)).toHaveLength(0);

    const status = await story.cli(['status']);
    expect(status.stdout).toMatch(/Acme.*stopped/);
    expect(status.stdout).toMatch(/Globex.*awaitingReply/);
    await daemon.stop();
  });

  it('kill -9 mid-conversation and restart: nothing lost, nothing sent twice', async () => {
    story = await createStory({ FOLLOW_UP_DELAYS: '4s' , MAX_FOLLOW_UPS: '1' });
    const { lab } = story;
    let daemon = await story.start();
    await daemon.waitForLog((l) => l.msg === 'running');
    await lab.deliver(CANDIDATE, rejectionMail({ from: HR, fromName: 'Maria Lopez', company: 'Acme', role: 'SRE', messageId: '<rej-k@acme.test>' }), HR);
    const approval = await nthApproval(lab, 1);
    await answerApproval(lab, approval, 'APPROVE');
    await lab.waitFor(HR, () => true, { timeoutMs: 15_000 });
    await daemon.stop('SIGKILL');

    // While it is down, the follow-up deadline passes; a second rejection arrives.
    await lab.deliver(CANDIDATE, rejectionMail({ from: GLOBEX, fromName: 'Tom Baker', company: 'Globex', role: 'Backend Developer', messageId: '<rej-k2@globex.test>' }), GLOBEX);
    await new Promise((r) => setTimeout(r, 5000));

    daemon = await story.start();
    await daemon.waitForLog((l) => l.msg === 'running');
    await lab.waitFor(HR, (m) => m.references.length > 1, { timeoutMs: 15_000 }); // the follow-up
    await eventually(async () => ((await lab.list(CANDIDATE)).filter(isApproval).length === 2 ? true : undefined), 15_000, 'approval for the second rejection');
    await new Promise((r) => setTimeout(r, 2000));
    expect(await lab.list(HR)).toHaveLength(2); // request + one follow-up, each once
    expect((await lab.list(CANDIDATE)).filter(isApproval)).toHaveLength(2); // no approval mail twice
    const log = await story.readLog();
    expect(Object.keys(log.conversations)).toHaveLength(2);
    await daemon.stop();
  });
});
