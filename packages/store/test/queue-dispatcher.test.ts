/** Unit tests of the pure parts of the dispatcher: the offset set, the strategies, one queue's state machine. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_QUEUES_CONFIG, type QueueDispatch, type QueueSpec, type StoredMessage } from '@wharf/core';
import { LastValueIndex } from '../src/dispatcher/last-value.ts';
import { OffsetSet } from '../src/dispatcher/offset-set.ts';
import { QueueConsumer, QueueDispatcher, type QueueEntry } from '../src/dispatcher/queue-dispatcher.ts';
import { decodeQueueState, encodeQueueState } from '../src/dispatcher/queue-state.ts';
import { ConsumerPicker } from '../src/dispatcher/strategy.ts';

test('OffsetSet merges ranges, advances the prefix and counts', () => {
  const s = new OffsetSet();
  assert.equal(s.add(5), true);
  assert.equal(s.add(5), false, 'no double count');
  s.add(7);
  s.add(6);
  assert.deepEqual(s.ranges(), [[5, 8]]);
  assert.equal(s.addRange(10, 20), 10);
  assert.equal(s.addRange(15, 25), 5);
  assert.deepEqual(s.ranges(), [[5, 8], [10, 25]]);
  assert.equal(s.size, 18);
  assert.equal(s.countIn(0, 12), 5);
  assert.equal(s.advance(4), 4, 'a gap at the prefix stops it');
  assert.equal(s.advance(5), 8);
  assert.deepEqual(s.ranges(), [[10, 25]]);
  assert.equal(s.size, 15);
  s.addRange(8, 10);
  assert.equal(s.advance(8), 25);
  assert.equal(s.size, 0);
  assert.equal(s.rangeCount, 0);
});

test('queue state rows round-trip', () => {
  const row = encodeQueueState({ prefix: 2 ** 40, done: [[2 ** 40 + 2, 2 ** 40 + 9]], deliveries: [[2 ** 40, 3]] });
  const back = decodeQueueState(row);
  assert.equal(back.prefix, 2 ** 40);
  assert.deepEqual(back.done.ranges(), [[2 ** 40 + 2, 2 ** 40 + 9]]);
  assert.deepEqual([...back.deliveries], [[2 ** 40, 3]]);
  assert.throws(() => decodeQueueState(row.subarray(0, row.length - 1)));
});

interface Fake {
  inflight: number;
  name: string;
}

test('round_robin alternates exactly; least_inflight prefers the idle, ties round robin; random spreads', () => {
  const a: Fake = { inflight: 0, name: 'a' };
  const b: Fake = { inflight: 0, name: 'b' };
  const c: Fake = { inflight: 0, name: 'c' };
  const all = [a, b, c];
  const rr = new ConsumerPicker('round_robin');
  assert.deepEqual([0, 1, 2, 3, 4, 5].map(() => rr.pick(all, () => true)!.name), ['a', 'b', 'c', 'a', 'b', 'c']);
  assert.deepEqual([0, 1, 2].map(() => rr.pick(all, (x) => x !== b)!.name), ['a', 'c', 'a'], 'the ineligible are skipped');
  assert.equal(rr.pick(all, () => false), null);

  const li = new ConsumerPicker('least_inflight');
  a.inflight = 3;
  b.inflight = 1;
  c.inflight = 1;
  assert.deepEqual([0, 1, 2, 3].map(() => li.pick(all, () => true)!.name), ['b', 'c', 'b', 'c'], 'ties between the least loaded alternate');
  b.inflight = 0;
  assert.equal(li.pick(all, () => true)!.name, 'b');

  let seed = 1;
  const rnd = new ConsumerPicker('random', () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  });
  const counts = { a: 0, b: 0, c: 0 };
  for (let i = 0; i < 3000; i++) counts[rnd.pick(all, () => true)!.name as 'a']++;
  for (const n of Object.values(counts)) assert.ok(n > 850 && n < 1150, `random is roughly even: ${JSON.stringify(counts)}`);
});

// ------------------------------------------------------------------ the state machine

function spec(extra: Partial<QueueSpec> = {}): QueueSpec {
  return { ...DEFAULT_QUEUES_CONFIG.defaults, topicFilter: 'jobs/#', dispatchStrategy: 'round_robin', ...extra };
}

function message(i: number, extra: Partial<StoredMessage> = {}): StoredMessage {
  return { topic: `jobs/${i}`, payload: Buffer.from(`m${i}`), qos: 1, retain: false, logPosition: i * 100, timestamp: Date.now(), expiresAt: 0, ...extra };
}

interface Harness {
  q: QueueDispatcher;
  out: Map<string, QueueDispatch[]>;
  dead: QueueEntry[];
  consumer(id: string, maxInflight?: number, qos?: 0 | 1 | 2): QueueConsumer;
  feed(from: number, count: number, extra?: (i: number) => Partial<StoredMessage>): void;
  /** Pumps, serving the reads the queue asks for from what was fed, until it asks for none. */
  drive(now: number): void;
  payloads(id: string): string[];
}

