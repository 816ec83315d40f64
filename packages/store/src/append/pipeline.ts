/**
 * The store's append pipeline, with group commit (DESIGN §2-3).
 *
 * Appends wait in a FIFO; each turn of the event loop (and each time the previous log write
 * completes) the whole FIFO, up to MAX_WRITE_BATCH_BYTES, becomes one write batch
 * (write-batch.ts): its records are encoded into one buffer (one log write), its offsets handed
 * out and its index changes gathered into one RocksDB WriteBatch. One log write is in flight at
 * a time, so everything that arrives meanwhile joins the next batch.
 *
 * After the log write, the index batch and (fsync=batch) a grouped fsync run together. Two
 * ordered stages follow:
 *   ack      the records are durable (fsync=batch: after the fsync; interval/never: after the
 *            write): the append promises resolve. The index need not be written for this:
 *            recovery re-indexes the log after the index checkpoint.
 *   publish  durable and indexed: the queues' visible ends advance and one QueueAdvanced per
 *            touched queue goes to the sink. Pulls never see past the visible end.
 * So RocksDB work overlaps the next batch's log write and fsync instead of delaying acks. At
 * most MAX_UNPUBLISHED_BATCHES batches may wait to be published before log writes pause.
 *
 * Failures. A failed log write is undone (its bytes cut, its offsets returned) and its appends
 * rejected; later appends proceed. A failed fsync or index write stops the store: every pending
 * and later append is rejected, and recovery at the next start re-indexes the log.
 */
import {
  checkTopicName,
  type AdvanceSink,
  type AppendResult,
  type Logger,
  type Message,
  type QueueAdvanced,
  type StoredMessage,
  type WharfConfig,
} from '@wharf/core';
import type { CommitLog } from '../commit-log/commit-log.ts';
import { recordSize } from '../commit-log/record.ts';
import { StoreFailedError, StoreOverloadedError } from '../errors.ts';
import type { LastValueHook, TouchedQueue } from '../index/batch-indexer.ts';
import type { IndexDb } from '../index/index-db.ts';
import type { QueueRegistry } from '../index/queues.ts';
import type { StoreMetrics } from '../metrics.ts';
import { writeEnds } from '../recovery.ts';
import { buildWriteBatch, type PendingAppend, type WriteBatchState } from './write-batch.ts';

/** Largest commit-log write; a single larger record is written alone. */
const MAX_WRITE_BATCH_BYTES = 4 * 1024 * 1024;
/** Appends beyond this many pending bytes are refused (the caller's bounds have failed). */
export const MAX_PENDING_APPEND_BYTES = 256 * 1024 * 1024;
/** How often queue ends are persisted (bounds the log recovery scans for them). */
const ENDS_FLUSH_MS = 1000;
/**
 * Write batches whose index batch may still be queued before the next log write waits: bounds
 * how far acknowledged appends run ahead of what subscribers can read.
 */
const MAX_UNPUBLISHED_BATCHES = 4;

/** What the pipeline needs of the message queues (dispatcher/message-queues.ts). */
export interface AppendQueues {
  /** By consume-queue id: the last-value queue reading it. */
  readonly lastValueHooks: readonly (LastValueHook | undefined)[];
  /** Last-value queues that refuse keyless messages; appends check refusals only while > 0. */
  readonly rejecting: number;
  /** Why a last-value queue among `matched` refuses the message, if one does. */
  refusal(message: Message, matched: readonly number[]): string | undefined;
  /** A batch became readable: the dispatchers reading its touched queues take its messages. */
  published(touched: readonly TouchedQueue[]): void;
}

export interface AppendPipelineOptions {
  log: CommitLog;
  index: IndexDb;
  queues: QueueRegistry;
  metrics: StoreMetrics;
  logger: Logger;
  config: Pick<WharfConfig, 'fsync' | 'segmentBytes' | 'inlineMaxBytes'>;
  sink: AdvanceSink | null;
}

export class AppendPipeline {
  private readonly log: CommitLog;
  private readonly index: IndexDb;
  private readonly queues: QueueRegistry;
  private readonly metrics: StoreMetrics;
  private readonly logger: Logger;
  private readonly cfg: AppendPipelineOptions['config'];
  private sink: AdvanceSink | null;
  /** The message queues: loaded after the pipeline exists (they call back into it), before any append. */
  private mq!: AppendQueues;

