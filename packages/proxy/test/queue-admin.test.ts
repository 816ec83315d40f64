/**
 * Queue administration over several stores, with in-memory stores that keep queues the way the
 * StorePort contract says (errors as QueueError, lists sorted after a cursor): a queue lives on
 * the stores that collect its filter, creates are undone on partial failure, reads merge the
 * stores' figures, pagination is exact across stores, and a store that does not answer is a
 * StoreUnavailableError (503), never a missing queue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_QUEUES_CONFIG,
  parseQueueCreate,
  PartitionMap,
  QueueError,
  type QueueInfo,
  type QueuePatch,
  type QueueSpec,
  type QueuesConfig,
  type StorePort,
} from '@wharf/core';
import { mergeQueues, QueueAdmin, StoreUnavailableError } from '../src/queues/queue-admin.ts';

class QueueStore {
  readonly queues = new Map<string, QueueInfo>();
  config: QueuesConfig = DEFAULT_QUEUES_CONFIG;
  down = false;
  failCreate: Error | null = null;
  calls: string[] = [];

  private check(op: string): void {
    this.calls.push(op);
    if (this.down) throw new Error('connect ECONNREFUSED');
  }
  async createQueue(spec: QueueSpec): Promise<QueueInfo> {
    this.check('create');
    if (this.failCreate !== null) throw this.failCreate;
    if (this.queues.has(spec.topicFilter)) throw new QueueError('ALREADY_EXISTS', 'exists');
    const info: QueueInfo = {
      ...spec,
      kind: 'queue',
      createdAt: 1000 + this.queues.size,
      stats: { depth: 0, inflight: 0, lag: 0, consumers: [], dispatched: 0, acked: 0, redelivered: 0, deadLettered: 0, dropped: 0 },
    };
    this.queues.set(spec.topicFilter, info);
    return info;
  }
  async updateQueue(topicFilter: string, patch: QueuePatch): Promise<QueueInfo> {
    this.check('update');
    const q = this.queues.get(topicFilter);
    if (q === undefined) throw new QueueError('NOT_FOUND', 'no');
    const next = { ...q, ...patch };
    this.queues.set(topicFilter, next);
    return next;
  }
  async deleteQueue(topicFilter: string): Promise<void> {
    this.check('delete');
    if (!this.queues.delete(topicFilter)) throw new QueueError('NOT_FOUND', 'no');
  }
  async getQueue(ref: { topicFilter: string } | { name: string }): Promise<QueueInfo | null> {
    this.check('get');
    if ('topicFilter' in ref) return this.queues.get(ref.topicFilter) ?? null;
    return [...this.queues.values()].find((q) => q.name === ref.name) ?? null;
  }
  async listQueues(after: string, limit: number): Promise<QueueInfo[]> {
    this.check('list');
    return [...this.queues.values()].filter((q) => q.topicFilter > after).sort((a, b) => (a.topicFilter < b.topicFilter ? -1 : 1)).slice(0, limit);
  }
  async getQueuesConfig(): Promise<QueuesConfig> {
    this.check('getConfig');
    return this.config;
  }
  async putQueuesConfig(config: QueuesConfig): Promise<QueuesConfig> {
    this.check('putConfig');
    this.config = config;
    return config;
  }
}

function setup(storeCount = 2): { admin: QueueAdmin; stores: QueueStore[]; partitions: PartitionMap } {
  const stores = Array.from({ length: storeCount }, () => new QueueStore());
  const partitions = new PartitionMap(64, storeCount);
  return { admin: new QueueAdmin(stores as unknown as StorePort[], partitions), stores, partitions };
}

const spec = (topicFilter: string, extra: Record<string, unknown> = {}): QueueSpec =>
  parseQueueCreate({ topic_filter: topicFilter, is_lastvalue: false, ...extra }, DEFAULT_QUEUES_CONFIG.defaults);

/** A plain first level that the partition map gives to `store`. */
function levelOn(partitions: PartitionMap, store: number, salt = ''): string {
  for (let i = 0; ; i++) if (partitions.storeOf(`l${salt}${i}`) === store) return `l${salt}${i}`;
}

