/**
 * Store growth: how the JSON conversation log and its write time grow with the number of
 * conversations. lowdb rewrites the whole file on each write, so a transition costs in
 * proportion to the log's size; this prints where that starts to matter.
 *
 *   npx tsx bench/store.ts [--n 1000]
 *
 * Each conversation: rejection → approval mail → approve → request sent (4 transitions, 2 mails).
 * Prints, at each checkpoint: file size, bytes per conversation, ms per transition (wall and CPU),
 * and the time to restore every conversation from disk.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { harness, rejection } from '../test/conversations/helpers.ts';

const arg = process.argv.indexOf('--n');
const total = arg > 0 ? Number(process.argv[arg + 1]) : 1000;
const checkpoints = [100, 250, 500, 1000, 2000, 5000].filter((n) => n <= total);

const h = await harness();
let { registry } = await h.open();
console.log(`store growth: ${total} conversations (rejection → approval → approve → request sent each)`);
console.log('conversations   file size   bytes/conv   ms/conversation (wall)   CPU ms/conv   restore all (ms)');
let done = 0;
for (const checkpoint of checkpoints) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const batch = checkpoint - done;
  for (let i = 0; i < batch; i++) {
    const id = await registry.start(rejection());
    await registry.send(id, { type: 'candidate.approve' });
  }
  const ms = (performance.now() - wall) / batch;
  const used = process.cpuUsage(cpu);
  done = checkpoint;
  const size = (await stat(join(h.dir, 'debrief.json'))).size;

  await registry.stop();
  const restoreStart = performance.now();
  ({ registry } = await h.open());
  const restored = await registry.restore();
  const restoreMs = performance.now() - restoreStart;
  if (restored.restored !== checkpoint) throw new Error(`restored ${restored.restored} of ${checkpoint}`);

  console.log(
    `${String(checkpoint).padStart(13)}   ${(size / 1024 / 1024).toFixed(2).padStart(6)} MB   ${String(Math.round(size / checkpoint)).padStart(10)}   ${ms.toFixed(2).padStart(22)}   ${((used.user + used.system) / 1000 / batch).toFixed(2).padStart(11)}   ${restoreMs.toFixed(0).padStart(16)}`,
  );
}
await registry.stop();
await h.cleanup();
