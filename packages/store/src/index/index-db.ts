/**
 * The RocksDB handle of the store index. All writes go through one FIFO (`commit`): batches
 * reach RocksDB in the order they were committed, so values written from in-memory state
 * (queue ends, reference counts, the checkpoint) never regress. RocksDB's WAL is written but
 * not synced per batch: the commit log is the durable record, and recovery re-indexes the log
 * after the checkpoint.
 */
import RocksDB from 'rocksdb-native';
type WriteBatch = RocksDB.WriteBatch;
import { prefixEnd } from './keys.ts';

/** Entries fetched per native call while scanning. */
const SCAN_CAPACITY = 1024;
/**
 * Write batches kept for reuse. rocksdb-native recycles only batches of ≤16 operations; a
 * larger one allocates its native operation buffer anew each time (~10% of the append path's
 * CPU), so the store keeps its own. Bounded by the batches that can be in flight at once.
 */
const MAX_POOLED_BATCHES = 16;

export class IndexDb {
  private tail: Promise<void> = Promise.resolve();
  private readonly pool: WriteBatch[] = [];
  private queued = 0;
  private closed = false;

  private constructor(private readonly db: RocksDB) {}

  static async open(dir: string): Promise<IndexDb> {
    const db = new RocksDB(dir, { maxBackgroundJobs: 2 });
    await db.ready();
    return new IndexDb(db);
  }

  /**
   * A batch to fill and hand to `commit` (or `discard`). `capacity`: expected operations, a
   * sizing hint for a new batch.
   */
  batch(capacity = 8): WriteBatch {
    this.assertOpen();
    return this.pool.pop() ?? this.db.write({ capacity: Math.max(8, capacity) });
  }

  /** Writes `batch` after every batch committed before it; the batch is recycled after. */
  commit(batch: WriteBatch): Promise<void> {
    this.assertOpen();
    this.queued++;
    const run = this.tail.then(() => batch.flush());
    const settled = run.then(
      () => {
        this.queued--;
        this.recycle(batch);
      },
      (err: unknown) => {
        this.queued--;
        batch.destroy();
        throw err;
      },
    );
    this.tail = settled.catch(() => undefined);
    return settled;
  }

  /** Drops a filled batch that will not be committed. */
  discard(batch: WriteBatch): void {
    batch.destroy();
  }

  private recycle(batch: WriteBatch): void {
    // A flushed batch is empty again; an open database needs its handle freed when dropped.
    if (this.pool.length < MAX_POOLED_BATCHES && !this.closed) this.pool.push(batch);
    else batch.destroy();
  }

  /** Batches committed and not yet written. */
  get queuedBatches(): number {
    return this.queued;
  }

  async get(key: Buffer): Promise<Buffer | null> {
    this.assertOpen();
    return this.db.get(key);
  }

  /** Point reads in one native call; null for absent keys. */
  getMany(keys: readonly Buffer[]): Promise<(Buffer | null)[]> {
    this.assertOpen();
    if (keys.length === 0) return Promise.resolve([]);
    const rb = this.db.read({ capacity: keys.length, autoDestroy: true });
    const out = keys.map((k) => rb.get(k));
    rb.tryFlush();
    return Promise.all(out);
  }

  /**
   * Entries with keys in [gte, lt), in key order (reverse: descending). `capacity`: entries
   * fetched per native call; size it to what the caller expects to read.
   */
  range(gte: Buffer, lt: Buffer, opts: { limit?: number; capacity?: number; reverse?: boolean } = {}): AsyncIterable<{ key: Buffer; value: Buffer }> {
    this.assertOpen();
    const limit = opts.limit ?? Infinity;
    const capacity = Math.max(1, Math.min(opts.capacity ?? SCAN_CAPACITY, limit));
    return this.db.iterator({ gte, lt, limit, capacity, reverse: opts.reverse ?? false });
  }

  /** Every entry whose key starts with `prefix`. */
  scanPrefix(prefix: Buffer): AsyncIterable<{ key: Buffer; value: Buffer }> {
    return this.range(prefix, prefixEnd(prefix));
  }

  /** Waits for every committed batch. */
  async idle(): Promise<void> {
    await this.tail;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    // Pooled batches hold a reference on the database; close waits for every one.
    for (const b of this.pool.splice(0)) b.destroy();
    await this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('store index is closed');
  }
}
