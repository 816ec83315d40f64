/**
 * The queue part of the StorePort over gRPC against a real Store: what a remote caller gets is
 * what the store answers a local one, errors included; consumers get appended messages over
 * the Consume stream; a proxy that goes away and a store server that restarts hand the
 * unacknowledged messages on.
 */
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { QueueError, type ConsumerAttach, type QueueDispatch, type QueueDispatchSink, type QueueSpec, type QueuesConfig, type StorePort } from '@wharf/core';
import { Store } from '@wharf/store';
import { GrpcStoreClient, StoreGrpcServer } from '../src/index.ts';
import { msg, openStore, until } from './support.ts';

const hasQueues = typeof (Store.prototype as unknown as Partial<StorePort>).openQueueChannel === 'function';
const when = { skip: hasQueues ? false : 'the Store does not implement the queue methods yet' };
const backoff = { initialMs: 20, maxMs: 100 };

async function serve(t: TestContext, store: StorePort, port = 0): Promise<{ server: StoreGrpcServer; port: number }> {
  const server = new StoreGrpcServer({ store, closeTimeoutMs: 500 });
  const bound = await server.listen(port, '127.0.0.1');
  t.after(() => server.close());
  return { server, port: bound };
}

function connect(t: TestContext, port: number): GrpcStoreClient {
  const client = new GrpcStoreClient({ address: `127.0.0.1:${port}`, backoff, deadlineMs: 2000 });
  t.after(() => client.close());
  return client;
}

class RecordingSink implements QueueDispatchSink {
  readonly dispatches: QueueDispatch[] = [];
  readonly detachedList: { consumerId: string; queue: number; reason: string }[] = [];
  dispatched(batch: readonly QueueDispatch[]): void {
    this.dispatches.push(...batch);
  }
  detached(consumers: readonly { consumerId: string; queue: number; reason: string }[]): void {
    this.detachedList.push(...consumers);
  }
}

function consumer(consumerId: string, filter: string, maxInflight = 10): ConsumerAttach {
  return { consumerId, clientId: consumerId.split('#')[0]!, target: { kind: 'queue', filter }, maxInflight, qos: 1 };
}

const spec: QueueSpec = {
  topicFilter: 'jobs/#',
  name: 'jobs',
  isLastValue: false,
  missingKey: 'reject',
  fallbackKey: '',
  dispatchStrategy: 'round_robin',
  dataRetentionPeriodMs: 3_600_000,
  ackTimeoutMs: 0,
  maxDeliveries: 0,
  maxMessages: 1000,
  maxBytes: 1 << 20,
};

/** The remote call fails exactly as the local one: same class, code, field and text. */
async function sameRefusal(remote: Promise<unknown>, local: Promise<unknown>): Promise<QueueError> {
  const l = await local.then(
    () => assert.fail('the store accepted it'),
    (e: unknown) => e,
  );
  assert.ok(l instanceof QueueError, `the store throws a QueueError, got ${String(l)}`);
  const r = await remote.then(
    () => assert.fail('accepted over gRPC'),
    (e: unknown) => e,
  );
  assert.ok(r instanceof QueueError, `a QueueError over gRPC, got ${String(r)}`);
  assert.deepEqual({ code: r.code, field: r.field, message: r.message }, { code: l.code, field: l.field, message: l.message });
  return r;
}

