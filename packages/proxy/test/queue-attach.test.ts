/**
 * QueueConsumers over fake channels on two stores: a consumer of a queue that spans both
 * attaches on both or on none, one channel per store, dispatches routed by consumer id (also
 * those that arrive before the attach resolves), settles batched per store.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultConfig, PartitionMap, QueueError, silentLogger, type ConsumerAttach, type ConsumerAttached, type QueueChannel,
  type QueueDispatchSink, type QueueSettle, type StoredMessage, type StorePort,
} from '@wharf/core';
import type { Connection } from '../src/connection/connection.ts';
import { StoreRouter } from '../src/delivery/store-router.ts';
import { ProxyStats } from '../src/metrics.ts';
import { QueueConsumers, type QueueSubscription } from '../src/queues/consumers.ts';
import { Session } from '../src/session/session.ts';

class Channel implements QueueChannel {
  readonly detached: string[] = [];
  readonly settled: QueueSettle[][] = [];
  fail: Error | null = null;
  /** Dispatches sent from inside attach, before it resolves (a local store may do that). */
  early = false;
  constructor(
    readonly index: number,
    readonly sink: QueueDispatchSink,
  ) {}
  async attach(r: ConsumerAttach): Promise<ConsumerAttached> {
    if (this.fail !== null) throw this.fail;
    const queue = this.index * 2 ** 32 + 9;
    if (this.early) {
      const message = { topic: 'x/1', payload: Buffer.from('early'), qos: 1, retain: false, timestamp: 0, logPosition: 0, expiresAt: 0 } as StoredMessage;
      this.sink.dispatched([{ consumerId: r.consumerId, queue, offset: 0, deliveries: 1, qos: 1, message }]);
    }
    return { queue, filter: '+/x', created: false };
  }
  detach(consumerId: string): void {
    this.detached.push(consumerId);
  }
  settle(s: readonly QueueSettle[]): void {
    this.settled.push([...s]);
  }
  close(): void {}
}

function rig(): { queues: QueueConsumers; channels: Channel[]; session: Session; written: Buffer[]; stats: ProxyStats } {
  const channels: Channel[] = [];
  const fake = (index: number): StorePort =>
    ({
      openQueueChannel(sink: QueueDispatchSink) {
        const c = new Channel(index, sink);
        channels[index] = c;
        return c;
      },
    }) as unknown as StorePort;
  const router = new StoreRouter([fake(0), fake(1)], new PartitionMap(8, 2));
  const stats = new ProxyStats();
  const queues = new QueueConsumers({ config: defaultConfig({}), stores: router, stats, logger: silentLogger, pumpSubscriptions: () => {} });
  const session = new Session('c1', 1, 5, 0, 16);
  const written: Buffer[] = [];
  session.connection = {
    protocolVersion: 5,
    blocked: false,
    backlog: 0,
    outboundAliases: null,
    clientMaxPacketSize: 0,
    write: (b: Buffer) => written.push(b),
  } as unknown as Connection;
  return { queues, channels, session, written, stats };
}

function sub(filter: string): QueueSubscription {
  return { record: { filter: `$q/${filter}`, qos: 1, noLocal: false, retainAsPublished: false, retainHandling: 0, queueIds: [] }, target: { kind: 'queue', filter }, consumer: null };
}

test('a queue spanning two stores attaches on both, or on neither when one cannot', async () => {
  const { queues, channels, session, stats } = rig();
  const ok = sub('+/x');
  const outcome = await queues.attach(session, ok, '+/x');
  assert.deepEqual(outcome, { ok: true, created: false, filter: '+/x' });
  assert.equal(channels.length, 2, 'one channel per store');
  assert.deepEqual(ok.consumer?.attachments.map((a) => a.store).sort(), [0, 1]);
  assert.equal(stats.queueConsumers, 1);

  channels[1]!.fail = new Error('unreachable');
  const half = sub('+/x');
  const failed = await queues.attach(session, half, '+/x');
  assert.equal(failed.ok, false);
  assert.equal(half.consumer, null);
  assert.equal(channels[0]!.detached.length, 1, 'the attachment on store 0 was undone');
  assert.equal(stats.queueConsumers, 1);

  channels[1]!.fail = new QueueError('NOT_FOUND', 'gone');
  const missing = await queues.attach(session, sub('+/x'), '+/x');
  assert.deepEqual(missing, { ok: false, notFound: true, message: 'gone' });
  assert.equal(queues.size, 1);
});

test('a dispatch that arrives before the attach resolves is delivered; settles go out batched per store', async () => {
  const { queues, channels, session, written, stats } = rig();
  const s = sub('a/x');
  await queues.attach(session, sub('+/x'), '+/x'); // opens both channels
  channels[0]!.early = true;
  channels[1]!.early = true;
  const outcome = await queues.attach(session, s, '+/x');
  assert.equal(outcome.ok, true);
  assert.equal(written.length, 2, 'both early dispatches went out');
  assert.equal(stats.queueDeliveries, 2);
  assert.equal(session.inflight.size, 2);
  const entries = session.inflight.entriesInOrder();
  for (const e of entries) queues.settle(e.ack!.store, e.ack!.consumerId, e.ack!.queue, e.ack!.offset, true);
  assert.equal(channels[0]!.settled.length, 0, 'not yet: end of turn');
  await new Promise((r) => process.nextTick(r));
  assert.equal(channels[0]!.settled.length, 1);
  assert.equal(channels[1]!.settled.length, 1);
  assert.deepEqual(session.inflight.records(), [], 'queue dispatches are never persisted');

  // A released connection detaches everything and rejects what still arrives for it.
  session.queueSubs.set(s.record.filter, s);
  const id = s.consumer!.id;
  queues.releaseSession(session);
  assert.ok(channels[0]!.detached.includes(id) && channels[1]!.detached.includes(id));
  const message = { topic: 'x/1', payload: Buffer.alloc(0), qos: 1, retain: false, timestamp: 0, logPosition: 0, expiresAt: 0 } as StoredMessage;
  channels[0]!.sink.dispatched([{ consumerId: id, queue: 9, offset: 4, deliveries: 2, qos: 1, message }]);
  await new Promise((r) => process.nextTick(r));
  assert.deepEqual(channels[0]!.settled.at(-1), [{ consumerId: id, queue: 9, offset: 4, ok: false }]);
});
