import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { status } from '@grpc/grpc-js';
import { globalQueueId, type Message, type StorePort } from '@wharf/core';
import type { Store } from '@wharf/store';
import { Registry } from 'prom-client';
import { GrpcStoreClient, StoreGrpcServer, StoreRemoteError, StoreUnavailableError, type GrpcStoreClientOptions } from '../src/index.ts';
import { freePort, metricValue, msg, openStore, until } from './support.ts';

interface Pair {
  store: Store;
  server: StoreGrpcServer;
  client: GrpcStoreClient;
  port: number;
  registry: Registry;
}

async function pair(t: TestContext, opts: { storeIndex?: number; client?: Partial<GrpcStoreClientOptions>; wrap?: (s: StorePort) => StorePort; closeTimeoutMs?: number } = {}): Promise<Pair> {
  const store = await openStore(t);
  const registry = new Registry();
  const server = new StoreGrpcServer({ store: opts.wrap ? opts.wrap(store) : store, storeIndex: opts.storeIndex ?? 0, registry, closeTimeoutMs: opts.closeTimeoutMs ?? 2000 });
  const port = await server.listen(0, '127.0.0.1');
  const client = new GrpcStoreClient({ address: `127.0.0.1:${port}`, registry, backoff: { initialMs: 20, maxMs: 200 }, ...opts.client });
  // Registered after openStore's cleanup, so it runs first (node:test runs after-hooks in reverse).
  t.after(async () => {
    await client.close();
    await server.close();
  });
  return { store, server, client, port, registry };
}

/** Appends are acknowledged before the queues' ends move; wait for the index. */
async function visible(client: StorePort, queueId: number, end: number): Promise<void> {
  await until(async () => (await client.endOffset(queueId)) >= end, 5000, `queue ${queueId} to reach ${end}`);
}

const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

test('every StorePort method round trips through the gRPC client', async (t) => {
  const { store, client } = await pair(t);
  const exact = await client.registerFilter('dev/1/temp');
  const wild = await client.registerFilter('dev/+/temp');
  assert.deepEqual(exact, await store.registerFilter('dev/1/temp'), 'same queue, same end as asking the store');
  await store.unregisterFilter('dev/1/temp');

  const full: Message = msg('dev/1/temp', allBytes, {
    qos: 2,
    from: 'publisher-1',
    properties: {
      payloadFormatIndicator: false,
      messageExpiryInterval: 3600,
      contentType: 'application/octet-stream',
      responseTopic: 'reply/1',
      correlationData: Buffer.from([0, 1, 0xff]),
      userProperties: [['a', '1'], ['b', 'x'], ['a', '2'], ['b', 'y'], ['', 'empty key'], ['__proto__', 'not a prototype']],
    },
  });
  const plain = msg('dev/2/temp', '');
  const retained = msg('dev/1/temp', 'last', { retain: true, qos: 0 });
  const results = await client.append([full, plain, retained]);
  assert.equal(results.length, 3);
  assert.ok(results[0]!.logPosition < results[1]!.logPosition && results[1]!.logPosition < results[2]!.logPosition);
  assert.ok(results.every((r) => r.timestamp > 0));
  assert.deepEqual(results.map((r) => r.matched), [true, true, true], 'every message matched the wildcard filter');
  const [nobody] = await client.append([msg('nobody/listens', 'x')]);
  assert.equal(nobody!.matched, false, 'no filter matches: matched false crosses the wire');
  await visible(client, wild.queueId, 3);

  const remote = await client.pull({ queueId: wild.queueId, fromOffset: 0, maxMessages: 100, maxBytes: 1 << 20 });
  const local = await store.pull({ queueId: wild.queueId, fromOffset: 0, maxMessages: 100, maxBytes: 1 << 20 });
  assert.deepEqual(remote, local, 'pull through gRPC equals pull from the store');
  assert.equal(remote.messages.length, 3);
  assert.deepEqual(remote.messages[0]!.payload, allBytes, 'binary payload intact');
  assert.deepEqual(remote.messages[0]!.properties!.userProperties, full.properties!.userProperties, 'user properties in order, names interleaved');
  assert.equal(remote.messages[0]!.from, 'publisher-1');
  assert.equal(remote.messages[1]!.payload.length, 0);
  assert.equal(remote.messages[1]!.from, undefined);
  assert.deepEqual(remote.messages.map((m) => m.logPosition), results.map((r) => r.logPosition));

  const partial = await client.pull({ queueId: wild.queueId, fromOffset: 1, maxMessages: 1, maxBytes: 1 << 20 });
  assert.equal(partial.firstOffset, 1);
  assert.equal(partial.messages.length, 1);
  assert.equal(partial.endOffset, 3);
  assert.equal(await client.endOffset(exact.queueId), 2);

  assert.deepEqual(await client.getRetained('dev/#'), await store.getRetained('dev/#'));
  assert.equal((await client.getRetained('dev/#'))[0]!.payload.toString(), 'last');
  assert.deepEqual(await client.getRetained('nothing/#'), []);

  await client.saveOffsets([
    { owner: 'session-a', entries: [{ queueId: exact.queueId, offset: 2 }, { queueId: wild.queueId, offset: 1 }] },
    { owner: 'session-b', entries: [{ queueId: wild.queueId, offset: 3 }] },
  ]);
  assert.deepEqual(
    (await client.loadOffsets('session-a')).sort((a, b) => a.queueId - b.queueId),
    [{ queueId: exact.queueId, offset: 2 }, { queueId: wild.queueId, offset: 1 }].sort((a, b) => a.queueId - b.queueId),
  );
  assert.deepEqual(await client.loadOffsets('session-a'), await store.loadOffsets('session-a'));
  await client.deleteOffsets('session-a');
  assert.deepEqual(await client.loadOffsets('session-a'), []);
  assert.deepEqual(await client.loadOffsets('session-b'), [{ queueId: wild.queueId, offset: 3 }]);

  assert.equal(await client.getMeta('s/x'), null);
  await client.putMeta([
    { key: 's/x', value: Buffer.from('one') },
    { key: 's/y', value: allBytes },
    { key: 's/z', value: Buffer.alloc(0) },
    { key: 't/other', value: Buffer.from('2') },
  ]);
  assert.deepEqual(await client.getMeta('s/y'), allBytes);
  assert.deepEqual(await client.getMeta('s/z'), Buffer.alloc(0), 'an empty value is not a missing one');
  assert.deepEqual(await client.listMeta('s/'), await store.listMeta('s/'));
  assert.deepEqual((await client.listMeta('s/')).map((e) => e.key), ['s/x', 's/y', 's/z']);
  await client.putMeta([{ key: 's/x', value: null }]);
  assert.equal(await client.getMeta('s/x'), null);
  assert.equal(await store.getMeta('s/x'), null);

  await client.unregisterFilter('dev/+/temp');
  assert.equal(store.filterRefs('dev/+/temp'), 0);
  assert.equal(store.filterRefs('dev/1/temp'), 1);
});

