import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test, type TestContext } from 'node:test';
import { createLogger, type FsyncPolicy, type Logger } from '@wharf/core';
import { CommitLog, encodeRecordBuffer, parseSegmentFileName, Segment, segmentFileName, type CommitLogOptions } from '../src/index.ts';

async function tempDir(t: TestContext): Promise<string> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wharf-log-'));
  t.after(() => fs.promises.rm(dir, { recursive: true, force: true }));
  return dir;
}

function capture(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { logger: createLogger('debug', {}, (l) => lines.push(JSON.parse(l) as Record<string, unknown>)), lines };
}

function options(dir: string, over: Partial<CommitLogOptions> = {}): CommitLogOptions {
  return { dir, segmentBytes: 1024, fsync: 'batch' as FsyncPolicy, fsyncIntervalMs: 50, logger: capture().logger, ...over };
}

function record(i: number, payloadBytes = 40): Buffer {
  return encodeRecordBuffer({ topic: `t/${i}`, payload: Buffer.alloc(payloadBytes, i & 0xff), qos: 1, retain: false }, 1000 + i);
}

/** Appends records one write each; returns [position, size] per record. */
async function appendAll(log: CommitLog, n: number, payloadBytes = 40): Promise<[number, number][]> {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const r = record(i, payloadBytes);
    out.push([await log.append(r), r.length]);
  }
  return out;
}

test('segment names are zero-padded base positions', () => {
  assert.equal(segmentFileName(1234), '00000000000000001234.log');
  assert.equal(parseSegmentFileName('00000000000000001234.log'), 1234);
  assert.equal(parseSegmentFileName('1234.log'), null);
  assert.equal(parseSegmentFileName('00000000000000001234.log.tmp'), null);
});

test('appends roll segments at segmentBytes and positions stay global', async (t) => {
  const dir = await tempDir(t);
  const { log } = await CommitLog.open(options(dir), 0);
  const written = await appendAll(log, 60); // ~80 B each: ~4.7 KB over 1 KB segments
  assert.ok(log.segmentCount >= 4, `${log.segmentCount} segments`);
  let expect = 0;
  for (const [pos, size] of written) {
    assert.equal(pos, expect);
    expect += size;
  }
  assert.equal(log.end, expect);
  const bases = log.segmentBases();
  const files = (await fs.promises.readdir(dir)).sort();
  assert.deepEqual(files.map(parseSegmentFileName), bases);
  for (const file of files) assert.ok((await fs.promises.stat(path.join(dir, file))).size <= 1024);
  const msgs = await log.readMessages(
    written.map((w) => w[0]),
    written.map((w) => w[1]),
  );
  assert.deepEqual(
    msgs.map((m) => m?.topic),
    written.map((_, i) => `t/${i}`),
  );
  assert.deepEqual(
    msgs.map((m) => m?.logPosition),
    written.map((w) => w[0]),
  );
  await log.close();
});

test('adjacent records are read with one pread', async (t) => {
  const dir = await tempDir(t);
  const { log } = await CommitLog.open(options(dir, { segmentBytes: 1 << 20 }), 0);
  const written = await appendAll(log, 100);
  const original = Segment.prototype.read;
  let reads = 0;
  Segment.prototype.read = function (this: Segment, ...args: Parameters<Segment['read']>) {
    reads++;
    return original.apply(this, args);
  };
  try {
    const msgs = await log.readMessages(
      written.map((w) => w[0]),
      written.map((w) => w[1]),
    );
    assert.equal(msgs.filter((m) => m !== null).length, 100);
    assert.equal(reads, 1);
  } finally {
    Segment.prototype.read = original;
  }
  await log.close();
});

test('recovery truncates a torn tail and logs the dropped bytes', async (t) => {
  const dir = await tempDir(t);
  const { log } = await CommitLog.open(options(dir, { segmentBytes: 1 << 20 }), 0);
  const written = await appendAll(log, 10);
  await log.close();
  const last = written[9]!;
  const file = path.join(dir, segmentFileName(0));
  await fs.promises.truncate(file, last[0] + 11); // half of the last record survives
  const { logger, lines } = capture();
  const { log: reopened, recovery } = await CommitLog.open(options(dir, { segmentBytes: 1 << 20, logger }), 0);
  assert.equal(recovery.droppedBytes, 11);
  assert.equal(reopened.end, last[0]);
  assert.equal((await fs.promises.stat(file)).size, last[0]);
  const warn = lines.find((l) => l['level'] === 'warn');
  assert.equal(warn?.['droppedBytes'], 11);
  // The log keeps going from the cut.
  const pos = await reopened.append(record(99));
  assert.equal(pos, last[0]);
  const [m] = await reopened.readMessages([pos], [record(99).length]);
  assert.equal(m?.topic, 't/99');
  await reopened.close();
});