  /** Appends waiting for a log write: `pending[pendingHead…]` (a head index, not shift()). */
  private pending: PendingAppend[] = [];
  private pendingHead = 0;
  private pendingBytes = 0;
  private scheduled = false;
  private writing = false;
  /** Written batches not yet acknowledged (waiting for their fsync), oldest first. */
  private readonly unacked: WriteBatchState[] = [];
  /** Written batches not yet visible (waiting for their index batch or fsync), oldest first. */
  private readonly unpublished: WriteBatchState[] = [];
  private failure: Error | null = null;
  private idleWaiters: (() => void)[] = [];
  private lastEndsFlush = performance.now();
  private readonly refusalMatches: number[] = [];
  private readonly runBound = (): void => this.run();

  constructor(opts: AppendPipelineOptions) {
    this.log = opts.log;
    this.index = opts.index;
    this.queues = opts.queues;
    this.metrics = opts.metrics;
    this.logger = opts.logger;
    this.cfg = opts.config;
    this.sink = opts.sink;
  }

  bindQueues(mq: AppendQueues): void {
    if (this.mq !== undefined) throw new Error('the append pipeline already has its message queues');
    this.mq = mq;
  }

  /** Recovery is done and wrote every moved queue end: the next ends flush is ENDS_FLUSH_MS away. */
  recovered(): void {
    this.lastEndsFlush = performance.now();
  }

  setSink(sink: AdvanceSink): void {
    this.sink = sink;
  }

  /** Record bytes of appends waiting for a log write. */
  get pendingAppendBytes(): number {
    return this.pendingBytes;
  }

  /** Write batches built and not yet published. */
  get inFlight(): boolean {
    return this.writing || this.unpublished.length > 0;
  }

  get failed(): Error | null {
    return this.failure;
  }

  append(messages: readonly Message[]): Promise<AppendResult[]> {
    if (this.failure !== null) return Promise.reject(this.failure);
    if (messages.length === 0) return Promise.resolve([]);
    const sizes: number[] = new Array<number>(messages.length);
    let bytes = 0;
    let refused: (string | undefined)[] | null = null;
    let refusedCount = 0;
    try {
      for (let i = 0; i < messages.length; i++) {
        const m = messages[i]!;
        const topicError = checkTopicName(m.topic);
        if (topicError !== null) throw new RangeError(`cannot append to topic ${JSON.stringify(m.topic.slice(0, 100))}: ${topicError}`);
        if (m.qos !== 0 && m.qos !== 1 && m.qos !== 2) throw new RangeError(`bad QoS ${String(m.qos)}`);
        // Decided before the record exists: only while some last-value queue refuses keyless messages.
        if (this.mq.rejecting > 0) {
          const reason = this.refusal(m);
          if (reason !== undefined) {
            (refused ??= new Array<string | undefined>(messages.length))[i] = reason;
            refusedCount++;
            sizes[i] = 0;
            continue;
          }
        }
        const size = recordSize(m);
        sizes[i] = size;
        bytes += size;
      }
    } catch (err) {
      return Promise.reject(err);
    }
    if (refusedCount === messages.length) {
      return Promise.resolve(refused!.map((reason) => ({ logPosition: -1, timestamp: 0, matched: false, refused: reason! })));
    }
    if (this.pendingBytes + bytes > MAX_PENDING_APPEND_BYTES && this.hasPending) {
      return Promise.reject(new StoreOverloadedError(`store has ${this.pendingBytes} bytes of appends pending (limit ${MAX_PENDING_APPEND_BYTES})`));
    }
    return new Promise<AppendResult[]>((resolve, reject) => {
      this.pending.push({ messages, refused, sizes, bytes, enqueuedAt: performance.now(), resolve, reject });
      this.pendingBytes += bytes;
      this.schedule();
    });
  }

  /** Why a last-value queue matching the message's topic refuses it, if one does. */
  private refusal(m: Message): string | undefined {
    const matches = this.refusalMatches;
    matches.length = 0;
    if (this.queues.match(m.topic, matches) === 0) return undefined;
    return this.mq.refusal(m, matches);
  }

