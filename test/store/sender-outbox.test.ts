import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClock } from '../../src/clock.ts';
import { silentLogger } from '../../src/log.ts';
import { createStore } from '../../src/store/store.ts';
import { createSenderOutbox } from '../../src/store/sender-outbox.ts';

let dir = '';
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('sender outbox over the main store', () => {
  it('persists the sender records and answers the cap queries', async () => {
    dir = await mkdtemp(join(tmpdir(), 'debrief-so-'));
    const clock = new TestClock('2026-01-05T09:00:00Z');
    const store = createStore({ dir, clock, log: silentLogger() });
    await store.open();
    const outbox = createSenderOutbox(store);
    await outbox.put({ id: 'c:2', conversationId: 'c', messageId: '<m@x>', purpose: 'request', toEmployer: true, to: ['hr@acme.example'], subject: 's', status: 'sending', attempts: 1, createdAt: '2026-01-05T09:00:00.000Z' });
    await outbox.put({ ...outbox.get('c:2')!, status: 'sent', sentAt: '2026-01-05T09:00:01.000Z' });
    const again = createStore({ dir, clock, log: silentLogger() });
    await again.open();
    const reopened = createSenderOutbox(again);
    expect(reopened.get('c:2')!.status).toBe('sent');
    expect(reopened.sendsSince(new Date('2026-01-05T00:00:00Z'))).toBe(1);
    expect(reopened.lastSendTo('HR@acme.example')!.toISOString()).toBe('2026-01-05T09:00:01.000Z');
  });
});

describe('cursor store over the main store', () => {
  it('saves the cursor and handled ids durably', async () => {
    const { createCursorStore } = await import('../../src/store/cursor-store.ts');
    dir = await mkdtemp(join(tmpdir(), 'debrief-cur-'));
    const clock = new TestClock('2026-01-05T09:00:00Z');
    const store = createStore({ dir, clock, log: silentLogger() });
    await store.open();
    const cursor = createCursorStore(store);
    expect(await cursor.load()).toEqual({ uidValidity: null, lastUid: 0 });
    await cursor.save({ uidValidity: '123', lastUid: 7 });
    await cursor.markHandled('<a@x>');
    const again = createStore({ dir, clock, log: silentLogger() });
    await again.open();
    const reopened = createCursorStore(again);
    expect(await reopened.load()).toEqual({ uidValidity: '123', lastUid: 7 });
    expect(reopened.hasHandled('<a@x>')).toBe(true);
  });
});
