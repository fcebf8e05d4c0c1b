/**
 * The demo: with no account configured, debrief plays a whole conversation on a local mail lab
 * (a real Dovecot and SMTP server on loopback) on a fast clock — a week of business days in
 * about a minute — printing each step as it happens, then the conversation's JSON log entry.
 *
 * The daemon runs in this process exactly as `start` builds it; the demo plays the employer and
 * the candidate over SMTP/IMAP only, like the end-to-end tests do.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { fastClock, type Clock } from './clock.ts';
import { createLogger } from './log.ts';
import { createDaemon } from './daemon.ts';

/** Simulated seconds per real second: three business days pass in about half a minute. */
const SPEED = 10_000;
const EMPLOYER = 'hr@acme.test';

type Out = (line: string) => void;

export async function runDemo(options: { out?: Out; speed?: number } = {}): Promise<void> {
  const out: Out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
  // The lab lives with the tests; it needs Dovecot (see the README) and is loaded only here.
  const { startMailLab, CANDIDATE } = await import('../test/lab/lab.ts');
  const started = Date.now();
  const lab = await startMailLab();
  const dataDir = await mkdtemp(join(tmpdir(), 'debrief-demo-'));
  // Monday 09:30 in the candidate's zone: the story starts at the beginning of a working week.
  const clock: Clock = fastClock(options.speed ?? SPEED, nextMonday930());
  const stamp = () => clock.now().toLocaleString('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' });
  const step = (who: string, text: string) => out(`[${stamp()}] ${who.padEnd(9)} ${text}`);

  const config = loadConfig(
    {
      IMAP_HOST: lab.host, IMAP_PORT: String(lab.imapPort), IMAP_SECURE: 'false', IMAP_USER: CANDIDATE, IMAP_PASS: lab.users[CANDIDATE],
      IMAP_TLS_REJECT_UNAUTHORIZED: 'false',
      SMTP_HOST: lab.host, SMTP_PORT: String(lab.smtpPort), SMTP_SECURE: 'false', SMTP_USER: CANDIDATE, SMTP_PASS: lab.users[CANDIDATE],
      SMTP_TLS_REJECT_UNAUTHORIZED: 'false',
      CANDIDATE_NAME: 'Jane Doe', CANDIDATE_EMAIL: CANDIDATE, DEBRIEF_DATA: dataDir,
      FOLLOW_UP_DELAYS: '3bd,5bd', MAX_FOLLOW_UPS: '2', TIMEZONE: 'Europe/Berlin', SEND_WINDOW: '09:00-17:00',
      MIN_GAP_PER_RECIPIENT: '24h', LOG_LEVEL: 'warn',
    },
    null,
  );
  const log = createLogger({ level: 'warn' });
  // Polls are in clock time: at this speed they are kept to about once a real minute.
  const speed = options.speed ?? SPEED;
  const daemon = await createDaemon({ config, clock, log, controlPollMs: 60_000 * speed, inboxPollMs: 60_000 * speed });
  const state = () => daemon.store.listConversations()[0]?.state ?? 'none';

  try {
    out(`Mail lab up: Dovecot IMAP 127.0.0.1:${lab.imapPort}, SMTP 127.0.0.1:${lab.smtpPort}; data in ${dataDir}`);
    out(`Clock: ${(options.speed ?? SPEED).toLocaleString('en')}× real time; follow-ups after 3 and 5 business days, sent 09:00–17:00 Europe/Berlin.\n`);
    await daemon.start();

    const rejectionId = `<rejection.${Date.now()}@acme.test>`;
    step('employer', `${EMPLOYER} sends a rejection after the final interview`);
    await lab.deliver(CANDIDATE, rejection(rejectionId, clock.now()), EMPLOYER);

    const approval = await lab.waitFor(CANDIDATE, (m) => /\[debrief:/.test(m.subject) && !m.subject.startsWith('Re:'), { timeoutMs: 20_000 });
    step('debrief', `approval mail to the candidate (state ${state()}): "${approval.subject}"`);
    out(indent(draftOf(approval.text)));

    step('candidate', 'answers APPROVE');
    await reply(lab, CANDIDATE, approval, 'APPROVE', clock.now());

    const request = await lab.waitFor(EMPLOYER, (m) => m.inReplyTo === rejectionId, { timeoutMs: 30_000 });
    step('debrief', `feedback request delivered to ${EMPLOYER} (state ${state()}): "${request.subject}", In-Reply-To the rejection`);

    step('employer', 'does not answer...');
    const followUp = await lab.waitFor(EMPLOYER, (m) => m.messageId !== request.messageId && m.references.includes(rejectionId), { timeoutMs: 60_000 });
    step('debrief', `follow-up delivered to ${EMPLOYER}: "${followUp.subject}"`);
    out(indent(followUp.text.trim().split('\n').slice(0, 6).join('\n')));

    step('employer', 'answers with feedback');
    await lab.sendAs(EMPLOYER, {
      from: `"Maria Lopez" <${EMPLOYER}>`,
      to: CANDIDATE,
      subject: `Re: ${followUp.subject.replace(/^Re:\s*/i, '')}`,
      inReplyTo: followUp.messageId,
      references: [...followUp.references, followUp.messageId],
      date: clock.now(),
      text: FEEDBACK,
    });

    const thanksApproval = await lab.waitFor(CANDIDATE, (m) => /\[debrief:/.test(m.subject) && m.messageId !== approval.messageId && !m.subject.startsWith('Re:'), { timeoutMs: 30_000 });
    step('debrief', `approval mail for the thank-you (state ${state()}): "${thanksApproval.subject}"`);
    out(indent(draftOf(thanksApproval.text)));
    step('candidate', 'answers APPROVE');
    await reply(lab, CANDIDATE, thanksApproval, 'APPROVE', clock.now());

    const thanks = await lab.waitFor(EMPLOYER, (m) => m.inReplyTo !== null && ![request.messageId, followUp.messageId].includes(m.messageId) && /thank/i.test(m.text), { timeoutMs: 60_000 });
    step('debrief', `thank-you delivered to ${EMPLOYER}: "${thanks.subject}"`);
    await waitUntil(() => daemon.store.listConversations().some((c) => c.state === 'thanked'), 20_000);
    step('debrief', `conversation finished: state ${state()}`);

    const record = daemon.store.listConversations()[0]!;
    const { snapshot: _snapshot, ...entry } = record;
    out(`\nThe conversation's entry in ${join(dataDir, 'debrief.json')} (the XState snapshot left out):`);
    out(JSON.stringify(entry, null, 2));
    out(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s of real time: ${record.messages.length} messages, final state ${record.state}.`);
  } finally {
    await daemon.stop();
    await lab.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function nextMonday930(): Date {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  d.setUTCHours(8, 30, 0, 0); // 09:30 in Berlin in winter, 10:30 in summer: inside the window either way
  return d;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `            │ ${l}`).join('\n');
}

/** The draft part of an approval mail (between its markers), for printing. */
function draftOf(text: string): string {
  const start = text.indexOf('----- DRAFT START -----');
  const end = text.indexOf('----- DRAFT END -----');
  return start >= 0 && end > start ? text.slice(start, end + '----- DRAFT END -----'.length) : text.split('\n').slice(0, 20).join('\n');
}

async function reply(lab: { sendAs: (u: string, m: object) => Promise<unknown> }, candidate: string, to: { subject: string; messageId: string; references: string[]; text: string }, body: string, date: Date): Promise<void> {
  await lab.sendAs(candidate, {
    date,
    from: `"Jane Doe" <${candidate}>`,
    to: candidate,
    subject: `Re: ${to.subject}`,
    inReplyTo: to.messageId,
    references: [...to.references, to.messageId],
    text: `${body}\n\nOn ${date.toUTCString()}, Jane Doe <${candidate}> wrote:\n${to.text.split('\n').map((l) => `> ${l}`).join('\n')}\n`,
  });
}

async function waitUntil(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('demo: the conversation did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function rejection(messageId: string, date: Date): string {
  return [
    `From: "Maria Lopez" <${EMPLOYER}>`,
    'To: "Jane Doe" <candidate@example.test>',
    'Subject: Your application for Senior Backend Engineer at Acme',
    `Date: ${date.toUTCString()}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Jane,',
    '',
    'Thank you for taking the time to interview with us for the Senior Backend Engineer role,',
    'and for the effort you put into the final round. The team enjoyed meeting you.',
    '',
    'Unfortunately, after a lot of deliberation we have decided to move forward with another',
    'candidate whose experience more closely matches what we need right now.',
    '',
    'We wish you every success in your search.',
    '',
    'Best regards,',
    'Maria Lopez',
    'Talent Partner, Acme',
    '',
  ].join('\r\n');
}

const FEEDBACK = [
  'Hi Jane,',
  '',
  'Sorry for the slow reply, and thanks for asking. Happy to share what the panel noted:',
  '',
  '- Your system design answer did not go deep enough on caching and failure modes.',
  '- The successful candidate had more hands-on experience running Kubernetes in production.',
  '- Your live coding was clean and well tested; keep doing that.',
  '',
  'It was a close call. Please do apply again in the future.',
  '',
  'Best,',
  'Maria',
].join('\n');
