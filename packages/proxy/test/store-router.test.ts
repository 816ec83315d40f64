/**
 * The store router's logic over fake stores: appends split by partition owner with per-store
 * outcomes, filters registered where their topics live, queues read from the store their id
 * names, and the failure paths (a refused registration gives back the others, a store that
 * names its queues with another index is reported).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_QUEUES_CONFIG, globalQueueId, PartitionMap, QueueError, splitQueueId, type AppendResult, type FilterRegistration, type Message,
  type PullRequest, type PullResult, type QueueChannel, type QueueDispatchSink, type QueueInfo, type QueuesConfig, type StoredMessage,
  type StorePort,
} from '@wharf/core';
import { routingFilter, StoreRouter, StoreIndexMismatchError } from '../src/delivery/store-router.ts';

class FakeStore implements StorePort {
  readonly appended: string[] = [];
  readonly filters = new Map<string, number>();
  failAppends: Error | null = null;
  failRegister = false;
  failEnds = false;
  constructor(readonly index: number, private readonly namesAs = index) {}
  async append(messages: readonly Message[]): Promise<AppendResult[]> {
    if (this.failAppends !== null) throw this.failAppends;
    return messages.map((m) => {
      this.appended.push(m.topic);
      return { logPosition: this.index * 1000 + this.appended.length, timestamp: 0, matched: true };
    });
  }
  async pull(r: PullRequest): Promise<PullResult> {
    return { firstOffset: r.fromOffset, messages: [], endOffset: this.index * 100 + splitQueueId(r.queueId).local };
  }
  async endOffset(queueId: number): Promise<number> {
    return this.index * 100 + splitQueueId(queueId).local;
  }
  async endOffsets(queueIds: readonly number[]): Promise<number[]> {
    if (this.failEnds) throw new Error(`store ${this.index} down`);
    return queueIds.map((q) => (splitQueueId(q).storeIndex === this.index ? this.index * 100 + splitQueueId(q).local : -1));
  }
  async registerFilter(filter: string): Promise<FilterRegistration> {
    if (this.failRegister) throw new Error(`store ${this.index} refuses`);
    this.filters.set(filter, (this.filters.get(filter) ?? 0) + 1);
    return { queueId: globalQueueId(this.namesAs, 7), endOffset: 40 + this.index };
  }
  async unregisterFilter(filter: string): Promise<void> {
    const n = (this.filters.get(filter) ?? 0) - 1;
    if (n <= 0) this.filters.delete(filter);
    else this.filters.set(filter, n);
  }
  async getRetained(filter: string): Promise<StoredMessage[]> {
    return [{ topic: `${filter}@${this.index}`, payload: Buffer.alloc(0), qos: 0, retain: true, timestamp: 0, logPosition: 0 } as StoredMessage];
  }
  async loadOffsets() { return []; }
  async saveOffsets() {}
  async deleteOffsets() {}
  async getMeta() { return null; }
  async listMeta() { return []; }
  async putMeta() {}
  /** Queues this store has, by name (for `$queue/<name>` lookups). */
  readonly named = new Map<string, QueueInfo>();
  failQueueReads = false;
  async createQueue(): Promise<QueueInfo> { throw new QueueError('BAD_REQUEST', 'not in this fake'); }
  async updateQueue(): Promise<QueueInfo> { throw new QueueError('NOT_FOUND', 'not in this fake'); }
  async deleteQueue(): Promise<void> {}
  async getQueue(ref: { topicFilter: string } | { name: string }): Promise<QueueInfo | null> {
    if (this.failQueueReads) throw new Error(`store ${this.index} down`);
    return 'name' in ref ? (this.named.get(ref.name) ?? null) : null;
  }
  async listQueues(): Promise<QueueInfo[]> { return []; }
  async getQueuesConfig(): Promise<QueuesConfig> { return DEFAULT_QUEUES_CONFIG; }
  async putQueuesConfig(c: QueuesConfig): Promise<QueuesConfig> { return c; }
  readonly sinks: QueueDispatchSink[] = [];
  openQueueChannel(sink: QueueDispatchSink): QueueChannel {
    this.sinks.push(sink);
    return { attach: () => Promise.reject(new QueueError('NOT_FOUND', 'none')), detach() {}, settle() {}, close() {} };
  }
}

const map = new PartitionMap(16, 2);
function levelOn(store: number, tag: string): string {
  for (let i = 0; ; i++) if (map.storeOf(`${tag}${i}`) === store) return `${tag}${i}`;
}
const msg = (topic: string): Message => ({ topic, payload: Buffer.from(topic), qos: 1, retain: false });

test('appends go to the owner of each topic, in order per store, results in call order', async () => {
  const stores = [new FakeStore(0), new FakeStore(1)];
  const router = new StoreRouter(stores, map);
  const a = levelOn(0, 'a');
  const b = levelOn(1, 'b');
  const topics = [`${a}/1`, `${b}/1`, `${a}/2`, `${b}/2`, `${b}/3`];
  const results = await router.append(topics.map(msg));
  assert.deepEqual(stores[0]!.appended, [`${a}/1`, `${a}/2`]);
  assert.deepEqual(stores[1]!.appended, [`${b}/1`, `${b}/2`, `${b}/3`]);
  assert.deepEqual(results.map((r) => (r as AppendResult).logPosition), [1, 1001, 2, 1002, 1003]);
});

test('a failing store fails only its own messages', async () => {
  const stores = [new FakeStore(0), new FakeStore(1)];
  const router = new StoreRouter(stores, map);
  const down = new Error('store 1 unavailable');
  stores[1]!.failAppends = down;
  const a = levelOn(0, 'a');
  const b = levelOn(1, 'b');
  const results = await router.append([msg(`${a}/1`), msg(`${b}/1`), msg(`${a}/2`)]);
  assert.equal((results[0] as AppendResult).logPosition, 1);
  assert.equal(results[1], down);
  assert.equal((results[2] as AppendResult).logPosition, 2);
});

