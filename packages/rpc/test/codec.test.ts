import assert from 'node:assert/strict';
import { test } from 'node:test';
import { globalQueueId, MAX_STORE_INDEX, splitQueueId, type Message, type QueueAdvanced, type StoredMessage } from '@wharf/core';
import { Backoff } from '../src/backoff.ts';
import { BadMessageError, decodeAdvanceBatch, encodeAdvanceBatch, messageFromProto, messageToProto, pb, storedFromProto } from '../src/codec.ts';
import { chunkEvents, EventBuffer } from '../src/notify/event-buffer.ts';

function roundTrip(m: Message): Message {
  return messageFromProto(pb.Message.decode(pb.Message.encode(messageToProto(m)).finish()));
}

function sm(offsetTag: number, bytes: number): StoredMessage {
  return { topic: 'q', payload: Buffer.alloc(bytes, offsetTag), qos: 0, retain: false, logPosition: offsetTag, timestamp: 1, expiresAt: 0 };
}

test('messages round trip with every MQTT 5 property, and without any', () => {
  const full: Message = {
    topic: 'a/b/ü',
    payload: Buffer.from([0, 0xff, 0x10]),
    qos: 2,
    retain: true,
    from: 'client-1',
    properties: {
      payloadFormatIndicator: true,
      messageExpiryInterval: 0,
      contentType: '',
      responseTopic: 'r/t',
      correlationData: Buffer.alloc(0),
      userProperties: [['one', 'x'], ['many', 'a'], ['two', ''], ['many', 'b'], ['', 'empty name'], ['many', 'a'], ['__proto__', 'not a prototype']],
    },
  };
  assert.deepEqual(roundTrip(full), full, 'falsy property values keep their presence');
  const bare: Message = { topic: 't', payload: Buffer.alloc(0), qos: 0, retain: false };
  assert.deepEqual(roundTrip(bare), bare);
  assert.ok(Buffer.isBuffer(roundTrip(bare).payload));
  const emptyProps: Message = { ...bare, properties: {} };
  assert.deepEqual(roundTrip(emptyProps), emptyProps);
  const emptyUser: Message = { ...bare, properties: { userProperties: [] } };
  assert.deepEqual(roundTrip(emptyUser), emptyUser);
});

test('user properties from an older encoder (one entry per name, its values grouped) decode in that order', () => {
  const bytes = pb.Message.encode({
    topic: 't',
    properties: { hasUserProperties: true, userProperties: [{ key: 'a', values: ['1', '3'], list: true }, { key: 'b', values: ['2'] }, { key: 'none', values: [], list: true }] },
  }).finish();
  assert.deepEqual(messageFromProto(pb.Message.decode(bytes)).properties?.userProperties, [['a', '1'], ['a', '3'], ['b', '2']]);
});

test('stored messages keep log position, timestamp and expiry; payloads are views of the frame', () => {
  const s: StoredMessage = { topic: 't', payload: Buffer.from('payload'), qos: 1, retain: false, logPosition: 2 ** 40 + 7, timestamp: 1_750_000_000_123, expiresAt: 1_750_000_100_000 };
  const frame = Buffer.from(pb.Message.encode(messageToProto(s)).finish());
  const back = storedFromProto(pb.Message.decode(frame));
  assert.deepEqual(back, s);
  assert.equal(back.payload.buffer, frame.buffer, 'no copy of the payload');
  assert.equal(messageToProto(s), s, 'a message without properties is encoded as it is');
});

test('a bad QoS on the wire is refused', () => {
  const bytes = pb.Message.encode({ topic: 't', qos: 3 }).finish();
  assert.throws(() => messageFromProto(pb.Message.decode(bytes)), BadMessageError);
});

test('hand-spliced AdvanceBatch matches the generated decoder', () => {
  const inline = [sm(1, 3), sm(2, 0)];
  const events: QueueAdvanced[] = [{ queueId: 2 ** 33 + 1, endOffset: 10, inline }, { queueId: 0, endOffset: 0 }];
  const bytes = encodeAdvanceBatch(events, 77, true);
  const generated = pb.AdvanceBatch.decode(bytes);
  assert.equal(generated.interestApplied, 77);
  assert.equal(generated.resync, true);
  assert.equal(generated.events.length, 2);
  assert.equal(generated.events[0]!.queueId, 2 ** 33 + 1);
  const decoded = decodeAdvanceBatch(bytes);
  assert.deepEqual(decoded, { events, interestApplied: 77, resync: true });
  assert.deepEqual(decodeAdvanceBatch(encodeAdvanceBatch([])), { events: [], interestApplied: 0, resync: false });
  // The same event object encodes to the same bytes when reused (it is encoded once).
  assert.deepEqual(encodeAdvanceBatch([events[0]!]), encodeAdvanceBatch([events[0]!]));
});

