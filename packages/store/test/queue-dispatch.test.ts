/** Message queues in a real Store: strategies, redelivery, ack timeout, dead letters, last value, retention. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QueueError } from '@wharf/core';
import { msg, openStore, publish, queueTarget, Recorder, spec, tempDir, turn, waitUntil } from './support/queues.ts';

test('round_robin alternates exactly between consumers', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('jobs/+', { dispatchStrategy: 'round_robin' }));
  const r = new Recorder(store);
  await r.attach('a', queueTarget('jobs/+'), { autoAck: true });
  await r.attach('b', queueTarget('jobs/+'), { autoAck: true });
  await r.attach('c', queueTarget('jobs/+'), { autoAck: true });
  for (let i = 0; i < 12; i++) await publish(store, [msg(`jobs/${i}`, `j${i}`)]);
  await waitUntil('12 dispatches', () => r.dispatches.length === 12);
  assert.deepEqual(
    r.dispatches.map((d) => d.consumerId),
    ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c'],
  );
  assert.ok(r.dispatches.every((d) => d.qos === 1 && d.deliveries === 1 && d.message.topic.startsWith('jobs/')));
  await store.close();
});

test('random spreads a batch roughly evenly', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('work', { dispatchStrategy: 'random' }));
  const r = new Recorder(store);
  for (const id of ['a', 'b']) await r.attach(id, queueTarget('work'), { autoAck: true, maxInflight: 1000 });
  const batch = Array.from({ length: 1000 }, (_, i) => msg('work', `w${i}`));
  await publish(store, batch);
  await waitUntil('1000 dispatches', () => r.dispatches.length === 1000);
  const a = r.of('a').length;
  assert.ok(a > 400 && a < 600, `a got ${a} of 1000`);
  assert.equal(new Set(r.dispatches.map((d) => d.offset)).size, 1000, 'each message once');
  await store.close();
});

test('least_inflight sends new messages to the idle consumer while another holds its own unacked', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('lf', { dispatchStrategy: 'least_inflight' }));
  const r = new Recorder(store);
  await r.attach('slow', queueTarget('lf'), { maxInflight: 10 });
  await r.attach('fast', queueTarget('lf'), { maxInflight: 10, autoAck: true });
  // Ties go round robin: the first two split; after that slow holds one and fast none.
  for (let i = 0; i < 10; i++) await publish(store, [msg('lf', `m${i}`)]);
  await waitUntil('10 dispatches', () => r.dispatches.length === 10);
  await turn(20);
  assert.equal(r.of('slow').length, 1, `slow got ${r.of('slow').length}`);
  assert.equal(r.of('fast').length, 9);
  const q = await store.getQueue({ topicFilter: 'lf' });
  assert.deepEqual(
    q!.stats.consumers.map((c) => [c.consumerId, c.inflight]),
    [
      ['slow', 1],
      ['fast', 0],
    ],
  );
  await store.close();
});

test('a rejected message goes to another consumer', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('rj', { dispatchStrategy: 'round_robin' }));
  const r = new Recorder(store);
  await r.attach('a', queueTarget('rj'));
  await r.attach('b', queueTarget('rj'));
  await publish(store, [msg('rj', 'one')]);
  await waitUntil('first delivery', () => r.dispatches.length === 1);
  const first = r.dispatches[0]!;
  r.settle(first, false);
  await waitUntil('redelivery', () => r.dispatches.length === 2);
  const second = r.dispatches[1]!;
  assert.notEqual(second.consumerId, first.consumerId);
  assert.deepEqual([second.offset, second.deliveries, second.message.payload.toString()], [first.offset, 2, 'one']);
  r.settle(second);
  await turn(10);
  const q = await store.getQueue({ topicFilter: 'rj' });
  assert.deepEqual([q!.stats.depth, q!.stats.acked, q!.stats.redelivered, q!.stats.dispatched], [0, 1, 1, 2]);
  await store.close();
});

test('detach and channel close hand unacked messages to the others, in offset order', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('dt', { dispatchStrategy: 'round_robin' }));
  const p1 = new Recorder(store);
  const p2 = new Recorder(store);
  const a = await p1.attach('a', queueTarget('dt'), { maxInflight: 5 });
  await publish(store, [0, 1, 2, 3].map((i) => msg('dt', `m${i}`)));
  await waitUntil('a has 4', () => p1.of('a').length === 4);
  p1.ack('a', true, (d) => d.message.payload.toString() === 'm1');
  await p2.attach('b', queueTarget('dt'), { maxInflight: 5 });
  await turn(10);
  assert.equal(p2.of('b').length, 0, 'b has nothing until a lets go');
  p1.channel.detach('a', a.queue);
  await waitUntil('b has the 3 unacked', () => p2.of('b').length === 3);
  assert.deepEqual(p2.payloads('b'), ['m0', 'm2', 'm3']);
  assert.ok(p2.of('b').every((d) => d.deliveries === 2));
  p1.channel.settle([{ consumerId: 'a', queue: a.queue, offset: 0, ok: true }]);
  await turn(5);
  assert.equal((await store.getQueue({ topicFilter: 'dt' }))!.stats.inflight, 3, 'a settle after detach is ignored');
  // Closing a channel is a detach of all its consumers.
  await p1.attach('c', queueTarget('dt'), { maxInflight: 5 });
  await publish(store, [msg('dt', 'm4')]);
  await waitUntil('c has m4', () => p1.of('c').length === 1);
  p1.channel.close();
  await waitUntil('b has m4', () => p2.of('b').length === 4);
  assert.equal(p2.payloads('b')[3], 'm4');
  await store.close();
});

test('a message unacked past ack_timeout goes to another consumer', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('to', { ackTimeoutMs: 150, dispatchStrategy: 'round_robin' }));
  const r = new Recorder(store);
  await r.attach('sleepy', queueTarget('to'));
  await publish(store, [msg('to', 'job')]);
  await waitUntil('first delivery', () => r.dispatches.length === 1);
  await r.attach('awake', queueTarget('to'));
  const started = Date.now();
  await waitUntil('redelivery after the timeout', () => r.of('awake').length === 1);
  assert.ok(Date.now() - started >= 100, 'not before the timeout');
  assert.equal(r.of('awake')[0]!.deliveries, 2);
  r.ack('awake');
  r.ack('sleepy');
  await turn(10);
  const q = await store.getQueue({ topicFilter: 'to' });
  assert.deepEqual([q!.stats.depth, q!.stats.acked], [0, 1], 'the late ack of the first holder counts for nothing');
  await store.close();
});

test('after max_deliveries a message moves to $dlq/<filter>, consumable with its original topic', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('orders/#', { maxDeliveries: 2 }));
  const r = new Recorder(store);
  await r.attach('w', queueTarget('orders/#'));
  await publish(store, [msg('orders/eu/1', 'poison'), msg('orders/eu/2', 'fine')]);
  await waitUntil('two deliveries', () => r.dispatches.length === 2);
  r.ack('w', true, (d) => d.message.payload.toString() === 'fine');
  for (let round = 1; round <= 2; round++) {
    const d = r.of('w').filter((x) => x.message.payload.toString() === 'poison').at(-1)!;
    assert.equal(d.deliveries, round);
    r.settle(d, false);
    if (round < 2) await waitUntil('redelivery', () => r.of('w').length === 2 + round);
  }
  await waitUntil('dead-letter queue exists', () => store.messageQueues.queueCount === 2);
  const dlq = await store.getQueue({ topicFilter: '$dlq/orders/#' });
  assert.equal(dlq?.kind, 'dead-letter');
  // A client publishing to a $dlq/ topic does not reach it.
  await publish(store, [msg('$dlq/orders/x', 'intruder'), msg('$dlq/orders/eu', 'intruder')]);
  const dr = new Recorder(store);
  const att = await dr.attach('inspector', queueTarget('$dlq/orders/#'));
  assert.deepEqual([att.filter, att.created], ['$dlq/orders/#', false]);
  await waitUntil('the dead letter', () => dr.dispatches.length === 1);
  await turn(20);
  assert.equal(dr.dispatches.length, 1);
  const dead = dr.dispatches[0]!;
  assert.deepEqual([dead.message.topic, dead.message.payload.toString(), dead.qos], ['orders/eu/1', 'poison', 1]);
  dr.settle(dead);
  await turn(10);
  const src = await store.getQueue({ topicFilter: 'orders/#' });
  assert.deepEqual([src!.stats.depth, src!.stats.deadLettered], [0, 1]);
  assert.equal((await store.getQueue({ topicFilter: '$dlq/orders/#' }))!.stats.depth, 0);
  assert.deepEqual(
    (await store.listQueues('', 10)).map((q) => [q.topicFilter, q.kind]),
    [
      ['$dlq/orders/#', 'dead-letter'],
      ['orders/#', 'queue'],
    ],
  );
  // Deleting the queue deletes its dead-letter queue; its consumer is told.
  await store.deleteQueue('orders/#');
  assert.equal(await store.getQueue({ topicFilter: '$dlq/orders/#' }), null);
  await waitUntil('detach notices', () => dr.detaches.length === 1 && r.detaches.length === 1);
  assert.equal(dr.detaches[0]!.consumerId, 'inspector');
  await store.close();
});

test('last-value queue: a consumer arriving after 50 updates of 3 keys gets 3; one online and idle gets every update', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('dev/+/cmd', { isLastValue: true, keyExpression: 'message.topic' }));
  for (let i = 0; i < 50; i++) await store.append([msg(`dev/${i % 3}/cmd`, `set-color ${i}`)]);
  await store.settled();
  const q = await store.getQueue({ topicFilter: 'dev/+/cmd' });
  assert.deepEqual([q!.stats.lag, q!.stats.depth], [3, 3], 'waiting counts one per key');
  const r = new Recorder(store);
  await r.attach('late', queueTarget('dev/+/cmd'), { autoAck: true });
  await waitUntil('3 deliveries', () => r.dispatches.length >= 3);
  await turn(20);
  assert.deepEqual(r.payloads('late').sort(), ['set-color 47', 'set-color 48', 'set-color 49']);
  assert.equal((await store.getQueue({ topicFilter: 'dev/+/cmd' }))!.stats.dropped, 47);
  for (let i = 50; i < 60; i++) {
    await publish(store, [msg(`dev/${i % 3}/cmd`, `set-color ${i}`)]);
    await waitUntil(`update ${i}`, () => r.dispatches.length === 3 + i - 49);
  }
  assert.deepEqual(r.payloads('late').slice(3), Array.from({ length: 10 }, (_, k) => `set-color ${50 + k}`));
  await store.close();
});

test('last-value keys: fallback stores keyless messages under one key; reject refuses them and writes the rest', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.createQueue(spec('fb/#', { isLastValue: true, keyExpression: 'message.payload.k', missingKey: 'fallback', fallbackKey: 'none' }));
  await store.createQueue(spec('rj/#', { isLastValue: true, keyExpression: 'message.headers.properties.User-Property.key', missingKey: 'reject' }));
  await store.registerFilter('rj/#');
  const results = await store.append([
    msg('fb/1', 'not json'),
    msg('fb/2', 'also not json'),
    msg('fb/3', '{"k":"a"}'),
    msg('rj/1', 'keyed', { properties: { userProperties: [['key', 'x']] } }),
    msg('rj/2', 'keyless'),
    msg('other', 'unrelated'),
  ]);
  await store.settled();
  assert.deepEqual(
    results.map((r) => r.refused === undefined),
    [true, true, true, true, false, true],
  );
  const refused = results[4]!;
  assert.deepEqual([refused.logPosition, refused.timestamp, refused.matched], [-1, 0, false]);
  assert.match(refused.refused!, /rj\/#/);
  assert.match(refused.refused!, /User-Property\.key/);
  assert.ok(results[3]!.logPosition >= 0 && results[5]!.logPosition > results[3]!.logPosition);
  // The plain subscriber of rj/# never sees the refused message either.
  const reg = await store.registerFilter('rj/#');
  const pulled = await store.pull({ queueId: reg.queueId, fromOffset: 0, maxMessages: 10, maxBytes: 1 << 20 });
  assert.deepEqual(pulled.messages.map((m) => m.payload.toString()), ['keyed']);
  // A call refused entirely writes nothing.
  const all = await store.append([msg('rj/3', 'keyless')]);
  assert.equal(all[0]!.logPosition, -1);
  const r = new Recorder(store);
  await r.attach('f', queueTarget('fb/#'), { autoAck: true });
  await waitUntil('fallback deliveries', () => r.dispatches.length === 2);
  await turn(20);
  assert.deepEqual(r.payloads('f'), ['also not json', '{"k":"a"}'], 'the two keyless share the fallback key');
  await store.close();
});

test('retention: age, max_messages, max_bytes and message expiry drop the oldest waiting; never delivered', async (t) => {
  const store = await openStore(await tempDir(t), { timers: { sweepMs: 50 } });
  await store.createQueue(spec('age', { dataRetentionPeriodMs: 150 }));
  await store.createQueue(spec('count', { maxMessages: 3 }));
  await store.createQueue(spec('bytes', { maxBytes: 1 }));
  await store.createQueue(spec('exp'));
  for (let i = 0; i < 5; i++) await publish(store, [msg('age', `a${i}`), msg('count', `c${i}`), msg('bytes', `b${i}`)]);
  await publish(store, [msg('exp', 'short', { properties: { messageExpiryInterval: 1 } }), msg('exp', 'long')]);
  const figures = async (filter: string): Promise<[number, number]> => {
    const q = await store.getQueue({ topicFilter: filter });
    return [q!.stats.lag, q!.stats.dropped];
  };
  // Count and bytes act when appends push the queue over (an index read away when nothing is loaded).
  await waitUntil('max_messages', async () => (await figures('count')).join() === '3,2', 500);
  // max_bytes counts record bytes: one byte keeps nothing waiting.
  await waitUntil('max_bytes', async () => (await figures('bytes')).join() === '0,5', 500);
  await turn(400);
  const age = await store.getQueue({ topicFilter: 'age' });
  assert.deepEqual([age!.stats.lag, age!.stats.dropped], [0, 5], 'aged out without any consumer');
  await turn(800);
  const r = new Recorder(store);
  await r.attach('x', queueTarget('count'), { autoAck: true });
  await r.attach('y', queueTarget('exp'), { autoAck: true });
  await r.attach('z', queueTarget('age'), { autoAck: true });
  await waitUntil('deliveries', () => r.dispatches.length === 4);
  await turn(20);
  assert.deepEqual(r.payloads('x'), ['c2', 'c3', 'c4']);
  assert.deepEqual(r.payloads('y'), ['long'], 'an expired message is never delivered');
  assert.deepEqual(r.payloads('z'), []);
  assert.equal((await store.getQueue({ topicFilter: 'count' }))!.stats.depth, 0);
  assert.equal((await store.getQueue({ topicFilter: 'exp' }))!.stats.dropped, 1);
  await store.close();
});

test('no consumer: the backlog waits, and the first consumer gets it; only messages published while the queue exists count', async (t) => {
  const store = await openStore(await tempDir(t));
  await store.registerFilter('bl/#');
  await publish(store, [msg('bl/0', 'before')]);
  const info = await store.createQueue(spec('bl/#'));
  assert.deepEqual([info.kind, info.stats.depth, info.stats.consumers], ['queue', 0, []]);
  const batch = Array.from({ length: 700 }, (_, i) => msg(`bl/${i}`, `m${i}`));
  await publish(store, batch);
  const q = await store.getQueue({ topicFilter: 'bl/#' });
  assert.deepEqual([q!.stats.depth, q!.stats.lag, q!.stats.inflight], [700, 700, 0]);
  const r = new Recorder(store);
  await r.attach('first', queueTarget('bl/#'), { autoAck: true, maxInflight: 64 });
  await waitUntil('the whole backlog', () => r.dispatches.length === 700, 10_000);
  assert.deepEqual(r.payloads('first'), batch.map((m) => m.payload.toString()), 'in order, each once');
  await turn(20);
  assert.equal((await store.getQueue({ topicFilter: 'bl/#' }))!.stats.depth, 0);
  await store.close();
});

test('a queue window smaller than the backlog: dispatch pauses at a held message and resumes on its ack', async (t) => {
  const store = await openStore(await tempDir(t), { config: { queueWindow: 8 } });
  await store.createQueue(spec('win', { dispatchStrategy: 'round_robin' }));
  const r = new Recorder(store);
  const holder = await r.attach('holder', queueTarget('win'), { maxInflight: 1 });
  await r.attach('worker', queueTarget('win'), { maxInflight: 100, autoAck: true });
  await publish(store, Array.from({ length: 30 }, (_, i) => msg('win', `m${i}`)));
  await waitUntil('window worth', () => r.dispatches.length === 8);
  await turn(30);
  assert.equal(r.dispatches.length, 8, 'no more than the window past the held message');
  // Released, the held message lets the window move; the holder leaves so that nothing is held again.
  r.ack('holder');
  r.channel.detach('holder', holder.queue);
  await waitUntil('the rest', () => new Set(r.dispatches.map((d) => d.offset)).size === 30);
  await waitUntil('all acknowledged', async () => (await store.getQueue({ topicFilter: 'win' }))!.stats.depth === 0);
  await store.close();
});

test('attach errors: unknown queue, named queue with another filter', async (t) => {
  const store = await openStore(await tempDir(t));
  const r = new Recorder(store);
  await assert.rejects(r.attach('a', queueTarget('nope')), (e: unknown) => e instanceof QueueError && e.code === 'NOT_FOUND');
  await assert.rejects(r.attach('a', queueTarget('$dlq/nope')), (e: unknown) => e instanceof QueueError && e.code === 'NOT_FOUND');
  await store.createQueue(spec('named/+', { name: 'tasks' }));
  const att = await r.attach('a', { kind: 'named', name: 'tasks' });
  assert.deepEqual([att.filter, att.created], ['named/+', false]);
  await assert.rejects(r.attach('b', { kind: 'named', name: 'tasks', filter: 'named/x' }), (e: unknown) => e instanceof QueueError && e.code === 'BAD_REQUEST' && e.field === 'topic_filter');
  const ok = await r.attach('c', { kind: 'named', name: 'tasks', filter: 'named/+' });
  assert.equal(ok.queue, att.queue);
  await assert.rejects(r.attach('d', { kind: 'named', name: 'other' }), (e: unknown) => e instanceof QueueError && e.code === 'NOT_FOUND');
  await store.close();
});
