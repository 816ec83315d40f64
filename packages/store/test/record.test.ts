import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import type { Message } from '@wharf/core';
import {
  checkRecord,
  CorruptRecordError,
  crc32c,
  crc32cBytewise,
  decodeRecord,
  encodeRecord,
  encodeRecordBuffer,
  readRecord,
  RecordError,
  recordSize,
  RECORD_HEADER_BYTES,
} from '../src/index.ts';

test('crc32c matches the Castagnoli check value and the bytewise reference', () => {
  assert.equal(crc32c(Buffer.from('123456789')), 0xe3069283);
  assert.equal(crc32c(Buffer.alloc(0)), 0);
  for (let i = 0; i < 200; i++) {
    const buf = randomBytes(i * 7 + (i % 13));
    const start = i % 5;
    const end = Math.max(start, buf.length - (i % 3));
    assert.equal(crc32c(buf, start, end), crc32cBytewise(buf, start, end), `length ${buf.length} [${start}, ${end})`);
  }
});

test('record round trip: minimal message costs one property byte', () => {
  const m: Message = { topic: 'a/b', payload: Buffer.from('hello'), qos: 0, retain: false };
  const buf = encodeRecordBuffer(m, 1_700_000_000_123);
  // header + version + flags + 2×u64 + topic(2+3) + props mask + payload
  assert.equal(buf.length, RECORD_HEADER_BYTES + 1 + 1 + 16 + 5 + 1 + 5);
  const out = readRecord(buf, 0, 42);
  assert.deepEqual(out, { ...m, logPosition: 42, timestamp: 1_700_000_000_123, expiresAt: 0 });
});

test('record round trip: every field and property', () => {
  const m: Message = {
    topic: 'sensors/ü/temp',
    payload: randomBytes(300),
    qos: 2,
    retain: true,
    from: 'client-7',
    properties: {
      payloadFormatIndicator: true,
      messageExpiryInterval: 60,
      contentType: 'application/json',
      responseTopic: 'reply/to/me',
      correlationData: Buffer.from([1, 2, 3, 0]),
      userProperties: [['a', '1'], ['multi', 'x'], ['b', ''], ['multi', 'y'], ['a', '1'], ['__proto__', 'ok']],
    },
  };
  const ts = 1_800_000_000_000;
  const buf = encodeRecordBuffer(m, ts);
  assert.equal(buf.length, recordSize(m));
  const out = readRecord(buf, 0, 7);
  assert.equal(out.expiresAt, ts + 60_000);
  assert.deepEqual(out, { ...m, logPosition: 7, timestamp: ts, expiresAt: ts + 60_000 });
  // The payload is a view of the read buffer, not a copy.
  assert.equal(out.payload.buffer, buf.buffer);
});

test('record round trip: false payload format, empty payload, an empty user property list', () => {
  const m: Message = { topic: 't', payload: Buffer.alloc(0), qos: 1, retain: false, properties: { payloadFormatIndicator: false, userProperties: [] } };
  const out = readRecord(encodeRecordBuffer(m, 5), 0, 0);
  assert.equal(out.properties?.payloadFormatIndicator, false);
  assert.deepEqual(out.properties?.userProperties, []);
  assert.equal(out.payload.length, 0);
});

test('a record written while user properties were a name → values map reads back, each name\'s values in order', () => {
  // Encoded by the previous record.ts from { a: ['1', '3'], b: '2' } (content type "text", from "c").
  const old = Buffer.from(
    '00000038c75ad3f301090000018bcfe56800000000000000000000056f6c642f7400016324000474657874000300016100013100016100013300016200013270',
    'hex',
  );
  const m = readRecord(old, 0, 42);
  assert.deepEqual(m.properties, { contentType: 'text', userProperties: [['a', '1'], ['a', '3'], ['b', '2']] });
  assert.deepEqual([m.topic, m.from, m.payload.toString(), m.logPosition], ['old/t', 'c', 'p', 42]);
  // The layout did not change: the same message in the new shape encodes to the same bytes.
  const again = encodeRecordBuffer({ topic: 'old/t', payload: Buffer.from('p'), qos: 1, retain: false, from: 'c', properties: { contentType: 'text', userProperties: [['a', '1'], ['a', '3'], ['b', '2']] } }, 1_700_000_000_000, 0);
  assert.equal(again.toString('hex'), old.toString('hex'));
});

test('records encode back to back into one buffer', () => {
  const ms: Message[] = [1, 2, 3].map((i) => ({ topic: `t/${i}`, payload: Buffer.alloc(i * 10, i), qos: 1, retain: false }));
  const sizes = ms.map(recordSize);
  const buf = Buffer.alloc(sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  for (let i = 0; i < ms.length; i++) at = encodeRecord(buf, at, sizes[i]!, ms[i]!, 100, 0);
  at = 0;
  for (let i = 0; i < ms.length; i++) {
    const size = checkRecord(buf, at);
    assert.equal(size, sizes[i]);
    const m = decodeRecord(buf, at, size, at);
    assert.equal(m.topic, `t/${i + 1}`);
    assert.equal(m.logPosition, at);
    at += size;
  }
});

test('a flipped bit anywhere in the body fails the CRC', () => {
  const buf = encodeRecordBuffer({ topic: 'a/b', payload: Buffer.from('payload bytes'), qos: 1, retain: false }, 1);
  for (let i = RECORD_HEADER_BYTES; i < buf.length; i++) {
    const bad = Buffer.from(buf);
    bad[i]! ^= 0x10;
    assert.throws(
      () => checkRecord(bad, 0),
      (err: unknown) => err instanceof CorruptRecordError && err.fault === 'crc',
    );
  }
});

test('torn and nonsense lengths are rejected', () => {
  const buf = encodeRecordBuffer({ topic: 'a', payload: Buffer.from('xyz'), qos: 0, retain: false }, 1);
  assert.throws(() => checkRecord(buf.subarray(0, buf.length - 1), 0), (e: unknown) => e instanceof CorruptRecordError && e.fault === 'short');
  assert.throws(() => checkRecord(buf.subarray(0, 5), 0), (e: unknown) => e instanceof CorruptRecordError && e.fault === 'short');
  const zero = Buffer.alloc(64);
  assert.throws(() => checkRecord(zero, 0), (e: unknown) => e instanceof CorruptRecordError && e.fault === 'length');
});

test('messages that cannot be stored are refused with a clear error', () => {
  assert.throws(() => recordSize({ topic: 'x'.repeat(70_000), payload: Buffer.alloc(0), qos: 0, retain: false }), RecordError);
  assert.throws(
    () => recordSize({ topic: 'a', payload: Buffer.alloc(0), qos: 0, retain: false, properties: { contentType: 'c'.repeat(70_000) } }),
    /contentType/,
  );
});
