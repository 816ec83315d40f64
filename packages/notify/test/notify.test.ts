import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger, type QueueAdvanced, type StoredMessage } from '@wharf/core';
import { NotifyService } from '../src/index.ts';
import { InterestIndex } from '../src/interest-index.ts';

function msg(payload: string): StoredMessage {
  return { topic: 't', payload: Buffer.from(payload), qos: 0, retain: false, logPosition: 0, timestamp: 0, expiresAt: 0 };
}

const nextTurn = () => new Promise((r) => setImmediate(r));

test('events reach only the proxies interested in the queue', async () => {
  const svc = new NotifyService({ coalesceMs: 0, inlineMaxBytes: 1024, logger: silentLogger });
  const a = svc.connect();
  const b = svc.connect();
  const gotA: QueueAdvanced[] = [];
  const gotB: QueueAdvanced[] = [];
  a.onAdvanced((e) => gotA.push(...e));
  b.onAdvanced((e) => gotB.push(...e));
  a.addInterest([1]);
  b.addInterest([2]);
  svc.advanced([{ queueId: 1, endOffset: 5 }, { queueId: 2, endOffset: 7 }, { queueId: 3, endOffset: 1 }]);
  await nextTurn();
  assert.deepEqual(gotA.map((e) => [e.queueId, e.endOffset]), [[1, 5]]);
  assert.deepEqual(gotB.map((e) => [e.queueId, e.endOffset]), [[2, 7]]);
});

test('events within one window are coalesced to one per queue, keeping contiguous inline messages', async () => {
  const svc = new NotifyService({ coalesceMs: 0, inlineMaxBytes: 1024, logger: silentLogger });
  const p = svc.connect();
  const got: QueueAdvanced[][] = [];
  p.onAdvanced((e) => got.push([...e]));
  p.addInterest([1]);
  svc.advanced([{ queueId: 1, endOffset: 1, inline: [msg('a')] }]);
  svc.advanced([{ queueId: 1, endOffset: 3, inline: [msg('b'), msg('c')] }]);
  await nextTurn();
  assert.equal(got.length, 1);
  assert.equal(got[0]!.length, 1);
  assert.equal(got[0]![0]!.endOffset, 3);
  assert.deepEqual(got[0]![0]!.inline!.map((m) => m.payload.toString()), ['a', 'b', 'c']);
});

test('inline messages over the budget are trimmed from the front, and a gap drops the older part', async () => {
  const svc = new NotifyService({ coalesceMs: 0, inlineMaxBytes: 2, logger: silentLogger });
  const p = svc.connect();
  const got: QueueAdvanced[] = [];
  p.onAdvanced((e) => got.push(...e));
  p.addInterest([1, 2]);
  svc.advanced([{ queueId: 1, endOffset: 1, inline: [msg('a')] }]);
  svc.advanced([{ queueId: 1, endOffset: 3, inline: [msg('b'), msg('c')] }]);
  svc.advanced([{ queueId: 2, endOffset: 1, inline: [msg('x')] }]);
  svc.advanced([{ queueId: 2, endOffset: 10, inline: [msg('y')] }]); // offsets 1..8 not inline
  await nextTurn();
  const q1 = got.find((e) => e.queueId === 1)!;
  assert.deepEqual(q1.inline!.map((m) => m.payload.toString()), ['b', 'c']);
  const q2 = got.find((e) => e.queueId === 2)!;
  assert.equal(q2.endOffset, 10);
  assert.deepEqual(q2.inline!.map((m) => m.payload.toString()), ['y']);
});

test('removing interest and closing a port stops its events', async () => {
  const svc = new NotifyService({ coalesceMs: 1, inlineMaxBytes: 0, logger: silentLogger });
  const p = svc.connect();
  const got: QueueAdvanced[] = [];
  p.onAdvanced((e) => got.push(...e));
  p.addInterest([1, 1, 2]);
  p.removeInterest([1]); // still held once
  svc.advanced([{ queueId: 1, endOffset: 1 }]);
  await new Promise((r) => setTimeout(r, 5));
  assert.equal(got.length, 1);
  p.removeInterest([1]);
  svc.advanced([{ queueId: 1, endOffset: 2 }]);
  await new Promise((r) => setTimeout(r, 5));
  assert.equal(got.length, 1);
  await p.close();
  svc.advanced([{ queueId: 2, endOffset: 2 }]);
  await new Promise((r) => setTimeout(r, 5));
  assert.equal(got.length, 1);
  assert.equal(svc.interestedQueueCount(), 0);
});

test('interest index reference counts per subscriber', () => {
  const idx = new InterestIndex<string>();
  idx.add('p1', [1, 1]);
  idx.add('p2', [1]);
  idx.remove('p1', [1]);
  assert.deepEqual([...idx.holders(1)!.keys()].sort(), ['p1', 'p2']);
  idx.remove('p1', [1]);
  idx.remove('p1', [1]); // over-release is harmless
  assert.deepEqual([...idx.holders(1)!.keys()], ['p2']);
  idx.removeAll('p2');
  assert.equal(idx.holders(1), undefined);
  assert.equal(idx.queueCount, 0);
});
