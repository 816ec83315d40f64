/**
 * The commit log: an append-only sequence of segment files. A log position is a global byte
 * offset (segment base + offset in the segment), unique and increasing; a record's position
 * is where its length prefix starts.
 *
 * Writes are serialized (one in flight); fsyncs are grouped: every caller that asks while an
 * fsync is running shares the next one. Recovery validates the records after the index
 * checkpoint and cuts a torn or corrupt tail. Retention deletes whole segments, oldest first,
 * never the active one.
 *
 * Positions may have gaps: when the index checkpoint is ahead of the recovered log (an
 * unsynced tail lost to a crash under fsync=interval|never), the next segment starts at the
 * checkpoint so no position the index knows is ever reused for another record.
 */
import * as fs from 'node:fs';
import type { FsyncPolicy, Logger, StoredMessage } from '@wharf/core';
import { CorruptRecordError, checkRecord, decodeRecord, MAX_RECORD_BODY_BYTES, MIN_RECORD_BODY_BYTES, RECORD_HEADER_BYTES } from './record.ts';
import { parseSegmentFileName, Segment, syncDirectory } from './segment.ts';

/** Bytes read per step while scanning (recovery, re-indexing). */
const SCAN_CHUNK_BYTES = 1 << 20;
/** Records this close together are read with one pread (reading the gap is cheaper than a syscall). */
const COALESCE_GAP_BYTES = 16 * 1024;
/** Upper bound on one coalesced read, unless a single record is larger. */
const MAX_READ_BYTES = 1 << 20;

export interface CommitLogOptions {
  dir: string;
  segmentBytes: number;
  fsync: FsyncPolicy;
  /** Period of the background fsync under `fsync: 'interval'`. */
  fsyncIntervalMs: number;
  logger: Logger;
  /** Observes every fsync (seconds); metrics hook. */
  onSync?: (seconds: number) => void;
  now?: () => number;
}

export interface RecoveryReport {
  /** Where validation started. */
  scannedFrom: number;
  /** Valid record bytes found after `scannedFrom`. */
  validBytes: number;
  /** Bytes cut from the tail (torn or corrupt). */
  droppedBytes: number;
  /** Set when the index knew positions the log no longer holds. */
  lostIndexedBytes: number;
}

/** One record found by `scan`. `buf[at, at+size)` holds it, checked. */
export interface ScannedRecord {
  position: number;
  size: number;
  buf: Buffer;
  at: number;
}

export interface RetentionResult {
  deletedSegments: number;
  deletedBytes: number;
  /** The log's first position after deletion. */
  start: number;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class CommitLogFailedError extends Error {
  override name = 'CommitLogFailedError';
}

export class CommitLog {
  private readonly segments: Segment[] = [];
  private reservedEnd = 0;
  private written = 0;
  private synced = 0;
  private appending = false;
  private syncInFlight: Promise<void> | null = null;
  private nextSync: Deferred | null = null;
  private intervalTimer: NodeJS.Timeout | null = null;
  private failure: Error | null = null;
  private closed = false;
  private readonly now: () => number;
  /** Counters for metrics and tests. */
  readonly stats = { appends: 0, syncs: 0, rolls: 0 };

  private constructor(private readonly opts: CommitLogOptions) {
    this.now = opts.now ?? Date.now;
  }

  /**
   * Opens (or creates) the log in `opts.dir` and recovers it: records from `checkpoint` on
   * are validated and a bad tail is cut. Returns the log and what recovery did.
   */
  static async open(opts: CommitLogOptions, checkpoint: number): Promise<{ log: CommitLog; recovery: RecoveryReport }> {
    if (!Number.isSafeInteger(checkpoint) || checkpoint < 0) throw new RangeError(`bad checkpoint ${checkpoint}`);
    const log = new CommitLog(opts);
    await fs.promises.mkdir(opts.dir, { recursive: true });
    const bases = (await fs.promises.readdir(opts.dir))
      .map(parseSegmentFileName)
      .filter((b): b is number => b !== null)
      .sort((a, b) => a - b);
    try {
      for (const base of bases) log.segments.push(await Segment.open(opts.dir, base));
      for (let i = 1; i < log.segments.length; i++) {
        const prev = log.segments[i - 1]!;
        const seg = log.segments[i]!;
        if (prev.end > seg.base) {
          throw new Error(`commit log segments overlap: ${prev.path} ends at ${prev.end}, ${seg.path} starts at ${seg.base}`);
        }
      }
      const recovery = await log.recover(checkpoint);
      if (log.segments.length === 0) {
        // A fresh log starts where the index left off, so old index entries never alias new records.
        log.segments.push(await Segment.create(opts.dir, checkpoint, log.now()));
        await log.syncDirIfDurable();
      } else if (log.active.end < checkpoint) {
        log.segments.push(await Segment.create(opts.dir, checkpoint, log.now()));
        await log.syncDirIfDurable();
      }
      log.reservedEnd = log.written = log.synced = log.active.end;
      if (opts.fsync === 'interval') log.startIntervalSync();
      return { log, recovery };
    } catch (err) {
      await log.close().catch(() => undefined);
      throw err;
    }
  }

