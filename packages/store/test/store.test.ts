import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test, type TestContext } from 'node:test';
import { createLogger, defaultConfig, type Logger, type Message, type QueueAdvanced, type WharfConfig } from '@wharf/core';
import { Registry } from 'prom-client';
import { CommitLog, encodeRecordBuffer, Store, UnknownQueueError } from '../src/index.ts';

async function tempDir(t: TestContext): Promise<string> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wharf-store-'));
  t.after(() => fs.promises.rm(dir, { recursive: true, force: true }));
  return dir;
}

interface Opened {
  store: Store;
  events: QueueAdvanced[];
  lines: Record<string, unknown>[];
}

async function open(dataDir: string, config: Partial<WharfConfig> = {}, registry?: Registry): Promise<Opened> {
  const events: QueueAdvanced[] = [];
  const lines: Record<string, unknown>[] = [];
  const logger: Logger = createLogger('debug', {}, (l) => lines.push(JSON.parse(l) as Record<string, unknown>));
  const store = await Store.open({
    dataDir,
    config: defaultConfig({ segmentBytes: 4096, ...config }),
    logger,
    sink: { advanced: (e) => events.push(...e) },
    ...(registry !== undefined ? { registry } : {}),
  });
  return { store, events, lines };
}

function msg(topic: string, payload: string | Buffer, extra: Partial<Message> = {}): Message {
  return { topic, payload: typeof payload === 'string' ? Buffer.from(payload) : payload, qos: 1, retain: false, ...extra };
}

async function pullAll(store: Store, queueId: number, fromOffset = 0): Promise<{ firstOffset: number; payloads: string[]; endOffset: number }> {
  await store.settled();
  const r = await store.pull({ queueId, fromOffset, maxMessages: 10_000, maxBytes: 1 << 30 });
  return { firstOffset: r.firstOffset, payloads: r.messages.map((m) => m.payload.toString()), endOffset: r.endOffset };
}

test('append says per message whether any registered filter matched its topic (retained or not)', async (t) => {
  const dir = await tempDir(t);
  const { store } = await open(dir);
  await store.registerFilter('a/+');
  const results = await store.append([msg('a/1', 'x'), msg('b/1', 'y'), msg('b/2', 'kept', { retain: true }), msg('a/2', 'z')]);
  assert.deepEqual(results.map((r) => r.matched), [true, false, false, true]);
  await store.unregisterFilter('a/+');
  const [after] = await store.append([msg('a/3', 'w')]);
  assert.equal(after!.matched, false, 'no longer matched once the filter is gone');
  await store.close();
});

test('append indexes into exact and wildcard queues; pull reads them back in order', async (t) => {
  const dir = await tempDir(t);
  const { store } = await open(dir);
  const exact = await store.registerFilter('home/kitchen/temp');
  const plus = await store.registerFilter('home/+/temp');
  const hash = await store.registerFilter('home/#');
  const other = await store.registerFilter('office/#');
  const results = await store.append([msg('home/kitchen/temp', 'k1'), msg('home/hall/temp', 'h1'), msg('home', 'root'), msg('home/kitchen/temp', 'k2')]);
  assert.equal(results.length, 4);
  assert.ok(results[0]!.logPosition < results[1]!.logPosition);
  assert.deepEqual((await pullAll(store, exact.queueId)).payloads, ['k1', 'k2']);
  assert.deepEqual((await pullAll(store, plus.queueId)).payloads, ['k1', 'h1', 'k2']);
  assert.deepEqual((await pullAll(store, hash.queueId)).payloads, ['k1', 'h1', 'root', 'k2']);
  assert.deepEqual((await pullAll(store, other.queueId)).payloads, []);
  await store.settled();
  assert.equal(await store.endOffset(hash.queueId), 4);
  // Bounds: maxMessages, maxBytes (at least one message), fromOffset.
  await store.settled();
  const two = await store.pull({ queueId: hash.queueId, fromOffset: 1, maxMessages: 2, maxBytes: 1 << 20 });
  assert.deepEqual([two.firstOffset, two.messages.map((m) => m.payload.toString()), two.endOffset], [1, ['h1', 'root'], 4]);
  await store.settled();
  const one = await store.pull({ queueId: hash.queueId, fromOffset: 0, maxMessages: 10, maxBytes: 1 });
  assert.equal(one.messages.length, 1);
  await store.settled();
  const none = await store.pull({ queueId: hash.queueId, fromOffset: 4, maxMessages: 10, maxBytes: 1 << 20 });
  assert.deepEqual([none.firstOffset, none.messages.length, none.endOffset], [4, 0, 4]);
  await assert.rejects(store.pull({ queueId: 999, fromOffset: 0, maxMessages: 1, maxBytes: 1 }), UnknownQueueError);
  await store.close();
});

