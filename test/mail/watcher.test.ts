/**
 * The watcher against the real mail lab (Dovecot over loopback): no IMAP mocks.
 * Each scenario uses its own mailbox so the scenarios do not see each other's mail; they run in
 * order (one lab, one Dovecot, restarted by the outage scenario).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { chown, mkdtemp, rm, writeFile, readFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { startMailLab, labServers, setUidValidity, type MailLab } from '../lab/lab.ts';
import { systemClock, TestClock, type Clock } from '../../src/clock.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { createWatcher, normaliseMessageId, parseHeaderBlock, uidSet, type Watcher, type WatcherOptions } from '../../src/mail/watcher.ts';
import { createFileCursorStore } from '../../src/mail/cursor.ts';
import type { InboundMessage } from '../../src/mail/message.ts';

let lab: MailLab;
let dir: string;

beforeAll(async () => {
  lab = await startMailLab();
  dir = await mkdtemp(join(tmpdir(), 'debrief-watcher-'));
});
afterAll(async () => {
  await lab?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

let seq = 0;
function mail(to: string, opts: { subject?: string; headers?: string; body?: string; id?: string } = {}): { raw: string; messageId: string } {
  const messageId = opts.id ?? `<t${Date.now()}.${seq++}@acme.test>`;
  const raw = [
    'From: HR <hr@acme.test>',
    `To: ${to}`,
    `Subject: ${opts.subject ?? `Message ${seq}`}`,
    `Message-ID: ${messageId}`,
    `Date: ${new Date().toUTCString()}`,
    ...(opts.headers ? [opts.headers] : []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    opts.body ?? 'Thank you for your application.',
    '',
  ].join('\r\n');
  return { raw, messageId };
}

/** A logger whose lines (parsed JSON) the test can read. */
function capturingLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      cb();
    },
  });
  return { log: createLogger({ level: 'debug', destination }), lines };
}

/** The wall clock, counting the timers it holds (stop() must leave none). */
function countingClock(): Clock & { readonly pending: number } {
  const base = systemClock();
  let pending = 0;
  return {
    now: base.now,
    sleep: base.sleep,
    setTimer(at, fn) {
      pending++;
      let live = true;
      const cancel = base.setTimer(at, () => {
        if (live) (live = false), pending--;
        fn();
      });
      return () => {
        if (live) (live = false), pending--;
        cancel();
      };
    },
    get pending() {
      return pending;
    },
  };
}

interface Run {
  watcher: Watcher;
  clock: { readonly pending: number };
  handled: InboundMessage[];
  /** Resolves when `n` messages in total have been handled by this watcher. */
  until(n: number, timeoutMs?: number): Promise<void>;
  lines: Record<string, unknown>[];
}

