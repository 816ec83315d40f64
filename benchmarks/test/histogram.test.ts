import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LatencyHistogram } from '../src/histogram.ts';

test('percentiles are exact below 256 µs', () => {
  const h = new LatencyHistogram();
  for (let us = 1; us <= 200; us++) h.recordMs(us / 1000);
  const s = h.summary();
  assert.equal(s.count, 200);
  assert.equal(s.p50, 100);
  assert.equal(s.p99, 198);
  assert.equal(s.max, 200);
});

test('percentiles stay within 1 % over a wide range', () => {
  const h = new LatencyHistogram();
  const values: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const us = Math.round(300 * 1.0007 ** i); // 300 µs .. ~330 ms
    values.push(us);
    h.recordMs(us / 1000);
  }
  values.sort((a, b) => a - b);
  for (const p of [50, 90, 99, 99.9]) {
    const exact = values[Math.ceil((p / 100) * values.length) - 1];
    const got = h.percentile(p);
    assert.ok(Math.abs(got - exact) / exact < 0.01, `p${p}: ${got} vs ${exact}`);
  }
});

test('huge values are clamped into the last bucket but keep max', () => {
  const h = new LatencyHistogram();
  h.recordMs(10_000_000); // 10^10 µs, beyond the 2^31 µs range
  assert.equal(h.summary().max, 10_000_000_000);
  assert.ok(h.percentile(50) <= 10_000_000_000);
});

test('an empty histogram reports NaN, reset empties it', () => {
  const h = new LatencyHistogram();
  assert.ok(Number.isNaN(h.percentile(50)));
  h.recordMs(1);
  h.reset();
  assert.equal(h.count, 0);
  assert.ok(Number.isNaN(h.summary().p99));
});