test('a queue with a plain first level lives on its owner only; a wildcard-first one on every store', async () => {
  const { admin, stores, partitions } = setup();
  const owned = `${levelOn(partitions, 1)}/jobs`;
  await admin.create(spec(owned));
  assert.equal(stores[0]!.queues.has(owned), false);
  assert.equal(stores[1]!.queues.has(owned), true);
  await admin.create(spec('+/jobs'));
  assert.ok(stores.every((s) => s.queues.has('+/jobs')));
  assert.deepEqual(admin.storesOf('$dlq/+/jobs'), [0, 1], 'a dead-letter queue lives beside its queue');
  assert.deepEqual(admin.storesOf(`$dlq/${owned}`), [1]);
});

test('create: ALREADY_EXISTS passes through; a failure on one store undoes the others', async () => {
  const { admin, stores } = setup();
  await admin.create(spec('#'));
  await assert.rejects(admin.create(spec('#')), (err: unknown) => err instanceof QueueError && err.code === 'ALREADY_EXISTS');
  stores[1]!.failCreate = new Error('disk full');
  await assert.rejects(admin.create(spec('+/x')), (err: unknown) => err instanceof StoreUnavailableError && err.store === 1);
  assert.equal(stores[0]!.queues.has('+/x'), false, 'the queue created on store 0 was deleted again');
  // A queue left on one store only (an earlier crash) makes create refuse, and delete clears it.
  stores[1]!.failCreate = null;
  await stores[0]!.createQueue(spec('+/y'));
  await assert.rejects(admin.create(spec('+/y')), (err: unknown) => err instanceof QueueError && err.code === 'ALREADY_EXISTS');
  assert.equal(stores[1]!.queues.has('+/y'), false, 'rolled back where it was new');
  await admin.delete('+/y');
  assert.ok(stores.every((s) => !s.queues.has('+/y')));
});

test('names are unique across stores', async () => {
  const { admin, partitions } = setup();
  await admin.create(spec(`${levelOn(partitions, 0)}/a`, { name: 'jobs' }));
  await assert.rejects(admin.create(spec(`${levelOn(partitions, 1)}/b`, { name: 'jobs' })), (err: unknown) => err instanceof QueueError && err.code === 'ALREADY_EXISTS' && err.field === 'name');
  const byName = await admin.getByName('jobs');
  assert.equal(byName?.topicFilter, `${levelOn(partitions, 0)}/a`);
  assert.equal((await admin.resolve('jobs'))?.topicFilter, byName?.topicFilter, 'a path parameter may be a name');
  assert.equal(await admin.resolve('nope'), null);
});

test('get merges the stores: definition of the first, figures summed, a consumer on both stores counted once', async () => {
  const { admin, stores } = setup();
  await admin.create(spec('+/m'));
  const set = (s: number, depth: number, consumers: QueueInfo['stats']['consumers']) => {
    const q = stores[s]!.queues.get('+/m')!;
    stores[s]!.queues.set('+/m', { ...q, createdAt: 500 + s, stats: { ...q.stats, depth, inflight: depth - 1, lag: 1, dispatched: depth, acked: 2, redelivered: 1, deadLettered: s, dropped: 3, consumers } });
  };
  set(0, 5, [{ consumerId: 'a#1', clientId: 'a', inflight: 4 }]);
  set(1, 7, [{ consumerId: 'a#1', clientId: 'a', inflight: 2 }, { consumerId: 'b#1', clientId: 'b', inflight: 4 }]);
  const q = (await admin.get('+/m'))!;
  assert.equal(q.createdAt, 500);
  assert.deepEqual(
    { ...q.stats, consumers: undefined },
    { depth: 12, inflight: 10, lag: 2, dispatched: 12, acked: 4, redelivered: 2, deadLettered: 1, dropped: 6, consumers: undefined },
  );
  assert.deepEqual(q.stats.consumers, [{ consumerId: 'a#1', clientId: 'a', inflight: 6 }, { consumerId: 'b#1', clientId: 'b', inflight: 4 }]);
  assert.equal(await admin.get('+/none'), null);
  assert.throws(() => mergeQueues([]), RangeError);
});