test('the event buffer folds per queue, keeps the newest contiguous inline within budget, never mutates', () => {
  const buf = new EventBuffer(10, 3);
  const e1: QueueAdvanced = { queueId: 1, endOffset: 2, inline: [sm(0, 4), sm(1, 4)] };
  const e2: QueueAdvanced = { queueId: 1, endOffset: 4, inline: [sm(2, 4), sm(3, 4)] };
  const frozen = JSON.stringify(e1);
  assert.equal(buf.add([e1, e2]), 0);
  assert.equal(JSON.stringify(e1), frozen, 'input events are shared: never mutated');
  let out = buf.take();
  assert.equal(out.length, 1);
  assert.equal(out[0]!.endOffset, 4);
  assert.deepEqual(out[0]!.inline!.map((m) => m.logPosition), [2, 3], 'the newest 8 bytes fit in 10');
  assert.equal(buf.size, 0);

  // A gap replaces the inline part; a stale event changes nothing.
  buf.add([{ queueId: 1, endOffset: 2, inline: [sm(1, 1)] }, { queueId: 1, endOffset: 9, inline: [sm(8, 1)] }, { queueId: 1, endOffset: 5 }]);
  out = buf.take();
  assert.deepEqual(out.map((e) => [e.endOffset, e.inline?.map((m) => m.logPosition)]), [[9, [8]]]);

  // An event whose inline part alone exceeds the budget keeps its newest messages only.
  buf.add([{ queueId: 2, endOffset: 3, inline: [sm(0, 6), sm(1, 6), sm(2, 6)] }]);
  assert.deepEqual(buf.take()[0]!.inline!.map((m) => m.logPosition), [2]);
  buf.add([{ queueId: 2, endOffset: 1, inline: [sm(0, 11)] }]);
  assert.deepEqual(buf.take(), [{ queueId: 2, endOffset: 1 }]);

  // The total inline budget: past it, events keep their end but lose their inline part.
  const small = new EventBuffer(10, 100, 12);
  small.add([{ queueId: 1, endOffset: 1, inline: [sm(0, 8)] }, { queueId: 2, endOffset: 1, inline: [sm(0, 8)] }]);
  assert.equal(small.inlineBytes, 8);
  small.add([{ queueId: 1, endOffset: 2, inline: [sm(1, 2)] }]);
  assert.equal(small.inlineBytes, 10, 'a merge replaces its queue\'s share of the total');
  assert.deepEqual(small.take().map((e) => [e.queueId, e.endOffset, e.inline?.length ?? 0]), [[1, 2, 2], [2, 1, 0]]);
  assert.equal(small.inlineBytes, 0);

  // Bounded: a fourth queue is refused.
  assert.equal(buf.add([1, 2, 3, 4, 5].map((q) => ({ queueId: q, endOffset: 1 }))), 2);
  assert.equal(buf.size, 3);
  assert.equal(buf.clear(), 3);
});

test('chunks bound events per message and inline bytes per message', () => {
  const events: QueueAdvanced[] = [1, 2, 3, 4, 5].map((q) => ({ queueId: q, endOffset: 1, inline: [sm(q, 4)] }));
  const chunks = chunkEvents(events, 3, 10);
  assert.deepEqual(chunks.map((c) => c.length), [3, 2]);
  // 4 + 4 bytes fit a message's 10; the third goes without; the next message starts afresh.
  assert.deepEqual(chunks.flat().map((e) => e.inline !== undefined), [true, true, false, true, true]);
  assert.deepEqual(chunks.flat().map((e) => e.queueId), [1, 2, 3, 4, 5]);
});

test('backoff doubles up to its cap, with jitter, and resets', () => {
  const b = new Backoff({ initialMs: 100, maxMs: 1000 });
  const delays = Array.from({ length: 8 }, () => b.next());
  const bases = [100, 200, 400, 800, 1000, 1000, 1000, 1000];
  delays.forEach((d, i) => assert.ok(d >= bases[i]! / 2 && d <= bases[i]!, `delay ${i}: ${d} within [${bases[i]! / 2}, ${bases[i]}]`));
  b.reset();
  assert.ok(b.next() <= 100);
  assert.throws(() => new Backoff({ initialMs: 10, maxMs: 5 }), RangeError);
});

test('global queue ids split back into store index and local id', () => {
  assert.equal(globalQueueId(0, 17), 17);
  assert.equal(globalQueueId(1, 0), 2 ** 32);
  assert.deepEqual(splitQueueId(globalQueueId(5, 2 ** 32 - 1)), { storeIndex: 5, local: 2 ** 32 - 1 });
  const top = globalQueueId(MAX_STORE_INDEX, 2 ** 32 - 1);
  assert.ok(Number.isSafeInteger(top));
  assert.deepEqual(splitQueueId(top), { storeIndex: MAX_STORE_INDEX, local: 2 ** 32 - 1 });
  assert.throws(() => globalQueueId(MAX_STORE_INDEX + 1, 0), RangeError);
  assert.throws(() => globalQueueId(0, 2 ** 32), RangeError);
  assert.throws(() => globalQueueId(-1, 0), RangeError);
  assert.throws(() => splitQueueId(-1), RangeError);
  assert.throws(() => splitQueueId(1.5), RangeError);
});
