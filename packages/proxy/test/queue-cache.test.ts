import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredMessage } from '@wharf/core';
import { QueueCache } from '../src/delivery/queue-cache.ts';

function msgs(from: number, n: number): StoredMessage[] {
  const out: StoredMessage[] = [];
  for (let i = 0; i < n; i++) out.push({ topic: 't', payload: Buffer.from(String(from + i)), qos: 0, retain: false, logPosition: from + i, timestamp: 0, expiresAt: 0 });
  return out;
}

const at = (c: QueueCache, o: number): string | undefined => c.get(o)?.message.payload.toString();

test('appends extend a contiguous window and serve lookups by offset', () => {
  const c = new QueueCache(8);
  c.append(10, msgs(10, 3));
  c.append(13, msgs(13, 2));
  assert.equal(c.start, 10);
  assert.equal(c.end, 15);
  assert.equal(at(c, 10), '10');
  assert.equal(at(c, 14), '14');
  assert.equal(c.get(9), undefined);
  assert.equal(c.get(15), undefined);
});

test('overlapping appends skip what is cached', () => {
  const c = new QueueCache(8);
  c.append(0, msgs(0, 4));
  c.append(2, msgs(2, 4));
  assert.equal(c.end, 6);
  assert.equal(c.size, 6);
  assert.equal(at(c, 5), '5');
  c.append(1, msgs(1, 2)); // entirely cached
  assert.equal(c.size, 6);
});

test('a gap restarts the window at the new run', () => {
  const c = new QueueCache(8);
  c.append(0, msgs(0, 4));
  c.append(10, msgs(10, 2));
  assert.equal(c.start, 10);
  assert.equal(c.end, 12);
  assert.equal(c.get(3), undefined);
});

test('the oldest runs are evicted beyond capacity, the newest run is kept whole', () => {
  const c = new QueueCache(100);
  for (let i = 0; i < 10; i++) c.append(i * 70, msgs(i * 70, 70)); // runs of 70 are not merged
  assert.equal(c.end, 700);
  assert.ok(c.size >= 100 && c.size <= 170, `size ${c.size}`);
  assert.equal(at(c, 699), '699');
  const big = new QueueCache(16);
  big.append(0, msgs(0, 500)); // one event larger than the cache: every offset of it stays readable
  assert.equal(big.start, 0);
  assert.equal(at(big, 0), '0');
  assert.equal(at(big, 499), '499');
  big.append(500, msgs(500, 1));
  assert.equal(at(big, 500), '500');
});

test('small runs merge so lookups stay cheap, and capacity still bounds the window', () => {
  const c = new QueueCache(128);
  for (let i = 0; i < 1000; i++) c.append(i, msgs(i, 1));
  assert.equal(c.end, 1000);
  assert.ok(c.size >= 128 && c.size < 128 + 64, `size ${c.size}`);
  for (let o = c.start; o < c.end; o++) assert.equal(at(c, o), String(o));
});

test('reset empties the window', () => {
  const c = new QueueCache(4);
  c.append(0, msgs(0, 3));
  c.reset(7);
  assert.equal(c.size, 0);
  assert.equal(c.start, 7);
  assert.equal(c.get(1), undefined);
  c.append(7, msgs(7, 1));
  assert.equal(at(c, 7), '7');
});