const channel = {};

function harness(s: Partial<QueueSpec> = {}, opts: { window?: number; lastValue?: boolean; kind?: 'queue' | 'share' } = {}): Harness {
  const out = new Map<string, QueueDispatch[]>();
  const dead: QueueEntry[] = [];
  const stream: StoredMessage[] = [];
  const sp = spec(s);
  const q = new QueueDispatcher({
    id: 7,
    kind: opts.kind ?? 'queue',
    spec: sp,
    label: sp.topicFilter,
    source: 1,
    prefix: 0,
    end: 0,
    window: opts.window ?? 1000,
    lastValue: opts.lastValue === true ? new LastValueIndex(7, sp) : null,
    createdAt: 0,
    events: { deadLetter: (_q, e) => dead.push(e), dirty: () => undefined },
  });
  return {
    q,
    out,
    dead,
    consumer(id, maxInflight = 10, qos = 1) {
      out.set(id, []);
      const c = new QueueConsumer(id, `client-${id}`, maxInflight, qos, (d) => out.get(id)!.push(d), channel);
      q.attach(c);
      return c;
    },
    feed(from, count, extra) {
      const msgs: StoredMessage[] = [];
      for (let i = from; i < from + count; i++) msgs.push(message(i, extra?.(i)));
      if (q.lastValue !== null) msgs.forEach((m, k) => q.lastValue!.note(q.lastValue!.keyFor(m)!, from + k));
      stream.push(...msgs);
      q.appended(from, from + count, msgs, msgs.map(() => 50));
    },
    drive(now) {
      for (let round = 0; round < 100; round++) {
        q.pump(now);
        const req = q.readRequest();
        if (req === null) return;
        const upTo = Math.min(req.to, req.from + req.maxMessages);
        const items = stream.slice(req.from, upTo).map((m, k) => ({ offset: req.from + k, position: m.logPosition, size: 50, timestamp: m.timestamp, message: req.messages ? m : null }));
        if (req.messages) q.loaded(req.from, upTo, items);
        else q.trimmed(upTo, items, now);
      }
      assert.fail('the queue kept asking for reads');
    },
    payloads(id) {
      return out.get(id)!.map((d) => d.message.payload.toString());
    },
  };
}

test('dispatch: round robin over consumers with room; a full consumer is skipped, not waited for', () => {
  const h = harness();
  const a = h.consumer('a', 2);
  h.consumer('b', 10);
  h.feed(0, 8);
  h.q.pump(1000);
  assert.deepEqual(h.payloads('a'), ['m0', 'm2']);
  assert.deepEqual(h.payloads('b'), ['m1', 'm3', 'm4', 'm5', 'm6', 'm7']);
  assert.equal(a.inflight, 2);
  const st = h.q.stats();
  assert.deepEqual([st.depth, st.inflight, st.lag, st.dispatched], [8, 8, 0, 8]);
  assert.ok(h.out.get('a')!.every((d) => d.qos === 1 && d.deliveries === 1 && d.queue === 7));
});

test('acks advance the prefix over the contiguous acked run only', () => {
  const h = harness();
  h.consumer('a');
  h.feed(0, 4);
  h.q.pump(1000);
  assert.equal(h.q.settle('a', channel, 1, true), true);
  assert.equal(h.q.settle('a', channel, 3, true), true);
  assert.equal(h.q.prefix, 0);
  assert.equal(h.q.settle('a', channel, 0, true), true);
  assert.equal(h.q.prefix, 2);
  assert.equal(h.q.settle('a', channel, 0, true), false, 'a duplicate settle is ignored');
  assert.equal(h.q.settle('b', channel, 2, true), false, 'a settle from a consumer not holding it is ignored');
  assert.equal(h.q.settle('a', {}, 2, true), false, 'a settle from another channel is ignored');
  assert.equal(h.q.settle('a', channel, 2, true), true);
  assert.equal(h.q.prefix, 4);
  assert.deepEqual(h.q.snapshot(), { prefix: 4, done: [], deliveries: [] });
  assert.equal(h.q.stats().acked, 4);
});

test('a reject goes to another consumer; with only the rejecting one, back to it', () => {
  const h = harness();
  h.consumer('a');
  h.consumer('b');
  h.feed(0, 2);
  h.q.pump(1000);
  assert.deepEqual([h.payloads('a'), h.payloads('b')], [['m0'], ['m1']]);
  h.q.settle('a', channel, 0, false);
  h.q.pump(1001);
  assert.deepEqual(h.payloads('b'), ['m1', 'm0'], 'the rejected message went to b');
  assert.equal(h.out.get('b')![1]!.deliveries, 2);
  h.q.detach('a');
  h.q.settle('b', channel, 0, false);
  h.q.pump(1002);
  assert.deepEqual(h.payloads('b'), ['m1', 'm0', 'm0'], 'the only consumer gets it back');
  assert.equal(h.q.stats().redelivered, 2);
});

