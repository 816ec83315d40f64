/**
 * The store role's StorePort: one commit log, one RocksDB index (DESIGN §2-3).
 *
 * Append pipeline. Appends wait in a FIFO; each turn of the event loop (and each time the
 * previous log write completes) the whole FIFO, up to MAX_WRITE_BATCH_BYTES, becomes one write
 * batch: its records are encoded into one buffer (one log write), its offsets handed out and
 * its index changes gathered into one RocksDB WriteBatch. One log write is in flight at a
 * time, so everything that arrives meanwhile joins the next batch.
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
 *
 * Pulls return expired messages too (offsets stay contiguous); the proxy drops them with
 * core's isExpired. getRetained skips expired retained messages.
 */
import * as path from 'node:path';
import {
  checkTopicFilter,
  checkTopicName,
  isExpired,
  isWildcardFilter,
  parseConsumerFilter,
  silentLogger,
  topicMatches,
  type AdvanceSink,
  type AppendResult,
  type FilterRegistration,
  type Logger,
  type Message,
  type OffsetEntry,
  type PullRequest,
  type PullResult,
  type QueueAdvanced,
  type QueueChannel,
  type QueueDispatchSink,
  type QueueId,
  type QueueInfo,
  type QueuePatch,
  type QueueSpec,
  type QueuesConfig,
  type StoredMessage,
  type StorePort,
  type WharfConfig,
} from '@wharf/core';
import { Registry } from 'prom-client';
import type RocksDB from 'rocksdb-native';
import { CommitLog, type RecoveryReport, type ScannedRecord } from './commit-log/commit-log.ts';
import { decodeRecord, encodeRecord, expiryDeadline, readRecord, recordSize } from './commit-log/record.ts';
import { MessageQueues, type QueueHost } from './dispatcher/message-queues.ts';
import { BatchIndexer } from './index/batch-indexer.ts';
import { IndexDb } from './index/index-db.ts';
import {
  blockLength,
  ENTRY_VALUE_BYTES,
  entryKey,
  MAX_QUEUE_ID,
  metaKey,
  offsetKey,
  offsetOwnerPrefix,
  prefixEnd,
  QUEUE_END,
  QUEUE_START,
  queueKey,
  readU64,
  REGISTRY,
  registryKey,
  registryValue,
  retainedKey,
  SYS_CHECKPOINT,
  SYS_ENDS_CHECKPOINT,
  SYS_NEXT_QUEUE,
  systemKey,
  u32Value,
  u64Value,
} from './index/keys.ts';
import { QueueRegistry } from './index/queues.ts';
import { StoreMetrics } from './metrics.ts';

/** Largest commit-log write; a single larger record is written alone. */
const MAX_WRITE_BATCH_BYTES = 4 * 1024 * 1024;
/** Appends beyond this many pending bytes are refused (the caller's bounds have failed). */
export const MAX_PENDING_APPEND_BYTES = 256 * 1024 * 1024;
/** Largest `maxMessages` one pull honours. */
export const MAX_PULL_MESSAGES = 10_000;
/** How often retention runs. */
const RETENTION_CHECK_MS = 60_000;
/** Queues examined per step of the post-retention index cleanup. */
const CLEANUP_GROUP = 1024;
/** Pull rounds that may skip unreadable entries before returning empty-handed. */
const MAX_SKIP_ROUNDS = 16;
/** Block reads per native iterator call during a pull. */
const PULL_ITERATOR_CAPACITY = 16;
/** How often queue ends are persisted (bounds the log recovery scans for them). */
const ENDS_FLUSH_MS = 1000;
/** Queues examined concurrently by cleanup and recovery seeks. */
const SEEK_CONCURRENCY = 32;
/**
 * Queues with an unknown head (every non-empty queue after a restart) examined per retention
 * pass: the cleanup converges in the background instead of seeking every queue at once.
 */
const MAX_UNKNOWN_HEADS_PER_PASS = 10_000;

export interface StoreOptions {
  /** The log goes to `<dataDir>/log`, the index to `<dataDir>/index`. */
  dataDir: string;
  config: Pick<WharfConfig, 'fsync' | 'fsyncIntervalMs' | 'segmentBytes' | 'retentionHours' | 'retentionBytes' | 'inlineMaxBytes' | 'queueWindow'>;
  logger?: Logger;
  /**
   * Message-queue timers (ms): state persisted at most every `flushMs` (50), ack timeouts
   * checked every `tickMs` (100), retention by age every `sweepMs` (1000).
   */
  queueTimers?: { flushMs?: number; tickMs?: number; sweepMs?: number };
  /** Metrics registry; a private one when absent. */
  registry?: Registry;
  sink?: AdvanceSink;
}