test('store errors come back as the errors a local store throws', async (t) => {
  const { client } = await pair(t);
  await assert.rejects(client.registerFilter('a/#/b'), (e: Error) => e instanceof RangeError && /bad-wildcard|#/.test(e.message));
  await assert.rejects(client.endOffset(12345), (e: Error) => e instanceof StoreRemoteError && e.name === 'UnknownQueueError' && e.code === status.NOT_FOUND);
  const q = await client.registerFilter('ok/#');
  await assert.rejects(client.pull({ queueId: q.queueId, fromOffset: -1, maxMessages: 1, maxBytes: 1 }), RangeError);
  // Calls made in one turn share a batch, yet fail alone.
  const [good, bad, good2] = await Promise.allSettled([
    client.append([msg('ok/1', 'a')]),
    client.append([msg('ok/+', 'wildcard topic'), msg('ok/2', 'same call')]),
    client.append([msg('ok/3', 'c')]),
  ]);
  assert.equal(good.status, 'fulfilled');
  assert.equal(good2.status, 'fulfilled');
  assert.equal(bad.status, 'rejected');
  assert.ok((bad as PromiseRejectedResult).reason instanceof RangeError);
  await visible(client, q.queueId, 2);
  const r = await client.pull({ queueId: q.queueId, fromOffset: 0, maxMessages: 10, maxBytes: 1 << 20 });
  assert.deepEqual(r.messages.map((m) => m.payload.toString()), ['a', 'c'], 'nothing of the failed call was written');
  assert.deepEqual(await client.append([]), []);
});

test('an append too large for one gRPC message is refused alone; the stream carries on', async (t) => {
  const { client } = await pair(t, { client: { maxMessageBytes: 64 * 1024 } });
  const q = await client.registerFilter('big/#');
  const [big, small] = await Promise.allSettled([client.append([msg('big/1', Buffer.alloc(60 * 1024))]), client.append([msg('big/2', 'fits')])]);
  assert.equal(big.status, 'rejected');
  assert.match(String((big as PromiseRejectedResult).reason), /RangeError: append of \d+ bytes exceeds/);
  assert.equal(small.status, 'fulfilled');
  // Calls larger than a batch's byte bound travel in batches of their own.
  const many = await Promise.all(Array.from({ length: 8 }, (_, i) => client.append([msg(`big/${i}`, Buffer.alloc(20 * 1024))])));
  assert.equal(many.length, 8);
  await visible(client, q.queueId, 9);
});

test('a store index makes queue ids global both ways', async (t) => {
  const { store, client } = await pair(t, { storeIndex: 3 });
  const reg = await client.registerFilter('g/#');
  const local = (await store.registerFilter('g/#')).queueId;
  assert.equal(reg.queueId, globalQueueId(3, local));
  await client.append([msg('g/1', 'x')]);
  await visible(client, reg.queueId, 1);
  assert.equal((await client.pull({ queueId: reg.queueId, fromOffset: 0, maxMessages: 1, maxBytes: 1000 })).messages.length, 1);
  await client.saveOffsets([{ owner: 'o', entries: [{ queueId: reg.queueId, offset: 1 }] }]);
  assert.deepEqual(await store.loadOffsets('o'), [{ queueId: local, offset: 1 }], 'the store keeps local ids');
  assert.deepEqual(await client.loadOffsets('o'), [{ queueId: reg.queueId, offset: 1 }]);
  await assert.rejects(client.endOffset(local), /belongs to store 0, this is store 3/);
  await assert.rejects(client.endOffset(globalQueueId(4, local)), /belongs to store 4/);
  // Batched: another store's ids and unknown queues answer -1 instead of failing the call.
  assert.deepEqual(await client.endOffsets([reg.queueId, local, globalQueueId(3, local + 1000), reg.queueId]), [1, -1, -1, 1]);
  assert.deepEqual(await client.endOffsets([]), []);
});

test('appends made together travel in few batches, acked in order', async (t) => {
  const { client, registry } = await pair(t, { client: { maxBatchMessages: 100, maxInflightBatches: 2 } });
  const n = 2000;
  const calls: Promise<{ logPosition: number }[]>[] = [];
  for (let i = 0; i < n; i++) calls.push(client.append([msg('many/t', String(i))]));
  const results = await Promise.all(calls);
  for (let i = 1; i < n; i++) assert.ok(results[i]![0]!.logPosition > results[i - 1]![0]!.logPosition, 'log order is call order');
  const batches = await metricValue(registry, 'wharf_grpc_append_batches_total', { side: 'client' });
  const sent = await metricValue(registry, 'wharf_grpc_append_messages_total', { side: 'client' });
  assert.equal(sent, n);
  assert.equal(batches, n / 100, 'full batches of maxBatchMessages while the window is closed');
  assert.equal(await metricValue(registry, 'wharf_grpc_append_inflight_batches'), 0);
});

test('the in-flight window holds batches back until acks arrive', async (t) => {
  const gates: (() => void)[] = [];
  const { client } = await pair(t, {
    client: { maxInflightBatches: 1 },
    wrap: (s) => ({ ...bind(s), append: (m) => new Promise<void>((r) => gates.push(r)).then(() => s.append(m)) }),
  });
  const first = client.append([msg('w/1', 'a')]);
  await until(() => gates.length === 1, 2000, 'the first batch at the store');
  const second = client.append([msg('w/2', 'b')]);
  const third = client.append([msg('w/3', 'c')]);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(gates.length, 1, 'the window of one keeps the next batch on the client');
  gates.shift()!();
  await first;
  // One batch of the two waiting calls, one store append.
  await until(() => gates.length === 1, 2000, 'the second batch at the store');
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(gates.length, 1);
  gates.shift()!();
  const [b, c] = await Promise.all([second, third]);
  assert.ok(b[0]!.logPosition < c[0]!.logPosition, 'the two waiting calls went together, in order');
});

test('stopping the server rejects pending appends; after a restart on the same port appends work again', async (t) => {
  const store = await openStore(t);
  const hung: StorePort = { ...bind(store), append: () => new Promise(() => {}) };
  const first = new StoreGrpcServer({ store: hung, closeTimeoutMs: 100 });
  const port = await first.listen(0, '127.0.0.1');
  const client = new GrpcStoreClient({ address: `127.0.0.1:${port}`, backoff: { initialMs: 20, maxMs: 100 } });
  t.after(() => client.close());
  await client.registerFilter('r/#');
  const pending = [client.append([msg('r/1', 'a')]), client.append([msg('r/2', 'b')])];
  await until(() => client.connected, 2000, 'the append stream');
  await first.close();
  for (const p of pending) {
    await assert.rejects(p, (e: Error) => e instanceof StoreUnavailableError && e.message.startsWith(`store 127.0.0.1:${port} unavailable:`));
  }
  await assert.rejects(client.append([msg('r/3', 'c')]), StoreUnavailableError, 'fails fast while down');
  await assert.rejects(client.endOffset(0), StoreUnavailableError);

  const second = new StoreGrpcServer({ store });
  assert.equal(await second.listen(port, '127.0.0.1'), port);
  t.after(() => second.close());
  let result: { logPosition: number }[] | null = null;
  await until(async () => {
    try {
      result = await client.append([msg('r/4', 'd')]);
      return true;
    } catch (e) {
      assert.ok(e instanceof StoreUnavailableError, String(e));
      return false;
    }
  }, 5000, 'appends through the restarted server');
  assert.ok(result !== null);
  const q = await client.registerFilter('r/#');
  await visible(client, q.queueId, 1);
  const r = await client.pull({ queueId: q.queueId, fromOffset: 0, maxMessages: 10, maxBytes: 1 << 20 });
  assert.deepEqual(r.messages.map((m) => m.payload.toString()), ['d'], 'only the acknowledged append is in the log');
});

test('a graceful close acknowledges the batches the server holds', async (t) => {
  const gates: (() => void)[] = [];
  const { client, server } = await pair(t, { wrap: (s) => ({ ...bind(s), append: (m) => new Promise<void>((r) => gates.push(r)).then(() => s.append(m)) }) });
  const p = client.append([msg('g/1', 'x')]);
  await until(() => gates.length === 1, 2000, 'the batch at the store');
  const closing = server.close();
  gates.shift()!();
  const [r] = await p;
  assert.ok(r!.logPosition >= 0);
  await closing;
});

test('a hung call fails at its deadline; an unacknowledged batch at the append timeout', async (t) => {
  const store = await openStore(t);
  const hung: StorePort = { ...bind(store), endOffset: () => new Promise(() => {}), append: () => new Promise(() => {}) };
  const server = new StoreGrpcServer({ store: hung, closeTimeoutMs: 100 });
  const port = await server.listen(0, '127.0.0.1');
  const client = new GrpcStoreClient({ address: `127.0.0.1:${port}`, deadlineMs: 150, appendTimeoutMs: 150, backoff: { initialMs: 20, maxMs: 100 } });
  t.after(async () => {
    await client.close();
    await server.close();
  });
  let started = Date.now();
  await assert.rejects(client.endOffset(0), (e: Error) => e instanceof StoreUnavailableError && e.code === status.DEADLINE_EXCEEDED && /EndOffset/.test(e.message));
  assert.ok(Date.now() - started < 2000);
  started = Date.now();
  await assert.rejects(client.append([msg('h/1', 'x')]), (e: Error) => e instanceof StoreUnavailableError && /no append ack within 150 ms/.test(e.message));
  assert.ok(Date.now() - started < 3000);
});

test('a store that is not there is reported as unavailable, by address', async (t) => {
  const port = await freePort();
  const client = new GrpcStoreClient({ address: `127.0.0.1:${port}`, deadlineMs: 1000, backoff: { initialMs: 20, maxMs: 100 } });
  t.after(() => client.close());
  await assert.rejects(client.append([msg('x/1', 'a')]), (e: Error) => e instanceof StoreUnavailableError && e.message.startsWith(`store 127.0.0.1:${port} unavailable: `));
  await assert.rejects(client.registerFilter('x/#'), (e: Error) => e instanceof StoreUnavailableError && e.code === status.UNAVAILABLE);
  await assert.rejects(client.waitForReady(100), StoreUnavailableError);
  await client.close();
  await assert.rejects(client.append([msg('x/1', 'a')]), /client closed/);
});

/** The StorePort methods of `s`, bound, so a test can replace some of them. */
function bind(s: StorePort): StorePort {
  const methods: (keyof StorePort)[] = [
    'append', 'pull', 'endOffset', 'endOffsets', 'registerFilter', 'unregisterFilter', 'getRetained', 'loadOffsets', 'saveOffsets', 'deleteOffsets',
    'getMeta', 'listMeta', 'putMeta', 'createQueue', 'updateQueue', 'deleteQueue', 'getQueue', 'listQueues', 'getQueuesConfig', 'putQueuesConfig', 'openQueueChannel',
  ];
  const out: Partial<Record<keyof StorePort, unknown>> = {};
  for (const m of methods) {
    const f: unknown = s[m];
    // A store without a method (an older one) leaves it out: calling it fails like a missing RPC.
    if (typeof f === 'function') out[m] = f.bind(s);
  }
  return out as StorePort;
}