function watch(user: string, cursorFile: string, over: Partial<WatcherOptions> = {}): Run {
  const handled: InboundMessage[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const { log, lines } = capturingLogger();
  const clock = countingClock();
  const watcher = createWatcher({
    imap: labServers(lab, user).imap,
    cursor: createFileCursorStore(join(dir, cursorFile)),
    clock,
    log,
    backoff: { baseMs: 50, maxMs: 400 },
    onMessage: async (msg) => {
      handled.push(msg);
      for (const w of waiters.filter((w) => handled.length >= w.n)) w.resolve();
    },
    ...over,
  });
  return {
    watcher,
    clock,
    handled,
    lines,
    until(n, timeoutMs = 8000) {
      if (handled.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${handled.length} of ${n} handled after ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const counts = (msgs: InboundMessage[]) => {
  const m = new Map<string, number>();
  for (const x of msgs) m.set(x.messageId, (m.get(x.messageId) ?? 0) + 1);
  return m;
};

describe('watcher helpers', () => {
  it('uidSet compacts runs', () => {
    expect(uidSet([7, 1, 2, 3, 3, 9, 10])).toBe('1:3,7,9:10');
    expect(uidSet([5])).toBe('5');
  });
  it('normaliseMessageId brackets bare ids and drops comments', () => {
    expect(normaliseMessageId('<a@b>')).toBe('<a@b>');
    expect(normaliseMessageId('a@b')).toBe('<a@b>');
    expect(normaliseMessageId(' <a@b> (comment)')).toBe('<a@b>');
    expect(normaliseMessageId('')).toBeNull();
    expect(normaliseMessageId(undefined)).toBeNull();
  });
  it('parseHeaderBlock unfolds and lower-cases', () => {
    expect(parseHeaderBlock(Buffer.from('Subject: a\r\n b\r\nList-Unsubscribe: <x>\r\nReferences: <1@x>\r\nReferences: <2@x>\r\n\r\n'))).toEqual({
      subject: 'a b',
      'list-unsubscribe': '<x>',
      references: '<1@x>\n<2@x>',
    });
  });
});

describe('watcher on the mail lab', () => {
  it('delivery → onMessage within a second', async () => {
    const user = 'candidate@example.test';
    const run = watch(user, 'latency.json');
    await run.watcher.start();
    try {
      const latencies: number[] = [];
      for (let i = 0; i < 5; i++) {
        await sleep(250); // let IDLE start again
        const m = mail(user);
        const t0 = performance.now();
        await lab.deliver(user, m.raw);
        await run.until(i + 1);
        latencies.push(Math.round(performance.now() - t0));
        expect(run.handled[i]!.messageId).toBe(m.messageId);
        expect(run.handled[i]!.uid).toBeGreaterThan(0);
      }
      console.log(`delivery → handled latency (ms): ${latencies.join(', ')}`);
      for (const ms of latencies) expect(ms).toBeLessThan(1000);
      expect(run.clock.pending).toBe(1); // the safety-net poll
    } finally {
      await run.watcher.stop();
    }
    expect(run.clock.pending).toBe(0);
  });

  it('Dovecot stopped and restarted while idling: every message handled exactly once', async () => {
    const user = 'hr@acme.test';
    const run = watch(user, 'outage.json');
    let connects = 0;
    let disconnects = 0;
    run.watcher.on('connected', () => connects++);
    run.watcher.on('disconnected', () => disconnects++);
    await run.watcher.start();
    try {
      const sent: string[] = [];
      for (let i = 0; i < 3; i++) {
        const m = mail(user);
        sent.push(m.messageId);
        await lab.deliver(user, m.raw);
      }
      await run.until(3);
      // two more right before the outage: handled before or after it, but once
      for (let i = 0; i < 2; i++) {
        const m = mail(user);
        sent.push(m.messageId);
        await lab.deliver(user, m.raw);
      }
      await lab.stopDovecot();
      await lab.startDovecot();
      // delivered before the watcher is back (its backoff wait is ≥ 25 ms)
      for (let i = 0; i < 4; i++) {
        const m = mail(user);
        sent.push(m.messageId);
        await lab.deliver(user, m.raw);
      }
      await run.until(sent.length);
      await sleep(800); // would a duplicate show up?
      expect(connects).toBeGreaterThanOrEqual(2);
      expect(disconnects).toBeGreaterThanOrEqual(1);
      const c = counts(run.handled);
      expect([...c.keys()].sort()).toEqual([...sent].sort());
      expect([...c.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await run.watcher.stop();
    }
    expect(run.clock.pending).toBe(0);

    // Restart (new watcher, same cursor file): nothing twice, the news once.
    const later = [mail(user), mail(user)];
    for (const m of later) await lab.deliver(user, m.raw);
    const second = watch(user, 'outage.json');
    await second.watcher.start();
    try {
      await second.until(2);
      await sleep(300);
      expect(second.handled.map((m) => m.messageId)).toEqual(later.map((m) => m.messageId));
    } finally {
      await second.watcher.stop();
    }

    // A cursor that lags (crash before it was saved): the handled set still stops every repeat.
    const cursorPath = join(dir, 'outage.json');
    const saved = JSON.parse(await readFile(cursorPath, 'utf8'));
    await writeFile(cursorPath, JSON.stringify({ ...saved, lastUid: 0 }));
    const third = watch(user, 'outage.json');
    await third.watcher.start();
    await third.watcher.stop();
    expect(third.handled).toEqual([]);
  });

  it('first start over 2,000 messages: headers first, bodies only where worth it, each seen once, progress shown', async () => {
    const user = 'recruiter@globex.test';
    // Seed: the first by LMTP (Dovecot creates the Maildir), the rest written straight into the
    // Maildir's new/ as a local delivery agent would (IMAP APPEND of 2,000 takes ~14 s here);
    // 20 more with an mtime (= received date) 60 days back, outside the lookback window.
    const t0 = performance.now();
    const seeded: string[] = [];
    const first = mail(user, { subject: 'Bulk 0', headers: 'List-Unsubscribe: <mailto:unsub@news.test>' });
    seeded.push(first.messageId);
    await lab.deliver(user, first.raw);
    const maildir = join(lab.dir, 'mail', 'globex.test', 'recruiter', 'Maildir', 'new');
    const ancient = new Date(Date.now() - 60 * 86_400_000);
    for (let i = 1; i < 2020; i++) {
      const old = i >= 2000;
      const list = !old && i % 10 === 0 ? 'List-Unsubscribe: <mailto:unsub@news.test>' : undefined;
      const m = mail(user, { subject: old ? 'Ancient' : `Bulk ${i}`, headers: list });
      if (!old) seeded.push(m.messageId);
      const file = join(maildir, `${Math.floor(Date.now() / 1000)}.M${i}P${process.pid}.lab`);
      await writeFile(file, m.raw);
      await chown(file, 8, 8);
      if (old) await utimes(file, ancient, ancient);
    }
    console.log(`seeded 2,020 messages in ${Math.round(performance.now() - t0)} ms`);

    const progress: { done: number; total: number; scan: boolean }[] = [];
    const run = watch(user, 'scan.json', {
      lookbackDays: 30,
      isWorthReading: (h) => !h.headers['list-unsubscribe'],
    });
    run.watcher.on('progress', (p) => progress.push(p));
    const t1 = performance.now();
    await run.watcher.start();
    const scanMs = performance.now() - t1;
    try {
      console.log(`first-start scan: 2,000 messages (1,800 bodies) in ${Math.round(scanMs)} ms`);
      expect(run.handled).toHaveLength(1800);
      const c = counts(run.handled);
      expect(c.size).toBe(1800);
      expect(run.handled.every((m) => m.subject.startsWith('Bulk'))).toBe(true);
      // progress: a scan of 2,000, ending at done = total
      expect(progress.length).toBeGreaterThan(10);
      // progress: the scan of the window's 2,000, ending at done = total; then the 20 ancient
      // ones (higher UIDs, received before the window) pass by in a catch-up, unhandled.
      const scan = progress.filter((p) => p.scan);
      expect(scan.length).toBe(2000);
      expect(scan.every((p) => p.total === 2000)).toBe(true);
      expect(scan.at(-1)).toEqual({ done: 2000, total: 2000, scan: true });
      expect(progress.filter((p) => !p.scan).at(-1)).toEqual({ done: 20, total: 20, scan: false });
      expect(scanMs).toBeLessThan(20_000);

      // Fetching never marks mail \Seen: the candidate still sees it as new.
      const client = new ImapFlow({ host: lab.host, port: lab.imapPort, secure: false, doSTARTTLS: false, auth: { user, pass: lab.users[user]! }, logger: false });
      await client.connect();
      try {
        const status = await client.status('INBOX', { unseen: true, messages: true });
        expect(status && status.messages).toBe(2020);
        expect(status && status.unseen).toBe(2020);
      } finally {
        await client.logout();
      }
    } finally {
      await run.watcher.stop();
    }

    // Started again: nothing re-handled, skipped ones stay skipped.
    const again = watch(user, 'scan.json');
    await again.watcher.start();
    await again.watcher.stop();
    expect(again.handled).toEqual([]);
  });

  it('UIDVALIDITY change: re-scan without re-handling', async () => {
    const user = 'talent@initech.test';
    const run = watch(user, 'uidvalidity.json');
    await run.watcher.start();
    const first = [mail(user), mail(user), mail(user)];
    try {
      for (const m of first) await lab.deliver(user, m.raw);
      await run.until(3);
    } finally {
      await run.watcher.stop();
    }
    const before = JSON.parse(await readFile(join(dir, 'uidvalidity.json'), 'utf8'));
    expect(typeof before.uidValidity).toBe('string');

    await setUidValidity(lab, user, 12345);
    const fresh = mail(user);
    await lab.deliver(user, fresh.raw);

    const second = watch(user, 'uidvalidity.json');
    await second.watcher.start();
    try {
      await second.until(1);
      await sleep(300);
      expect(second.handled.map((m) => m.messageId)).toEqual([fresh.messageId]);
      expect(second.lines.some((l) => String(l.msg).includes('UIDVALIDITY changed'))).toBe(true);
      const after = JSON.parse(await readFile(join(dir, 'uidvalidity.json'), 'utf8'));
      expect(after.uidValidity).toBe('12345');
      expect(after.lastUid).toBe(4);

      // Changed again while the watcher idles: it notices (Dovecot drops the session or the next
      // SELECT shows it), re-scans, and handles only the newcomer.
      await setUidValidity(lab, user, 23456);
      const newcomer = mail(user);
      await lab.deliver(user, newcomer.raw);
      await second.until(2);
      await sleep(500);
      expect(second.handled.map((m) => m.messageId)).toEqual([fresh.messageId, newcomer.messageId]);
      expect(JSON.parse(await readFile(join(dir, 'uidvalidity.json'), 'utf8')).uidValidity).toBe('23456');
      expect(second.lines.filter((l) => String(l.msg).includes('UIDVALIDITY changed'))).toHaveLength(2);
    } finally {
      await second.watcher.stop();
    }
  });

  it('an unparseable message is logged with its UID and skipped; the next one is handled', async () => {
    const user = 'noreply@acme.test';
    const run = watch(user, 'malformed.json');
    await run.watcher.start();
    try {
      const nested = Array.from({ length: 2000 }, () => '--a\r\nContent-Type: multipart/mixed; boundary="a"\r\n\r\n').join('');
      const bad = mail(user, { headers: 'MIME-Version: 1.0', body: nested });
      const badRaw = bad.raw.replace('Content-Type: text/plain; charset=utf-8', 'Content-Type: multipart/mixed; boundary="a"');
      const good = mail(user);
      await lab.deliver(user, badRaw);
      await lab.deliver(user, good.raw);
      await run.until(1);
      await sleep(300);
      expect(run.handled.map((m) => m.messageId)).toEqual([good.messageId]);
      const warn = run.lines.find((l) => l.msg === 'message could not be parsed; skipped');
      expect(warn).toMatchObject({ uid: 1, level: 40 });
    } finally {
      await run.watcher.stop();
    }
  });

  it('the same Message-ID delivered twice (To and Cc copies) is handled once', async () => {
    const user = 'candidate@example.test';
    const run = watch(user, 'dupes.json');
    await run.watcher.start();
    const already = run.handled.length;
    try {
      const twice = mail(user, { subject: 'twice' });
      const after = mail(user, { subject: 'after' });
      await lab.deliver(user, twice.raw);
      await lab.deliver(user, twice.raw);
      await lab.deliver(user, after.raw);
      await run.until(already + 2);
      await sleep(300);
      expect(run.handled.slice(already).map((m) => m.subject)).toEqual(['twice', 'after']);
    } finally {
      await run.watcher.stop();
    }
  });

  it('a handler that throws is retried, later mail is not blocked, and it is given up after maxRetries', async () => {
    const user = 'postmaster@example.test';
    const calls: string[] = [];
    const poison = mail(user, { subject: 'poison' });
    const fine = mail(user, { subject: 'fine' });
    const run = watch(user, 'retry.json', {
      maxRetries: 2,
      retryDelayMs: 100,
      onMessage: async (msg) => {
        calls.push(msg.subject);
        if (msg.subject === 'poison') throw new Error('handler broke');
      },
    });
    await run.watcher.start();
    try {
      await lab.deliver(user, poison.raw);
      await lab.deliver(user, fine.raw);
      const deadline = Date.now() + 5000;
      while (calls.filter((s) => s === 'poison').length < 3 && Date.now() < deadline) await sleep(50);
      await sleep(400);
      expect(calls.filter((s) => s === 'fine')).toHaveLength(1);
      expect(calls.filter((s) => s === 'poison')).toHaveLength(3); // first try + 2 retries
      expect(run.lines.some((l) => l.msg === 'handling a message failed repeatedly; skipped' && l.uid === 1)).toBe(true);
      const cursor = JSON.parse(await readFile(join(dir, 'retry.json'), 'utf8'));
      expect(cursor.lastUid).toBe(2);
    } finally {
      await run.watcher.stop();
    }
    expect(run.clock.pending).toBe(0);
  });

  it('a huge message is fetched only up to maxBytes and parsed as truncated', async () => {
    const user = 'candidate@example.test';
    const run = watch(user, 'huge.json', { maxBytes: 64 * 1024 });
    await run.watcher.start();
    const already = run.handled.length; // the latency test's mail, first seen by this cursor
    try {
      const big = mail(user, { subject: 'big', body: 'x'.repeat(76) + ('\r\n' + 'y'.repeat(76)).repeat(3000) });
      await lab.deliver(user, big.raw);
      await run.until(already + 1);
      const got = run.handled.at(-1)!;
      expect(got.messageId).toBe(big.messageId);
      expect(got.truncated).toBe(true);
      expect(got.size).toBeGreaterThan(200_000);
      expect(got.text.length).toBeLessThan(70 * 1024);
    } finally {
      await run.watcher.stop();
    }
  });

  it('reconnect waits go through the injected clock (backoff), then catch up', async () => {
    const user = 'talent@initech.test';
    const clock = new TestClock(new Date());
    const run = watch(user, 'testclock.json', { clock, backoff: { baseMs: 1000, maxMs: 1000, jitter: 0 } });
    const disconnected = new Promise<void>((resolve) => run.watcher.once('disconnected', () => resolve()));
    await run.watcher.start();
    const before = run.handled.length; // the UIDVALIDITY scenario's mail, first seen by this cursor
    try {
      await lab.stopDovecot();
      await disconnected;
      await lab.startDovecot();
      const m = mail(user, { subject: 'after the outage' });
      await lab.deliver(user, m.raw);
      await sleep(700);
      // the wall clock moved, the injected one did not: still waiting out its backoff
      expect(run.handled.length).toBe(before);
      expect(clock.pending).toBeGreaterThanOrEqual(1);
      await clock.advance(1000);
      await run.until(before + 1);
      expect(run.handled.at(-1)!.messageId).toBe(m.messageId);
    } finally {
      await run.watcher.stop();
    }
    expect(clock.pending).toBe(0);
  });

  it('a refused login rejects start() and leaves nothing running', async () => {
    const run = watch('candidate@example.test', 'auth.json', {
      imap: { ...labServers(lab).imap, pass: 'wrong' },
    });
    await expect(run.watcher.start()).rejects.toMatchObject({ authenticationFailed: true });
    expect(run.clock.pending).toBe(0);
    expect(run.handled).toEqual([]);
  });
});