export class StoreClosedError extends Error {
  override name = 'StoreClosedError';
}

export class StoreFailedError extends Error {
  override name = 'StoreFailedError';
}

export class StoreOverloadedError extends Error {
  override name = 'StoreOverloadedError';
}

export class UnknownQueueError extends Error {
  override name = 'UnknownQueueError';
}

/** What opening the store found and repaired. */
export interface StoreRecoveryReport extends RecoveryReport {
  /** Records re-indexed from the log tail after the checkpoint. */
  reindexedRecords: number;
  /** Queues whose end was read back from their last entry block (ends not yet persisted). */
  seekedQueues: number;
}

interface PendingAppend {
  messages: readonly Message[];
  /** Per message: why a queue refused it (not written; size 0), or null when none was. */
  refused: (string | undefined)[] | null;
  sizes: number[];
  bytes: number;
  enqueuedAt: number;
  resolve: (results: AppendResult[]) => void;
  reject: (err: unknown) => void;
}

interface WriteBatchState {
  appends: PendingAppend[];
  /** Log position after the batch: its index checkpoint. */
  checkpoint: number;
  results: AppendResult[][];
  messageCount: number;
  bytes: number;
  indexer: BatchIndexer;
  wb: RocksDB.WriteBatch;
  oldestEnqueuedAt: number;
  indexDone: boolean;
  syncDone: boolean;
}

/**
 * Write batches whose index batch may still be queued before the next log write waits: bounds
 * how far acknowledged appends run ahead of what subscribers can read.
 */
const MAX_UNPUBLISHED_BATCHES = 4;

export class Store implements StorePort {
  private readonly logger: Logger;
  private readonly cfg: StoreOptions['config'];
  private sink: AdvanceSink | null;
  readonly metrics: StoreMetrics;
  /** What open() found; for operators and tests. */
  recovery!: StoreRecoveryReport;

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
  private closing = false;
  private idleWaiters: (() => void)[] = [];
  private retentionTimer: NodeJS.Timeout | null = null;
  private retentionRun: Promise<void> | null = null;
  private nextQueueId = 0;
  private lastEndsFlush = 0;
  private readonly registry: Registry;
  /** Message queues and share groups (dispatcher/). */
  private mq!: MessageQueues;
  private readonly runBound = (): void => this.run();

  private constructor(
    opts: StoreOptions,
    private readonly index: IndexDb,
    private readonly queues: QueueRegistry,
    private readonly log: CommitLog,
  ) {
    this.logger = opts.logger ?? silentLogger;
    this.cfg = opts.config;
    this.sink = opts.sink ?? null;
    this.registry = opts.registry ?? new Registry();
    this.metrics = new StoreMetrics(this.registry, {
      queues: () => this.queues.count,
      activeQueues: () => this.queues.activeCount,
      logBytes: () => this.log.sizeBytes,
      segments: () => this.log.segmentCount,
      pendingAppendBytes: () => this.pendingBytes,
    });
  }

