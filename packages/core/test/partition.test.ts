import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../src/config.ts';
import { filterSpansPartitions, firstLevelHash, loadPartitionMap, PartitionMap } from '../src/partition.ts';

/** FNV-1a 32 over the UTF-8 bytes of the first level, written the obvious (allocating) way. */
function referenceHash(topic: string): number {
  const slash = topic.indexOf('/');
  const level = slash === -1 ? topic : topic.slice(0, slash);
  let h = 0x811c9dc5;
  for (const b of Buffer.from(level, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

test('the first-level hash is FNV-1a over UTF-8 bytes, for ASCII, 2-, 3- and 4-byte characters', () => {
  const samples = ['', 'a', 'sensors/1/temp', '/leading', '$SYS/broker', 'ñandú/x', '温度/室内', '🚀launch/now', 'a🚀b', 'x'.repeat(300) + '/y'];
  for (const t of samples) assert.equal(firstLevelHash(t), referenceHash(t), t);
  // Known FNV-1a vectors pin the function (it decides where data lives on disk).
  assert.equal(firstLevelHash(''), 0x811c9dc5);
  assert.equal(firstLevelHash('a'), 0xe40c292c);
  assert.equal(firstLevelHash('foobar'), 0xbf9cf968);
});

test('random topics hash like the reference', () => {
  const alphabet = ['a', 'Z', '0', '-', 'é', 'ß', '中', '😀', '/', '$'];
  for (let i = 0; i < 2000; i++) {
    let t = '';
    const n = 1 + Math.floor(Math.random() * 12);
    for (let j = 0; j < n; j++) t += alphabet[Math.floor(Math.random() * alphabet.length)];
    assert.equal(firstLevelHash(t), referenceHash(t), JSON.stringify(t));
  }
});

test('every topic of one first level maps to one store; wildcard-first filters span all stores', () => {
  const map = new PartitionMap(64, 3);
  const s = map.storeOf('plant-7/line/1');
  assert.equal(map.storeOf('plant-7'), s);
  assert.equal(map.storeOf('plant-7/x/y/z'), s);
  assert.deepEqual(map.storesOf('plant-7/+/temp'), [s]);
  assert.deepEqual(map.storesOf('plant-7/#'), [s]);
  assert.deepEqual(map.storesOf('#'), [0, 1, 2]);
  assert.deepEqual(map.storesOf('+/status'), [0, 1, 2]);
  assert.deepEqual(map.storesOf('+'), [0, 1, 2]);
  assert.equal(filterSpansPartitions('+x/a'), false, '"+x" is not a valid level, but it is not a wildcard level either');
  assert.equal(filterSpansPartitions('a/#'), false);
});

test('the default owner is p mod N and the partitions spread topics over every store', () => {
  const map = new PartitionMap(16, 3);
  for (let p = 0; p < 16; p++) assert.equal(map.ownerOf(p), p % 3);
  const counts = [0, 0, 0];
  for (let i = 0; i < 3000; i++) counts[map.storeOf(`device-${i}/state`)]!++;
  for (const c of counts) assert.ok(c > 600, `uneven spread: ${counts.join(', ')}`);
});

test('a map file overrides owners; bad files name the option, the file and the entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-partitions-'));
  try {
    const file = join(dir, 'map.json');
    writeFileSync(file, JSON.stringify({ 0: 1, 5: 0 }));
    const map = loadPartitionMap({ partitions: 8, stores: 2, partitionMap: file });
    assert.equal(map.ownerOf(0), 1);
    assert.equal(map.ownerOf(5), 0);
    assert.equal(map.ownerOf(3), 1);
    assert.deepEqual(map.partitionsOf(0), [2, 4, 5, 6]);

    const bad = (content: string, pattern: RegExp): void => {
      writeFileSync(file, content);
      assert.throws(() => loadPartitionMap({ partitions: 8, stores: 2, partitionMap: file }), (e: Error) => e instanceof ConfigError && /--partition-map/.test(e.message) && e.message.includes(file) && pattern.test(e.message));
    };
    bad('{ not json', /JSON|Expected|Unexpected/);
    bad('[1, 0]', /expected an object/);
    bad('{"8": 0}', /"8" is not a partition in 0\.\.7/);
    bad('{"-1": 0}', /"-1" is not a partition/);
    bad('{"01": 0}', /"01" is not a partition/);
    bad('{"2": 2}', /partition 2 → 2 is not a store index in 0\.\.1/);
    bad('{"2": "1"}', /is not a store index/);
    assert.throws(() => loadPartitionMap({ partitions: 8, stores: 2, partitionMap: join(dir, 'missing.json') }), /--partition-map .*missing\.json/);
    assert.equal(loadPartitionMap({ partitions: 4, stores: 2, partitionMap: '' }).ownerOf(3), 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the map rejects impossible shapes', () => {
  assert.throws(() => new PartitionMap(0, 1), RangeError);
  assert.throws(() => new PartitionMap(70_000, 1), RangeError);
  assert.throws(() => new PartitionMap(4, 0), RangeError);
  assert.throws(() => new PartitionMap(4, 2, new Map([[4, 0]])), RangeError);
  assert.throws(() => new PartitionMap(4, 2, new Map([[0, 2]])), RangeError);
});