  private get hasPending(): boolean {
    return this.pendingHead < this.pending.length;
  }

  private schedule(): void {
    if (this.scheduled || this.writing) return;
    this.scheduled = true;
    // setImmediate, not a microtask: every append from this I/O phase joins the batch.
    setImmediate(this.runBound);
  }

  private run(): void {
    this.scheduled = false;
    if (this.writing || !this.hasPending || this.failure !== null) return;
    // The index is behind: let it catch up; publish() schedules the next write.
    if (this.unpublished.length >= MAX_UNPUBLISHED_BATCHES) return;
    const limit = Math.min(MAX_WRITE_BATCH_BYTES, this.cfg.segmentBytes);
    const pending = this.pending;
    const head = this.pendingHead;
    let end = head;
    let bytes = 0;
    while (end < pending.length && (end === head || bytes + pending[end]!.bytes <= limit)) {
      bytes += pending[end]!.bytes;
      end++;
    }
    let appends: PendingAppend[];
    if (head === 0 && end === pending.length) {
      appends = pending;
      this.pending = [];
      this.pendingHead = 0;
    } else {
      appends = pending.slice(head, end);
      this.pendingHead = end;
      // Compact once the consumed prefix dominates, so the array stays O(waiting).
      if (end === pending.length) {
        this.pending = [];
        this.pendingHead = 0;
      } else if (end > 1024 && end * 2 > pending.length) {
        this.pending = pending.slice(end);
        this.pendingHead = 0;
      }
    }
    this.pendingBytes -= bytes;

    let batch: { state: WriteBatchState; buf: Buffer; position: number };
    try {
      batch = buildWriteBatch(appends, bytes, this.log.end, this.cfg.fsync !== 'batch', this.index, this.queues, this.mq.lastValueHooks);
    } catch (err) {
      // Only a message changed between append() and now can fail to encode.
      for (const a of appends) a.reject(err);
      if (this.hasPending) this.schedule();
      return;
    }
    this.writing = true;
    this.unacked.push(batch.state);
    this.unpublished.push(batch.state);
    this.log.append(batch.buf).then(
      (position) => this.onWritten(batch.state, position, batch.position),
      (err: unknown) => this.onWriteFailed(batch.state, err),
    );
  }

  private onWritten(batch: WriteBatchState, position: number, expected: number): void {
    this.writing = false;
    if (position !== expected) {
      this.fail(new StoreFailedError(`commit log wrote the batch at ${position}, its records were encoded for ${expected}`));
      return;
    }
    if (this.failure !== null) {
      // fail() already rejected this batch's appends; close() may be waiting for the write.
      this.index.discard(batch.wb);
      this.notifyIdle();
      return;
    }
    if (this.hasPending) this.schedule();
    for (const t of batch.indexer.touched) this.queues.markEndDirty(t.queueId);
    // Nothing after this batch has taken offsets yet, so `assigned` is exactly the ends as of
    // its checkpoint: the moment to persist them.
    const t0 = performance.now();
    if (t0 - this.lastEndsFlush >= ENDS_FLUSH_MS) {
      writeEnds(this.queues, batch.wb, batch.checkpoint);
      this.lastEndsFlush = t0;
    }
    this.index.commit(batch.wb).then(
      () => {
        this.metrics.indexLatency.observe((performance.now() - t0) / 1000);
        batch.indexDone = true;
        this.drain();
      },
      (err: unknown) => this.fail(new StoreFailedError(`index write failed: ${(err as Error).message}`)),
    );
    if (batch.syncDone) {
      this.drain();
    } else {
      this.log.sync().then(
        () => {
          batch.syncDone = true;
          this.drain();
        },
        (err: unknown) => this.fail(new StoreFailedError(`commit log fsync failed: ${(err as Error).message}`)),
      );
    }
  }