test('a reject waits for another consumer with room rather than going back to the rejecting one', () => {
  const h = harness();
  h.consumer('a', 5);
  h.consumer('b', 1);
  h.feed(0, 2);
  h.q.pump(1000);
  // a: m0, b: m1 (b is full)
  h.q.settle('a', channel, 0, false);
  h.feed(2, 1);
  h.q.pump(1001);
  assert.deepEqual(h.payloads('a'), ['m0', 'm2'], 'a gets new messages, not its reject');
  assert.equal(h.q.stats().lag, 1, 'm0 waits');
  h.q.settle('b', channel, 1, true);
  h.q.pump(1002);
  assert.deepEqual(h.payloads('b'), ['m1', 'm0']);
});

test('detach returns unacked messages, redelivered first and in offset order', () => {
  const h = harness();
  h.consumer('a', 3);
  h.feed(0, 3);
  h.q.pump(1000);
  h.q.settle('a', channel, 1, true);
  h.feed(3, 2);
  h.q.detach('a');
  h.consumer('b', 10);
  h.q.pump(1001);
  assert.deepEqual(h.payloads('b'), ['m0', 'm2', 'm3', 'm4']);
  assert.deepEqual(h.out.get('b')!.map((d) => d.deliveries), [2, 2, 1, 1]);
});

test('ack timeout takes the message back and gives it to another consumer', () => {
  const h = harness({ ackTimeoutMs: 100 });
  h.consumer('a');
  h.feed(0, 1);
  h.q.pump(1000);
  h.consumer('b');
  assert.equal(h.q.expireAcks(1099), 0);
  assert.equal(h.q.expireAcks(1100), 1);
  h.q.pump(1100);
  assert.deepEqual(h.payloads('b'), ['m0']);
  assert.equal(h.q.settle('a', channel, 0, true), false, 'the late ack of the first holder is ignored');
  assert.equal(h.q.settle('b', channel, 0, true), true);
});

test('a share group: the ack timeout takes back a QoS 1 delivery, never a QoS 2 one (MQTT-4.8.2-4)', () => {
  const h = harness({ ackTimeoutMs: 100 }, { kind: 'share' });
  h.consumer('a', 10, 2);
  h.feed(0, 2, (i) => ({ qos: i === 0 ? 2 : 1 }));
  h.q.pump(1000);
  assert.deepEqual(h.out.get('a')!.map((d) => d.qos), [2, 1]);
  h.consumer('b', 10, 2);
  assert.equal(h.q.expireAcks(5000), 1, 'only the QoS 1 delivery timed out');
  h.q.pump(5000);
  assert.deepEqual(h.payloads('b'), ['m1']);
  assert.equal(h.q.settle('a', channel, 0, true), true, 'the QoS 2 delivery still belongs to its member');
});

test('maxDeliveries: the failure after the last allowed delivery makes a dead letter', () => {
  const h = harness({ maxDeliveries: 2 });
  h.consumer('a');
  h.feed(0, 1);
  h.q.pump(1000);
  h.q.settle('a', channel, 0, false);
  h.q.pump(1001);
  assert.equal(h.out.get('a')!.length, 2);
  h.q.settle('a', channel, 0, false);
  h.q.pump(1002);
  assert.equal(h.out.get('a')!.length, 2, 'not delivered a third time');
  assert.deepEqual(h.dead.map((e) => e.offset), [0]);
  assert.equal(h.q.prefix, 1, 'a dead letter is done in its queue');
  assert.equal(h.q.stats().deadLettered, 1);
});

test('expired and over-age messages are never delivered; counted dropped', () => {
  const h = harness({ dataRetentionPeriodMs: 1000 });
  h.feed(0, 3, (i) => (i === 0 ? { timestamp: 5000 - 2000 } : i === 1 ? { timestamp: 5000, expiresAt: 4000 } : { timestamp: 5000 }));
  h.consumer('a');
  h.drive(5000);
  assert.deepEqual(h.payloads('a'), ['m2']);
  assert.equal(h.q.stats().dropped, 2);
  assert.equal(h.q.prefix, 2);
});

test('maxMessages drops the oldest waiting, never the in-flight', () => {
  const h = harness({ maxMessages: 2 });
  h.consumer('a', 1);
  h.feed(0, 5);
  h.q.pump(1000);
  h.q.enforceLimits();
  const st = h.q.stats();
  assert.deepEqual([st.inflight, st.lag, st.dropped], [1, 2, 2]);
  h.q.settle('a', channel, 0, true);
  h.q.pump(1001);
  assert.deepEqual(h.payloads('a'), ['m0', 'm3']);
});

