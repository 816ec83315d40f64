/** Message-queue definitions in a real Store: REST-facing errors, listing, config, share groups, metrics. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_QUEUES_CONFIG, QueueError, type QueueSpec } from '@wharf/core';
import { Registry } from 'prom-client';
import { msg, openStore, publish, queueTarget, Recorder, spec, tempDir, turn, waitUntil } from './support/queues.ts';

function isQueueError(code: QueueError['code'], field?: string): (e: unknown) => boolean {
  return (e: unknown) => {
    assert.ok(e instanceof QueueError, `expected a QueueError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.equal(e.field, field, e.message);
    return true;
  };
}

test('create, get, update, delete: the REST-facing errors name their field', async (t) => {
  const store = await openStore(await tempDir(t));
  const created = await store.createQueue(spec('a/+', { name: 'alpha' }));
  assert.deepEqual([created.topicFilter, created.name, created.kind, created.isLastValue], ['a/+', 'alpha', 'queue', false]);
  assert.ok(created.createdAt > 0 && created.createdAt <= Date.now());
  await assert.rejects(store.createQueue(spec('a/+')), isQueueError('ALREADY_EXISTS', 'topic_filter'));
  await assert.rejects(store.createQueue(spec('b', { name: 'alpha' })), isQueueError('ALREADY_EXISTS', 'name'));
  const bad: [Partial<QueueSpec>, string][] = [
    [{ topicFilter: 'a/#/b' }, 'topic_filter'],
    [{ topicFilter: '' }, 'topic_filter'],
    [{ topicFilter: '$q/x' }, 'topic_filter'],
    [{ topicFilter: '$queue/x' }, 'topic_filter'],
    [{ topicFilter: '$share/g/x' }, 'topic_filter'],
    [{ topicFilter: '$dlq/x' }, 'topic_filter'],
    [{ keyExpression: 'message.from' }, 'key_expression'],
    [{ isLastValue: true, keyExpression: 'message.qos' }, 'key_expression'],
    [{ dispatchStrategy: 'fastest' as never }, 'dispatch_strategy'],
    [{ dataRetentionPeriodMs: -1 }, 'data_retention_period'],
    [{ ackTimeoutMs: 1.5 }, 'ack_timeout'],
    [{ maxDeliveries: -2 }, 'max_deliveries'],
    [{ maxMessages: -1 }, 'max_messages'],
    [{ maxBytes: Number.NaN }, 'max_bytes'],
    [{ name: 'a/b' }, 'name'],
    [{ name: 'a+' }, 'name'],
    [{ name: '#' }, 'name'],
    [{ missingKey: 'drop' as never }, 'missing_key'],
    [{ fallbackKey: 3 as never }, 'fallback_key'],
    [{ isLastValue: 'yes' as never }, 'is_lastvalue'],
  ];
  for (const [extra, field] of bad) {
    await assert.rejects(store.createQueue({ ...spec('good'), ...extra }), isQueueError('BAD_REQUEST', field), JSON.stringify(extra));
  }
  const partial = { topicFilter: 'x', isLastValue: false } as QueueSpec;
  await assert.rejects(store.createQueue(partial), (e: unknown) => e instanceof QueueError && e.code === 'BAD_REQUEST', 'a partial spec is refused');
  assert.equal(await store.getQueue({ topicFilter: 'good' }), null, 'nothing was created by the refused requests');

  assert.equal((await store.getQueue({ name: 'alpha' }))?.topicFilter, 'a/+');
  assert.equal(await store.getQueue({ name: 'beta' }), null);
  const updated = await store.updateQueue('a/+', { dispatchStrategy: 'least_inflight', ackTimeoutMs: 5000 });
  assert.deepEqual([updated.dispatchStrategy, updated.ackTimeoutMs, updated.name], ['least_inflight', 5000, 'alpha']);
  await assert.rejects(store.updateQueue('a/+', { isLastValue: true }), isQueueError('BAD_REQUEST', 'is_lastvalue'));
  await assert.rejects(store.updateQueue('a/+', { keyExpression: 'message.topic' }), isQueueError('BAD_REQUEST', 'key_expression'));
  await assert.rejects(store.updateQueue('a/+', { name: 'gamma' }), isQueueError('BAD_REQUEST', 'name'));
  await assert.rejects(store.updateQueue('a/+', { maxMessages: -1 }), isQueueError('BAD_REQUEST', 'max_messages'));
  await assert.rejects(store.updateQueue('nope', {}), isQueueError('NOT_FOUND'));
  await assert.rejects(store.deleteQueue('nope'), isQueueError('NOT_FOUND'));
  await store.deleteQueue('a/+');
  assert.equal(await store.getQueue({ topicFilter: 'a/+' }), null);
  assert.equal(await store.getQueue({ name: 'alpha' }), null, 'the name is free again');
  await store.createQueue(spec('c', { name: 'alpha' }));
  // Last-value queues: the key expression may change, the kind may not.
  await store.createQueue(spec('lv', { isLastValue: true, keyExpression: 'message.from' }));
  const lv = await store.updateQueue('lv', { keyExpression: 'message.topic', missingKey: 'fallback' });
  assert.deepEqual([lv.keyExpression, lv.missingKey], ['message.topic', 'fallback']);
  await assert.rejects(store.updateQueue('lv', { isLastValue: false }), isQueueError('BAD_REQUEST', 'is_lastvalue'));
  await store.close();
});

test('listQueues pages by topic filter, queues and dead-letter queues only', async (t) => {
  const store = await openStore(await tempDir(t));
  const filters = ['q/3', 'q/1', 'q/+', 'q/#', 'q/2'];
  for (const f of filters) await store.createQueue(spec(f));
  await store.registerFilter('$share/g/q/1');
  const sorted = [...filters].sort();
  const page1 = await store.listQueues('', 2);
  const page2 = await store.listQueues(page1.at(-1)!.topicFilter, 2);
  const page3 = await store.listQueues(page2.at(-1)!.topicFilter, 2);
  assert.deepEqual([...page1, ...page2, ...page3].map((q) => q.topicFilter), sorted);
  assert.equal(page3.length, 1);
  assert.deepEqual(await store.listQueues(page3[0]!.topicFilter, 2), []);
  await assert.rejects(store.listQueues('', 0), isQueueError('BAD_REQUEST', 'limit'));
  await store.close();
});

test('queues config: defaults until put, validated, persisted across a restart', async (t) => {
  const dir = await tempDir(t);
  let store = await openStore(dir);
  assert.deepEqual(await store.getQueuesConfig(), DEFAULT_QUEUES_CONFIG);
  const next = { ...DEFAULT_QUEUES_CONFIG, autoCreate: true, shareDispatchStrategy: 'random' as const, defaults: { ...DEFAULT_QUEUES_CONFIG.defaults, maxDeliveries: 3 } };
  assert.deepEqual(await store.putQueuesConfig(next), next);
  await assert.rejects(store.putQueuesConfig({ ...next, shareDispatchStrategy: 'x' as never }), isQueueError('BAD_REQUEST', 'share_dispatch_strategy'));
  await assert.rejects(store.putQueuesConfig({ ...next, defaults: { ...next.defaults, ackTimeoutMs: -5 } }), isQueueError('BAD_REQUEST', 'defaults.ack_timeout'));
  await assert.rejects(store.putQueuesConfig({ ...next, autoCreate: 1 as never }), isQueueError('BAD_REQUEST', 'auto_create'));
  await store.close();
  store = await openStore(dir);
  assert.deepEqual(await store.getQueuesConfig(), next);
  // Auto-create: a $q/ attach with no queue creates one from the defaults (never a $dlq/ one).
  const r = new Recorder(store);
  const att = await r.attach('a', queueTarget('auto/#'));
  assert.deepEqual([att.filter, att.created], ['auto/#', true]);
  const q = await store.getQueue({ topicFilter: 'auto/#' });
  assert.deepEqual([q!.maxDeliveries, q!.kind, q!.stats.consumers.length], [3, 'queue', 1]);
  const again = await r.attach('b', queueTarget('auto/#'));
  assert.deepEqual([again.queue, again.created], [att.queue, false]);
  await assert.rejects(r.attach('c', queueTarget('$dlq/none')), isQueueError('NOT_FOUND'));
  await assert.rejects(r.attach('c', queueTarget('bad/#/x')), isQueueError('BAD_REQUEST', 'topic_filter'));
  await store.close();
});

test('share groups: $share registrations are reference counted; the group spreads messages and goes at zero', async (t) => {
  const store = await openStore(await tempDir(t));
  const r1 = await store.registerFilter('$share/g/s/+');
  const r2 = await store.registerFilter('$share/g/s/+');
  const plain = await store.registerFilter('s/+');
  assert.equal(r1.queueId, plain.queueId, 'the registration is the inner filter\'s consume queue');
  assert.equal(r2.queueId, plain.queueId);
  assert.equal(store.filterRefs('s/+'), 4, 'two registrations, the group\'s own reference, the plain one');
  assert.equal(store.messageQueues.queueCount, 1);
  assert.deepEqual(await store.listQueues('', 10), [], 'share groups are not listed');
  await assert.rejects(store.registerFilter('$share//x'), RangeError);
  await assert.rejects(store.registerFilter('$share/g+/x'), RangeError);

  const r = new Recorder(store);
  const a = await r.attach('a', { kind: 'share', group: 'g', filter: 's/+' }, { qos: 1, autoAck: true });
  const b = await r.attach('b', { kind: 'share', group: 'g', filter: 's/+' }, { qos: 0 });
  assert.equal(a.created, false);
  assert.equal(a.queue, b.queue);
  await publish(store, [msg('s/1', 'q1'), msg('s/2', 'q0', { qos: 0 }), msg('s/3', 'q1b'), msg('s/4', 'q1c')]);
  await waitUntil('4 dispatches', () => r.dispatches.length === 4);
  // round_robin (the default share strategy); QoS min(message, granted).
  assert.deepEqual(
    r.dispatches.map((d) => [d.consumerId, d.message.payload.toString(), d.qos]),
    [
      ['a', 'q1', 1],
      ['b', 'q0', 0],
      ['a', 'q1b', 1],
      ['b', 'q1c', 0],
    ],
  );
  await turn(10);
  const inflight = store.messageQueues;
  assert.equal(inflight.queueCount, 1);
  // Another group on the same filter is a separate queue; attach creates it.
  const other = await r.attach('c', { kind: 'share', group: 'h', filter: 's/+' });
  assert.equal(other.created, true);
  assert.notEqual(other.queue, a.queue);
  assert.equal(store.messageQueues.queueCount, 2);
  // A group nobody registered goes with its last consumer.
  r.channel.detach('c', other.queue);
  await waitUntil('group h gone', () => store.messageQueues.queueCount === 1);

  await store.unregisterFilter('$share/g/s/+');
  assert.equal(store.messageQueues.queueCount, 1);
  assert.equal(r.detaches.length, 0);
  await store.unregisterFilter('$share/g/s/+');
  assert.equal(store.messageQueues.queueCount, 0, 'the group is gone at zero');
  assert.deepEqual(r.detaches.map((d) => d.consumerId).sort(), ['a', 'b']);
  assert.equal(store.filterRefs('s/+'), 1, 'only the plain subscription is left');
  await store.close();
});

test('share groups keep their backlog across a restart while registered', async (t) => {
  const dir = await tempDir(t);
  let store = await openStore(dir);
  await store.registerFilter('$share/workers/t/#');
  await publish(store, [msg('t/1', 'x'), msg('t/2', 'y')]);
  await store.close();
  store = await openStore(dir);
  const r = new Recorder(store);
  const att = await r.attach('w', { kind: 'share', group: 'workers', filter: 't/#' });
  assert.equal(att.created, false);
  await waitUntil('backlog', () => r.dispatches.length === 2);
  assert.deepEqual(r.payloads('w'), ['x', 'y']);
  await store.close();
});

test('per-queue metrics on the store registry; a deleted queue\'s series go', async (t) => {
  const registry = new Registry();
  const store = await openStore(await tempDir(t), { registry });
  await store.createQueue(spec('m/#', { maxDeliveries: 1, dispatchStrategy: 'round_robin' }));
  await store.registerFilter('$share/g/m/#');
  const r = new Recorder(store);
  await r.attach('a', queueTarget('m/#'), { maxInflight: 5 });
  await publish(store, [msg('m/1', 'one'), msg('m/2', 'two'), msg('m/3', 'three')]);
  await waitUntil('3 dispatches', () => r.dispatches.length === 3);
  r.settle(r.dispatches[0]!, true);
  r.settle(r.dispatches[1]!, false);
  await waitUntil('dead letter', () => store.messageQueues.queueCount === 3);
  await turn(80);
  const text = await registry.metrics();
  const value = (name: string, queue: string): number | undefined => {
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(`queue="${queue}"`));
    return line === undefined ? undefined : Number(line.split(' ').at(-1));
  };
  assert.equal(value('wharf_queue_depth', 'm/#'), 1);
  assert.equal(value('wharf_queue_inflight', 'm/#'), 1);
  assert.equal(value('wharf_queue_consumers', 'm/#'), 1);
  assert.equal(value('wharf_queue_lag', 'm/#'), 0);
  assert.equal(value('wharf_queue_dispatched_total', 'm/#'), 3);
  assert.equal(value('wharf_queue_acked_total', 'm/#'), 1);
  assert.equal(value('wharf_queue_redelivered_total', 'm/#'), 0);
  assert.equal(value('wharf_queue_dead_lettered_total', 'm/#'), 1);
  assert.equal(value('wharf_queue_dropped_total', 'm/#'), 0);
  assert.equal(value('wharf_queue_depth', '$dlq/m/#'), 1);
  assert.equal(value('wharf_queue_lag', '$share/g/m/#'), 3, 'the share group waits for a consumer');
  assert.match(text, /wharf_queue_depth\{queue="\$dlq\/m\/#",kind="dead-letter"\}/);
  await store.deleteQueue('m/#');
  const after = await new Promise<string>((resolve) => setTimeout(() => void registry.metrics().then(resolve), 300));
  assert.doesNotMatch(after, /queue="m\/#"/);
  assert.doesNotMatch(after, /queue="\$dlq\/m\/#"/);
  assert.match(after, /queue="\$share\/g\/m\/#"/);
  await store.close();
});