test('$ topics reach only filters that do not start with a wildcard', async (t) => {
  const dir = await tempDir(t);
  const { store } = await open(dir);
  const all = await store.registerFilter('#');
  const plus = await store.registerFilter('+/info');
  const sys = await store.registerFilter('$SYS/#');
  await store.append([msg('$SYS/info', 's'), msg('app/info', 'a')]);
  assert.deepEqual((await pullAll(store, all.queueId)).payloads, ['a']);
  assert.deepEqual((await pullAll(store, plus.queueId)).payloads, ['a']);
  assert.deepEqual((await pullAll(store, sys.queueId)).payloads, ['s']);
  await store.close();
});

test('a new registration starts at the queue end; refcounts persist across restarts', async (t) => {
  const dir = await tempDir(t);
  let { store } = await open(dir);
  const a = await store.registerFilter('a/#');
  await store.append([msg('a/1', 'x'), msg('a/2', 'y')]);
  const again = await store.registerFilter('a/#');
  assert.deepEqual(again, { queueId: a.queueId, endOffset: 2 });
  assert.equal(store.filterRefs('a/#'), 2);
  await store.unregisterFilter('a/#');
  assert.equal(store.filterRefs('a/#'), 1);
  await store.close();

  ({ store } = await open(dir));
  assert.equal(store.filterRefs('a/#'), 1);
  const third = await store.registerFilter('a/#');
  assert.deepEqual(third, { queueId: a.queueId, endOffset: 2 });
  assert.equal(store.filterRefs('a/#'), 2);
  await store.unregisterFilter('a/#');
  await store.unregisterFilter('a/#');
  // No references: the filter stops collecting entries.
  await store.append([msg('a/3', 'z')]);
  await store.settled();
  assert.equal(await store.endOffset(a.queueId), 2);
  await store.runRetention();
  // A dormant queue is reaped by the next retention pass (one runs at open too); registering
  // again starts afresh.
  await assert.rejects(store.endOffset(a.queueId), UnknownQueueError);
  await store.close();

  ({ store } = await open(dir));
  assert.equal(store.filterRefs('a/#'), 0);
  await assert.rejects(store.endOffset(a.queueId), UnknownQueueError);
  const fresh = await store.registerFilter('a/#');
  assert.notEqual(fresh.queueId, a.queueId);
  assert.equal(fresh.endOffset, 0);
  await store.close();
});

test('bad input is refused with a clear error and nothing is written', async (t) => {
  const dir = await tempDir(t);
  const { store } = await open(dir);
  const q = await store.registerFilter('#');
  await assert.rejects(store.append([msg('ok', '1'), msg('bad/+', '2')]), /wildcard-in-topic/);
  await assert.rejects(store.append([msg('', '2')]), /empty/);
  await assert.rejects(store.registerFilter('a/#/b'), /bad-wildcard/);
  await assert.rejects(store.getRetained('a/#/b'), /bad-wildcard/);
  await store.settled();
  assert.equal(await store.endOffset(q.queueId), 0);
  assert.equal(store.logEnd, 0);
  await store.close();
});