test('no consumer: nothing is loaded; the age sweep trims the unloaded head from the index alone', () => {
  const h = harness({ dataRetentionPeriodMs: 1000 });
  h.feed(0, 5, (i) => ({ timestamp: i < 3 ? 1000 : 3000 }));
  assert.equal(h.q.loadedEnd, 0);
  assert.equal(h.q.readRequest(), null);
  h.q.sweepAge(3500);
  const req = h.q.readRequest();
  assert.equal(req?.messages, false, 'a trim reads index entries only');
  h.drive(3500);
  const st = h.q.stats();
  assert.deepEqual([st.dropped, st.lag, h.q.prefix], [3, 2, 3]);
  h.consumer('a');
  h.drive(3600);
  assert.deepEqual(h.payloads('a'), ['m3', 'm4']);
});

test('window: loading stops window offsets past the oldest unacknowledged', () => {
  const h = harness({}, { window: 4 });
  h.consumer('a', 100);
  h.feed(0, 10);
  h.q.pump(1000);
  assert.deepEqual(h.payloads('a'), ['m0', 'm1', 'm2', 'm3'], 'only the window was taken inline');
  assert.equal(h.q.loadedEnd, 4);
  assert.equal(h.q.readRequest(), null, 'nothing to load while the window is full');
  h.q.settle('a', channel, 0, true);
  assert.deepEqual(h.q.readRequest(), { from: 4, to: 5, maxMessages: 256, maxBytes: 1 << 20, messages: true });
  assert.equal(h.q.stats().lag, 6);
});

test('last value: an idle consumer gets each value; a late one only the newest per key', () => {
  const h = harness({ isLastValue: true, keyExpression: 'message.payload.k' }, { lastValue: true });
  const key = (i: number): Partial<StoredMessage> => ({ payload: Buffer.from(JSON.stringify({ k: `k${i % 3}`, i })) });
  h.feed(0, 30, key);
  const st = h.q.stats();
  assert.deepEqual([st.lag, st.depth], [3, 3], 'waiting counts one per key');
  h.consumer('late', 100);
  h.drive(1000);
  assert.deepEqual(h.out.get('late')!.map((d) => d.offset), [27, 28, 29]);
  assert.equal(h.q.stats().dropped, 27);
  for (const o of [27, 28, 29]) h.q.settle('late', channel, o, true);
  for (let i = 30; i < 36; i++) {
    h.feed(i, 1, key);
    h.q.pump(1000);
  }
  assert.deepEqual(h.out.get('late')!.map((d) => d.offset), [27, 28, 29, 30, 31, 32, 33, 34, 35], 'online: every value');
});

test('the last consumer leaving unloads the queue; the next one reloads, skipping what is done, counts kept', () => {
  const h = harness();
  h.consumer('a', 2);
  h.feed(0, 5);
  h.q.pump(1000);
  h.q.settle('a', channel, 1, true);
  h.q.detach('a');
  h.q.unload();
  assert.equal(h.q.loadedEnd, h.q.prefix, 'nothing loaded');
  assert.deepEqual(h.q.snapshot(), { prefix: 0, done: [[1, 2]], deliveries: [[0, 1]] });
  assert.equal(h.q.stats().lag, 4);
  h.consumer('b', 10);
  h.drive(1001);
  assert.deepEqual(h.out.get('b')!.map((d) => [d.offset, d.deliveries]), [
    [0, 2],
    [2, 1],
    [3, 1],
    [4, 1],
  ]);
});

test('the age sweep leaves young waiting entries in place', () => {
  const h = harness({ dataRetentionPeriodMs: 1000 });
  h.consumer('a', 1);
  h.feed(0, 3, (i) => ({ timestamp: i === 0 ? 1000 : 5000 }));
  h.q.pump(1500);
  h.q.sweepAge(5500);
  assert.deepEqual([h.q.stats().lag, h.q.stats().dropped], [2, 0], 'nothing young was taken by the sweep');
  h.q.settle('a', channel, 0, true);
  h.q.pump(5500);
  h.q.settle('a', channel, 1, true);
  h.q.pump(5500);
  assert.deepEqual(h.payloads('a'), ['m0', 'm1', 'm2']);
  h.q.settle('a', channel, 2, true);
  h.q.sweepAge(6000);
  assert.deepEqual([h.q.stats().depth, h.q.stats().dropped], [0, 0]);
  // Aged waiting entries are dropped, redeliveries and first deliveries alike, oldest first.
  h.feed(3, 2, () => ({ timestamp: 6000 }));
  h.q.pump(6000);
  h.q.settle('a', channel, 3, false);
  h.q.sweepAge(7001);
  assert.deepEqual([h.q.stats().lag, h.q.stats().dropped], [0, 2]);
});
