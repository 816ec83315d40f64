import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Inflight, MAX_PACKET_ID } from '../src/session/inflight.ts';

test('the window bounds how many messages are in flight', () => {
  const w = new Inflight(2);
  assert.equal(w.hasRoom(), true);
  const a = w.add(1, null, 1, 0);
  w.add(2, null, 1, 1);
  assert.equal(w.hasRoom(), false);
  assert.throws(() => w.add(1, null, 1, 2), /full/);
  assert.equal(w.complete(a.packetId)?.offset, 0);
  assert.equal(w.hasRoom(), true);
});

test('packet ids are unique among those in flight and skip ids still in use after wrapping', () => {
  const w = new Inflight(3);
  const first = w.add(1, null, 1, 0);
  assert.equal(first.packetId, 1);
  // Cycle through the id space while id 1 stays in flight.
  for (let i = 0; i < MAX_PACKET_ID + 5; i++) {
    const e = w.add(1, null, 1, i);
    assert.notEqual(e.packetId, 1);
    assert.ok(e.packetId >= 1 && e.packetId <= MAX_PACKET_ID);
    w.complete(e.packetId);
  }
  assert.equal(w.get(1), first);
});

test('a QoS 2 message keeps its slot after PUBREC until PUBCOMP', () => {
  const w = new Inflight(1);
  const e = w.add(2, null, 1, 0);
  e.released = true;
  assert.equal(w.hasRoom(), false);
  w.complete(e.packetId);
  assert.equal(w.hasRoom(), true);
});

test('records keep queue messages and released exchanges, not unreleased retained ones', () => {
  const w = new Inflight(10);
  w.add(1, null, 4, 17);
  w.add(1, null, -1, 0); // retained, not released: cannot be re-read, dropped
  const r = w.add(2, null, -1, 0);
  r.released = true; // its PUBREL is still owed
  const recs = w.records();
  assert.deepEqual(recs.map((x) => [x.queueId, x.offset, x.released]), [
    [4, 17, false],
    [-1, 0, true],
  ]);
});

test('restored packet ids are reserved', () => {
  const w = new Inflight(4);
  w.restore({ packetId: 1, queueId: 1, offset: 3, qos: 1, released: false }, null);
  assert.throws(() => w.restore({ packetId: 1, queueId: 1, offset: 4, qos: 1, released: false }, null), /twice/);
  assert.equal(w.add(1, null, 1, 5).packetId, 2);
});

test('window outside 1..65535 is rejected', () => {
  assert.throws(() => new Inflight(0));
  assert.throws(() => new Inflight(65536));
});

test('a kept QoS 2 share dispatch is recorded with its consume queue, offset and subscription, and restored without a cursor', () => {
  const w = new Inflight(10);
  const ack = { store: 0, consumerId: 'c#1', queue: 900, offset: 41 };
  const q1 = w.add(1, null, -1, 0, { ...ack, offset: 40 });
  const q2 = w.add(2, null, -1, 0, ack);
  // Only an unreleased QoS 2 dispatch, with a valid consume queue, can be kept.
  assert.throws(() => w.keepShared(q1, 7, '$share/g/t'), /QoS 2/);
  assert.throws(() => w.keepShared(q2, -1, '$share/g/t'), /not valid/);
  w.keepShared(q2, 7, '$share/g/t');
  assert.equal(q2.ack, null);
  assert.throws(() => w.keepShared(q2, 7, '$share/g/t'), /QoS 2/);
  // The unsettled QoS 1 dispatch goes back to its dispatcher: not recorded.
  const recs = w.records();
  assert.deepEqual(recs, [{ packetId: q2.packetId, queueId: 7, offset: 41, qos: 2, released: false, share: '$share/g/t' }]);
  const back = new Inflight(10);
  const e = back.restore(recs[0]!, null);
  assert.deepEqual([e.packetId, e.queueId, e.offset, e.share, e.cursor, e.ack], [q2.packetId, 7, 41, '$share/g/t', null, null]);
  assert.deepEqual(back.records(), recs);
});