test('update: checked against the merged queue before any store changes; NOT_FOUND when no store has it', async () => {
  const { admin, stores } = setup();
  await admin.create(spec('+/u'));
  const updated = await admin.update('+/u', { dispatchStrategy: 'least_inflight' });
  assert.equal(updated.dispatchStrategy, 'least_inflight');
  assert.ok(stores.every((s) => s.queues.get('+/u')!.dispatchStrategy === 'least_inflight'));
  stores.forEach((s) => (s.calls = []));
  await assert.rejects(admin.update('+/u', { isLastValue: true }), (err: unknown) => err instanceof QueueError && err.code === 'BAD_REQUEST' && err.field === 'is_lastvalue');
  await assert.rejects(admin.update('+/u', { keyExpression: 'message.topic' }), (err: unknown) => err instanceof QueueError && err.field === 'key_expression');
  assert.ok(stores.every((s) => !s.calls.includes('update')), 'a refused patch reaches no store');
  await assert.rejects(admin.update('+/nope', { maxMessages: 1 }), (err: unknown) => err instanceof QueueError && err.code === 'NOT_FOUND');
});

test('delete: NOT_FOUND only when no store had it', async () => {
  const { admin } = setup();
  await assert.rejects(admin.delete('+/d'), (err: unknown) => err instanceof QueueError && err.code === 'NOT_FOUND');
  await admin.create(spec('+/d'));
  await admin.delete('+/d');
  assert.equal(await admin.get('+/d'), null);
});

test('list: pages across stores are exact, in filter order, each queue once and merged', async () => {
  const { admin, partitions } = setup();
  const filters = new Set<string>(['#', '+/a', '+/b']);
  for (let i = 0; i < 12; i++) filters.add(`${levelOn(partitions, i % 2, String(i))}/q`);
  for (const f of filters) await admin.create(spec(f));
  const expected = [...filters].sort();
  for (const limit of [1, 2, 5, 15, 100]) {
    const seen: string[] = [];
    let cursor = '';
    let pages = 0;
    for (;;) {
      const page = await admin.list(cursor, limit);
      pages++;
      assert.ok(page.queues.length <= limit);
      seen.push(...page.queues.map((q) => q.topicFilter));
      if (page.next === null) break;
      assert.equal(page.next, page.queues[page.queues.length - 1]!.topicFilter, 'the cursor is the last listed filter');
      cursor = page.next;
    }
    assert.deepEqual(seen, expected, `limit ${limit}`);
    assert.equal(pages, Math.max(1, Math.ceil(expected.length / limit)), `limit ${limit}: no empty last page`);
  }
  await assert.rejects(admin.list('', 0), RangeError);
});

test('config: put to every store, read from the first', async () => {
  const { admin, stores } = setup(3);
  const next: QueuesConfig = { ...DEFAULT_QUEUES_CONFIG, autoCreate: true };
  await admin.putConfig(next);
  assert.ok(stores.every((s) => s.config.autoCreate));
  assert.equal((await admin.getConfig()).autoCreate, true);
  stores[2]!.down = true;
  await assert.rejects(admin.putConfig(DEFAULT_QUEUES_CONFIG), (err: unknown) => err instanceof StoreUnavailableError && err.store === 2);
});

test('a store that does not answer is StoreUnavailableError on every read, never "not found"', async () => {
  const { admin, stores } = setup();
  await admin.create(spec('+/z'));
  stores[1]!.down = true;
  for (const op of [() => admin.get('+/z'), () => admin.list('', 10), () => admin.getByName('z'), () => admin.delete('+/z'), () => admin.update('+/z', { maxBytes: 1 })]) {
    await assert.rejects(op(), (err: unknown) => err instanceof StoreUnavailableError && /ECONNREFUSED/.test(err.message));
  }
});

test('the partition map must match the stores', () => {
  assert.throws(() => new QueueAdmin([new QueueStore()] as unknown as StorePort[], new PartitionMap(8, 2)), RangeError);
  assert.throws(() => new QueueAdmin([], new PartitionMap(8, 1)), RangeError);
});