test('recovery truncates at a corrupt (bit-flipped) record and drops later segments', async (t) => {
  const dir = await tempDir(t);
  const { log } = await CommitLog.open(options(dir), 0);
  const written = await appendAll(log, 40);
  const segments = log.segmentBases();
  await log.close();
  assert.ok(segments.length >= 3);
  // Flip a payload bit of the first record in the second-to-last segment.
  const victimBase = segments[segments.length - 2]!;
  const file = path.join(dir, segmentFileName(victimBase));
  const fd = await fs.promises.open(file, 'r+');
  const byte = Buffer.alloc(1);
  await fd.read(byte, 0, 1, 30);
  byte[0]! ^= 0x01;
  await fd.write(byte, 0, 1, 30);
  await fd.close();
  const lastEnd = written[39]![0] + written[39]![1];
  const { logger, lines } = capture();
  const { log: reopened, recovery } = await CommitLog.open(options(dir, { logger }), victimBase);
  assert.equal(reopened.end, victimBase);
  assert.equal(recovery.droppedBytes, lastEnd - victimBase);
  assert.deepEqual(reopened.segmentBases(), segments.slice(0, -1));
  assert.ok(lines.some((l) => l['level'] === 'warn' && l['droppedBytes'] === lastEnd - victimBase));
  await reopened.close();
});

test('recovery starts a new segment at the checkpoint when the log lost indexed bytes', async (t) => {
  const dir = await tempDir(t);
  const { log } = await CommitLog.open(options(dir, { segmentBytes: 1 << 20 }), 0);
  const written = await appendAll(log, 5);
  await log.close();
  const end = written[4]![0] + written[4]![1];
  await fs.promises.truncate(path.join(dir, segmentFileName(0)), written[3]![0]);
  const { log: reopened, recovery } = await CommitLog.open(options(dir, { segmentBytes: 1 << 20 }), end);
  assert.equal(recovery.lostIndexedBytes, end - written[3]![0]);
  assert.equal(reopened.end, end, 'positions the index knows are never reused');
  assert.deepEqual(reopened.segmentBases(), [0, end]);
  const [gone] = await reopened.readMessages([written[3]![0]], [written[3]![1]]);
  assert.equal(gone, null);
  await reopened.close();
});

test('concurrent syncs share fsyncs', async (t) => {
  const dir = await tempDir(t);
  const { log } = await CommitLog.open(options(dir, { segmentBytes: 1 << 20 }), 0);
  await log.append(record(0));
  const syncs: Promise<void>[] = [];
  for (let i = 0; i < 50; i++) syncs.push(log.sync());
  await log.append(record(1));
  for (let i = 0; i < 50; i++) syncs.push(log.sync());
  await Promise.all(syncs);
  assert.equal(log.syncedEnd, log.writtenEnd);
  assert.ok(log.stats.syncs <= 2, `${log.stats.syncs} fsyncs for 100 sync calls`);
  await log.close();
});

test('retention deletes old or excess segments, never the active one', async (t) => {
  const dir = await tempDir(t);
  const { log } = await CommitLog.open(options(dir), 0);
  await appendAll(log, 60);
  const before = log.segmentBases();
  const total = log.sizeBytes;
  const bySize = await log.applyRetention(Date.now(), 3_600_000, 2500);
  assert.ok(bySize.deletedSegments > 0);
  assert.ok(log.sizeBytes <= 2500);
  assert.equal(bySize.deletedBytes, total - log.sizeBytes);
  assert.deepEqual(log.segmentBases(), before.slice(bySize.deletedSegments));
  assert.equal(log.start, log.segmentBases()[0]);
  const byAge = await log.applyRetention(Date.now() + 7_200_000, 3_600_000, 0);
  assert.ok(byAge.deletedSegments > 0);
  assert.equal(log.segmentCount, 1, 'the active segment stays');
  assert.deepEqual((await fs.promises.readdir(dir)).map(parseSegmentFileName), log.segmentBases());
  await log.close();
});

test('a scan visits every record after a position', async (t) => {
  const dir = await tempDir(t);
  const { log } = await CommitLog.open(options(dir), 0);
  const written = await appendAll(log, 30);
  const seen: number[] = [];
  await log.scan(written[10]![0], async (records) => {
    for (const r of records) seen.push(r.position);
  });
  assert.deepEqual(
    seen,
    written.slice(10).map((w) => w[0]),
  );
  await log.close();
});
