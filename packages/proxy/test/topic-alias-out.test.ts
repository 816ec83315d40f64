import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OutboundTopicAliases } from '../src/protocol/topic-alias-out.ts';

/** Sends `topics` in order; what the client sees per PUBLISH: "topic+alias" (set) or "alias" (use). */
function send(aliases: OutboundTopicAliases, topics: string[]): string[] {
  return topics.map((t) => {
    const r = aliases.resolve(t);
    aliases.commit(t, r);
    return r > 0 ? `${r}` : `${t}+${-r}`;
  });
}

test('aliases are handed out 1..max, then reused with an empty topic', () => {
  const a = new OutboundTopicAliases(3);
  assert.deepEqual(send(a, ['x', 'y', 'x', 'z', 'y', 'x']), ['x+1', 'y+2', '1', 'z+3', '2', '1']);
  assert.equal(a.size, 3);
});

test('when all are taken, the least recently used topic gives its alias up', () => {
  const a = new OutboundTopicAliases(2);
  // x=1, y=2; x used again, so y is the least recent when z arrives.
  assert.deepEqual(send(a, ['x', 'y', 'x', 'z', 'x', 'y', 'z']), ['x+1', 'y+2', '1', 'z+2', '1', 'y+2', 'z+1']);
  assert.equal(a.size, 2);
});

test('resolve alone changes nothing: a PUBLISH that was not sent leaves the mapping as it was', () => {
  const a = new OutboundTopicAliases(1);
  assert.equal(a.resolve('x'), -1);
  assert.equal(a.resolve('x'), -1, 'not committed: still a new alias');
  assert.deepEqual(send(a, ['y']), ['y+1']);
  assert.equal(a.resolve('x'), -1, 'would take the alias from y');
  assert.deepEqual(send(a, ['y']), ['1'], 'y keeps it since x was never sent');
});

test('every alias stays within 1..max over a long random run, and the client-side map always resolves right', () => {
  const max = 5;
  const a = new OutboundTopicAliases(max);
  const client = new Map<number, string>();
  let seed = 7;
  for (let i = 0; i < 5000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const topic = `t/${seed % 9}`;
    const r = a.resolve(topic);
    a.commit(topic, r);
    const alias = Math.abs(r);
    assert.ok(alias >= 1 && alias <= max);
    if (r < 0) client.set(alias, topic);
    assert.equal(client.get(alias), topic, `PUBLISH ${i}`);
  }
});

test('the maximum must be 1..65535', () => {
  assert.throws(() => new OutboundTopicAliases(0), RangeError);
  assert.throws(() => new OutboundTopicAliases(65536), RangeError);
});