  private get active(): Segment {
    return this.segments[this.segments.length - 1]!;
  }

  /** First position still held. */
  get start(): number {
    return this.segments[0]!.base;
  }

  /** Position the next append gets. */
  get end(): number {
    return this.reservedEnd;
  }

  /** Everything below this is written (visible to reads). */
  get writtenEnd(): number {
    return this.written;
  }

  /** Everything below this is fsynced. */
  get syncedEnd(): number {
    return this.synced;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /** Bytes held on disk across all segments. */
  get sizeBytes(): number {
    let n = 0;
    for (const s of this.segments) n += s.size;
    return n;
  }

  segmentBases(): number[] {
    return this.segments.map((s) => s.base);
  }

  private async recover(checkpoint: number): Promise<RecoveryReport> {
    const report: RecoveryReport = { scannedFrom: checkpoint, validBytes: 0, droppedBytes: 0, lostIndexedBytes: 0 };
    if (this.segments.length === 0) return report;
    // Records below the checkpoint were indexed, so they were whole when written; reads
    // still check each record's CRC. A checkpoint past the end means the log lost a tail it
    // had when indexed: what is left of the last segment is suspect, so check all of it.
    const last = this.active;
    const from = checkpoint > last.end ? last.base : Math.max(checkpoint, this.start);
    report.scannedFrom = from;
    for (let i = 0; i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      if (seg.end <= from) continue;
      const offset = Math.max(0, from - seg.base);
      const validEnd = await this.validateSegment(seg, offset);
      report.validBytes += validEnd - offset;
      if (validEnd === seg.size) continue;
      report.droppedBytes += seg.size - validEnd;
      for (const later of this.segments.splice(i + 1)) {
        report.droppedBytes += later.size;
        await later.remove();
      }
      this.opts.logger.warn('commit log tail is torn or corrupt; truncating', {
        segment: seg.path,
        at: seg.base + validEnd,
        droppedBytes: report.droppedBytes,
      });
      await seg.truncate(validEnd);
      await seg.sync();
      break;
    }
    if (this.active.end < checkpoint) {
      report.lostIndexedBytes = checkpoint - this.active.end;
      this.opts.logger.warn('commit log ends before the index checkpoint; indexed messages were lost', {
        logEnd: this.active.end,
        checkpoint,
        lostBytes: report.lostIndexedBytes,
      });
    }
    return report;
  }

  /** Offset within `seg` where valid records starting at `offset` stop. */
  private validateSegment(seg: Segment, offset: number): Promise<number> {
    return this.scanSegment(seg, offset, null);
  }

  /**
   * Walks the records of `seg` from `offset`, handing each read chunk's valid records to
   * `onChunk` (awaited). Returns the offset where the valid run ends: the end of the file or
   * the first torn or corrupt record.
   */
  private async scanSegment(
    seg: Segment,
    offset: number,
    onChunk: ((records: ScannedRecord[]) => Promise<void>) | null,
  ): Promise<number> {
    let pos = offset;
    let buf = Buffer.allocUnsafe(SCAN_CHUNK_BYTES);
    while (pos < seg.size) {
      const want = Math.min(buf.length, seg.size - pos);
      const got = await seg.read(pos, buf, 0, want);
      if (got < RECORD_HEADER_BYTES) return pos;
      const records: ScannedRecord[] = [];
      let at = 0;
      while (got - at >= RECORD_HEADER_BYTES) {
        const bodyLen = buf.readUInt32BE(at);
        const total = bodyLen + RECORD_HEADER_BYTES;
        if (bodyLen < MIN_RECORD_BODY_BYTES || bodyLen > MAX_RECORD_BODY_BYTES) return pos + at;
        if (pos + at + total > seg.size) return pos + at;
        if (at + total > got) break;
        try {
          checkRecord(buf, at, at + total);
        } catch (err) {
          if (err instanceof CorruptRecordError) {
            if (records.length > 0 && onChunk !== null) await onChunk(records);
            return pos + at;
          }
          throw err;
        }
        records.push({ position: seg.base + pos + at, size: total, buf, at });
        at += total;
      }
      if (at === 0) {
        // One record larger than the buffer: grow to fit it and read again.
        buf = Buffer.allocUnsafe(buf.readUInt32BE(0) + RECORD_HEADER_BYTES);
        continue;
      }
      pos += at;
      if (onChunk !== null && records.length > 0) {
        await onChunk(records);
        // Handed-out records point into `buf`: the next chunk gets a fresh one.
        buf = Buffer.allocUnsafe(SCAN_CHUNK_BYTES);
      }
    }
    return pos;
  }

  /**
   * Visits every valid record from `from` to the written end, one read chunk at a time,
   * awaiting `onChunk` between chunks (re-indexing writes an index batch per chunk).
   */
  async scan(from: number, onChunk: (records: ScannedRecord[]) => Promise<void>): Promise<void> {
    this.assertUsable();
    for (const seg of [...this.segments]) {
      if (seg.end <= from) continue;
      await this.scanSegment(seg, Math.max(0, from - seg.base), onChunk);
    }
  }

  /**
   * Appends `buf` (whole records) at the end. Returns the position of its first byte. Rolls to
   * a new segment first when `buf` would overflow a non-empty active segment. One append at a
   * time; on failure the partial bytes are cut off and the log stays usable.
   */
  async append(buf: Buffer): Promise<number> {
    this.assertUsable();
    if (this.appending) throw new Error('commit log append while another is in flight');
    if (buf.length === 0) throw new RangeError('empty append');
    this.appending = true;
    const position = this.reservedEnd;
    this.reservedEnd += buf.length;
    try {
      let seg = this.active;
      if (seg.size > 0 && seg.size + buf.length > this.opts.segmentBytes) seg = await this.roll();
      const before = seg.size;
      try {
        await seg.append(buf, 0, buf.length, this.now());
      } catch (err) {
        try {
          await seg.truncate(before);
        } catch (cutErr) {
          this.fail(new CommitLogFailedError(`commit log cannot undo a failed write: ${(cutErr as Error).message}`));
        }
        this.reservedEnd = position;
        throw err;
      }
      this.written = this.reservedEnd;
      this.stats.appends++;
      return position;
    } catch (err) {
      this.reservedEnd = position;
      throw err;
    } finally {
      this.appending = false;
    }
  }

  private async roll(): Promise<Segment> {
    const old = this.active;
    if (this.opts.fsync !== 'never') await old.sync();
    const seg = await Segment.create(this.opts.dir, old.end, this.now());
    this.segments.push(seg);
    await this.syncDirIfDurable();
    this.stats.rolls++;
    return seg;
  }

  private async syncDirIfDurable(): Promise<void> {
    if (this.opts.fsync !== 'never') await syncDirectory(this.opts.dir);
  }

  /**
   * Resolves when everything written before the call is on disk. Callers arriving while an
   * fsync is in flight share the next one.
   */
  sync(): Promise<void> {
    this.assertUsable();
    if (this.synced >= this.written) return Promise.resolve();
    if (this.syncInFlight === null) return this.startSync();
    if (this.nextSync === null) this.nextSync = deferred();
    return this.nextSync.promise;
  }

  private startSync(): Promise<void> {
    const target = this.written;
    const seg = this.active;
    const t0 = performance.now();
    const run = seg.sync().then(
      () => {
        this.stats.syncs++;
        this.opts.onSync?.((performance.now() - t0) / 1000);
        if (target > this.synced) this.synced = target;
        this.syncInFlight = null;
        this.startNextSync();
      },
      (err: unknown) => {
        // After a failed fsync the page cache state is unknown (fsyncgate): stop.
        const failure = new CommitLogFailedError(`commit log fsync failed: ${(err as Error).message}`);
        this.fail(failure);
        this.syncInFlight = null;
        const next = this.nextSync;
        this.nextSync = null;
        next?.reject(failure);
        throw failure;
      },
    );
    this.syncInFlight = run;
    return run;
  }

  private startNextSync(): void {
    const next = this.nextSync;
    if (next === null) return;
    this.nextSync = null;
    if (this.synced >= this.written) {
      next.resolve();
      return;
    }
    this.startSync().then(next.resolve, next.reject);
  }

  private startIntervalSync(): void {
    this.intervalTimer = setInterval(() => {
      if (this.failure !== null || this.closed || this.synced >= this.written) return;
      this.sync().catch((err: unknown) => this.opts.logger.error('interval fsync failed', { err }));
    }, this.opts.fsyncIntervalMs);
    this.intervalTimer.unref();
  }

  /** Index of the segment holding `position`, or -1 (deleted, in a gap, or past the end). */
  private segmentIndex(position: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (segs[mid]!.base <= position) lo = mid + 1;
      else hi = mid - 1;
    }
    if (hi < 0) return -1;
    const seg = segs[hi]!;
    return position < seg.end ? hi : -1;
  }