test('index survives a restart; only the log tail after the checkpoint is re-indexed', async (t) => {
  const dir = await tempDir(t);
  let { store } = await open(dir);
  const q = await store.registerFilter('x/#');
  for (let i = 0; i < 20; i++) await store.append([msg(`x/${i}`, `m${i}`)]);
  const checkpoint = store.logEnd;
  await store.close();

  ({ store } = await open(dir));
  assert.equal(store.recovery.reindexedRecords, 0, 'a clean restart re-indexes nothing');
  await store.settled();
  assert.equal(await store.endOffset(q.queueId), 20);
  await store.close();

  // Records that reached the log but whose index batch never did (a crash between the two).
  const { log } = await CommitLog.open({ dir: path.join(dir, 'log'), segmentBytes: 4096, fsync: 'batch', fsyncIntervalMs: 100, logger: createLogger('silent') }, checkpoint);
  const tail: Buffer[] = [];
  for (let i = 20; i < 25; i++) tail.push(encodeRecordBuffer(msg(`x/${i}`, `m${i}`), Date.now()));
  await log.append(Buffer.concat(tail));
  await log.close();

  ({ store } = await open(dir));
  assert.equal(store.recovery.scannedFrom, checkpoint);
  assert.equal(store.recovery.reindexedRecords, 5, 'exactly the 5 tail records');
  await store.settled();
  assert.equal(await store.endOffset(q.queueId), 25);
  const all = await pullAll(store, q.queueId);
  assert.deepEqual(
    all.payloads,
    Array.from({ length: 25 }, (_, i) => `m${i}`),
  );
  await store.close();

  ({ store } = await open(dir));
  assert.equal(store.recovery.reindexedRecords, 0, 'the re-index wrote its checkpoint');
  await store.close();
});

test('a torn log tail under indexed entries: the lost message is skipped, positions are not reused', async (t) => {
  const dir = await tempDir(t);
  let { store } = await open(dir, { segmentBytes: 1 << 20 });
  const q = await store.registerFilter('t');
  const results = await store.append([msg('t', 'a'), msg('t', 'b'), msg('t', 'c')]);
  const end = store.logEnd;
  await store.close();
  // The OS lost the unsynced end of the log, RocksDB kept its batch (fsync=never crash).
  await fs.promises.truncate(path.join(dir, 'log', '00000000000000000000.log'), results[2]!.logPosition + 5);

  let lines: Record<string, unknown>[];
  ({ store, lines } = await open(dir, { segmentBytes: 1 << 20 }));
  assert.equal(store.recovery.droppedBytes, 5);
  assert.equal(store.recovery.lostIndexedBytes, end - results[2]!.logPosition);
  assert.ok(lines.some((l) => l['level'] === 'warn' && l['droppedBytes'] === 5));
  assert.deepEqual((await pullAll(store, q.queueId)).payloads, ['a', 'b']);
  const [d] = await store.append([msg('t', 'd')]);
  assert.ok(d!.logPosition >= end, 'new records go past every indexed position');
  await store.settled();
  const next = await store.pull({ queueId: q.queueId, fromOffset: 2, maxMessages: 10, maxBytes: 1 << 20 });
  assert.equal(next.firstOffset, 3, 'the lost entry at offset 2 is skipped');
  assert.deepEqual(
    next.messages.map((m) => m.payload.toString()),
    ['d'],
  );
  await store.close();
});

test('retained: set, replace, clear, and lookup by exact and wildcard filters', async (t) => {
  const dir = await tempDir(t);
  let { store } = await open(dir);
  await store.append([
    msg('home/kitchen/temp', '20', { retain: true }),
    msg('home/hall/temp', '18', { retain: true }),
    msg('home/kitchen/hum', '40', { retain: true }),
    msg('home', 'root', { retain: true }),
    msg('$SYS/uptime', '5', { retain: true }),
    msg('home/kitchen/temp', 'not retained'),
  ]);
  await store.append([msg('home/kitchen/temp', '21', { retain: true, properties: { contentType: 'text/plain' } })]);
  const topics = async (f: string): Promise<string[]> => {
    await store.settled();
    return (await store.getRetained(f)).map((m) => `${m.topic}=${m.payload.toString()}`).sort();
  };
  assert.deepEqual(await topics('home/kitchen/temp'), ['home/kitchen/temp=21']);
  assert.deepEqual(await topics('home/+/temp'), ['home/hall/temp=18', 'home/kitchen/temp=21']);
  assert.deepEqual(await topics('home/#'), ['home/hall/temp=18', 'home/kitchen/hum=40', 'home/kitchen/temp=21', 'home=root']);
  assert.deepEqual(await topics('#'), ['home/hall/temp=18', 'home/kitchen/hum=40', 'home/kitchen/temp=21', 'home=root']);
  assert.deepEqual(await topics('$SYS/#'), ['$SYS/uptime=5']);
  assert.deepEqual(await topics('nothing/here'), []);
  await store.settled();
  const [kitchen] = await store.getRetained('home/kitchen/temp');
  assert.equal(kitchen!.properties?.contentType, 'text/plain');
  assert.equal(kitchen!.retain, true);
  // An empty retained payload clears; an already expired one is not returned.
  await store.append([msg('home/hall/temp', '', { retain: true }), msg('home/kitchen/hum', 'gone', { retain: true, properties: { messageExpiryInterval: 0 } })]);
  assert.deepEqual(await topics('home/#'), ['home/kitchen/temp=21', 'home=root']);
  await store.close();
  ({ store } = await open(dir));
  assert.deepEqual(await topics('home/#'), ['home/kitchen/temp=21', 'home=root']);
  await store.close();
});

