/**
 * The store role's StorePort: one commit log, one RocksDB index (DESIGN §2-3). This file
 * opens and closes them and wires the parts, each in its own file:
 *   append/      the append pipeline: group commit, ack and publish stages, failure
 *   recovery.ts  what open reads back: index state, queue ends, the log tail to re-index
 *   reads.ts     pulls and retained messages
 *   filters.ts   filter registrations (consume-queue references, queue ids)
 *   retention.ts retention and the index cleanup it implies
 *   index/       the RocksDB key spaces (offsets.ts, meta.ts, …)
 *   dispatcher/  message queues and share groups
 */
import * as path from 'node:path';
import {
  checkTopicFilter,
  silentLogger,
  type AdvanceSink,
  type AppendResult,
  type FilterRegistration,
  type Logger,
  type Message,
  type OffsetEntry,
  type PullRequest,
  type PullResult,
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
import { AppendPipeline } from './append/pipeline.ts';
import { CommitLog, type RecoveryReport } from './commit-log/commit-log.ts';
import { MessageQueues, type QueueHost } from './dispatcher/message-queues.ts';
import { StoreClosedError, StoreFailedError } from './errors.ts';
import { FilterRegistrations, shareTarget } from './filters.ts';
import { IndexDb } from './index/index-db.ts';
import * as meta from './index/meta.ts';
import * as offsets from './index/offsets.ts';
import { QueueRegistry } from './index/queues.ts';
import { StoreMetrics } from './metrics.ts';
import { assertQueue, StoreReader } from './reads.ts';
import { loadIndexState, recoverEnds, reindex, writeEnds, type RecoveryTarget, type StoreRecoveryReport } from './recovery.ts';
import { Retention } from './retention.ts';

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

export class Store implements StorePort {
  readonly metrics: StoreMetrics;
  /** What open() found; for operators and tests. */
  recovery!: StoreRecoveryReport;

  private closing = false;
  private readonly registry: Registry;
  private readonly pipeline: AppendPipeline;
  private readonly reader: StoreReader;
  private readonly filters: FilterRegistrations;
  private readonly retention: Retention;
  /** Message queues and share groups (dispatcher/): loaded in open(), after the parts they call back. */
  private mq!: MessageQueues;

  private constructor(
    opts: StoreOptions,
    nextQueueId: number,
    logger: Logger,
    private readonly index: IndexDb,
    private readonly queues: QueueRegistry,
    private readonly log: CommitLog,
  ) {
    this.registry = opts.registry ?? new Registry();
    this.metrics = new StoreMetrics(this.registry, {
      queues: () => this.queues.count,
      activeQueues: () => this.queues.activeCount,
      logBytes: () => this.log.sizeBytes,
      segments: () => this.log.segmentCount,
      pendingAppendBytes: () => this.pipeline.pendingAppendBytes,
    });
    this.pipeline = new AppendPipeline({ log, index, queues, metrics: this.metrics, logger, config: opts.config, sink: opts.sink ?? null });
    this.reader = new StoreReader(index, queues, log, this.metrics, logger);
    this.filters = new FilterRegistrations(index, queues, logger, nextQueueId);
    this.retention = new Retention({
      log,
      index,
      queues,
      metrics: this.metrics,
      logger,
      config: opts.config,
      failed: () => this.pipeline.failed !== null,
      fail: (err) => this.pipeline.fail(err),
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
      const store = new Store(opts, state.nextQueueId, logger, index, queues, log);
      metrics = store.metrics;
      // Queue definitions first: re-indexing writes last-value rows for them.
      store.mq = await MessageQueues.load(store.queueHost(), {
        window: opts.config.queueWindow,
        logger: logger.child({ component: 'queues' }),
        registry: store.registry,
        ...opts.queueTimers,
      });
      store.pipeline.bindQueues(store.mq);
      const target: RecoveryTarget = { index, queues, log, logger };
      const seekedQueues = await recoverEnds(target, state, recovery.lostIndexedBytes > 0);
      const reindexed = await reindex(target, store.mq.lastValueHooks, Math.max(state.checkpoint, log.start));
      await store.mq.recover();
      store.recovery = { ...recovery, reindexedRecords: reindexed, seekedQueues };
      if (reindexed > 0 || recovery.droppedBytes > 0 || seekedQueues > 0) logger.info('store recovered', { ...store.recovery });
      store.pipeline.recovered();
      // Retention (and the index cleanup it implies) runs in the background from the start.
      store.retention.start();
      logger.info('store open', { queues: queues.count, logStart: log.start, logEnd: log.end, fsync: opts.config.fsync });
      return store;
    } catch (err) {
      await log?.close().catch(() => undefined);
      await index.close().catch(() => undefined);
      throw err;
    }
  }

  setSink(sink: AdvanceSink): void {
    this.pipeline.setSink(sink);
  }

  /** The commit log's first and next positions. */
  get logStart(): number {
    return this.log.start;
  }

  get logEnd(): number {
    return this.log.end;
  }

  get pendingAppendBytes(): number {
    return this.pipeline.pendingAppendBytes;
  }

  /** Write batches and fsyncs so far (group-commit effectiveness). */
  get commitStats(): { writeBatches: number; fsyncs: number } {
    return { writeBatches: this.log.stats.appends, fsyncs: this.log.stats.syncs };
  }

  // ---------------------------------------------------------------- append (append/pipeline.ts)

  append(messages: readonly Message[]): Promise<AppendResult[]> {
    if (this.closing) return Promise.reject(new StoreClosedError('store is closed'));
    return this.pipeline.append(messages);
  }

  get failed(): Error | null {
    return this.pipeline.failed;
  }

  /**
   * Resolves when every append accepted so far is acknowledged and published (its entries
   * readable, its events emitted) or failed. Appends resolve on durability, before they are
   * readable; a caller that must read its own writes waits for this.
   */
  settled(): Promise<void> {
    return this.pipeline.settled();
  }

  // ---------------------------------------------------------------- reads (reads.ts)

  pull(request: PullRequest): Promise<PullResult> {
    if (this.closing) return Promise.reject(new StoreClosedError('store is closed'));
    return this.reader.pull(request);
  }

  async endOffset(queueId: QueueId): Promise<number> {
    this.assertOpen();
    assertQueue(this.queues, queueId);
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
    assertQueue(this.queues, queueId);
    return this.queues.start[queueId]!;
  }

  getRetained(filter: string): Promise<StoredMessage[]> {
    if (this.closing) return Promise.reject(new StoreClosedError('store is closed'));
    return this.reader.retained(filter);
  }

  // ---------------------------------------------------------------- filters (filters.ts)

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
    return this.filters.register(filter);
  }

  async unregisterFilter(filter: string): Promise<void> {
    this.assertOpen();
    const share = shareTarget(filter);
    if (share !== null) return this.mq.releaseShare(share.group, share.filter);
    return this.filters.unregister(filter);
  }

  /** Reference count of a filter (0 when unknown). */
  filterRefs(filter: string): number {
    return this.filters.refs(filter);
  }

  // ---------------------------------------------------------------- message queues (dispatcher/)

  /** What the dispatchers (dispatcher/message-queues.ts) may use of the store. */
  private queueHost(): QueueHost {
    return {
      index: this.index,
      logStart: () => this.log.start,
      readMessages: (positions, sizes) => this.log.readMessages(positions, sizes),
      retainFilter: (filter, wb) => this.filters.retain(filter, wb),
      releaseFilter: (filter, wb) => this.filters.release(filter, wb),
      consumeQueueOf: (filter) => this.queues.lookup(filter),
      visibleEnd: (queueId) => this.queues.visible[queueId]!,
      allocateStream: (wb) => this.filters.allocateStream(wb),
      appendsInFlight: () => this.pipeline.inFlight,
      fail: (err) => this.pipeline.fail(new StoreFailedError(err.message)),
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

  // ---------------------------------------------------------------- offsets and meta (index/)

  async loadOffsets(owner: string): Promise<OffsetEntry[]> {
    this.assertOpen();
    return offsets.load(this.index, owner);
  }

  async saveOffsets(batch: readonly { owner: string; entries: readonly OffsetEntry[] }[]): Promise<void> {
    this.assertOpen();
    return offsets.save(this.index, batch);
  }

  async deleteOffsets(owner: string): Promise<void> {
    this.assertOpen();
    return offsets.remove(this.index, owner);
  }

  async getMeta(key: string): Promise<Buffer | null> {
    this.assertOpen();
    return meta.get(this.index, key);
  }

  async listMeta(prefix: string): Promise<{ key: string; value: Buffer }[]> {
    this.assertOpen();
    return meta.list(this.index, prefix);
  }

  async putMeta(batch: readonly { key: string; value: Buffer | null }[]): Promise<void> {
    this.assertOpen();
    return meta.put(this.index, batch);
  }

  // ---------------------------------------------------------------- retention (retention.ts)

  /**
   * Deletes segments past retention, then drops consume-queue entries that point below the
   * new log start and reaps dormant queues. Runs on a timer; callable directly (tests pass a
   * future `now`).
   */
  runRetention(now = Date.now()): Promise<void> {
    return this.retention.run(now);
  }

  // ---------------------------------------------------------------- lifecycle

  private assertOpen(): void {
    if (this.closing) throw new StoreClosedError('store is closed');
  }

  /** Completes every accepted append, then closes the log and the index. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.retention.stop();
    await this.pipeline.settled();
    await this.mq.close();
    await this.retention.settled();
    if (this.pipeline.failed === null) {
      const wb = this.index.batch(this.queues.dirtyEndCount + 1);
      writeEnds(this.queues, wb, this.log.end);
      await this.index.commit(wb);
    }
    await this.index.idle();
    await this.log.close();
    await this.index.close();
  }
}