  /**
   * Reads and decodes the records at `positions` (ascending) with their total `sizes`.
   * Records close together are fetched with one pread. An entry is null when its record is
   * gone (retention) or fails its CRC (logged). Payloads are views of the read buffers.
   */
  async readMessages(positions: readonly number[], sizes: readonly number[]): Promise<(StoredMessage | null)[]> {
    this.assertUsable();
    const n = positions.length;
    const out: (StoredMessage | null)[] = new Array<StoredMessage | null>(n).fill(null);
    const reads: Promise<void>[] = [];
    let i = 0;
    while (i < n) {
      const first = positions[i]!;
      const segIdx = this.segmentIndex(first);
      if (segIdx === -1 || first + sizes[i]! > this.written) {
        i++;
        continue;
      }
      const seg = this.segments[segIdx]!;
      let runEnd = first + sizes[i]!;
      let j = i + 1;
      while (j < n) {
        const p = positions[j]!;
        const e = p + sizes[j]!;
        if (p < runEnd || p - runEnd > COALESCE_GAP_BYTES || e > seg.end || e - first > MAX_READ_BYTES) break;
        runEnd = e;
        j++;
      }
      reads.push(this.readRun(seg, first, runEnd, positions, sizes, i, j, out));
      i = j;
    }
    await Promise.all(reads);
    return out;
  }

