import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTopicFilter, checkTopicName, firstLevel, topicMatches } from '../src/topic.ts';

test('topic names: wildcards, empty and NUL are rejected', () => {
  assert.equal(checkTopicName('a/b'), null);
  assert.equal(checkTopicName('/'), null);
  assert.equal(checkTopicName(''), 'empty');
  assert.equal(checkTopicName('a/+'), 'wildcard-in-topic');
  assert.equal(checkTopicName('a/#'), 'wildcard-in-topic');
  assert.equal(checkTopicName('a\u0000b'), 'null-char');
  assert.equal(checkTopicName('x'.repeat(65536)), 'too-long');
});

test('topic filters: wildcards must fill whole levels and # must be last', () => {
  for (const ok of ['#', '+', 'a/#', 'a/+/b', '+/+', '/', 'a//b', '$SYS/#', 'sport/tennis/+']) assert.equal(checkTopicFilter(ok), null, ok);
  for (const bad of ['a/#/b', 'a#', 'a+', 'a/b+', '#/a', '']) assert.notEqual(checkTopicFilter(bad), null, bad);
});

const table: [string, string, boolean][] = [
  ['a/b', 'a/b', true],
  ['a/b', 'a/c', false],
  ['a/+', 'a/b', true],
  ['a/+', 'a/b/c', false],
  ['a/+', 'a/', true],
  ['a/+', 'a', false],
  ['+/+', '/x', true],
  ['+', '/x', false],
  ['/+', '/x', true],
  ['a/#', 'a', true],
  ['a/#', 'a/b/c', true],
  ['a/#', 'ab', false],
  ['#', 'a/b', true],
  ['#', '/', true],
  ['+/b/#', 'x/b', true],
  ['+/b/#', 'x/c', false],
  ['#', '$SYS/x', false],
  ['+/x', '$SYS/x', false],
  ['$SYS/#', '$SYS/x', true],
  ['$SYS/+', '$SYS/x', true],
  ['a/b', 'a/b/', false],
  ['a/b/', 'a/b/', true],
  ['a//b', 'a//b', true],
  ['a/+/b', 'a//b', true],
];

test('filter matching table (MQTT §4.7)', () => {
  for (const [filter, topic, expected] of table) assert.equal(topicMatches(filter, topic), expected, `${filter} ~ ${topic}`);
});

/** A slow, obviously-correct matcher to check the fast one against. */
function reference(filter: string, topic: string): boolean {
  if (topic.startsWith('$') && (filter.startsWith('+') || filter.startsWith('#'))) return false;
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true;
    if (i >= t.length) return false;
    if (f[i] !== '+' && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}

test('fast matcher agrees with the reference on random filters and topics', () => {
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const words = ['a', 'b', '', '$s', 'cc'];
  for (let i = 0; i < 20_000; i++) {
    const tl = 1 + rnd(4);
    const topic = Array.from({ length: tl }, () => words[rnd(words.length)]).join('/');
    const fl = 1 + rnd(4);
    const parts = Array.from({ length: fl }, () => ['+', 'a', 'b', '', '$s'][rnd(5)]!);
    if (rnd(3) === 0) parts[fl - 1] = '#';
    const filter = parts.join('/');
    if (checkTopicName(topic) !== null || checkTopicFilter(filter) !== null) continue;
    assert.equal(topicMatches(filter, topic), reference(filter, topic), `${filter} ~ ${topic}`);
  }
});

test('first level is the partition key', () => {
  assert.equal(firstLevel('a/b/c'), 'a');
  assert.equal(firstLevel('abc'), 'abc');
  assert.equal(firstLevel('/x'), '');
});