  static async open(opts: StoreOptions): Promise<Store> {
    const logger = (opts.logger ?? silentLogger).child({ component: 'store' });
    const index = await IndexDb.open(path.join(opts.dataDir, 'index'));
    let log: CommitLog | null = null;
    try {
      const queues = new QueueRegistry();
      const state = await loadIndexState(index, queues);
      let recovery: RecoveryReport;
      let metrics: StoreMetrics | null = null;
      ({ log, recovery } = await CommitLog.open(
        {
          dir: path.join(opts.dataDir, 'log'),
          segmentBytes: opts.config.segmentBytes,
          fsync: opts.config.fsync,
          fsyncIntervalMs: opts.config.fsyncIntervalMs,
          logger,
          onSync: (s) => {
            metrics?.fsyncs.inc();
            metrics?.fsyncLatency.observe(s);
          },
        },
        state.checkpoint,
      ));
      const store = new Store({ ...opts, logger }, index, queues, log);
      metrics = store.metrics;
      store.nextQueueId = state.nextQueueId;
      // Queue definitions first: re-indexing writes last-value rows for them.
      store.mq = await MessageQueues.load(store.queueHost(), {
        window: opts.config.queueWindow,
        logger: logger.child({ component: 'queues' }),
        registry: store.registry,
        ...opts.queueTimers,
      });
      const seekedQueues = await store.recoverEnds(state, recovery.lostIndexedBytes > 0);
      const reindexed = await store.reindex(Math.max(state.checkpoint, log.start));
      await store.mq.recover();
      store.recovery = { ...recovery, reindexedRecords: reindexed, seekedQueues };
      if (reindexed > 0 || recovery.droppedBytes > 0 || seekedQueues > 0) logger.info('store recovered', { ...store.recovery });
      store.lastEndsFlush = performance.now();
      // Retention (and the index cleanup it implies) runs in the background from the start.
      store.runRetention().catch((err: unknown) => logger.error('retention failed', { err }));
      store.retentionTimer = setInterval(() => {
        store.runRetention().catch((err: unknown) => logger.error('retention failed', { err }));
      }, RETENTION_CHECK_MS);
      store.retentionTimer.unref();
      logger.info('store open', { queues: queues.count, logStart: log.start, logEnd: log.end, fsync: opts.config.fsync });
      return store;
    } catch (err) {
      await log?.close().catch(() => undefined);
      await index.close().catch(() => undefined);
      throw err;
    }
  }

  setSink(sink: AdvanceSink): void {
    this.sink = sink;
  }

  /** The commit log's first and next positions. */
  get logStart(): number {
    return this.log.start;
  }

  get logEnd(): number {
    return this.log.end;
  }

  get pendingAppendBytes(): number {
    return this.pendingBytes;
  }

  /** Write batches and fsyncs so far (group-commit effectiveness). */
  get commitStats(): { writeBatches: number; fsyncs: number } {
    return { writeBatches: this.log.stats.appends, fsyncs: this.log.stats.syncs };
  }

  // ---------------------------------------------------------------- append

