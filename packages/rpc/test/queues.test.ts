/**
 * The queue part of the StorePort over gRPC, against an in-memory fake of the store's queue
 * methods (fake-queues.ts) and a real Store for the log: admin calls, QueueErrors, the Consume
 * stream (dispatch, settle batching, detach), proxies that go away, store restarts, a proxy that
 * stops reading, and refused appends.
 */
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { Client, credentials, Metadata, status, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import {
  DEFAULT_QUEUES_CONFIG,
  globalQueueId,
  QueueError,
  type ConsumerAttach,
  type DispatchStrategy,
  type QueueDispatch,
  type QueueDispatchSink,
  type QueueSpec,
  type QueuesConfig,
  type StoredMessage,
  type StorePort,
} from '@wharf/core';
import { Registry } from 'prom-client';
import type { wharf } from '../src/generated/wharf.js';
import { GrpcStoreClient, QueueStream, StoreGrpcServer, StoreUnavailableError, type GrpcStoreClientOptions, type StoreGrpcServerOptions } from '../src/index.ts';
import { storeMethods } from '../src/services.ts';
import { FakeQueueStore, withQueues, type BaseStore } from './fake-queues.ts';
import { metricValue, msg, openStore, sleep, until } from './support.ts';

const backoff = { initialMs: 20, maxMs: 100 };

interface Rig {
  fake: FakeQueueStore;
  base: BaseStore;
  server: StoreGrpcServer;
  client: GrpcStoreClient;
  port: number;
  registry: Registry;
}

async function rig(
  t: TestContext,
  opts: { storeIndex?: number; server?: Partial<StoreGrpcServerOptions>; client?: Partial<GrpcStoreClientOptions>; wrap?: (s: StorePort) => StorePort } = {},
): Promise<Rig> {
  const base = await openStore(t);
  const fake = new FakeQueueStore();
  const registry = new Registry();
  const port = withQueues(base, fake);
  const server = new StoreGrpcServer({ store: opts.wrap ? opts.wrap(port) : port, storeIndex: opts.storeIndex ?? 0, registry, closeTimeoutMs: 500, ...opts.server });
  const bound = await server.listen(0, '127.0.0.1');
  const client = new GrpcStoreClient({ address: `127.0.0.1:${bound}`, registry, backoff, ...opts.client });
  t.after(async () => {
    await client.close();
    await server.close();
  });
  return { fake, base, server, client, port: bound, registry };
}

class RecordingSink implements QueueDispatchSink {
  readonly dispatches: QueueDispatch[] = [];
  readonly detachedList: { consumerId: string; queue: number; reason: string }[] = [];
  batches = 0;
  dispatched(batch: readonly QueueDispatch[]): void {
    this.batches++;
    this.dispatches.push(...batch);
  }
  detached(consumers: readonly { consumerId: string; queue: number; reason: string }[]): void {
    this.detachedList.push(...consumers);
  }
}

function consumer(consumerId: string, target: ConsumerAttach['target'], maxInflight = 32): ConsumerAttach {
  return { consumerId, clientId: consumerId.split('#')[0]!, target, maxInflight, qos: 1 };
}

function stored(topic: string, payload: string | Buffer, extra: Partial<StoredMessage> = {}): StoredMessage {
  return { topic, payload: typeof payload === 'string' ? Buffer.from(payload) : payload, qos: 1, retain: false, logPosition: 0, timestamp: 1_750_000_000_000, expiresAt: 0, ...extra };
}

const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

const fullSpec: QueueSpec = {
  topicFilter: 'sensors/+/temp',
  name: 'temps',
  isLastValue: true,
  keyExpression: 'message.headers.properties.User-Property.key',
  missingKey: 'fallback',
  fallbackKey: 'none',
  dispatchStrategy: 'least_inflight',
  dataRetentionPeriodMs: 3_600_000,
  ackTimeoutMs: 15_000,
  maxDeliveries: 5,
  maxMessages: 1000,
  maxBytes: 2 ** 40,
};

test('queue admin calls carry every field, and only the fields the caller set', async (t) => {
  const { fake, client } = await rig(t);
  const created = await client.createQueue(fullSpec);
  assert.deepEqual(fake.received.spec, fullSpec, 'the store got the spec as sent');
  const local = fake.queues.get(fullSpec.topicFilter)!;
  assert.deepEqual(created, local);
  local.stats = { depth: 10, inflight: 3, lag: 7, consumers: [{ consumerId: 'c#1', clientId: 'c', inflight: 3 }], dispatched: 50, acked: 40, redelivered: 2, deadLettered: 1, dropped: 6 };
  assert.deepEqual(await client.getQueue({ topicFilter: 'sensors/+/temp' }), local);
  assert.deepEqual(await client.getQueue({ name: 'temps' }), local);
  assert.equal(await client.getQueue({ name: 'none' }), null);
  assert.equal(await client.getQueue({ topicFilter: 'none/#' }), null);

  // A create that leaves fields out: the store fills them in, exactly as for a local caller.
  const sparse = await client.createQueue({ topicFilter: 'jobs/#' } as QueueSpec);
  assert.deepEqual(Object.keys(fake.received.spec!), ['topicFilter']);
  assert.equal(sparse.dispatchStrategy, DEFAULT_QUEUES_CONFIG.defaults.dispatchStrategy);
  assert.equal('name' in sparse, false, 'no name stays no name');

  const updated = await client.updateQueue('jobs/#', { ackTimeoutMs: 0, name: '', maxDeliveries: 3 });
  assert.deepEqual(fake.received.patch, { ackTimeoutMs: 0, name: '', maxDeliveries: 3 }, 'falsy values keep their presence');
  assert.equal(updated.ackTimeoutMs, 0);
  assert.equal(updated.name, '');

  assert.deepEqual((await client.listQueues('', 10)).map((q) => q.topicFilter), ['jobs/#', 'sensors/+/temp']);
  assert.deepEqual((await client.listQueues('jobs/#', 1)).map((q) => q.topicFilter), ['sensors/+/temp']);
  assert.deepEqual(fake.received.list, ['jobs/#', 1]);
  assert.deepEqual(await client.listQueues('sensors/+/temp', 10), []);

  const config: QueuesConfig = { autoCreate: true, defaults: { ...DEFAULT_QUEUES_CONFIG.defaults, keyExpression: 'message.from', dispatchStrategy: 'round_robin', ackTimeoutMs: 0 }, shareDispatchStrategy: 'least_inflight' };
  assert.deepEqual(await client.getQueuesConfig(), DEFAULT_QUEUES_CONFIG);
  assert.deepEqual(await client.putQueuesConfig(config), config);
  assert.deepEqual(fake.received.config, config);
  assert.deepEqual(await client.getQueuesConfig(), config);

  await client.deleteQueue('jobs/#');
  assert.equal(await client.getQueue({ topicFilter: 'jobs/#' }), null);
  assert.equal(fake.queues.has('jobs/#'), false);
});

test('QueueErrors come back as QueueErrors with their code and field, from calls and from attaches', async (t) => {
  const { client, port } = await rig(t);
  await client.createQueue({ ...fullSpec, topicFilter: 'a/#', name: 'a' });
  const is = (code: string, field?: string, text?: RegExp) => (e: Error) =>
    e instanceof QueueError && e.code === code && e.field === field && (text === undefined || text.test(e.message));
  await assert.rejects(client.createQueue({ ...fullSpec, topicFilter: 'a/#' }), is('ALREADY_EXISTS', undefined, /a\/# already exists/));
  await assert.rejects(client.deleteQueue('missing/#'), is('NOT_FOUND', undefined, /no queue missing/));
  await assert.rejects(client.updateQueue('missing/#', {}), is('NOT_FOUND'));
  await assert.rejects(client.updateQueue('a/#', { isLastValue: false }), is('BAD_REQUEST', 'isLastValue'));
  await assert.rejects(client.createQueue({ ...fullSpec, topicFilter: 'b/#', dispatchStrategy: 'fastest' as DispatchStrategy }), is('BAD_REQUEST', 'dispatchStrategy', /fastest/));
  await assert.rejects(client.createQueue({ ...fullSpec, topicFilter: 'b/#', maxDeliveries: -1 }), is('BAD_REQUEST', 'maxDeliveries', /-1 is not/), 'the store saw -1, not a wrapped uint64');
  await assert.rejects(client.createQueue({ ...fullSpec, topicFilter: 'b/#', maxDeliveries: 1.5 }), is('BAD_REQUEST', 'maxDeliveries', /1\.5/));
  await assert.rejects(client.listQueues('', 0), is('BAD_REQUEST', 'limit'));

  // On the wire: the gRPC status a non-Wharf client sees, and the field in the trailers.
  const raw = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  t.after(() => raw.close());
  const m = storeMethods.CreateQueue;
  const err = await new Promise<ServiceError>((resolve) =>
    raw.makeUnaryRequest(m.path, m.requestSerialize, m.responseDeserialize, { topicFilter: 'b/#', dispatchStrategy: 'x' }, (e) => resolve(e!)),
  );
  assert.equal(err.code, status.INVALID_ARGUMENT);
  assert.deepEqual(err.metadata.get('wharf-error-field'), ['dispatchStrategy']);
  assert.deepEqual(err.metadata.get('wharf-error-name'), ['QueueError']);
  const dup = await new Promise<ServiceError>((resolve) => raw.makeUnaryRequest(m.path, m.requestSerialize, m.responseDeserialize, { topicFilter: 'a/#' }, (e) => resolve(e!)));
  assert.equal(dup.code, status.ALREADY_EXISTS);

  const ch = client.openQueueChannel(new RecordingSink());
  await assert.rejects(ch.attach(consumer('c#1', { kind: 'queue', filter: 'none/#' })), is('NOT_FOUND', undefined, /no queue/));
  await assert.rejects(ch.attach(consumer('c#2', { kind: 'named', name: 'a' }, 0)), is('BAD_REQUEST', 'maxInflight'));
  assert.deepEqual(await ch.attach(consumer('c#3', { kind: 'named', name: 'a' })), { queue: 1, filter: 'a/#', created: false }, 'the stream carries on after refused attaches');
});

test('dispatches reach the sink intact, settles and detaches reach the store, queue ids global', async (t) => {
  const { fake, client } = await rig(t, { storeIndex: 2 });
  await client.createQueue({ ...fullSpec, topicFilter: 'jobs/#', name: 'jobs', isLastValue: false });
  const sink = new RecordingSink();
  const ch = client.openQueueChannel(sink);
  const jobs = fake.ids.get('jobs/#')!;
  const global = globalQueueId(2, jobs);
  const requests = [
    consumer('c1#1', { kind: 'queue', filter: 'jobs/#' }),
    { ...consumer('c2#1', { kind: 'named', name: 'jobs', filter: 'jobs/#' }, 1), qos: 0 as const },
    { ...consumer('c3#1', { kind: 'share', group: 'g', filter: 'x/+' }, 5), qos: 2 as const },
  ];
  const results = [];
  for (const r of requests) results.push(await ch.attach(r));
  const share = fake.ids.get('$share/g/x/+')!;
  assert.deepEqual(results, [
    { queue: global, filter: 'jobs/#', created: false },
    { queue: global, filter: 'jobs/#', created: false },
    { queue: globalQueueId(2, share), filter: '$share/g/x/+', created: true },
  ]);
  const fch = fake.lastChannel;
  assert.deepEqual(fch.of('attach').map((e) => e.request), requests, 'the store got each request as made');

  const full = stored('jobs/1', allBytes, {
    qos: 2,
    from: 'publisher',
    logPosition: 2 ** 40 + 1,
    expiresAt: 1_750_000_100_000,
    properties: { contentType: 'bin', correlationData: Buffer.from([9]), userProperties: [['a', '1'], ['b', '2'], ['a', '3']] },
  });
  const plain = stored('jobs/2', '');
  fch.dispatch([
    { consumerId: 'c1#1', queue: jobs, offset: 0, deliveries: 1, qos: 1, message: full },
    { consumerId: 'c1#1', queue: jobs, offset: 1, deliveries: 4, qos: 1, message: plain },
  ]);
  fch.dispatch([{ consumerId: 'stranger', queue: jobs, offset: 2, deliveries: 1, qos: 1, message: plain }]);
  fch.dispatch([{ consumerId: 'c3#1', queue: share, offset: 5, deliveries: 1, qos: 0, message: plain }]);
  await until(() => sink.dispatches.length === 3, 2000, 'three dispatches');
  assert.deepEqual(sink.dispatches, [
    { consumerId: 'c1#1', queue: global, offset: 0, deliveries: 1, qos: 1, message: full },
    { consumerId: 'c1#1', queue: global, offset: 1, deliveries: 4, qos: 1, message: plain },
    { consumerId: 'c3#1', queue: globalQueueId(2, share), offset: 5, deliveries: 1, qos: 0, message: plain },
  ]);
  assert.equal(sink.batches, 1, 'the dispatches of one store turn arrive as one event; one for a consumer the channel does not hold is dropped');

  ch.settle([
    { consumerId: 'c1#1', queue: global, offset: 0, ok: true },
    { consumerId: 'c1#1', queue: global, offset: 1, ok: false },
    { consumerId: 'c1#1', queue: globalQueueId(3, jobs), offset: 9, ok: true },
  ]);
  await until(() => fch.of('settle').length === 1, 2000, 'the settles at the store');
  assert.deepEqual(fch.settled(), [
    { consumerId: 'c1#1', queue: jobs, offset: 0, ok: true },
    { consumerId: 'c1#1', queue: jobs, offset: 1, ok: false },
  ], 'local ids; a settle naming another store\'s queue is not this store\'s');

  ch.detach('c1#1', global);
  await until(() => fch.of('detach').length === 1, 2000, 'the detach at the store');
  assert.deepEqual(fch.of('detach')[0], { kind: 'detach', consumerId: 'c1#1', queue: jobs });
  fch.dispatch([
    { consumerId: 'c1#1', queue: jobs, offset: 3, deliveries: 1, qos: 1, message: plain },
    { consumerId: 'c2#1', queue: jobs, offset: 4, deliveries: 1, qos: 0, message: plain },
  ]);
  await until(() => sink.dispatches.length === 4, 2000, 'the dispatch for c2');
  await sleep(30);
  assert.deepEqual(sink.dispatches.slice(3).map((d) => d.consumerId), ['c2#1'], 'nothing for the detached consumer');
});

test('settles of one turn travel as one request; a detach follows the settles made before it', async (t) => {
  const { fake, client, registry } = await rig(t, { client: { maxSettlesPerRequest: 300 } });
  await client.createQueue({ topicFilter: 'jobs/#' } as QueueSpec);
  const ch = client.openQueueChannel(new RecordingSink());
  const { queue } = await ch.attach(consumer('c#1', { kind: 'queue', filter: 'jobs/#' }));
  const fch = fake.lastChannel;
  for (let i = 0; i < 1000; i++) ch.settle([{ consumerId: 'c#1', queue, offset: i, ok: i % 7 !== 0 }]);
  ch.detach('c#1', queue);
  await until(() => fch.of('detach').length === 1, 2000, 'the detach');
  assert.deepEqual(fch.events.map((e) => (e.kind === 'settle' ? e.settles.length : e.kind)), ['attach', 300, 300, 300, 100, 'detach']);
  assert.deepEqual(fch.settled().map((s) => s.offset), Array.from({ length: 1000 }, (_, i) => i), 'in call order');
  assert.deepEqual(fch.settled().filter((s) => !s.ok).length, 143);
  assert.equal(await metricValue(registry, 'wharf_grpc_queue_settle_batches_total', { side: 'client' }), 4);
  assert.equal(await metricValue(registry, 'wharf_grpc_queue_settle_batches_total', { side: 'server' }), 4);

  const { queue: q2 } = await ch.attach(consumer('c#2', { kind: 'queue', filter: 'jobs/#' }));
  for (let i = 0; i < 50; i++) ch.settle([{ consumerId: 'c#2', queue: q2, offset: i, ok: true }]);
  await until(() => fch.settled().length === 1050, 2000, 'the next turn of settles');
  assert.equal(fch.of('settle').length, 5, 'fifty settles of one turn: one request');
  assert.equal(await metricValue(registry, 'wharf_grpc_queue_settles_total', { side: 'server' }), 1050);
});

test('a deleted queue detaches its consumers through the stream', async (t) => {
  const { fake, client } = await rig(t);
  await client.createQueue({ topicFilter: 'jobs/#' } as QueueSpec);
  await client.createQueue({ topicFilter: 'other/#' } as QueueSpec);
  const sink = new RecordingSink();
  const ch = client.openQueueChannel(sink);
  const a = await ch.attach(consumer('a#1', { kind: 'queue', filter: 'jobs/#' }));
  const b = await ch.attach(consumer('b#1', { kind: 'queue', filter: 'other/#' }));
  const fch = fake.lastChannel;
  await client.deleteQueue('jobs/#');
  await until(() => sink.detachedList.length === 1, 2000, 'the detached consumer');
  assert.deepEqual(sink.detachedList, [{ consumerId: 'a#1', queue: a.queue, reason: 'queue jobs/# deleted' }]);
  fch.dispatch([
    { consumerId: 'a#1', queue: a.queue, offset: 0, deliveries: 1, qos: 1, message: stored('jobs/1', 'late') },
    { consumerId: 'b#1', queue: b.queue, offset: 0, deliveries: 1, qos: 1, message: stored('other/1', 'x') },
  ]);
  await until(() => sink.dispatches.length === 1, 2000, 'the dispatch for b');
  assert.equal(sink.dispatches[0]!.consumerId, 'b#1');
});

test('an attach answered after its deadline fails, and is undone when the answer comes; a retry waits for the undo', async (t) => {
  const { fake, client } = await rig(t, { client: { deadlineMs: 150 } });
  await client.createQueue({ topicFilter: 'jobs/#' } as QueueSpec);
  const sink = new RecordingSink();
  const ch = client.openQueueChannel(sink);
  await ch.attach(consumer('other#1', { kind: 'queue', filter: 'jobs/#' }));
  const fch = fake.lastChannel;
  const gates: (() => void)[] = [];
  fch.gate = (release) => gates.push(release);
  await assert.rejects(ch.attach(consumer('slow#1', { kind: 'queue', filter: 'jobs/#' })), (e: Error) => e instanceof StoreUnavailableError && e.code === status.DEADLINE_EXCEEDED && /no attach result within 150 ms/.test(e.message));
  fch.gate = null;
  fch.dispatch([
    { consumerId: 'slow#1', queue: 1, offset: 0, deliveries: 1, qos: 1, message: stored('jobs/1', 'x') },
    { consumerId: 'other#1', queue: 1, offset: 1, deliveries: 1, qos: 1, message: stored('jobs/1', 'y') },
  ]);
  await until(() => sink.dispatches.length === 1, 2000, 'the dispatch for the other consumer');
  assert.deepEqual(sink.dispatches.map((d) => d.consumerId), ['other#1'], 'nothing for the consumer whose attach timed out');

  // Retried before the late answer: held back, or the undo's detach would detach the retry.
  const retry = ch.attach(consumer('slow#1', { kind: 'queue', filter: 'jobs/#' }));
  await sleep(50);
  assert.equal(fch.of('attach').length, 2, 'the retry waits for the first attach to be answered');
  gates.shift()!();
  const again = await retry;
  assert.equal(again.queue, 1);
  assert.deepEqual(fch.events.map((e) => e.kind), ['attach', 'attach', 'detach', 'attach'], 'late success undone, then the retry');
  assert.equal(fch.consumers.get('slow#1'), 1, 'the retry holds at the store');
  fch.dispatch([{ consumerId: 'slow#1', queue: 1, offset: 2, deliveries: 1, qos: 1, message: stored('jobs/1', 'z') }]);
  await until(() => sink.dispatches.length === 2, 2000, 'the dispatch after the retry');
  assert.equal(sink.dispatches[1]!.offset, 2);

  // A consumer detached while its attach is in flight is detached after the answer.
  const gates2: (() => void)[] = [];
  fch.gate = (release) => gates2.push(release);
  const quick = ch.attach(consumer('quick#1', { kind: 'queue', filter: 'jobs/#' }));
  await until(() => gates2.length === 1, 2000, 'the attach at the store');
  ch.detach('quick#1', 1);
  fch.gate = null;
  gates2.shift()!();
  assert.equal((await quick).queue, 1);
  await until(() => fch.of('detach').length === 2, 2000, 'the deferred detach');
  assert.equal(fch.consumers.has('quick#1'), false);
});

test('a proxy that closes its channel or client, or whose stream is cut, detaches its consumers at the store', async (t) => {
  const { fake, client, port } = await rig(t);
  await client.createQueue({ topicFilter: 'jobs/#' } as QueueSpec);
  const ch = client.openQueueChannel(new RecordingSink());
  await ch.attach(consumer('a#1', { kind: 'queue', filter: 'jobs/#' }));
  const first = fake.lastChannel;
  ch.settle([{ consumerId: 'a#1', queue: 1, offset: 0, ok: true }]);
  ch.close();
  await until(() => first.closed, 2000, 'the channel closed at the store');
  assert.deepEqual(first.events.map((e) => e.kind), ['attach', 'settle', 'close'], 'the settles made before close() went first');
  await assert.rejects(ch.attach(consumer('a#2', { kind: 'queue', filter: 'jobs/#' })), /queue channel closed/);

  const ch2 = client.openQueueChannel(new RecordingSink());
  await ch2.attach(consumer('b#1', { kind: 'queue', filter: 'jobs/#' }));
  const second = fake.lastChannel;
  await client.close();
  await until(() => second.closed, 2000, 'the channel closed by client.close()');

  // A stream cut without a goodbye (a proxy killed: RST, or keepalive expiry) closes it too.
  const raw = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  t.after(() => raw.close());
  const m = storeMethods.Consume;
  const call = raw.makeBidiStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new Metadata(), {}) as ClientDuplexStream<wharf.v1.ConsumeRequest.$Properties, wharf.v1.ConsumeEvent>;
  call.on('error', () => {});
  const answered = new Promise<wharf.v1.ConsumeEvent>((r) => call.once('data', r));
  call.write({ attach: { requestId: 1, consumerId: 'c#1', clientId: 'c', queue: { filter: 'jobs/#' }, maxInflight: 4, qos: 1 } });
  assert.equal((await answered).attached!.queue, 1);
  const third = fake.lastChannel;
  assert.equal(third.closed, false);
  call.cancel();
  await until(() => third.closed, 2000, 'the channel closed by a cancelled stream');
});

test('a store restart: the channel closes with the stream, the client re-attaches what is still attached', async (t) => {
  const base = await openStore(t);
  const fake = new FakeQueueStore();
  fake.make({ ...DEFAULT_QUEUES_CONFIG.defaults, topicFilter: 'jobs/#' });
  fake.make({ ...DEFAULT_QUEUES_CONFIG.defaults, topicFilter: 'gone/#' });
  fake.make({ ...DEFAULT_QUEUES_CONFIG.defaults, topicFilter: 'again/#' });
  const registry = new Registry();
  const first = new StoreGrpcServer({ store: withQueues(base, fake), closeTimeoutMs: 200 });
  const port = await first.listen(0, '127.0.0.1');
  const client = new GrpcStoreClient({ address: `127.0.0.1:${port}`, registry, backoff, deadlineMs: 1000 });
  t.after(() => client.close());
  const sink = new RecordingSink();
  const ch = client.openQueueChannel(sink) as QueueStream;
  const jobs = await ch.attach(consumer('a#1', { kind: 'queue', filter: 'jobs/#' }));
  const gone = await ch.attach(consumer('b#1', { kind: 'queue', filter: 'gone/#' }));
  const again = await ch.attach(consumer('c#1', { kind: 'queue', filter: 'again/#' }));
  await ch.attach(consumer('d#1', { kind: 'queue', filter: 'jobs/#' }));
  ch.detach('d#1', jobs.queue);
  const before = fake.lastChannel;
  await until(() => before.of('detach').length === 1, 2000, 'the detach of d');

  await first.close();
  await until(() => before.closed, 2000, 'the store-side channel closed');
  await until(() => !ch.connected, 2000, 'the client to see the stream gone');
  await assert.rejects(ch.attach(consumer('e#1', { kind: 'queue', filter: 'jobs/#' })), StoreUnavailableError, 'attach fails at once while the store is down');
  ch.settle([{ consumerId: 'a#1', queue: jobs.queue, offset: 77, ok: true }]);
  await until(async () => (await metricValue(registry, 'wharf_grpc_queue_settles_dropped_total')) === 1, 2000, 'the settle dropped');
  ch.detach('a#1', 12345); // another queue than a's: a stays attached

  // While the store was down: gone/# deleted, again/# deleted and created anew (another id).
  fake.queues.delete('gone/#');
  fake.ids.delete('gone/#');
  fake.queues.delete('again/#');
  fake.make({ ...DEFAULT_QUEUES_CONFIG.defaults, topicFilter: 'again/#' });

  const second = new StoreGrpcServer({ store: withQueues(base, fake), closeTimeoutMs: 200 });
  assert.equal(await second.listen(port, '127.0.0.1'), port);
  t.after(() => second.close());
  await until(() => fake.channels.length === 2 && sink.detachedList.length === 2, 5000, 're-attaches after the restart');
  const after = fake.lastChannel;
  assert.deepEqual(after.of('attach').map((e) => e.request.consumerId).sort(), ['a#1', 'b#1', 'c#1'], 'every consumer still attached, not the detached one');
  assert.deepEqual(
    [...sink.detachedList].sort((x, y) => (x.consumerId < y.consumerId ? -1 : 1)).map((d) => [d.consumerId, d.queue]),
    [['b#1', gone.queue], ['c#1', again.queue]],
  );
  assert.match(sink.detachedList.find((d) => d.consumerId === 'b#1')!.reason, /re-attach after reconnect failed: no queue/);
  assert.match(sink.detachedList.find((d) => d.consumerId === 'c#1')!.reason, /recreated/);
  await until(() => after.of('detach').length === 1, 2000, 'the consumer of the recreated queue detached at the store');
  assert.deepEqual(after.of('detach')[0], { kind: 'detach', consumerId: 'c#1', queue: fake.ids.get('again/#')! });
  assert.deepEqual([...after.consumers.keys()], ['a#1']);
  assert.equal(ch.consumers, 1);

  after.dispatch([{ consumerId: 'a#1', queue: jobs.queue, offset: 3, deliveries: 2, qos: 1, message: stored('jobs/1', 'again') }]);
  await until(() => sink.dispatches.length === 1, 2000, 'dispatch on the new stream');
  ch.settle([{ consumerId: 'a#1', queue: jobs.queue, offset: 3, ok: true }]);
  await until(() => after.settled().length === 1, 2000, 'settle on the new stream');
  assert.deepEqual(after.settled(), [{ consumerId: 'a#1', queue: jobs.queue, offset: 3, ok: true }], 'the settle made while down was not replayed');
  assert.ok((await metricValue(registry, 'wharf_grpc_stream_reconnects_total', { stream: 'consume' })) >= 1);
  const e = await ch.attach(consumer('e#1', { kind: 'queue', filter: 'jobs/#' }));
  assert.equal(e.queue, jobs.queue);
});

test('a proxy that stops reading is cut once what waits for it passes the cap; its channel closes', async (t) => {
  const { fake, client, port, registry } = await rig(t, { server: { maxBufferedDispatches: 16, maxBufferedDispatchBytes: 1024 * 1024 } });
  await client.createQueue({ topicFilter: 'jobs/#' } as QueueSpec);
  const raw = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  t.after(() => raw.close());
  const m = storeMethods.Consume;
  const call = raw.makeBidiStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new Metadata(), {}) as ClientDuplexStream<wharf.v1.ConsumeRequest.$Properties, wharf.v1.ConsumeEvent>;
  const ended = new Promise<ServiceError>((resolve) => call.on('error', resolve));
  const answered = new Promise<wharf.v1.ConsumeEvent>((r) => call.once('data', r));
  call.write({ attach: { requestId: 1, consumerId: 'slow#1', clientId: 'slow', queue: { filter: 'jobs/#' }, maxInflight: 4, qos: 1 } });
  await answered;
  call.pause();
  const fch = fake.lastChannel;
  const big = Buffer.alloc(64 * 1024, 7);
  let sent = 0;
  while (!fch.closed && sent < 2000) {
    fch.dispatch([{ consumerId: 'slow#1', queue: 1, offset: sent, deliveries: 1, qos: 1, message: stored('jobs/1', big) }]);
    sent++;
    await sleep(1);
  }
  assert.ok(fch.closed, `channel closed after ${sent} dispatches`);
  assert.ok(sent > 16, 'the stream took what its flow-control windows hold first');
  call.resume();
  const err = await ended;
  assert.equal(err.code, status.RESOURCE_EXHAUSTED);
  assert.match(err.details, /consume stream backed up/);
  assert.equal(await metricValue(registry, 'wharf_grpc_errors_total', { method: 'Consume', code: 'RESOURCE_EXHAUSTED' }), 1);
});

test('messages a queue refused come back refused, beside written messages and failed calls', async (t) => {
  // A store whose last-value queue refuses topics under lvq/ (no key).
  const { client } = await rig(t, {
    wrap: (s) => ({
      ...s,
      append: async (messages) => {
        const results = await s.append(messages);
        return results.map((r, i) => (messages[i]!.topic.startsWith('lvq/') ? { logPosition: -1, timestamp: r.timestamp, matched: false, refused: `no key for ${messages[i]!.topic}` } : r));
      },
    }),
  });
  await client.registerFilter('#');
  // One turn, one batch: a bad call makes the server go call by call, the ack lists errors.
  const [good, bad, mixed] = await Promise.allSettled([
    client.append([msg('ok/1', 'a')]),
    client.append([msg('ok/+', 'wildcard topic')]),
    client.append([msg('lvq/1', 'b'), msg('ok/2', 'c'), msg('lvq/2', 'd')]),
  ]);
  assert.equal(good.status, 'fulfilled');
  assert.equal(bad.status, 'rejected');
  assert.equal(mixed.status, 'fulfilled');
  const [r1, r2, r3] = (mixed as PromiseFulfilledResult<Awaited<ReturnType<StorePort['append']>>>).value;
  assert.deepEqual({ ...r1, timestamp: 0 }, { logPosition: -1, timestamp: 0, matched: false, refused: 'no key for lvq/1' });
  assert.ok(r2!.logPosition > (good as PromiseFulfilledResult<{ logPosition: number }[]>).value[0]!.logPosition);
  assert.equal('refused' in r2!, false, 'a written message carries no refused key');
  assert.equal(r2!.matched, true);
  assert.deepEqual({ ...r3, timestamp: 0 }, { logPosition: -1, timestamp: 0, matched: false, refused: 'no key for lvq/2' });
  // Without errors in the batch (the ack's own positions are the index).
  const [x, y] = await Promise.all([client.append([msg('ok/3', 'e')]), client.append([msg('lvq/3', 'f'), msg('ok/4', 'g')])]);
  assert.equal(x[0]!.refused, undefined);
  assert.deepEqual(y.map((r) => r.refused), ['no key for lvq/3', undefined]);
  assert.equal(y[0]!.logPosition, -1);
  assert.ok(y[1]!.logPosition > x[0]!.logPosition);
});
