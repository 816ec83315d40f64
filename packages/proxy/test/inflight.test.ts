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