test('real Store: admin calls over gRPC answer what the store answers, refusals included', when, async (t) => {
  const store = await openStore(t);
  const { port } = await serve(t, store);
  const client = connect(t, port);

  const created = await client.createQueue(spec);
  assert.deepEqual(created, await store.getQueue({ topicFilter: 'jobs/#' }));
  assert.deepEqual(await client.getQueue({ name: 'jobs' }), await store.getQueue({ name: 'jobs' }));
  assert.equal(await client.getQueue({ name: 'nope' }), null);
  await client.createQueue({ ...spec, topicFilter: 'lv/#', name: 'lv', isLastValue: true, keyExpression: 'message.from' });
  assert.deepEqual(await client.listQueues('', 100), await store.listQueues('', 100));
  assert.deepEqual((await client.listQueues('jobs/#', 100)).map((q) => q.topicFilter), (await store.listQueues('jobs/#', 100)).map((q) => q.topicFilter));
  const updated = await client.updateQueue('jobs/#', { ackTimeoutMs: 30_000, maxDeliveries: 7 });
  assert.equal(updated.ackTimeoutMs, 30_000);
  assert.deepEqual(updated, await store.getQueue({ topicFilter: 'jobs/#' }));

  const config: QueuesConfig = { ...(await store.getQueuesConfig()), autoCreate: true, shareDispatchStrategy: 'least_inflight' };
  assert.deepEqual(await client.putQueuesConfig(config), await store.getQueuesConfig());
  assert.deepEqual(await client.getQueuesConfig(), await store.getQueuesConfig());
  assert.equal((await client.getQueuesConfig()).autoCreate, true);

  const dup = await sameRefusal(client.createQueue(spec), store.createQueue(spec));
  assert.equal(dup.code, 'ALREADY_EXISTS');
  assert.equal((await sameRefusal(client.updateQueue('none/#', {}), store.updateQueue('none/#', {}))).code, 'NOT_FOUND');
  assert.equal((await sameRefusal(client.deleteQueue('none/#'), store.deleteQueue('none/#'))).code, 'NOT_FOUND');
  const lv = await sameRefusal(client.updateQueue('lv/#', { isLastValue: false }), store.updateQueue('lv/#', { isLastValue: false }));
  // The field is named as the store names it; sameRefusal checked it is the same one.
  assert.equal(lv.code, 'BAD_REQUEST');
  assert.ok(lv.field !== undefined && lv.field.length > 0, 'a BAD_REQUEST names its field');
  const bad = { ...spec, topicFilter: 'x/#', name: 'x', dispatchStrategy: 'fastest' } as unknown as QueueSpec;
  assert.ok((await sameRefusal(client.createQueue(bad), store.createQueue(bad))).field !== undefined);
  const negative = { ...spec, topicFilter: 'x/#', name: 'x', maxDeliveries: -1 };
  assert.equal((await sameRefusal(client.createQueue(negative), store.createQueue(negative))).code, 'BAD_REQUEST');

  await client.deleteQueue('lv/#');
  assert.equal(await store.getQueue({ topicFilter: 'lv/#' }), null);
  assert.equal(await client.getQueue({ topicFilter: 'lv/#' }), null);

  await client.putQueuesConfig({ ...config, autoCreate: false });
  const ch = client.openQueueChannel(new RecordingSink());
  const local = store.openQueueChannel(new RecordingSink());
  t.after(() => local.close());
  await sameRefusal(ch.attach(consumer('c#1', 'none/#')), local.attach(consumer('c#1', 'none/#')));
});