test('retained messages outlive log retention', async (t) => {
  const dir = await tempDir(t);
  const { store } = await open(dir, { retentionHours: 1 });
  await store.append([msg('keep/me', 'forever', { retain: true })]);
  for (let i = 0; i < 100; i++) await store.append([msg('filler', 'x'.repeat(100))]);
  await store.runRetention(Date.now() + 2 * 3_600_000);
  assert.ok(store.logStart > 0);
  await store.settled();
  const [m] = await store.getRetained('keep/me');
  assert.equal(m?.payload.toString(), 'forever');
  await store.close();
});

test('retention deletes old segments; queue starts advance and pulls clip', async (t) => {
  const dir = await tempDir(t);
  const { store } = await open(dir, { retentionBytes: 8192 });
  const q = await store.registerFilter('r/#');
  const other = await store.registerFilter('r/odd');
  const positions: number[] = [];
  for (let i = 0; i < 300; i++) {
    const [r] = await store.append([msg(i % 2 === 1 ? 'r/odd' : 'r/even', `p${i}`.padEnd(60, '.'))]);
    positions.push(r!.logPosition);
  }
  assert.ok(store.logEnd > 8192 * 3);
  await store.runRetention();
  const logStart = store.logStart;
  assert.ok(logStart > 0);
  const firstKept = positions.findIndex((p) => p >= logStart);
  assert.equal(store.startOffset(q.queueId), firstKept);
  await store.settled();
  const r = await store.pull({ queueId: q.queueId, fromOffset: 0, maxMessages: 5, maxBytes: 1 << 20 });
  assert.equal(r.firstOffset, firstKept);
  assert.equal(r.messages[0]!.logPosition, positions[firstKept]);
  assert.equal(r.messages[0]!.payload.toString().replace(/\.+$/, ''), `p${firstKept}`);
  assert.equal(r.endOffset, 300);
  await store.settled();
  const odd = await store.pull({ queueId: other.queueId, fromOffset: 0, maxMessages: 1000, maxBytes: 1 << 30 });
  assert.equal(odd.messages[0]!.payload.toString().replace(/\.+$/, ''), `p${firstKept % 2 === 1 ? firstKept : firstKept + 1}`);
  assert.equal(odd.firstOffset + odd.messages.length, 150);
  // The cleanup persisted: a restart sees the same starts.
  await store.close();
  const { store: again } = await open(dir, { retentionBytes: 8192 });
  assert.equal(again.startOffset(q.queueId), firstKept);
  await again.settled();
  assert.equal(await again.endOffset(q.queueId), 300);
  await again.close();
});

test('offsets and meta round trip', async (t) => {
  const dir = await tempDir(t);
  let { store } = await open(dir);
  await store.saveOffsets([
    { owner: 'client-a', entries: [{ queueId: 1, offset: 10 }, { queueId: 2, offset: 2 ** 40 }] },
    { owner: 'client-ab', entries: [{ queueId: 1, offset: 99 }] },
  ]);
  await store.saveOffsets([{ owner: 'client-a', entries: [{ queueId: 1, offset: 11 }] }]);
  await store.putMeta([
    { key: 'session/a', value: Buffer.from('A') },
    { key: 'session/b', value: Buffer.from('B') },
    { key: 'sessionx', value: Buffer.from('X') },
    { key: 'other', value: Buffer.alloc(0) },
  ]);
  await store.close();
  ({ store } = await open(dir));
  assert.deepEqual(await store.loadOffsets('client-a'), [
    { queueId: 1, offset: 11 },
    { queueId: 2, offset: 2 ** 40 },
  ]);
  assert.deepEqual(await store.loadOffsets('client-ab'), [{ queueId: 1, offset: 99 }]);
  await store.deleteOffsets('client-a');
  assert.deepEqual(await store.loadOffsets('client-a'), []);
  assert.deepEqual(await store.loadOffsets('client-ab'), [{ queueId: 1, offset: 99 }]);
  assert.deepEqual(await store.getMeta('session/a'), Buffer.from('A'));
  assert.equal(await store.getMeta('missing'), null);
  assert.deepEqual(await store.getMeta('other'), Buffer.alloc(0));
  assert.deepEqual(
    (await store.listMeta('session/')).map((e) => [e.key, e.value.toString()]),
    [
      ['session/a', 'A'],
      ['session/b', 'B'],
    ],
  );
  await store.putMeta([{ key: 'session/a', value: null }]);
  assert.deepEqual(
    (await store.listMeta('session')).map((e) => e.key),
    ['session/b', 'sessionx'],
  );
  await store.close();
});

