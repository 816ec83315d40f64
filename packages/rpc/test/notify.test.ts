import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import { globalQueueId, silentLogger, type QueueAdvanced, type StoredMessage } from '@wharf/core';
import { NotifyService } from '@wharf/notify';
import { Registry } from 'prom-client';
import type { AdvanceBatch } from '../src/codec.ts';
import { GrpcAdvanceSink, GrpcNotifyClient, NotifyGrpcServer } from '../src/index.ts';
import { notifyMethods } from '../src/services.ts';
import { freePort, metricValue, openStore, sleep, until } from './support.ts';

const backoff = { initialMs: 20, maxMs: 100 };

interface Notify {
  service: NotifyService;
  server: NotifyGrpcServer;
  port: number;
  address: string;
}

async function startNotify(t: TestContext, port = 0): Promise<Notify> {
  const service = new NotifyService({ coalesceMs: 0, inlineMaxBytes: 64 * 1024, logger: silentLogger });
  const server = new NotifyGrpcServer({ notify: service, closeTimeoutMs: 500 });
  const bound = await server.listen(port, '127.0.0.1');
  t.after(async () => {
    await server.close();
    await service.close();
  });
  return { service, server, port: bound, address: `127.0.0.1:${bound}` };
}

interface Proxy {
  client: GrpcNotifyClient;
  events: QueueAdvanced[];
  resyncs: number;
}

function proxy(t: TestContext, address: string, pollMs = 1000): Proxy {
  const client = new GrpcNotifyClient({ address, backoff, pollMs });
  const p: Proxy = { client, events: [], resyncs: 0 };
  client.onAdvanced((events) => p.events.push(...events));
  client.onResync(() => p.resyncs++);
  t.after(() => client.close());
  return p;
}

function stored(payload: Buffer, extra: Partial<StoredMessage> = {}): StoredMessage {
  return { topic: 't/1', payload, qos: 1, retain: false, logPosition: 100, timestamp: 1_700_000_000_000, expiresAt: 0, ...extra };
}

test('events reach only the proxies interested in their queue, inline messages intact', async (t) => {
  const notify = await startNotify(t);
  const a = proxy(t, notify.address);
  const b = proxy(t, notify.address);
  a.client.addInterest([1, 7]);
  b.client.addInterest([2]);
  await until(() => a.client.connected && b.client.connected, 5000, 'both proxies in sync');
  await until(() => notify.service.isInterested(7) && notify.service.isInterested(2), 2000, 'interest at the service');
  const sink = new GrpcAdvanceSink({ targets: [notify.address], backoff, coalesceMs: 1 });
  t.after(() => sink.close());
  await until(() => sink.connectedCount === 1, 5000, 'the feed');

  const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => 255 - i));
  const inline = [
    stored(binary, { logPosition: 10, from: 'c1', properties: { contentType: 'bin', correlationData: Buffer.from([9]), userProperties: [['k', 'v'], ['j', 'w'], ['k', 'x']] } }),
    stored(Buffer.from('two'), { logPosition: 20, qos: 0, retain: true, expiresAt: 1_800_000_000_000 }),
  ];
  sink.advanced([
    { queueId: 1, endOffset: 5, inline },
    { queueId: 2, endOffset: 9 },
    { queueId: 3, endOffset: 4 },
  ]);
  await until(() => a.events.length >= 1 && b.events.length >= 1, 5000, 'events at both proxies');
  await sleep(50);
  assert.deepEqual(a.events, [{ queueId: 1, endOffset: 5, inline }]);
  assert.deepEqual(b.events, [{ queueId: 2, endOffset: 9 }]);

  // Interest is reference counted: one remove of two adds keeps it.
  a.client.addInterest([1]);
  a.client.removeInterest([1]);
  a.client.removeInterest([7]);
  await until(() => !notify.service.isInterested(7), 2000, 'interest in 7 removed');
  assert.equal(notify.service.isInterested(1), true);
  a.events.length = 0;
  sink.advanced([{ queueId: 7, endOffset: 1 }, { queueId: 1, endOffset: 6 }]);
  await until(() => a.events.length >= 1, 5000, 'the event of queue 1');
  await sleep(50);
  assert.deepEqual(a.events, [{ queueId: 1, endOffset: 6 }]);
});

test('after a notify restart the client re-sends its interest and resyncs; it polls while down', async (t) => {
  const first = await startNotify(t);
  const p = proxy(t, first.address, 30);
  p.client.addInterest([11, 12]);
  await until(() => p.client.connected, 5000, 'the first stream');
  assert.ok(p.resyncs >= 1, 'a new stream resyncs once its interest is applied');
  await first.server.close();
  await first.service.close();
  await until(() => !p.client.connected, 2000, 'the client to notice');
  const before = p.resyncs;
  await sleep(200);
  assert.ok(p.resyncs - before >= 3, `polls while down (got ${p.resyncs - before} in 200 ms at 30 ms)`);
  p.client.removeInterest([12]);
  p.client.addInterest([13]);

  const second = await startNotify(t, first.port);
  await until(() => p.client.connected, 5000, 'the client to reconnect');
  const afterReconnect = p.resyncs;
  assert.equal(second.service.isInterested(11), true);
  assert.equal(second.service.isInterested(13), true);
  assert.equal(second.service.isInterested(12), false, 'changes made while down are in the re-sent set');
  await sleep(100);
  assert.equal(p.resyncs, afterReconnect, 'no polling once in sync');
  second.service.advanced([{ queueId: 13, endOffset: 3 }]);
  await until(() => p.events.some((e) => e.queueId === 13), 5000, 'an event through the new server');
});