  private onWriteFailed(batch: WriteBatchState, err: unknown): void {
    this.writing = false;
    // The failed batch is the newest in both queues: nothing was built after it.
    if (this.unacked[this.unacked.length - 1] === batch) this.unacked.pop();
    if (this.unpublished[this.unpublished.length - 1] === batch) this.unpublished.pop();
    batch.indexer.rollback();
    this.index.discard(batch.wb);
    this.logger.error('commit log write failed; batch rejected', { err, messages: batch.messageCount });
    for (const a of batch.appends) a.reject(err);
    if (this.log.failed !== null) {
      this.fail(new StoreFailedError(`commit log failed: ${this.log.failed.message}`));
      return;
    }
    if (this.hasPending) this.schedule();
    this.notifyIdle();
  }

  /**
   * Acknowledges durable batches and publishes indexed ones, each in batch order. An append
   * resolves once its records are durable; subscribers hear of it once it is also indexed.
   */
  private drain(): void {
    while (this.unacked.length > 0 && this.failure === null && this.unacked[0]!.syncDone) this.ack(this.unacked.shift()!);
    let published = false;
    while (this.unpublished.length > 0 && this.failure === null) {
      const batch = this.unpublished[0]!;
      if (!batch.indexDone || !batch.syncDone) break;
      this.unpublished.shift();
      this.publish(batch);
      published = true;
    }
    if (published && this.hasPending) this.schedule();
    this.notifyIdle();
  }

  private ack(batch: WriteBatchState): void {
    const m = this.metrics;
    m.appends.inc(batch.messageCount);
    m.appendBytes.inc(batch.bytes);
    m.writeBatches.inc();
    m.batchMessages.observe(batch.messageCount);
    m.appendLatency.observe((performance.now() - batch.oldestEnqueuedAt) / 1000);
    for (let r = 0; r < batch.appends.length; r++) batch.appends[r]!.resolve(batch.results[r]!);
  }

  private publish(batch: WriteBatchState): void {
    batch.indexer.publish();
    this.metrics.indexEntries.inc(batch.indexer.entries);
    this.mq.published(batch.indexer.touched);
    const sink = this.sink;
    const touched = batch.indexer.touched;
    if (sink !== null && touched.length > 0) {
      const events: QueueAdvanced[] = new Array<QueueAdvanced>(touched.length);
      const inlineMax = this.cfg.inlineMaxBytes;
      for (let i = 0; i < touched.length; i++) {
        const t = touched[i]!;
        const inline = inlineMax > 0 ? newestWithin(t.messages, t.payloadBytes, inlineMax) : undefined;
        events[i] = inline !== undefined ? { queueId: t.queueId, endOffset: t.end, inline } : { queueId: t.queueId, endOffset: t.end };
      }
      try {
        sink.advanced(events);
      } catch (err) {
        this.logger.error('advance sink threw', { err });
      }
    }
  }

  /** Stops the store: every pending and later append is rejected with `err` until restart. */
  fail(err: Error): void {
    if (this.failure !== null) return;
    this.failure = err;
    this.logger.error('store failed; appends are refused until restart', { err });
    for (const batch of this.unacked.splice(0)) for (const a of batch.appends) a.reject(err);
    this.unpublished.length = 0;
    const waiting = this.pending.slice(this.pendingHead);
    this.pending = [];
    this.pendingHead = 0;
    this.pendingBytes = 0;
    for (const a of waiting) a.reject(err);
    this.notifyIdle();
  }

  private notifyIdle(): void {
    if (!this.appendsSettled()) return;
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private appendsSettled(): boolean {
    if (this.failure !== null) return !this.writing;
    return this.unacked.length === 0 && this.unpublished.length === 0 && !this.writing && !this.hasPending;
  }

  /** Resolves when every append made so far has completed (acknowledged and published) or failed. */
  settled(): Promise<void> {
    if (this.appendsSettled()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

/**
 * The newest messages of a batch whose payloads fit `max` bytes. Inline messages must end at
 * the queue's end offset, so a batch over budget keeps its tail and receivers pull the rest.
 */
function newestWithin(messages: StoredMessage[], totalBytes: number, max: number): StoredMessage[] | undefined {
  if (totalBytes <= max) return messages;
  let bytes = totalBytes;
  let drop = 0;
  while (drop < messages.length && bytes > max) bytes -= messages[drop++]!.payload.length;
  return drop < messages.length ? messages.slice(drop) : undefined;
}