  append(messages: readonly Message[]): Promise<AppendResult[]> {
    if (this.closing) return Promise.reject(new StoreClosedError('store is closed'));
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

  private readonly refusalMatches: number[] = [];

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
      batch = this.build(appends, bytes);
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

  private build(appends: PendingAppend[], bytes: number): { state: WriteBatchState; buf: Buffer; position: number } {
    const timestamp = Date.now();
    const buf = Buffer.allocUnsafe(bytes);
    const position = this.log.end;
    let messageCount = 0;
    for (const a of appends) messageCount += a.messages.length;
    const wb = this.index.batch(messageCount + 8);
    const indexer = new BatchIndexer(this.queues, wb, this.mq.lastValueHooks);
    const results: AppendResult[][] = new Array<AppendResult[]>(appends.length);
    let at = 0;
    let oldest = Infinity;
    try {
      for (let r = 0; r < appends.length; r++) {
        const a = appends[r]!;
        if (a.enqueuedAt < oldest) oldest = a.enqueuedAt;
        const out: AppendResult[] = new Array<AppendResult>(a.messages.length);
        for (let i = 0; i < a.messages.length; i++) {
          const m = a.messages[i]!;
          const size = a.sizes[i]!;
          const refused = a.refused?.[i];
          if (refused !== undefined) {
            out[i] = { logPosition: -1, timestamp: 0, matched: false, refused };
            messageCount--;
            continue;
          }
          const expiresAt = expiryDeadline(m, timestamp);
          encodeRecord(buf, at, size, m, timestamp, expiresAt);
          const logPosition = position + at;
          const stored: StoredMessage = {
            topic: m.topic,
            payload: m.payload,
            qos: m.qos,
            retain: m.retain,
            logPosition,
            timestamp,
            expiresAt,
          };
          if (m.from !== undefined) stored.from = m.from;
          if (m.properties !== undefined) stored.properties = m.properties;
          const entriesBefore = indexer.entries;
          indexer.add(stored, buf, at, size);
          out[i] = { logPosition, timestamp, matched: indexer.entries !== entriesBefore };
          at += size;
        }
        results[r] = out;
      }
    } catch (err) {
      indexer.rollback();
      this.index.discard(wb);
      throw err;
    }
    indexer.finish(position + bytes);
    const state: WriteBatchState = {
      appends,
      checkpoint: position + bytes,
      results,
      messageCount,
      bytes,
      indexer,
      wb,
      oldestEnqueuedAt: oldest,
      indexDone: false,
      syncDone: this.cfg.fsync !== 'batch',
    };
    return { state, buf, position };
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
      this.writeEnds(batch.wb, batch.checkpoint);
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

  private fail(err: Error): void {
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

  get failed(): Error | null {
    return this.failure;
  }

  private notifyIdle(): void {
    if (!this.appendsSettled()) return;
    for (const w of this.idleWaiters.splice(0)) w();
  }

  /**
   * Resolves when every append accepted so far is acknowledged and published (its entries
   * readable, its events emitted) or failed. Appends resolve on durability, before they are
   * readable; a caller that must read its own writes waits for this.
   */
  settled(): Promise<void> {
    return this.appendsIdle();
  }

  private appendsSettled(): boolean {
    if (this.failure !== null) return !this.writing;
    return this.unacked.length === 0 && this.unpublished.length === 0 && !this.writing && !this.hasPending;
  }

  /** Resolves when every append made so far has completed (acknowledged and published) or failed. */
  private appendsIdle(): Promise<void> {
    if (this.appendsSettled()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // ---------------------------------------------------------------- recovery

  /** Adds every dirty queue's end and the ends checkpoint to `wb`. */
  private writeEnds(wb: RocksDB.WriteBatch, checkpoint: number): void {
    for (const q of this.queues.takeDirtyEnds()) wb.tryPut(queueKey(QUEUE_END, q), u64Value(this.queues.assigned[q]!));
    wb.tryPut(systemKey(SYS_ENDS_CHECKPOINT), u64Value(checkpoint));
  }

  /**
   * QUEUE_END rows are exact below the ends checkpoint. Queues that took entries after it are
   * those matching a record between the two checkpoints (plus dormant ones, which the trie
   * no longer knows); their end is read back from their last block. When the log lost indexed
   * records, or the records are gone, every queue is checked. Returns how many were.
   */
  private async recoverEnds(state: IndexState, logLostIndexed: boolean): Promise<number> {
    if (state.endsCheckpoint >= state.checkpoint && !logLostIndexed) return 0;
    let candidates: number[];
    if (logLostIndexed || state.endsCheckpoint < this.log.start) {
      candidates = this.queues.ids();
      this.logger.warn('queue ends must be read back for every queue', { queues: candidates.length });
    } else {
      const set = new Set<number>(this.queues.dormantIds());
      const matches: number[] = [];
      await this.log.scan(state.endsCheckpoint, async (records) => {
        for (const r of records) {
          if (r.position >= state.checkpoint) break;
          matches.length = 0;
          this.queues.match(decodeRecord(r.buf, r.at, r.size, r.position).topic, matches);
          for (const q of matches) set.add(q);
        }
      });
      candidates = [...set];
    }
    const wb = this.index.batch(candidates.length + 1);
    for (let i = 0; i < candidates.length; i += SEEK_CONCURRENCY) {
      await Promise.all(
        candidates.slice(i, i + SEEK_CONCURRENCY).map(async (q) => {
          for await (const { key } of this.index.range(entryKey(q, 0), prefixEnd(entryKey(q, 0).subarray(0, 5)), { reverse: true, limit: 1 })) {
            const end = readU64(key, 5) + 1;
            if (end > this.queues.assigned[q]!) {
              this.queues.assigned[q] = end;
              this.queues.visible[q] = end;
            }
          }
          wb.tryPut(queueKey(QUEUE_END, q), u64Value(this.queues.assigned[q]!));
        }),
      );
    }
    wb.tryPut(systemKey(SYS_ENDS_CHECKPOINT), u64Value(state.checkpoint));
    await this.index.commit(wb);
    return candidates.length;
  }

  /** Re-indexes records from `from` to the log end; returns how many. */
  private async reindex(from: number): Promise<number> {
    let count = 0;
    await this.log.scan(from, async (records: ScannedRecord[]) => {
      const wb = this.index.batch(records.length + 8);
      const indexer = new BatchIndexer(this.queues, wb, this.mq.lastValueHooks);
      let end = from;
      for (const r of records) {
        const message = decodeRecord(r.buf, r.at, r.size, r.position);
        indexer.add(message, r.buf, r.at, r.size);
        end = r.position + r.size;
      }
      indexer.finish(end, true);
      await this.index.commit(wb);
      indexer.publish();
      count += records.length;
    });
    return count;
  }

  // ---------------------------------------------------------------- pull

  async pull(request: PullRequest): Promise<PullResult> {
    const { queueId, fromOffset, maxMessages, maxBytes } = request;
    this.assertOpen();
    this.assertQueue(queueId);
    if (!Number.isSafeInteger(fromOffset) || fromOffset < 0) throw new RangeError(`bad fromOffset ${fromOffset}`);
    if (!Number.isSafeInteger(maxMessages) || maxMessages < 1) throw new RangeError(`bad maxMessages ${maxMessages}`);
    if (!(maxBytes >= 1)) throw new RangeError(`bad maxBytes ${maxBytes}`);
    const limit = Math.min(maxMessages, MAX_PULL_MESSAGES);
    let from = Math.max(fromOffset, this.queues.start[queueId]!);
    const end = this.queues.visible[queueId]!;
    const messages: StoredMessage[] = [];
    for (let round = 0; round < MAX_SKIP_ROUNDS && from < end && messages.length === 0; round++) {
      const want = Math.min(limit, end - from);
      const logStart = this.log.start;
      const positions: number[] = [];
      const sizes: number[] = [];
      let bytes = 0;
      // Offset of positions[0], and the next offset to look at.
      let first = from;
      let next = from;
      // The block holding `from` is the first whose key (its last offset) is ≥ from.
      blocks: for await (const { key, value } of this.index.range(entryKey(queueId, from), entryKey(queueId, end), {
        limit: want,
        capacity: Math.min(want, PULL_ITERATOR_CAPACITY),
      })) {
        const last = readU64(key, 5);
        const blockFirst = last - blockLength(value) + 1;
        if (blockFirst > next) {
          if (positions.length > 0) break; // a hole ends the contiguous run
          next = blockFirst;
        }
        for (let off = next; off <= last; off++) {
          const at = (off - blockFirst) * ENTRY_VALUE_BYTES;
          const pos = readU64(value, at);
          const size = value.readUInt32BE(at + 8);
          if (positions.length === 0) {
            // Entries below the log start (retention) lead the range: skip them.
            if (pos < logStart) {
              next = off + 1;
              continue;
            }
            first = off;
          } else if (positions.length >= want || bytes + size > maxBytes) {
            break blocks;
          }
          positions.push(pos);
          sizes.push(size);
          bytes += size;
          next = off + 1;
        }
      }
      if (positions.length === 0) {
        from = next > from ? next : end;
        continue;
      }
      const read = await this.log.readMessages(positions, sizes);
      // An unreadable record leading the range is skipped; one further on ends the result, so
      // offsets stay contiguous and the next pull skips it.
      let lead = 0;
      while (lead < read.length && read[lead] === null) lead++;
      from = first + lead;
      for (let i = lead; i < read.length; i++) {
        const msg = read[i];
        if (msg === null || msg === undefined) break;
        messages.push(msg);
      }
      if (messages.length === 0) from = first + read.length;
    }
    this.metrics.pulls.inc();
    if (messages.length > 0) this.metrics.pulledMessages.inc(messages.length);
    return { firstOffset: from, messages, endOffset: end };
  }

  async endOffset(queueId: QueueId): Promise<number> {
    this.assertOpen();
    this.assertQueue(queueId);
    return this.queues.visible[queueId]!;
  }

  async endOffsets(queueIds: readonly QueueId[]): Promise<number[]> {
    this.assertOpen();
    const out = new Array<number>(queueIds.length);
    for (let i = 0; i < queueIds.length; i++) {
      const id = queueIds[i]!;
      out[i] = id >= 0 && this.queues.has(id) ? this.queues.visible[id]! : -1;
    }
    return out;
  }

  /** First offset still held by a queue (retention moves it up). */
  startOffset(queueId: QueueId): number {
    this.assertQueue(queueId);
    return this.queues.start[queueId]!;
  }

  private assertQueue(queueId: QueueId): void {
    if (!this.queues.has(queueId)) throw new UnknownQueueError(`no queue with id ${queueId}`);
  }

  // ---------------------------------------------------------------- filters

  /**
   * Registers interest in a filter. `$share/<group>/<filter>` references the filter's consume
   * queue and the share group's queue (created on first use) and returns the former.
   */
  async registerFilter(filter: string): Promise<FilterRegistration> {
    this.assertOpen();
    const err = checkTopicFilter(filter);
    if (err !== null) throw new RangeError(`cannot register filter ${JSON.stringify(filter.slice(0, 100))}: ${err}`);
    const share = shareTarget(filter);
    if (share !== null) return this.mq.retainShare(share.group, share.filter);
    const wb = this.index.batch(4);
    const reg = this.retainFilter(filter, wb);
    await this.index.commit(wb);
    return reg;
  }

  async unregisterFilter(filter: string): Promise<void> {
    this.assertOpen();
    const share = shareTarget(filter);
    if (share !== null) return this.mq.releaseShare(share.group, share.filter);
    const queueId = this.queues.lookup(filter);
    if (queueId === -1 || this.queues.refs[queueId] === 0) {
      this.logger.debug('unregister of a filter with no references', { filter });
      return;
    }
    const wb = this.index.batch(1);
    this.releaseFilter(filter, wb);
    await this.index.commit(wb);
  }

  /** One more reference on the filter's consume queue (created if new), written into `wb`. */
  private retainFilter(filter: string, wb: RocksDB.WriteBatch): FilterRegistration {
    let queueId = this.queues.lookup(filter);
    if (queueId === -1) {
      if (this.nextQueueId > MAX_QUEUE_ID) throw new Error('queue ids exhausted');
      queueId = this.nextQueueId++;
      this.queues.add(filter, queueId, 0, 0, 0);
      wb.tryPut(systemKey(SYS_NEXT_QUEUE), u32Value(this.nextQueueId));
    }
    const refs = this.queues.refs[queueId]! + 1;
    this.queues.setRefs(queueId, refs);
    wb.tryPut(registryKey(filter), registryValue(queueId, refs));
    return { queueId, endOffset: this.queues.assigned[queueId]! };
  }

  /** One reference less on the filter's consume queue, written into `wb`. */
  private releaseFilter(filter: string, wb: RocksDB.WriteBatch): void {
    const queueId = this.queues.lookup(filter);
    if (queueId === -1 || this.queues.refs[queueId] === 0) {
      this.logger.debug('unregister of a filter with no references', { filter });
      return;
    }
    const refs = this.queues.refs[queueId]! - 1;
    this.queues.setRefs(queueId, refs);
    wb.tryPut(registryKey(filter), registryValue(queueId, refs));
  }

  /** Reference count of a filter (0 when unknown). */
  filterRefs(filter: string): number {
    const id = this.queues.lookup(filter);
    return id === -1 ? 0 : this.queues.refs[id]!;
  }

  // ---------------------------------------------------------------- message queues

  /** What the dispatchers (dispatcher/message-queues.ts) may use of the store. */
  private queueHost(): QueueHost {
    return {
      index: this.index,
      logStart: () => this.log.start,
      readMessages: (positions, sizes) => this.log.readMessages(positions, sizes),
      retainFilter: (filter, wb) => this.retainFilter(filter, wb),
      releaseFilter: (filter, wb) => this.releaseFilter(filter, wb),
      consumeQueueOf: (filter) => this.queues.lookup(filter),
      visibleEnd: (queueId) => this.queues.visible[queueId]!,
      allocateStream: (wb) => {
        if (this.nextQueueId > MAX_QUEUE_ID) throw new Error('queue ids exhausted');
        const id = this.nextQueueId++;
        wb.tryPut(systemKey(SYS_NEXT_QUEUE), u32Value(this.nextQueueId));
        return id;
      },
      appendsInFlight: () => this.writing || this.unpublished.length > 0,
      fail: (err) => this.fail(new StoreFailedError(err.message)),
    };
  }

  createQueue(spec: QueueSpec): Promise<QueueInfo> {
    return this.mq.createQueue(spec);
  }

  updateQueue(topicFilter: string, patch: QueuePatch): Promise<QueueInfo> {
    return this.mq.updateQueue(topicFilter, patch);
  }

  deleteQueue(topicFilter: string): Promise<void> {
    return this.mq.deleteQueue(topicFilter);
  }

  getQueue(ref: { topicFilter: string } | { name: string }): Promise<QueueInfo | null> {
    return this.mq.getQueue(ref);
  }

  listQueues(after: string, limit: number): Promise<QueueInfo[]> {
    return this.mq.listQueues(after, limit);
  }

  getQueuesConfig(): Promise<QueuesConfig> {
    return this.mq.getQueuesConfig();
  }

  putQueuesConfig(config: QueuesConfig): Promise<QueuesConfig> {
    return this.mq.putQueuesConfig(config);
  }

  openQueueChannel(sink: QueueDispatchSink): QueueChannel {
    this.assertOpen();
    return this.mq.openChannel(sink);
  }

  /** The dispatchers, for operators and tests (timers, persistence, counters). */
  get messageQueues(): MessageQueues {
    return this.mq;
  }

  // ---------------------------------------------------------------- retained

  async getRetained(filter: string): Promise<StoredMessage[]> {
    this.assertOpen();
    const err = checkTopicFilter(filter);
    if (err !== null) throw new RangeError(`bad filter ${JSON.stringify(filter.slice(0, 100))}: ${err}`);
    const now = Date.now();
    const out: StoredMessage[] = [];
    const take = (value: Buffer): StoredMessage | null => {
      try {
        const m = readRecord(value, 8, readU64(value, 0));
        return isExpired(m, now) ? null : m;
      } catch (e) {
        this.logger.warn('retained message is unreadable', { error: (e as Error).message });
        return null;
      }
    };
    if (!isWildcardFilter(filter)) {
      const v = await this.index.get(retainedKey(filter));
      const m = v === null ? null : take(v);
      if (m !== null) out.push(m);
      return out;
    }
    // Scan only topics sharing the literal levels before the first wildcard.
    const levels = filter.split('/');
    const literal: string[] = [];
    for (const l of levels) {
      if (l === '+' || l === '#') break;
      literal.push(l);
    }
    const prefix = retainedKey(literal.join('/'));
    for await (const { key, value } of this.index.scanPrefix(prefix)) {
      const topic = key.toString('utf8', 1);
      if (!topicMatches(filter, topic)) continue;
      const m = take(value);
      if (m !== null) out.push(m);
    }
    return out;
  }

  // ---------------------------------------------------------------- offsets

  async loadOffsets(owner: string): Promise<OffsetEntry[]> {
    this.assertOpen();
    const prefix = offsetOwnerPrefix(owner);
    const out: OffsetEntry[] = [];
    for await (const { key, value } of this.index.scanPrefix(prefix)) {
      if (key.length !== prefix.length + 4) continue;
      out.push({ queueId: key.readUInt32BE(prefix.length), offset: readU64(value, 0) });
    }
    return out;
  }

  async saveOffsets(batch: readonly { owner: string; entries: readonly OffsetEntry[] }[]): Promise<void> {
    this.assertOpen();
    let ops = 0;
    for (const b of batch) ops += b.entries.length;
    if (ops === 0) return;
    const wb = this.index.batch(ops);
    for (const b of batch) {
      const prefix = offsetOwnerPrefix(b.owner);
      for (const e of b.entries) {
        if (!Number.isSafeInteger(e.offset) || e.offset < 0) throw new RangeError(`bad offset ${e.offset} for queue ${e.queueId}`);
        if (!Number.isInteger(e.queueId) || e.queueId < 0 || e.queueId > MAX_QUEUE_ID) throw new RangeError(`bad queue id ${e.queueId}`);
        wb.tryPut(offsetKey(prefix, e.queueId), u64Value(e.offset));
      }
    }
    await this.index.commit(wb);
  }

  async deleteOffsets(owner: string): Promise<void> {
    this.assertOpen();
    const prefix = offsetOwnerPrefix(owner);
    const wb = this.index.batch(1);
    wb.tryDeleteRange(prefix, prefixEnd(prefix));
    await this.index.commit(wb);
  }

  // ---------------------------------------------------------------- meta

  async getMeta(key: string): Promise<Buffer | null> {
    this.assertOpen();
    return this.index.get(metaKey(key));
  }

  async listMeta(prefix: string): Promise<{ key: string; value: Buffer }[]> {
    this.assertOpen();
    const out: { key: string; value: Buffer }[] = [];
    for await (const { key, value } of this.index.scanPrefix(metaKey(prefix))) out.push({ key: key.toString('utf8', 1), value });
    return out;
  }

  async putMeta(batch: readonly { key: string; value: Buffer | null }[]): Promise<void> {
    this.assertOpen();
    if (batch.length === 0) return;
    const wb = this.index.batch(batch.length);
    for (const { key, value } of batch) {
      if (value === null) wb.tryDelete(metaKey(key));
      else wb.tryPut(metaKey(key), value);
    }
    await this.index.commit(wb);
  }

  // ---------------------------------------------------------------- retention

  /**
   * Deletes segments past retention, then drops consume-queue entries that point below the
   * new log start (each queue's start moves up; one range delete per queue) and reaps
   * dormant queues. Runs on a timer; callable directly (tests pass a future `now`).
   */
  runRetention(now = Date.now()): Promise<void> {
    const previous = this.retentionRun ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.retain(now));
    this.retentionRun = run;
    const clear = (): void => {
      if (this.retentionRun === run) this.retentionRun = null;
    };
    run.then(clear, clear);
    return run;
  }

  private async retain(now: number): Promise<void> {
    if (this.closing || this.failure !== null) return;
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
      if (this.closing) return;
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

  // ---------------------------------------------------------------- lifecycle

  private assertOpen(): void {
    if (this.closing) throw new StoreClosedError('store is closed');
  }

  /** Completes every accepted append, then closes the log and the index. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.retentionTimer !== null) clearInterval(this.retentionTimer);
    this.retentionTimer = null;
    await this.appendsIdle();
    await this.mq.close();
    if (this.retentionRun !== null) await this.retentionRun.catch(() => undefined);
    if (this.failure === null) {
      const wb = this.index.batch(this.queues.dirtyEndCount + 1);
      this.writeEnds(wb, this.log.end);
      await this.index.commit(wb);
    }
    await this.index.idle();
    await this.log.close();
    await this.index.close();
  }
}

interface IndexState {
  checkpoint: number;
  endsCheckpoint: number;
  nextQueueId: number;
}

/** Loads the registry and queue offsets into `queues`; returns the checkpoint. */
async function loadIndexState(index: IndexDb, queues: QueueRegistry): Promise<IndexState> {
  const ends = new Map<number, number>();
  for await (const { key, value } of index.scanPrefix(Buffer.from([QUEUE_END]))) ends.set(key.readUInt32BE(1), readU64(value, 0));
  const starts = new Map<number, number>();
  for await (const { key, value } of index.scanPrefix(Buffer.from([QUEUE_START]))) starts.set(key.readUInt32BE(1), readU64(value, 0));
  let maxId = -1;
  for await (const { key, value } of index.scanPrefix(Buffer.from([REGISTRY]))) {
    const filter = key.toString('utf8', 1);
    const id = value.readUInt32BE(0);
    const refs = value.readUInt32BE(4);
    const end = ends.get(id) ?? 0;
    queues.add(filter, id, refs, Math.min(starts.get(id) ?? 0, end), end);
    if (id > maxId) maxId = id;
  }
  const cp = await index.get(systemKey(SYS_CHECKPOINT));
  const endsCp = await index.get(systemKey(SYS_ENDS_CHECKPOINT));
  const next = await index.get(systemKey(SYS_NEXT_QUEUE));
  return {
    checkpoint: cp === null ? 0 : readU64(cp, 0),
    endsCheckpoint: endsCp === null ? 0 : readU64(endsCp, 0),
    nextQueueId: Math.max(next === null ? 0 : next.readUInt32BE(0), maxId + 1),
  };
}

/** The share group a `$share/<group>/<filter>` registration names; null for any other filter. */
function shareTarget(filter: string): { group: string; filter: string } | null {
  if (!filter.startsWith('$share/')) return null;
  let t: ReturnType<typeof parseConsumerFilter>;
  try {
    t = parseConsumerFilter(filter);
  } catch (err) {
    throw new RangeError(`cannot register filter ${JSON.stringify(filter.slice(0, 100))}: ${(err as Error).message}`);
  }
  if (t === null || t.kind !== 'share') throw new RangeError(`cannot register filter ${JSON.stringify(filter.slice(0, 100))}`);
  const err = checkTopicFilter(t.filter);
  if (err !== null) throw new RangeError(`cannot register filter ${JSON.stringify(filter.slice(0, 100))}: ${err}`);
  return { group: t.group, filter: t.filter };
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