test('queue-advanced events carry the new messages inline with correct offsets', async (t) => {
  const dir = await tempDir(t);
  const { store, events } = await open(dir, { inlineMaxBytes: 20 });
  const plus = await store.registerFilter('e/+');
  const exact = await store.registerFilter('e/1');
  await store.append([msg('e/1', 'first')]);
  await store.settled();
  events.length = 0;
  await store.append([msg('e/1', 'aaaaaaaa'), msg('e/2', 'bbbbbbbb'), msg('e/1', 'cccccccc')]);
  await store.settled();
  assert.equal(events.length, 2, 'one event per touched queue');
  const byQueue = new Map(events.map((e) => [e.queueId, e]));
  const e1 = byQueue.get(exact.queueId)!;
  assert.equal(e1.endOffset, 3);
  assert.deepEqual(
    e1.inline?.map((m) => m.payload.toString()),
    ['aaaaaaaa', 'cccccccc'],
  );
  // The inline messages are the queue's entries at endOffset - inline.length …
  await store.settled();
  const pulled = await store.pull({ queueId: exact.queueId, fromOffset: e1.endOffset - e1.inline!.length, maxMessages: 10, maxBytes: 1 << 20 });
  assert.deepEqual(
    pulled.messages.map((m) => [m.logPosition, m.timestamp, m.topic]),
    e1.inline!.map((m) => [m.logPosition, m.timestamp, m.topic]),
  );
  // … and a queue whose new payloads exceed inlineMaxBytes keeps only the newest that fit
  // (24 bytes over a 20-byte budget: the last two), still ending at endOffset.
  const ep = byQueue.get(plus.queueId)!;
  assert.equal(ep.endOffset, 4);
  assert.deepEqual(ep.inline?.map((m) => m.payload.toString()), ['bbbbbbbb', 'cccccccc']);
  await store.close();
});

test('many concurrent appends share write batches and fsyncs', async (t) => {
  const dir = await tempDir(t);
  const registry = new Registry();
  const { store, events } = await open(dir, { segmentBytes: 1 << 20 }, registry);
  const q = await store.registerFilter('c/#');
  const before = store.commitStats;
  const n = 500;
  const appends: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) appends.push(store.append([msg(`c/${i}`, `${i}`)]));
  const results = (await Promise.all(appends)) as { logPosition: number }[][];
  await store.settled();
  const after = store.commitStats;
  const batches = after.writeBatches - before.writeBatches;
  const fsyncs = after.fsyncs - before.fsyncs;
  assert.ok(batches < n / 10, `${batches} write batches for ${n} appends`);
  assert.ok(fsyncs <= batches && fsyncs < n / 10, `${fsyncs} fsyncs for ${n} appends`);
  // Applied in call order.
  for (let i = 1; i < n; i++) assert.ok(results[i]![0]!.logPosition > results[i - 1]![0]!.logPosition);
  const all = await pullAll(store, q.queueId);
  assert.deepEqual(
    all.payloads,
    Array.from({ length: n }, (_, i) => `${i}`),
  );
  assert.equal(Math.max(...events.map((e) => e.endOffset)), n);
  const text = await registry.metrics();
  assert.match(text, new RegExp(`wharf_store_appends_total ${n}`));
  assert.match(text, /wharf_store_fsync_latency_seconds_count [1-9]/);
  assert.match(text, /wharf_store_queues 1/);
  await store.close();
});