test('with one store the call passes through, rejections included', async () => {
  const only = new FakeStore(0);
  const router = new StoreRouter([only], new PartitionMap(4, 1));
  only.failAppends = new Error('disk full');
  await assert.rejects(router.append([msg('x/1')]), /disk full/);
});

test('filters register on their owner, or on every store when they start with a wildcard', async () => {
  const stores = [new FakeStore(0), new FakeStore(1)];
  const router = new StoreRouter(stores, map);
  const a = levelOn(0, 'a');
  const plain = await router.registerFilter(`${a}/#`);
  assert.deepEqual(plain, [{ queueId: 7, endOffset: 40 }]);
  const wild = await router.registerFilter('+/status');
  assert.deepEqual(wild, [{ queueId: 7, endOffset: 40 }, { queueId: globalQueueId(1, 7), endOffset: 41 }]);
  assert.equal(stores[1]!.filters.get('+/status'), 1);
  assert.equal(await router.endOffset(globalQueueId(1, 7)), 107, 'a queue is read from the store its id names');
  assert.equal((await router.pull({ queueId: 7, fromOffset: 0, maxMessages: 1, maxBytes: 1 })).endOffset, 7);
  const retained = await router.getRetained('#');
  assert.deepEqual(retained.map((m) => m.topic), ['#@0', '#@1']);
  assert.deepEqual((await router.getRetained(`${a}/x`)).map((m) => m.topic), [`${a}/x@0`]);
  await router.unregisterFilter('+/status');
  assert.equal(stores[0]!.filters.has('+/status'), false);
  assert.equal(stores[1]!.filters.has('+/status'), false);
});

test('a refused registration gives back the references taken on the other stores', async () => {
  const stores = [new FakeStore(0), new FakeStore(1)];
  const router = new StoreRouter(stores, map);
  stores[1]!.failRegister = true;
  await assert.rejects(router.registerFilter('#'), /store 1 refuses/);
  assert.equal(stores[0]!.filters.size, 0);
});

test('a store naming its queues with another index is a configuration error, and leaves no reference', async () => {
  const stores = [new FakeStore(0), new FakeStore(1, 0)];
  const router = new StoreRouter(stores, map);
  await assert.rejects(router.registerFilter('#'), (e: Error) => e instanceof StoreIndexMismatchError && /--store-index/.test(e.message));
  assert.equal(stores[0]!.filters.size, 0);
  assert.equal(stores[1]!.filters.size, 0);
  await assert.rejects(router.endOffset(globalQueueId(5, 1)), /store index 5/);
});

test('end offsets are read in one call per store; a dead store blinds only its own queues', async () => {
  const stores = [new FakeStore(0), new FakeStore(1)];
  const router = new StoreRouter(stores, map);
  const ids = [3, globalQueueId(1, 4), 5, globalQueueId(7, 1)];
  assert.deepEqual(await router.endOffsets(ids), [3, 104, 5, -1]);
  stores[1]!.failEnds = true;
  assert.deepEqual(await router.endOffsets(ids), [3, -1, 5, -1]);
  stores[0]!.failEnds = true;
  await assert.rejects(router.endOffsets(ids), /down/);
});

test('queue and shared-subscription filters route by the filter they read', async () => {
  assert.equal(routingFilter('$share/g/a/b'), 'a/b');
  assert.equal(routingFilter('$q/a/+'), 'a/+');
  assert.equal(routingFilter('$q/$dlq/a/#'), 'a/#', 'a dead-letter queue lives beside its queue');
  assert.equal(routingFilter('$queue/jobs/a/b'), 'a/b');
  assert.equal(routingFilter('$queue/jobs'), '$queue/jobs');
  assert.equal(routingFilter('$SYS/x'), '$SYS/x');
  assert.equal(routingFilter('a/b'), 'a/b');

  const stores = [new FakeStore(0), new FakeStore(1)];
  const router = new StoreRouter(stores, map);
  const b = levelOn(1, 'b');
  assert.deepEqual(router.storesFor(`$share/g/${b}/x`), [1]);
  assert.deepEqual(router.storesFor('$q/+/x'), [0, 1]);
  assert.equal(router.storeCount, 2);
  // The full `$share/…` filter is what the owner of its inner filter registers.
  await router.registerFilter(`$share/g/${b}/x`);
  assert.equal(stores[1]!.filters.get(`$share/g/${b}/x`), 1);
  assert.equal(stores[0]!.filters.size, 0);
  await router.unregisterFilter(`$share/g/${b}/x`);
  assert.equal(stores[1]!.filters.size, 0);
  const channel = router.openQueueChannel(1, { dispatched() {}, detached() {} });
  assert.equal(stores[1]!.sinks.length, 1);
  await assert.rejects(channel.attach({ consumerId: 'c', clientId: 'c', target: { kind: 'queue', filter: 'x' }, maxInflight: 1, qos: 1 }), QueueError);
  assert.throws(() => router.store(2), RangeError);
});

test('a named queue is found on whichever store has it; a store down matters only when none has it', async () => {
  const stores = [new FakeStore(0), new FakeStore(1)];
  const router = new StoreRouter(stores, map);
  const info = { topicFilter: 'jobs/#', name: 'jobs' } as QueueInfo;
  stores[1]!.named.set('jobs', info);
  assert.equal(await router.findQueueByName('jobs'), info);
  assert.equal(await router.findQueueByName('other'), null);
  stores[0]!.failQueueReads = true;
  assert.equal(await router.findQueueByName('jobs'), info);
  await assert.rejects(router.findQueueByName('other'), /store 0 down/);
});
