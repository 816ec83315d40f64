import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicMatches } from '@wharf/core';
import { FilterTrie } from '../src/index.ts';

function matched(trie: FilterTrie, topic: string): number[] {
  const out: number[] = [];
  trie.match(topic, out);
  return out.sort((a, b) => a - b);
}

test('exact, + and # filters', () => {
  const t = new FilterTrie();
  t.add('a/b/c', 1);
  t.add('a/+/c', 2);
  t.add('a/#', 3);
  t.add('#', 4);
  t.add('+/+/+', 5);
  t.add('a/b', 6);
  assert.deepEqual(matched(t, 'a/b/c'), [1, 2, 3, 4, 5]);
  assert.deepEqual(matched(t, 'a/b'), [3, 4, 6]);
  assert.deepEqual(matched(t, 'a'), [3, 4]); // a/# matches its parent level
  assert.deepEqual(matched(t, 'b/b/c'), [4, 5]);
  assert.deepEqual(matched(t, 'a/b/c/d'), [3, 4]);
  assert.equal(t.size, 6);
});

test('$ topics do not match filters starting with a wildcard', () => {
  const t = new FilterTrie();
  t.add('#', 1);
  t.add('+/x', 2);
  t.add('$SYS/#', 3);
  t.add('$SYS/+', 4);
  t.add('$SYS/x', 5);
  assert.deepEqual(matched(t, '$SYS/x'), [3, 4, 5]);
  assert.deepEqual(matched(t, 'SYS/x'), [1, 2]);
});

test('empty levels are levels', () => {
  const t = new FilterTrie();
  t.add('+/+', 1);
  t.add('/+', 2);
  t.add('a//b', 3);
  assert.deepEqual(matched(t, '/'), [1, 2]);
  assert.deepEqual(matched(t, '/x'), [1, 2]);
  assert.deepEqual(matched(t, 'a//b'), [3]);
});

test('remove unregisters and prunes; get finds exact filters', () => {
  const t = new FilterTrie();
  t.add('a/+/c', 1);
  t.add('a/+/d', 2);
  t.add('a/#', 3);
  t.add('x', 4);
  assert.equal(t.get('a/+/c'), 1);
  assert.equal(t.get('a/#'), 3);
  assert.equal(t.get('a/+'), -1);
  assert.equal(t.remove('a/+'), false);
  assert.equal(t.remove('a/+/c'), true);
  assert.equal(t.remove('a/+/c'), false);
  assert.deepEqual(matched(t, 'a/b/c'), [3]);
  assert.deepEqual(matched(t, 'a/b/d'), [2, 3]);
  assert.equal(t.remove('a/#'), true);
  assert.equal(t.remove('a/+/d'), true);
  assert.equal(t.remove('x'), true);
  assert.equal(t.size, 0);
  assert.deepEqual(matched(t, 'a/b/d'), []);
});

/** Deterministic PRNG so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

test('randomized differential test against core topicMatches', () => {
  const rand = rng(20241121);
  const words = ['a', 'b', 'c', '', '$SYS', '$x', 'dd'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const randomTopic = (): string => {
    const n = 1 + Math.floor(rand() * 4);
    const levels: string[] = [];
    for (let i = 0; i < n; i++) levels.push(i === 0 ? pick(words) : pick(words.filter((w) => !w.startsWith('$'))));
    return levels.join('/');
  };
  const randomFilter = (): string => {
    const n = 1 + Math.floor(rand() * 4);
    const levels: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (i === n - 1 && r < 0.2) levels.push('#');
      else if (r < 0.45) levels.push('+');
      else levels.push(pick(words));
    }
    return levels.join('/');
  };
  for (let round = 0; round < 20; round++) {
    const t = new FilterTrie();
    const filters = new Map<string, number>();
    for (let i = 0; i < 60; i++) {
      const f = randomFilter();
      if (!filters.has(f)) {
        filters.set(f, filters.size);
        t.add(f, filters.get(f)!);
      }
    }
    // Remove a few, so pruning is exercised too.
    for (const f of [...filters.keys()].slice(0, 10)) {
      assert.equal(t.remove(f), true);
      filters.delete(f);
    }
    for (let i = 0; i < 300; i++) {
      const topic = randomTopic();
      const want = [...filters].filter(([f]) => topicMatches(f, topic)).map(([, id]) => id).sort((a, b) => a - b);
      assert.deepEqual(matched(t, topic), want, `topic ${JSON.stringify(topic)}`);
    }
  }
});

test('a million exact filters match in constant time', () => {
  const t = new FilterTrie();
  for (let i = 0; i < 1_000_000; i++) t.add(`devices/${i}/cmd`, i);
  t.add('devices/+/cmd', 1_000_000);
  assert.deepEqual(matched(t, 'devices/123456/cmd'), [123456, 1_000_000]);
  assert.equal(t.size, 1_000_001);
});
