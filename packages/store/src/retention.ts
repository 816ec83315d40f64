/**
 * Retention and the index cleanup it implies. The commit log deletes whole segments past
 * `retentionHours` / `retentionBytes` (commit-log.ts applyRetention); then consume-queue
 * entries that point below the new log start are dropped (each queue's start moves up; one
 * range delete per queue) and dormant queues are reaped. Runs on a timer from open; pulls
 * skip stale entries meanwhile.
 */
import type { Logger, WharfConfig } from '@wharf/core';
import type { CommitLog } from './commit-log/commit-log.ts';
import { StoreFailedError } from './errors.ts';
import type { IndexDb } from './index/index-db.ts';
import { blockLength, ENTRY_VALUE_BYTES, entryKey, prefixEnd, QUEUE_END, QUEUE_START, queueKey, readU64, registryKey, u64Value } from './index/keys.ts';
import type { QueueRegistry } from './index/queues.ts';
import type { StoreMetrics } from './metrics.ts';
import { SEEK_CONCURRENCY } from './recovery.ts';

/** How often retention runs. */
const RETENTION_CHECK_MS = 60_000;
/**
 * Queues with an unknown head (every non-empty queue after a restart) examined per retention
 * pass: the cleanup converges in the background instead of seeking every queue at once.
 */
const MAX_UNKNOWN_HEADS_PER_PASS = 10_000;

export interface RetentionOptions {
  log: CommitLog;
  index: IndexDb;
  queues: QueueRegistry;
  metrics: StoreMetrics;
  logger: Logger;
  config: Pick<WharfConfig, 'retentionHours' | 'retentionBytes'>;
  /** The store has failed: retention does nothing more. */
  failed: () => boolean;
  /** An index write failed: the store stops. */
  fail: (err: Error) => void;
}

export class Retention {
  private readonly log: CommitLog;
  private readonly index: IndexDb;
  private readonly queues: QueueRegistry;
  private readonly metrics: StoreMetrics;
  private readonly logger: Logger;
  private readonly cfg: RetentionOptions['config'];
  private readonly failed: () => boolean;
  private readonly fail: (err: Error) => void;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(opts: RetentionOptions) {
    this.log = opts.log;
    this.index = opts.index;
    this.queues = opts.queues;
    this.metrics = opts.metrics;
    this.logger = opts.logger;
    this.cfg = opts.config;
    this.failed = opts.failed;
    this.fail = opts.fail;
  }

  /** Runs a pass now, in the background, and every RETENTION_CHECK_MS after. */
  start(): void {
    this.run().catch((err: unknown) => this.logger.error('retention failed', { err }));
    this.timer = setInterval(() => {
      this.run().catch((err: unknown) => this.logger.error('retention failed', { err }));
    }, RETENTION_CHECK_MS);
    this.timer.unref();
  }

  /** No further pass starts; a running one stops between cleanup groups. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** Resolves when the running pass, if any, has ended. */
  async settled(): Promise<void> {
    if (this.running !== null) await this.running.catch(() => undefined);
  }

  /** One pass after any running one. Tests pass a future `now`. */
  run(now = Date.now()): Promise<void> {
    const previous = this.running ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.retain(now));
    this.running = run;
    const clear = (): void => {
      if (this.running === run) this.running = null;
    };
    run.then(clear, clear);
    return run;
  }

  private async retain(now: number): Promise<void> {
    if (this.stopped || this.failed()) return;
    const result = await this.log.applyRetention(now, this.cfg.retentionHours * 3_600_000, this.cfg.retentionBytes);
    if (result.deletedSegments > 0) this.metrics.retentionDeletedSegments.inc(result.deletedSegments);
    if (result.start > 0) await this.cleanupEntries(result.start);
    this.reapDormant();
  }

  /**
   * Drops entry blocks below `logStart`. Only queues whose head entry is below it are
   * examined, so the work follows the data deleted; plus a bounded number of queues whose head
   * is not known yet (since the last open). Pulls skip stale entries meanwhile.
   */
  private async cleanupEntries(logStart: number): Promise<void> {
    const { start, visible, head } = this.queues;
    const candidates: number[] = [];
    let unknown = 0;
    for (const q of this.queues.ids()) {
      if (start[q]! >= visible[q]!) continue;
      const h = head[q]!;
      if (h < logStart) candidates.push(q);
      else if (Number.isNaN(h) && unknown < MAX_UNKNOWN_HEADS_PER_PASS) {
        candidates.push(q);
        unknown++;
      }
    }
    for (let i = 0; i < candidates.length; i += SEEK_CONCURRENCY) {
      if (this.stopped) return;
      const group = candidates.slice(i, i + SEEK_CONCURRENCY);
      const found = await Promise.all(group.map((q) => this.findLiveStart(q, logStart)));
      const wb = this.index.batch(group.length * 2);
      let changed = 0;
      for (let k = 0; k < group.length; k++) {
        const q = group[k]!;
        const f = found[k]!;
        // The queue may have been reaped or cleaned while we looked.
        if (!this.queues.has(q) || f.scannedFrom !== start[q]) continue;
        head[q] = f.head;
        if (f.start === start[q]) continue;
        wb.tryDeleteRange(entryKey(q, 0), entryKey(q, f.deleteBelow));
        wb.tryPut(queueKey(QUEUE_START, q), u64Value(f.start));
        start[q] = f.start;
        changed++;
      }
      if (changed > 0) await this.index.commit(wb);
      else this.index.discard(wb);
    }
  }

  /**
   * The first offset of queue `q` whose record is at or past `logStart`, its position, and the
   * key bound below which whole blocks are stale.
   */
  private async findLiveStart(q: number, logStart: number): Promise<{ scannedFrom: number; start: number; head: number; deleteBelow: number }> {
    const scannedFrom = this.queues.start[q]!;
    const end = this.queues.visible[q]!;
    for await (const { key, value } of this.index.range(entryKey(q, scannedFrom), entryKey(q, end), { capacity: 64 })) {
      const last = readU64(key, 5);
      const blockFirst = last - blockLength(value) + 1;
      for (let off = Math.max(scannedFrom, blockFirst); off <= last; off++) {
        const pos = readU64(value, (off - blockFirst) * ENTRY_VALUE_BYTES);
        if (pos >= logStart) return { scannedFrom, start: off, head: pos, deleteBelow: last };
      }
    }
    return { scannedFrom, start: end, head: NaN, deleteBelow: end };
  }

  /** Deletes dormant queues (no references, nothing in flight): rows, entries and all. */
  private reapDormant(): void {
    const ids = this.queues.reapable();
    if (ids.length === 0) return;
    const wb = this.index.batch(ids.length * 4);
    for (const q of ids) {
      const filter = this.queues.filterOf(q)!;
      wb.tryDeleteRange(entryKey(q, 0), prefixEnd(entryKey(q, 0).subarray(0, 5)));
      wb.tryDelete(queueKey(QUEUE_END, q));
      wb.tryDelete(queueKey(QUEUE_START, q));
      wb.tryDelete(registryKey(filter));
      this.queues.drop(q);
    }
    this.index.commit(wb).catch((err: unknown) => this.fail(new StoreFailedError(`index write failed: ${(err as Error).message}`)));
    this.logger.debug('reaped dormant queues', { count: ids.length });
  }
}
