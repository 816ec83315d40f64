import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicMatches, type SubscriptionRecord } from '@wharf/core';
import { filtersOverlap, matchingPeers, OverlapWindow } from '../src/delivery/overlap.ts';
import { Cursor } from '../src/session/cursor.ts';
import { Session } from '../src/session/session.ts';

/** Every topic of up to `depth` levels over `words`. */
function topics(words: string[], depth: number): string[] {
  let level = [...words];
  const out = [...level];
  for (let d = 1; d < depth; d++) {
    level = level.flatMap((t) => words.map((w) => `${t}/${w}`));
    out.push(...level);
  }
  return out;
}

test('filtersOverlap agrees with "some topic matches both" over every pair of small filters', () => {
  const filters = topics(['a', 'b', '$s', '+', '#', ''], 3).filter((f) => !/#./.test(f) && !/(^|\/)[^/]*#[^/]+/.test(f));
  // Literal levels of the filters, one more, and the empty level: a topic of these decides every pair.
  const candidates = topics(['a', 'b', '$s', 'c', ''], 4);
  let overlapping = 0;
  for (const a of filters) {
    for (const b of filters) {
      const brute = candidates.some((t) => topicMatches(a, t) && topicMatches(b, t));
      assert.equal(filtersOverlap(a, b), brute, `${a} ∩ ${b}`);
      if (brute) overlapping++;
    }
  }
  assert.ok(overlapping > 100 && overlapping < filters.length ** 2, 'the table has both answers');
});

test('matchingPeers counts the filters matching a topic', () => {
  assert.equal(matchingPeers([{ filter: 'a/+' }, { filter: 'a/#' }, { filter: 'b/#' }], 'a/x'), 2);
  assert.equal(matchingPeers([{ filter: '#' }], '$SYS/x'), 0);
});

test('OverlapWindow: the other cursors skip once each, then the record is gone', () => {
  const w = new OverlapWindow(8);
  assert.equal(w.alreadySent(0, 100), false);
  w.sent(0, 100, 2);
  assert.equal(w.alreadySent(1, 100), false, 'log positions are per store');
  assert.equal(w.alreadySent(0, 100), true);
  assert.equal(w.size, 1);
  assert.equal(w.alreadySent(0, 100), true);
  assert.equal(w.size, 0);
  assert.equal(w.alreadySent(0, 100), false, 'a third sighting is a new message for this session');
  w.sent(0, 5, 0);
  assert.equal(w.size, 0, 'nobody else will come across it: nothing to remember');
});

test('OverlapWindow: at the bound the oldest record goes (that message may be sent twice)', () => {
  const w = new OverlapWindow(3);
  for (const p of [10, 20, 30, 40]) w.sent(0, p, 1);
  assert.equal(w.size, 3);
  assert.equal(w.evicted, 1);
  assert.equal(w.alreadySent(0, 10), false);
  assert.deepEqual([20, 30, 40].map((p) => w.alreadySent(0, p)), [true, true, true]);
  assert.throws(() => new OverlapWindow(0), RangeError);
});

function record(filter: string, extra: Partial<SubscriptionRecord> = {}): SubscriptionRecord {
  return { filter, qos: 1, noLocal: false, retainAsPublished: false, retainHandling: 0, queueIds: [1], ...extra };
}

test('Session keeps each subscription\'s overlapping peers as subscriptions come and go', () => {
  const s = new Session('c', 1, 5, 0, 10);
  const peersOf = (filter: string): string[] | null => {
    const list = s.subscriptions.get(filter)![0]!.peers;
    return list === null ? null : list.map((r) => r.filter).sort();
  };
  s.addSubscription(record('a/b'), [new Cursor(1, 0)]);
  assert.equal(peersOf('a/b'), null, 'one subscription overlaps nothing');
  s.addSubscription(record('c/#'), [new Cursor(2, 0)]);
  assert.equal(peersOf('c/#'), null, 'disjoint filters');
  const plus = record('+/b');
  s.addSubscription(plus, [new Cursor(3, 0), new Cursor(2 ** 32 + 3, 0)]);
  assert.deepEqual(peersOf('+/b'), ['a/b', 'c/#'], 'c/b matches +/b and c/#');
  assert.deepEqual(peersOf('a/b'), ['+/b']);
  assert.deepEqual(peersOf('c/#'), ['+/b']);
  const [c1, c2] = s.subscriptions.get('+/b')!;
  assert.equal(c1!.peers, c2!.peers, 'the cursors of one subscription share the list');
  assert.deepEqual([c1!.storeIndex, c2!.storeIndex], [0, 1]);
  s.addSubscription(record('#'), [new Cursor(4, 0)]);
  assert.deepEqual(peersOf('#'), ['+/b', 'a/b', 'c/#']);
  assert.deepEqual(peersOf('a/b'), ['#', '+/b']);
  s.removeSubscription('+/b');
  assert.deepEqual(peersOf('a/b'), ['#']);
  assert.deepEqual(peersOf('c/#'), ['#']);
  assert.deepEqual([c1!.peers, c2!.peers], [null, null]);
  s.overlap = new OverlapWindow(4);
  s.removeSubscription('#');
  assert.deepEqual([peersOf('a/b'), peersOf('c/#')], [null, null], 'no overlap left');
  assert.equal(s.overlap, null, 'the window goes with the last overlap');
});