test('fsync=never and interval acknowledge after the write; close drains pending appends', async (t) => {
  for (const fsync of ['never', 'interval'] as const) {
    const dir = await tempDir(t);
    const { store } = await open(dir, { fsync, fsyncIntervalMs: 10 });
    const q = await store.registerFilter('#');
    const pending = [store.append([msg('a', '1')]), store.append([msg('b', '2')])];
    await store.close();
    await Promise.all(pending);
    await assert.rejects(store.append([msg('c', '3')]), /closed/);
    const { store: again } = await open(dir, { fsync });
    assert.deepEqual((await pullAll(again, q.queueId)).payloads, ['1', '2']);
    await again.close();
  }
});

test('segments roll under the store and pulls span them', async (t) => {
  const dir = await tempDir(t);
  const { store } = await open(dir, { segmentBytes: 4096 });
  const q = await store.registerFilter('roll');
  for (let i = 0; i < 100; i++) await store.append([msg('roll', `${i}`.padEnd(100, '-'))]);
  const files = await fs.promises.readdir(path.join(dir, 'log'));
  assert.ok(files.length >= 3, `${files.length} segments`);
  const all = await pullAll(store, q.queueId);
  assert.equal(all.payloads.length, 100);
  assert.equal(all.payloads[99]!.replace(/-+$/, ''), '99');
  await store.close();
});

test('after a crash, queue ends not yet persisted are recovered from the index', async (t) => {
  const dir = await tempDir(t);
  const { execFile } = await import('node:child_process');
  const fixture = path.join(import.meta.dirname, 'fixtures', 'crash-writer.ts');
  const out = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', fixture, dir], { cwd: path.join(import.meta.dirname, '..') }, (err, stdout) => {
      // The writer kills itself: a SIGKILL is the expected end.
      if (err !== null && err.signal !== 'SIGKILL') reject(err);
      else resolve(stdout);
    });
  });
  const before = JSON.parse(out) as { exact: number; wild: number; exactEnd: number; wildEnd: number };
  assert.deepEqual([before.exactEnd, before.wildEnd], [50, 100]);
  const { store } = await open(dir, { segmentBytes: 1 << 20 });
  assert.ok(store.recovery.seekedQueues >= 2, `${store.recovery.seekedQueues} queues read back`);
  assert.equal(store.recovery.reindexedRecords, 0);
  await store.settled();
  assert.equal(await store.endOffset(before.exact), 50);
  await store.settled();
  assert.equal(await store.endOffset(before.wild), 100);
  // New entries continue after the recovered ends instead of overwriting offsets.
  await store.append([msg('crash/a', 'after')]);
  await store.settled();
  const tail = await store.pull({ queueId: before.exact, fromOffset: 48, maxMessages: 10, maxBytes: 1 << 20 });
  assert.deepEqual(
    tail.messages.map((m) => m.payload.toString()),
    ['4:16', '4:18', 'after'],
  );
  const all = await pullAll(store, before.wild);
  assert.equal(all.payloads.length, 101);
  assert.deepEqual(all.payloads.slice(0, 3), ['0:0', '0:1', '0:2']);
  await store.close();
});

test('a backlog is written in batches bounded by the segment size, in call order', async (t) => {
  const dir = await tempDir(t);
  const { store } = await open(dir, { segmentBytes: 4096 });
  const q = await store.registerFilter('b/#');
  const n = 300;
  const results = await Promise.all(Array.from({ length: n }, (_, i) => store.append([msg(`b/${i}`, `${i}`.padEnd(80, '.'))])));
  for (let i = 1; i < n; i++) assert.ok(results[i]![0]!.logPosition > results[i - 1]![0]!.logPosition);
  const { writeBatches } = store.commitStats;
  // ~120 B records: about 34 fit a 4 KiB batch.
  assert.ok(writeBatches >= Math.floor((n * 120) / 4096), `${writeBatches} write batches`);
  const files = await fs.promises.readdir(path.join(dir, 'log'));
  for (const f of files) assert.ok((await fs.promises.stat(path.join(dir, 'log', f))).size <= 4096);
  const all = await pullAll(store, q.queueId);
  assert.deepEqual(
    all.payloads.map((p) => p.replace(/\.+$/, '')),
    Array.from({ length: n }, (_, i) => `${i}`),
  );
  await store.close();
});