test('real Store: consumers get appended messages over gRPC; a lost proxy and a store server restart hand unacked messages on', when, async (t) => {
  const store = await openStore(t);
  const first = await serve(t, store);
  const port = first.port;
  const client = connect(t, port);
  await client.createQueue(spec);

  const sink = new RecordingSink();
  const ch = client.openQueueChannel(sink);
  const a = await ch.attach(consumer('a#1', 'jobs/#'));
  assert.equal(a.filter, 'jobs/#');
  await client.append([msg('jobs/1', 'one'), msg('jobs/2', 'two'), msg('jobs/3', 'three')]);
  await until(() => sink.dispatches.length === 3, 5000, 'three dispatches');
  assert.deepEqual(sink.dispatches.map((d) => [d.consumerId, d.queue, d.message.payload.toString(), d.deliveries, d.qos]), [
    ['a#1', a.queue, 'one', 1, 1],
    ['a#1', a.queue, 'two', 1, 1],
    ['a#1', a.queue, 'three', 1, 1],
  ]);
  ch.settle(sink.dispatches.slice(0, 2).map((d) => ({ consumerId: d.consumerId, queue: d.queue, offset: d.offset, ok: true })));
  await until(async () => (await client.getQueue({ topicFilter: 'jobs/#' }))!.stats.acked === 2, 5000, 'two acks');
  assert.deepEqual((await client.getQueue({ topicFilter: 'jobs/#' }))!.stats.consumers, [{ consumerId: 'a#1', clientId: 'a', inflight: 1 }]);

  // A second proxy takes a message and vanishes without acking it: it goes to a#1.
  const otherSink = new RecordingSink();
  const other = connect(t, port);
  const och = other.openQueueChannel(otherSink);
  await och.attach(consumer('b#1', 'jobs/#'));
  await client.append([msg('jobs/4', 'four'), msg('jobs/5', 'five')]);
  await until(() => sink.dispatches.length + otherSink.dispatches.length === 5, 5000, 'the next two dispatches');
  assert.equal(otherSink.dispatches.length, 1, 'round robin: one each');
  const lost = otherSink.dispatches[0]!;
  await other.close();
  await until(() => sink.dispatches.some((d) => d.offset === lost.offset), 5000, "b's message redispatched to a");
  assert.ok(sink.dispatches.find((d) => d.offset === lost.offset)!.deliveries >= 2);
  for (const d of sink.dispatches.slice(3)) ch.settle([{ consumerId: d.consumerId, queue: d.queue, offset: d.offset, ok: true }]);
  await until(async () => (await store.getQueue({ topicFilter: 'jobs/#' }))!.stats.acked === 4, 5000, 'four acks');

  // The store server restarts (the Store stays): the channel closes, 'three' is released, and
  // after the restart a#1 is re-attached and gets it again.
  await first.server.close();
  await until(async () => (await store.getQueue({ topicFilter: 'jobs/#' }))!.stats.consumers.length === 0, 5000, 'the consumer detached with the stream');
  const seen = sink.dispatches.length;
  await serve(t, store, port);
  await until(() => sink.dispatches.length > seen, 5000, 'the unacked message again after the re-attach');
  const again = sink.dispatches[seen]!;
  assert.equal(again.message.payload.toString(), 'three');
  assert.ok(again.deliveries >= 2);
  assert.deepEqual((await client.getQueue({ topicFilter: 'jobs/#' }))!.stats.consumers.map((c) => c.consumerId), ['a#1']);
  assert.deepEqual(sink.detachedList, []);
  ch.settle([{ consumerId: again.consumerId, queue: again.queue, offset: again.offset, ok: true }]);
  await until(async () => (await store.getQueue({ topicFilter: 'jobs/#' }))!.stats.acked === 5, 5000, 'every message acked');
  assert.equal((await store.getQueue({ topicFilter: 'jobs/#' }))!.stats.depth, 0);
});

test('real Store: a message a last-value queue refuses comes back refused, as from the store', when, async (t) => {
  const store = await openStore(t);
  const { port } = await serve(t, store);
  const client = connect(t, port);
  await client.createQueue({ ...spec, topicFilter: 'lv/#', name: 'lv', isLastValue: true, keyExpression: 'message.from', missingKey: 'reject' });
  const keyless = msg('lv/1', 'no from');
  const [remote] = await client.append([keyless]);
  const [local] = await store.append([keyless]);
  assert.equal(typeof local!.refused, 'string', 'the store refuses a message without a key');
  assert.deepEqual({ ...remote, timestamp: 0 }, { ...local, timestamp: 0 });
  assert.equal(remote!.logPosition, -1);
  const [kept] = await client.append([msg('lv/1', 'keyed', { from: 'device-1' })]);
  assert.equal(kept!.refused, undefined);
  assert.ok(kept!.logPosition >= 0);
});
