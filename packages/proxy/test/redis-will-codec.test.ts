import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WillRecord } from '@wharf/core';
import { decodeWill, encodeWill } from '../src/session/redis/codec.ts';

test('a will round trips through its Redis JSON, user properties in order with interleaved names', () => {
  const will: WillRecord = {
    message: {
      topic: 'w/t',
      payload: Buffer.from([0, 1, 255]),
      qos: 2,
      retain: true,
      from: 'c1',
      properties: { correlationData: Buffer.from('corr'), contentType: 'x', userProperties: [['a', '1'], ['b', '2'], ['a', '3']] },
    },
    delaySeconds: 5,
  };
  assert.deepEqual(decodeWill(encodeWill(will)), will);
});

test('a will stored while user properties were a name → values map reads back as pairs', () => {
  const old = JSON.stringify({ topic: 'w/t', payload: Buffer.from('bye').toString('base64'), qos: 1, retain: false, delaySeconds: 0, properties: { userProperties: { a: ['1', '3'], b: '2' }, contentType: 'text' } });
  assert.deepEqual(decodeWill(old).message.properties, { contentType: 'text', userProperties: [['a', '1'], ['a', '3'], ['b', '2']] });
});
