import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileKeyExpression, DEFAULT_KEY_EXPRESSION, type Message } from '@wharf/core';

function msg(extra: Partial<Message> = {}): Message {
  return { topic: 'dev/1/cmd', payload: Buffer.from('{}'), qos: 1, retain: false, ...extra };
}

test('message.from and message.topic', () => {
  const from = compileKeyExpression('message.from');
  assert.equal(from(msg({ from: 'c1' })), 'c1');
  assert.equal(from(msg()), undefined, 'no publisher id: no key');
  assert.equal(from(msg({ from: '' })), undefined, 'an empty client id is no key');
  assert.equal(compileKeyExpression(' message.topic ')(msg()), 'dev/1/cmd', 'surrounding blanks are ignored');
  assert.equal(DEFAULT_KEY_EXPRESSION, 'message.from');
});

test('message.headers.properties.User-Property.<name>: the first value of that name', () => {
  const key = compileKeyExpression('message.headers.properties.User-Property.device.id');
  const props = (list: [string, string][]): Message => msg({ properties: { userProperties: list } });
  assert.equal(key(props([['a', '1'], ['device.id', 'd7'], ['device.id', 'd8']])), 'd7');
  assert.equal(key(props([['device', 'x']])), undefined);
  assert.equal(key(msg()), undefined, 'no properties at all');
});

test('message.payload.<path>: JSON fields, strings and numbers only', () => {
  const key = compileKeyExpression('message.payload.device.id');
  const p = (body: string): Message => msg({ payload: Buffer.from(body) });
  assert.equal(key(p('{"device":{"id":"lamp"}}')), 'lamp');
  assert.equal(key(p('{"device":{"id":42}}')), '42');
  assert.equal(key(p('{"device":{"id":{"x":1}}}')), undefined, 'an object is no key');
  assert.equal(key(p('{"device":{"id":true}}')), undefined, 'a boolean is no key');
  assert.equal(key(p('{"device":{}}')), undefined, 'a missing field');
  assert.equal(key(p('not json')), undefined, 'a payload that is not JSON');
  assert.equal(key(p('')), undefined, 'an empty payload');
  assert.equal(key(p('{"device":{"__proto__":1}}')), undefined);
  const indexed = compileKeyExpression('message.payload.items.1.name');
  assert.equal(indexed(p('{"items":[{"name":"a"},{"name":"b"}]}')), 'b', 'a numeric segment indexes an array');
  assert.equal(indexed(p('{"items":{"1":{"name":"c"}}}')), 'c', 'or names an object field');
});

test('bad expressions throw RangeError naming the problem', () => {
  assert.throws(() => compileKeyExpression(''), /empty/);
  assert.throws(() => compileKeyExpression('message.qos'), /unsupported key expression "message.qos"/);
  assert.throws(() => compileKeyExpression('message.payload.'), /empty path segment/);
  assert.throws(() => compileKeyExpression('message.payload.a..b'), /empty path segment/);
  assert.throws(() => compileKeyExpression('message.headers.properties.User-Property.'), /names no user property/);
  assert.throws(() => compileKeyExpression('x'.repeat(2000)), /longer than/);
  assert.throws(() => compileKeyExpression('message.payload'), RangeError);
});
