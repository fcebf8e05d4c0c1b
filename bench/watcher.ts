/**
 * Watcher figures on the mail lab (real Dovecot on loopback):
 *   1. delivery → handled latency while the watcher idles (LMTP delivery to onMessage resolved);
 *   2. first-start scan speed over a mailbox of N messages (default 2,000; 10 % "not worth reading").
 *
 *     npx tsx bench/watcher.ts [--messages 2000] [--deliveries 20]
 *
 * Dovecot notifies IDLE clients ~0.5 s after a delivery (hard-coded), so ~0.5 s is the floor for (1).
 */
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMailLab, labServers, type MailLab } from '../test/lab/lab.ts';
import { systemClock } from '../src/clock.ts';
import { silentLogger } from '../src/log.ts';
import { createWatcher } from '../src/mail/watcher.ts';
import { createFileCursorStore } from '../src/mail/cursor.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const MESSAGES = arg('messages', 2000);
const DELIVERIES = arg('deliveries', 20);

let n = 0;
function raw(to: string, extra = ''): { raw: string; id: string } {
  const id = `<bench${Date.now()}.${n++}@acme.test>`;
  const lines = [
    'From: HR <hr@acme.test>',
    `To: ${to}`,
    `Subject: Your application (${n})`,
    `Message-ID: ${id}`,
    `Date: ${new Date().toUTCString()}`,
    ...(extra ? [extra] : []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Thank you for your interest. After careful consideration we have decided not to move forward.',
    'x'.repeat(2000),
    '',
  ];
  return { raw: lines.join('\r\n'), id };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;

async function latency(lab: MailLab, dir: string): Promise<void> {
  const user = 'candidate@example.test';
  const waiting = new Map<string, () => void>();
  const watcher = createWatcher({
    imap: labServers(lab, user).imap,
    cursor: createFileCursorStore(join(dir, 'latency.json')),
    clock: systemClock(),
    log: silentLogger(),
    onMessage: async (msg) => waiting.get(msg.messageId)?.(),
  });
  await watcher.start();
  const times: number[] = [];
  try {
    for (let i = 0; i < DELIVERIES; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const m = raw(user);
      const handled = new Promise<void>((resolve) => waiting.set(m.id, resolve));
      const t0 = performance.now();
      await lab.deliver(user, m.raw);
      await handled;
      times.push(performance.now() - t0);
    }
  } finally {
    await watcher.stop();
  }
  times.sort((a, b) => a - b);
  console.log(
    `delivery → handled over ${DELIVERIES} deliveries: median ${pct(times, 0.5).toFixed(0)} ms, ` +
      `p95 ${pct(times, 0.95).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (Dovecot's IDLE notification floor ~500 ms)`,
  );
}

async function scan(lab: MailLab, dir: string): Promise<void> {
  const user = 'recruiter@globex.test';
  const list = 'List-Unsubscribe: <mailto:unsub@news.test>';
  // The first by LMTP (creates the Maildir), the rest written into Maildir/new as a local MDA would.
  await lab.deliver(user, raw(user, list).raw);
  const maildir = join(lab.dir, 'mail', 'globex.test', 'recruiter', 'Maildir', 'new');
  const t0 = performance.now();
  for (let i = 1; i < MESSAGES; i++) {
    const file = join(maildir, `${Math.floor(Date.now() / 1000)}.M${i}P${process.pid}.bench`);
    await writeFile(file, raw(user, i % 10 === 0 ? list : '').raw);
    await chown(file, 8, 8);
  }
  const seedMs = performance.now() - t0;

  let handled = 0;
  let progressEvents = 0;
  const watcher = createWatcher({
    imap: labServers(lab, user).imap,
    cursor: createFileCursorStore(join(dir, 'scan.json')),
    clock: systemClock(),
    log: silentLogger(),
    isWorthReading: (h) => !h.headers['list-unsubscribe'],
    onMessage: async () => {
      handled++;
    },
  });
  watcher.on('progress', () => progressEvents++);
  const t1 = performance.now();
  await watcher.start();
  const scanMs = performance.now() - t1;
  await watcher.stop();

  // Second start on the same cursor: what a daemon restart costs.
  const again = createWatcher({
    imap: labServers(lab, user).imap,
    cursor: createFileCursorStore(join(dir, 'scan.json')),
    clock: systemClock(),
    log: silentLogger(),
    onMessage: async () => {
      throw new Error('nothing should be handled twice');
    },
  });
  const t2 = performance.now();
  await again.start();
  const restartMs = performance.now() - t2;
  await again.stop();

  console.log(`seeded ${MESSAGES} messages into the Maildir in ${seedMs.toFixed(0)} ms`);
  console.log(
    `first-start scan: ${MESSAGES} messages, ${handled} bodies handled, ${progressEvents} progress events in ` +
      `${scanMs.toFixed(0)} ms (${((MESSAGES / scanMs) * 1000).toFixed(0)} messages/s)`,
  );
  console.log(`restart on the saved cursor (nothing new): connected and caught up in ${restartMs.toFixed(0)} ms`);
}

const lab = await startMailLab();
const dir = await mkdtemp(join(tmpdir(), 'debrief-bench-watcher-'));
try {
  await latency(lab, dir);
  await scan(lab, dir);
} finally {
  await lab.stop();
  await rm(dir, { recursive: true, force: true });
}