  private async readRun(
    seg: Segment,
    first: number,
    runEnd: number,
    positions: readonly number[],
    sizes: readonly number[],
    from: number,
    to: number,
    out: (StoredMessage | null)[],
  ): Promise<void> {
    const len = runEnd - first;
    const buf = Buffer.allocUnsafe(len);
    let got: number;
    try {
      got = await seg.read(first - seg.base, buf, 0, len);
    } catch (err) {
      if (seg.isClosed) return; // deleted by retention while we waited
      throw err;
    }
    for (let k = from; k < to; k++) {
      const at = positions[k]! - first;
      try {
        const size = checkRecord(buf, at, Math.min(got, at + sizes[k]!));
        out[k] = decodeRecord(buf, at, size, positions[k]!);
      } catch (err) {
        if (!(err instanceof CorruptRecordError)) throw err;
        this.opts.logger.warn('commit log record failed its check on read', { position: positions[k], fault: err.fault, error: err.message });
      }
    }
  }

  /**
   * Deletes whole segments, oldest first, while they are older than `maxAgeMs` (by their
   * last write) or the log holds more than `maxBytes` (0: no limit). Never the active segment.
   */
  async applyRetention(now: number, maxAgeMs: number, maxBytes: number): Promise<RetentionResult> {
    this.assertUsable();
    let total = this.sizeBytes;
    let deletedSegments = 0;
    let deletedBytes = 0;
    while (this.segments.length > 1) {
      const oldest = this.segments[0]!;
      const tooOld = oldest.lastWriteMs < now - maxAgeMs;
      const tooBig = maxBytes > 0 && total > maxBytes;
      if (!tooOld && !tooBig) break;
      this.segments.shift();
      total -= oldest.size;
      deletedBytes += oldest.size;
      deletedSegments++;
      await oldest.remove();
    }
    if (deletedSegments > 0) {
      await this.syncDirIfDurable();
      this.opts.logger.info('commit log retention deleted segments', { deletedSegments, deletedBytes, start: this.start });
    }
    return { deletedSegments, deletedBytes, start: this.start };
  }

  private fail(err: Error): void {
    if (this.failure === null) {
      this.failure = err;
      this.opts.logger.error('commit log failed; appends stop until restart', { err });
    }
  }

  get failed(): Error | null {
    return this.failure;
  }

  private assertUsable(): void {
    if (this.closed) throw new Error('commit log is closed');
    if (this.failure !== null) throw this.failure;
  }

  /** Syncs (unless fsync=never... which still syncs on a clean close) and closes every segment. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.intervalTimer !== null) clearInterval(this.intervalTimer);
    this.intervalTimer = null;
    if (this.failure === null && this.segments.length > 0 && this.synced < this.written) {
      try {
        await this.sync();
      } catch {
        // reported by fail()
      }
    }
    if (this.syncInFlight !== null) await this.syncInFlight.catch(() => undefined);
    this.closed = true;
    for (const seg of this.segments) await seg.close();
  }
}