test('the advance sink feeds every notify replica, with global queue ids', async (t) => {
  const n1 = await startNotify(t);
  const n2 = await startNotify(t);
  const p1 = proxy(t, n1.address);
  const p2 = proxy(t, n2.address);
  const q = globalQueueId(2, 5);
  p1.client.addInterest([q]);
  p2.client.addInterest([q]);
  await until(() => p1.client.connected && p2.client.connected, 5000, 'proxies in sync');
  const registry = new Registry();
  const sink = new GrpcAdvanceSink({ targets: [n1.address, n2.address], storeIndex: 2, backoff, registry });
  t.after(() => sink.close());
  await until(() => sink.connectedCount === 2, 5000, 'both feeds');
  sink.advanced([{ queueId: 5, endOffset: 1 }]);
  sink.advanced([{ queueId: 5, endOffset: 2 }]);
  await until(() => p1.events.length > 0 && p2.events.length > 0, 5000, 'events at both replicas');
  await until(() => p1.events.at(-1)!.endOffset === 2 && p2.events.at(-1)!.endOffset === 2, 5000, 'the newest end at both');
  assert.ok(p1.events.every((e) => e.queueId === q));
  assert.ok(p2.events.every((e) => e.queueId === q));
  assert.ok((await metricValue(registry, 'wharf_grpc_notify_events_total', { stream: 'feed', direction: 'out' })) >= 2);
});

test('a replica that is down drops its events, bounded, and gets them again once it is up', async (t) => {
  const port = await freePort();
  const registry = new Registry();
  const sink = new GrpcAdvanceSink({ targets: [`127.0.0.1:${port}`], backoff, registry, maxPendingQueues: 10 });
  t.after(() => sink.close());
  for (let i = 0; i < 1000; i++) sink.advanced([{ queueId: i, endOffset: 1 }]);
  await sleep(50);
  assert.ok((await metricValue(registry, 'wharf_grpc_notify_events_dropped_total', { stream: 'feed' })) >= 990);

  const notify = await startNotify(t, port);
  const p = proxy(t, notify.address);
  p.client.addInterest([42]);
  await until(() => p.client.connected, 5000, 'the proxy');
  await until(() => sink.connectedCount === 1, 5000, 'the feed to reconnect');
  // A store feed (re)connecting tells every proxy already there that events may have been
  // missed. The first feed may have beaten the proxy to the server; a second one cannot.
  const resyncs = p.resyncs;
  const other = new GrpcAdvanceSink({ targets: [notify.address], backoff });
  t.after(() => other.close());
  await until(() => other.connectedCount === 1, 5000, 'a second feed');
  await until(() => p.resyncs > resyncs, 2000, 'a resync for the proxy');
  sink.advanced([{ queueId: 42, endOffset: 8 }]);
  await until(() => p.events.some((e) => e.queueId === 42 && e.endOffset === 8), 5000, 'the event after the replica came up');
});

test('a store feeding a remote notify: appends become events at the interested proxy', async (t) => {
  const notify = await startNotify(t);
  const sink = new GrpcAdvanceSink({ targets: [notify.address], backoff });
  t.after(() => sink.close());
  const store = await openStore(t, sink);
  const { queueId } = await store.registerFilter('s/#');
  const p = proxy(t, notify.address);
  p.client.addInterest([queueId]);
  await until(() => p.client.connected && sink.connectedCount === 1, 5000, 'streams up');
  await store.append([{ topic: 's/1', payload: Buffer.from('hello'), qos: 1, retain: false }]);
  await until(() => p.events.length > 0, 5000, 'the event');
  const e = p.events.at(-1)!;
  assert.equal(e.queueId, queueId);
  assert.equal(e.endOffset, 1);
  assert.equal(e.inline?.[0]?.payload.toString(), 'hello');
});

test('a proxy that stops reading gets its events folded, bounded, then a resync', async (t) => {
  const service = new NotifyService({ coalesceMs: 0, inlineMaxBytes: 64 * 1024, logger: silentLogger });
  const registry = new Registry();
  const server = new NotifyGrpcServer({ notify: service, maxPendingQueues: 5, registry, closeTimeoutMs: 200 });
  const port = await server.listen(0, '127.0.0.1');
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  const m = notifyMethods.Subscribe;
  const call = client.makeBidiStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, new Metadata(), {});
  t.after(async () => {
    call.cancel();
    client.close();
    await server.close();
    await service.close();
  });
  call.on('error', () => {});
  const got: AdvanceBatch[] = [];
  call.on('data', (b: AdvanceBatch) => got.push(b));
  const queues = Array.from({ length: 50 }, (_, i) => i);
  call.write({ seq: 1, add: queues });
  await until(() => got.some((b) => b.interestApplied === 1), 5000, 'the interest ack');
  call.pause();
  const payload = Buffer.alloc(8 * 1024, 1);
  for (let round = 1; round <= 40; round++) {
    service.advanced(queues.map((q) => ({ queueId: q, endOffset: round, inline: [stored(payload)] })));
    await sleep(2);
  }
  await until(async () => (await metricValue(registry, 'wharf_grpc_notify_events_dropped_total', { stream: 'subscribe' })) > 0, 5000, 'events dropped for the slow proxy');
  got.length = 0;
  call.resume();
  await until(() => got.some((b) => b.resync), 5000, 'a resync after the backlog');
  const last = new Map<number, number>();
  for (const b of got) for (const e of b.events) last.set(e.queueId, Math.max(last.get(e.queueId) ?? 0, e.endOffset));
  assert.ok([...last.values()].some((end) => end === 40), 'the folded events carry the newest ends');
});
