/** Message queues across store restarts: a graceful close, and a SIGKILL. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { msg, openStore, publish, queueTarget, Recorder, spec, tempDir, turn, waitUntil } from './support/queues.ts';

test('close and reopen with a backlog, some acked and some in flight: exactly the unacked come back', async (t) => {
  const dir = await tempDir(t);
  let store = await openStore(dir);
  await store.createQueue(spec('d/#', { dispatchStrategy: 'round_robin' }));
  await publish(store, Array.from({ length: 20 }, (_, i) => msg(`d/${i}`, `m${i}`)));
  let r = new Recorder(store);
  await r.attach('a', queueTarget('d/#'), { maxInflight: 10 });
  await waitUntil('10 in flight', () => r.dispatches.length === 10);
  // Acknowledge every other one of the ten; the rest stay in flight at close.
  r.ack('a', true, (d) => d.offset % 2 === 0);
  await turn(10);
  await waitUntil('refill', () => r.dispatches.length === 15);
  await store.close();
  assert.deepEqual(r.detaches.map((d) => [d.consumerId, d.reason]), [['a', 'store is closing']]);

  store = await openStore(dir);
  const q = await store.getQueue({ topicFilter: 'd/#' });
  assert.deepEqual([q!.stats.depth, q!.stats.lag, q!.stats.inflight], [15, 15, 0]);
  r = new Recorder(store);
  await r.attach('b', queueTarget('d/#'), { maxInflight: 100, autoAck: true });
  await waitUntil('the unacked', () => r.dispatches.length === 15);
  await turn(20);
  const acked = new Set([0, 2, 4, 6, 8]);
  assert.deepEqual(
    r.payloads('b'),
    Array.from({ length: 20 }, (_, i) => i)
      .filter((i) => !acked.has(i))
      .map((i) => `m${i}`),
  );
  // Delivery counts survive: those in flight at close come back as second deliveries.
  assert.deepEqual(
    r.of('b').map((d) => d.deliveries),
    [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1],
  );
  await store.close();
  store = await openStore(dir);
  assert.equal((await store.getQueue({ topicFilter: 'd/#' }))!.stats.depth, 0, 'acks persisted at close');
  await store.close();
});

test('dead letters and last values survive a restart', async (t) => {
  const dir = await tempDir(t);
  let store = await openStore(dir);
  await store.createQueue(spec('p/#', { maxDeliveries: 1 }));
  await store.createQueue(spec('lv/+', { isLastValue: true, keyExpression: 'message.topic' }));
  let r = new Recorder(store);
  await r.attach('a', queueTarget('p/#'));
  await publish(store, [msg('p/1', 'bad'), msg('p/2', 'worse')]);
  for (let i = 0; i < 30; i++) await store.append([msg(`lv/${i % 3}`, `v${i}`)]);
  await store.settled();
  await waitUntil('2 dispatches', () => r.dispatches.length === 2);
  r.ack('a', false);
  await waitUntil('dead-letter queue', () => store.messageQueues.queueCount === 3);
  await turn(80);
  await store.close();

  store = await openStore(dir);
  const dlq = await store.getQueue({ topicFilter: '$dlq/p/#' });
  assert.deepEqual([dlq!.kind, dlq!.stats.depth], ['dead-letter', 2]);
  assert.equal((await store.getQueue({ topicFilter: 'p/#' }))!.stats.depth, 0);
  assert.equal((await store.getQueue({ topicFilter: 'lv/+' }))!.stats.lag, 3);
  r = new Recorder(store);
  await r.attach('x', queueTarget('$dlq/p/#'));
  await r.attach('y', queueTarget('lv/+'), { autoAck: true });
  await waitUntil('deliveries', () => r.dispatches.length === 5);
  await turn(20);
  assert.deepEqual(r.of('x').map((d) => [d.message.topic, d.message.payload.toString()]), [
    ['p/1', 'bad'],
    ['p/2', 'worse'],
  ]);
  assert.deepEqual(r.payloads('y').sort(), ['v27', 'v28', 'v29']);
  r.ack('x');
  await turn(80);
  await store.close();
  store = await openStore(dir);
  assert.equal((await store.getQueue({ topicFilter: '$dlq/p/#' }))!.stats.depth, 0);
  // More dead letters after a restart continue the stream.
  r = new Recorder(store);
  await r.attach('a', queueTarget('p/#'));
  await publish(store, [msg('p/3', 'again')]);
  await waitUntil('dispatch', () => r.dispatches.length === 1);
  r.ack('a', false);
  await r.attach('x', queueTarget('$dlq/p/#'));
  await waitUntil('the new dead letter', () => r.of('x').length === 1);
  assert.equal(r.of('x')[0]!.message.payload.toString(), 'again');
  await store.close();
});

test('SIGKILL: acknowledgements not yet persisted are redelivered; nothing unacknowledged is lost', async (t) => {
  const dir = await tempDir(t);
  const fixture = path.join(import.meta.dirname, 'fixtures', 'queue-crash.ts');
  const out = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', fixture, dir], { cwd: path.join(import.meta.dirname, '..') }, (err, stdout) => {
      if (err !== null && err.signal !== 'SIGKILL') reject(err);
      else resolve(stdout);
    });
  });
  const { offsets } = JSON.parse(out) as { offsets: number[] };
  assert.equal(offsets.length, 100);
  const store = await openStore(dir);
  const r = new Recorder(store);
  await r.attach('b', queueTarget('crash/#'), { maxInflight: 1000, autoAck: true });
  await waitUntil('redeliveries', () => r.dispatches.length >= 40);
  await turn(50);
  const back = new Set(r.dispatches.map((d) => d.offset));
  for (const o of offsets.slice(60)) assert.ok(back.has(o), `unacknowledged offset ${o} came back`);
  for (const o of offsets.slice(0, 40)) assert.ok(!back.has(o), `offset ${o}, acknowledged and persisted, did not come back`);
  assert.ok(back.size <= 60);
  assert.ok(
    r.dispatches.filter((d) => offsets.slice(60).includes(d.offset)).every((d) => d.deliveries === 2),
    'the delivery counts persisted before the kill carry on',
  );
  await store.close();
});
