import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cursor } from '../src/session/cursor.ts';

test('acked prefix is next when nothing is pending (QoS 0 counts as acked once written)', () => {
  const c = new Cursor(1, 10);
  c.next = 15;
  assert.equal(c.ackedPrefix, 15);
});

test('acked prefix stops at the oldest unacknowledged offset', () => {
  const c = new Cursor(1, 0);
  c.sent(0);
  c.sent(1);
  c.next = 3; // offset 2 was QoS 0
  c.sent(3);
  c.next = 4;
  assert.equal(c.ackedPrefix, 0);
  assert.equal(c.ack(0), true);
  assert.equal(c.ackedPrefix, 1);
  // out of order: 3 before 1, prefix waits for 1
  assert.equal(c.ack(3), false);
  assert.equal(c.ackedPrefix, 1);
  assert.equal(c.ack(1), true);
  assert.equal(c.ackedPrefix, 4);
  assert.equal(c.pendingCount, 0);
});

test('an acknowledgement for an unknown offset changes nothing', () => {
  const c = new Cursor(1, 0);
  c.sent(5);
  c.next = 6;
  assert.equal(c.ack(4), false);
  assert.equal(c.ackedPrefix, 5);
});

test('sending offsets out of order is a bug and throws', () => {
  const c = new Cursor(1, 0);
  c.sent(5);
  assert.throws(() => c.sent(5), /sent after/);
});

test('a long in-order stream keeps the pending list compact', () => {
  const c = new Cursor(1, 0);
  for (let i = 0; i < 10_000; i++) {
    c.sent(i);
    c.next = i + 1;
    if (i >= 31) assert.equal(c.ack(i - 31), true);
  }
  assert.equal(c.pendingCount, 31);
  assert.equal(c.ackedPrefix, 10_000 - 31);
});

test('restored in-flight offsets must lie below next', () => {
  const c = new Cursor(1, 10);
  c.restorePending([7, 3]);
  assert.equal(c.ackedPrefix, 3);
  assert.equal(c.ack(3), true);
  assert.equal(c.ackedPrefix, 7);
  const d = new Cursor(1, 10);
  assert.throws(() => d.restorePending([10]), /not below next/);
});
